//! The timeline: what the widget draws and the exports. Human date labels honest to granularity
//! ([`label`], shared by the page and the CLI), the plain-text rendering of an
//! [`Analysis`](crate::model::Analysis) used by the CLI (`datelines analyze --format text`), the
//! widget's geometry ([`layout`]) and what its detail panel says about an event ([`detail`]), the
//! exports ([`export`]: TimelineJS, iCalendar, CSV, Markdown, JSON) and the checked import of an
//! analysis JSON ([`import`]).

pub mod detail;
pub mod export;
pub mod import;
pub mod label;
pub mod layout;
pub mod text;
