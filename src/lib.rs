//! datelines: news articles in, a dated, sourced timeline and summary out.
//!
//! The core is pure Rust and runs the same natively (the `datelines` CLI) and in the browser
//! (the wasm build, `src/web/`). Data flows one way through the rooms:
//! articles → [`text`] → [`time`] → [`entities`] / [`events`] → [`summary`] / [`timeline`] → render.
//!
//! ```
//! use datelines::{analyze, Article, Options};
//! let article = Article::new("a1", "On Tuesday the envoys met in Moscow.");
//! let options = Options { dct: Some("2025-12-03".into()) };
//! let analysis = analyze(&[article], &options).unwrap();
//! assert_eq!(analysis.events[0].date.value, "2025-12-02");
//! ```

// First: its macro is in scope in every room below.
#[macro_use]
mod words;

pub mod entities;
pub mod error;
pub mod eval;
pub mod events;
pub mod input;
pub mod model;
pub mod pipeline;
pub mod sample;
pub mod summary;
pub mod text;
pub mod time;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod web;

/// The wasm's allocator: talc, which grows the wasm memory as needed (about 2 KB of gzip less
/// than Rust's default dlmalloc).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use error::Error;
pub use model::*;
pub use pipeline::analyze;
