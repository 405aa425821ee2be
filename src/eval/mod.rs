//! Scorers that measure the project against annotated data.
//!
//! [`timeml`] reads and writes TimeML documents (the TempEval-3 corpora and WikiWars);
//! [`tempeval`] scores temporal tagging as TempEval-3 Task A does (relaxed and strict span
//! matching, type and value accuracy). Both are pure: reading files is the caller's job.

pub mod tempeval;
pub mod timeml;
