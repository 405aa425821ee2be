//! Walking a string's characters in hot loops, ASCII inline.
//!
//! Natively `str::char_indices` and `char::is_alphanumeric` are inlined into their loops; the
//! wasm module is built for size (opt-level "z") and calls through both for every character,
//! which made them a tenth of the pipeline's time in the browser. These give the same answers,
//! handle an ASCII character without a call, and leave every other character to `std`.

/// The characters of `s` with their byte offsets: the same items as `s.char_indices()`.
pub fn char_indices(s: &str) -> CharIndices<'_> {
    CharIndices { s, at: 0 }
}

/// The characters of `s`: the same items as `s.chars()`.
pub fn chars(s: &str) -> impl Iterator<Item = char> + '_ {
    char_indices(s).map(|(_, c)| c)
}

/// Whether `c` is alphabetic or numeric, as [`char::is_alphanumeric`] says.
#[inline(always)]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Whether `c` is white space, as [`char::is_whitespace`] says.
#[inline(always)]
pub fn is_whitespace(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}')
    } else {
        c.is_whitespace()
    }
}

/// The iterator of [`char_indices`].
#[derive(Debug, Clone)]
pub struct CharIndices<'a> {
    s: &'a str,
    at: usize,
}

impl CharIndices<'_> {
    /// The byte offset of the next character (the length of the text at the end).
    pub fn offset(&self) -> usize {
        self.at
    }
}

impl Iterator for CharIndices<'_> {
    type Item = (usize, char);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, char)> {
        let i = self.at;
        let b = *self.s.as_bytes().get(i)?;
        if b < 0x80 {
            self.at = i + 1;
            return Some((i, char::from(b)));
        }
        let c = wide(self.s, i);
        self.at = i + c.len_utf8();
        Some((i, c))
    }
}

/// The character starting at byte `i` of `s` (a char boundary, not ASCII).
#[inline(never)]
fn wide(s: &str, i: usize) -> char {
    s.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(char::REPLACEMENT_CHARACTER)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: &[&str] = &[
        "",
        "plain ascii, 12 words.",
        "Zelensky’s envoy — in Genève, 3 déc. 2025 «talks» 𝟚𝟘𝟚𝟝 日本語 e\u{301}",
        "\u{85}\u{2028}\u{a0}x\u{3000}y\u{0B}\u{0C}\u{1F600}",
    ];

    #[test]
    fn the_same_characters_and_offsets_as_std() {
        for text in TEXTS {
            assert_eq!(char_indices(text).collect::<Vec<_>>(), text.char_indices().collect::<Vec<_>>(), "{text:?}");
            assert_eq!(chars(text).collect::<String>(), *text);
            let mut walk = char_indices(text);
            while walk.next().is_some() {}
            assert_eq!(walk.offset(), text.len());
        }
    }

    #[test]
    fn the_same_classes_as_std() {
        for text in TEXTS {
            for c in text.chars() {
                assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
                assert_eq!(is_whitespace(c), c.is_whitespace(), "{c:?}");
            }
        }
        for b in 0..=0x7fu8 {
            let c = char::from(b);
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_whitespace(c), c.is_whitespace(), "{c:?}");
        }
    }
}
