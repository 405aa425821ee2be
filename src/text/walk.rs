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

/// Whether `c` is alphabetic, as [`char::is_alphabetic`] says.
#[inline(always)]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// Whether `c` is numeric, as [`char::is_numeric`] says.
#[inline(always)]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        c.is_numeric()
    }
}

/// Whether `c` is uppercase, as [`char::is_uppercase`] says.
#[inline(always)]
pub fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
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

/// The character starting at byte `i` of `s`, if `i` is a char boundary inside `s` (an ASCII
/// byte always is one: it is read without decoding).
#[inline(always)]
pub fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => s.get(i..).and_then(|rest| rest.chars().next()),
    }
}

/// The white-space-separated words of `s`, last first: the same items as
/// `s.split_whitespace().rev()`.
pub fn words_rev(s: &str) -> WordsRev<'_> {
    WordsRev { s, end: s.len() }
}

/// The iterator of [`words_rev`].
#[derive(Debug, Clone)]
pub struct WordsRev<'a> {
    s: &'a str,
    end: usize,
}

impl<'a> Iterator for WordsRev<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let mut end = self.end;
        loop {
            let (start, c) = char_before(self.s, end)?;
            if !is_whitespace(c) {
                break;
            }
            end = start;
        }
        let mut start = end;
        while let Some((k, c)) = char_before(self.s, start) {
            if is_whitespace(c) {
                break;
            }
            start = k;
        }
        self.end = start;
        self.s.get(start..end)
    }
}

/// The character ending at byte `i` of `s` (a char boundary) and where it starts.
#[inline(always)]
fn char_before(s: &str, i: usize) -> Option<(usize, char)> {
    let b = *s.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        return Some((i - 1, char::from(b)));
    }
    wide_before(s, i)
}

/// [`char_before`] for a character that is not ASCII.
#[inline(never)]
fn wide_before(s: &str, i: usize) -> Option<(usize, char)> {
    let c = s.get(..i)?.chars().next_back()?;
    Some((i - c.len_utf8(), c))
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
        "Zelensky’s envoy — in Genève, 3 déc. 2025 «talks» 𝟚𝟘𝟚𝟝 日本語 e\u{301} ΣΑΣ Ǆ ½ Ⅻ",
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
    fn characters_are_read_at_boundaries_only() {
        let text = "a é😀";
        for i in 0..=text.len() + 1 {
            assert_eq!(char_at(text, i), text.get(i..).and_then(|r| r.chars().next()), "{i}");
        }
    }

    #[test]
    fn the_same_words_as_std_backwards() {
        for text in TEXTS.iter().chain(&["  two  words \u{a0} ", "one", " \u{3000} ", "a\u{2009}b\u{85}c"]) {
            assert_eq!(words_rev(text).collect::<Vec<_>>(), text.split_whitespace().rev().collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn the_same_classes_as_std() {
        for text in TEXTS {
            for c in text.chars() {
                assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
                assert_eq!(is_whitespace(c), c.is_whitespace(), "{c:?}");
                assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
                assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
                assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            }
        }
        for b in 0..=0x7fu8 {
            let c = char::from(b);
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_whitespace(c), c.is_whitespace(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
    }
}
