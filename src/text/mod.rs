//! Text: line kinds (boilerplate, captions, headings), sentences, tokens, stems, stopwords,
//! PTB detokenisation and term-vector similarity.
//!
//! This is a leaf module: it uses only `std` and `rust-stemmers`, nothing else of the crate.
//! All offsets are UTF-8 byte offsets on char boundaries. No input panics, and every function
//! runs in time linear in its input (similarity adds a sort per vector).
//!
//! Layout: rule tables live next to the engine that reads them —
//! [`abbreviations`] (sentence splitting), [`boilerplate`] and [`captions`] (line kinds),
//! [`stopwords`], [`ptb`]. The engines are [`mod@lines`], [`mod@sentences`], [`mod@tokens`],
//! [`mod@stem`], [`similarity`] and [`rouge`]; [`chars`] holds the shared character classes and
//! the crate's lowercasing, [`sort`] its one stable sort, [`hash`] its fast hash maps, [`walk`]
//! its character walks for hot loops.

#![warn(missing_docs)]

pub mod abbreviations;
pub mod boilerplate;
pub mod captions;
pub mod chars;
pub mod hash;
pub mod lines;
pub mod ptb;
pub mod rouge;
pub mod sentences;
mod sets;
pub mod similarity;
pub mod sort;
pub mod stem;
pub mod stopwords;
pub mod tokens;
pub mod utf16;
pub mod walk;

pub use self::lines::{classify_line, lines, BlockKind, Line};
pub use self::ptb::detokenize_ptb;
pub use self::rouge::{ngrams, rouge_tokens};
pub use self::sentences::{sentences, split_line, Sentence};
pub use self::similarity::{Idf, TermVector, Vocabulary};
pub use self::stem::{normalize_word, stem};
pub use self::stopwords::is_stopword;
pub use self::tokens::{tokens, Token, TokenKind};
pub use self::utf16::Utf16Offsets;

#[cfg(test)]
mod robustness;
