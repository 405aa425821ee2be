//! The browser build: thin wasm-bindgen bindings over the pure core, compiled only for wasm32.
//!
//! Modelled on ruff's `ruff_wasm`: JS values in through `JSON.stringify` and a small reader
//! ([`from_js`]), out as JSON text for `JSON.parse` (plain objects and arrays, `null` for absent
//! values; both written by hand in [`crate::model::json`]), every failure thrown as a JS `Error` with a
//! message, no panics on JS input. The exports, as JS sees them:
//!
//! | export | does |
//! | --- | --- |
//! | `analyze(articles, options?)` | [`crate::analyze`]: `Article[]` in, `Analysis` out |
//! | `sample()` | the built-in sample articles, read from `src/sample/articles.js` ([`crate::sample`]) |
//! | `splitPasted(text)` | pasted text split on `---` lines into articles ([`crate::input::split_pasted`]) |
//! | `tag(text, dct?)` | the temporal expressions of a text ([`crate::time::tag`]) |
//! | `exportAnalysis(analysis, format)` | the analysis as TimelineJS, `.ics`, CSV, Markdown or JSON text |
//! | `importAnalysis(text)` | an analysis JSON read back and checked ([`crate::timeline::import`]) |
//! | `htmlToText(html)` | title and text of an HTML document ([`crate::input::html_to_text`]) |
//! | `readFile(name, bytes)` | the articles (or analysis) in a dropped file |
//! | `new TimelineWidget(host, root)` | the `<datelines-timeline>` widget ([`widget`]) |
//! | `scheduleReset()` | a fresh instance before the next call, after a trap ([`recovery`]) |
//!
//! Offsets in the returned objects are UTF-16 code units (JS string indices), converted from the
//! core's UTF-8 byte offsets in [`api`].

pub mod api;

pub(crate) mod from_js;

pub mod intl;

pub mod js;

pub mod recovery;

#[cfg(feature = "bench")]
pub mod bench;

pub mod widget;

pub mod widget_dom;

pub use api::{
    analyze, export_analysis, html_to_text, import_analysis, read_file, sample, split_pasted, tag,
};
pub use widget::TimelineWidget;
