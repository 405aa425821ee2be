//! The timeline: what the widget draws and the exports. For now, the plain-text rendering of an
//! [`Analysis`](crate::model::Analysis) used by the CLI (`datelines analyze --format text`).

pub mod text;
