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
        }
    }
}

impl std::error::Error for Error {}
