//! Scorers that measure the project against annotated data.
//!
//! [`timeml`] reads and writes TimeML documents (the TempEval-3 corpora and WikiWars);
//! [`tempeval`] scores temporal tagging as TempEval-3 Task A does (relaxed and strict span
//! matching, type and value accuracy); [`tls`] reads Timeline17 topics and scores timeline
//! summarisation (Date F1, alignment ROUGE-1/2 F1) with the news-tls protocol.

pub mod recognizers;
pub mod tempeval;
pub mod timeml;
pub mod tls;

/// Precision, recall and their harmonic mean, each 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub f1: f64,
}

impl Prf {
    /// From precision and recall.
    pub fn new(precision: f64, recall: f64) -> Self {
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Prf { precision, recall, f1 }
    }

    /// From counts: `matched` matches among `system` system items and `gold` gold items
    /// (a ratio over zero items is 0).
    pub fn from_counts(matched: usize, system: usize, gold: usize) -> Self {
        let ratio = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
        Prf::new(ratio(matched, system), ratio(matched, gold))
    }
}
