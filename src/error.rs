//! The one error type of the public API: bad input the caller can fix.

use std::fmt;

/// Why an analysis could not start. Every variant names the offending input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A date option or field that is not an ISO date (`YYYY-MM-DD`) or datetime.
    InvalidDate {
        /// Which field held it (`--dct`, `published` of article `a1`, …).
        field: String,
        /// The value as given.
        value: String,
    },
    /// An article whose text is not text (NUL bytes or other control characters).
    Binary {
        /// The article's id.
        article: String,
    },
    /// The input could not be read as articles (malformed JSON and the like).
    Input(String),
    /// The input is past one of the limits that keep an analysis fast and within a browser
    /// tab's memory; nothing was analysed.
    TooLarge {
        /// Which limit.
        limit: Limit,
        /// How much was given (in the limit's unit).
        size: usize,
    },
}

/// The limits on one analysis. Past them `analyze` stops at once with [`Error::TooLarge`]
/// instead of running for minutes or exhausting a tab's memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Total bytes of the articles' text, titles and other fields: 25 MB (a 20 MB story with
    /// its ids, titles and URLs fits).
    TotalBytes,
    /// Number of articles: 10,000.
    Articles,
}

impl Limit {
    /// The largest size allowed, in the limit's unit (bytes, articles).
    pub const fn max(self) -> usize {
        match self {
            Limit::TotalBytes => 25_000_000,
            Limit::Articles => 10_000,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidDate { field, value } => {
                write!(f, "{field}: '{value}' is not a date (expected YYYY-MM-DD)")
            }
            Error::Binary { article } => {
                write!(f, "article '{article}' looks like binary data, not text")
            }
            Error::Input(message) => f.write_str(message),
            Error::TooLarge { limit: Limit::TotalBytes, size } => write!(
                f,
                "the articles are {}.{} MB in all; datelines analyses at most {} MB at once: split the collection",
                size / 1_000_000,
                size / 100_000 % 10,
                Limit::TotalBytes.max() / 1_000_000
            ),
            Error::TooLarge { limit: Limit::Articles, size } => write!(
                f,
                "{size} articles given; datelines analyses at most {} at once: split the collection",
                Limit::Articles.max()
            ),
        }
    }
}

impl std::error::Error for Error {}
