//! The timeline: what the widget draws and the exports. For now, human date labels honest to
//! granularity ([`label`], shared by the page and the CLI) and the plain-text rendering of an
//! [`Analysis`](crate::model::Analysis) used by the CLI (`datelines analyze --format text`).

pub mod label;
pub mod text;
