//! The `words!` macro: the word tables of every room as one string each.

/// A word list stored as one string, one entry a line, from string literals: `words!["a", "b"]`.
/// One string instead of an array of string slices keeps the pointer tables (8 bytes an entry)
/// out of the wasm; each room splits its lists into sets once (`entities::lexicon`,
/// `text::sets`, `time::lexicon`). In scope in every module declared after this one in
/// `lib.rs`, and as `crate::words![…]`; the size probe of `make bench-size` includes this file
/// by path, so it is defined once.
#[macro_export]
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        concat!($($word, "\n"),*)
    };
}
