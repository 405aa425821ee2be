//! The tagger's own token stream: words (lowercased), ASCII digit runs and single punctuation
//! characters, each with its byte span and whether whitespace or a line break precedes it.
//! Linear in the input; digit runs of any length are fine (their value is kept only when small).

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use crate::text::chars::Lower;
use crate::text::walk;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (any script).
    Word,
    /// ASCII digits.
    Num,
    /// One other non-space character.
    Punct,
}

/// One token of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok<'a> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the last character.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Lowercased word, the digits, or the punctuation character.
    pub text: Text<'a>,
    /// The number's value (digit runs of up to nine digits).
    pub num: Option<u32>,
    /// Whether whitespace separates it from the previous token.
    pub space_before: bool,
    /// Whether a line break separates it from the previous token.
    pub newline_before: bool,
    /// Whether it is a word written with a capital first letter (a sentence may start there).
    pub capital: bool,
}

impl Tok<'_> {
    /// Whether it is this word (lowercase) or this punctuation.
    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }

    /// Whether it is a digit run of exactly `n` digits. (A call in the size-built wasm, where it
    /// was inlined at each of its uses.)
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn digits(&self, n: usize) -> bool {
        self.kind == Kind::Num && self.text.len() == n
    }
}

/// A token's text: borrowed from the scanned text when it is already in its folded form (a
/// lowercase word, digits, most punctuation), owned otherwise, so most tokens cost no
/// allocation. Reads as a `&str`.
#[derive(Clone, PartialEq, Eq)]
pub struct Text<'a>(Cow<'a, str>);

impl Text<'_> {
    /// The text. (Inlined always: the grammar asks for it at every comparison, and the wasm,
    /// built for size, would otherwise call through `Cow`'s and `String`'s `deref` each time.)
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Cow::Borrowed(text) => text,
            Cow::Owned(text) => text.as_str(),
        }
    }
}

impl Deref for Text<'_> {
    type Target = str;

    #[inline(always)]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Text<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Split `text` into tokens.
///
/// One pass over the bytes: ASCII (almost all of English news) is classified by byte, anything
/// else by its `char` (Unicode whitespace, letters of any script). A word with capitals gets a
/// lowercased copy of its own; [`scan_folded`] spares those allocations.
pub fn scan(text: &str) -> Vec<Tok<'_>> {
    scan_with(text, None)
}

/// [`scan`], with `lower` the ASCII-lowercased `text` (`text.to_ascii_lowercase()`, the same
/// length): words of ASCII letters borrow their folded form from it instead of allocating one
/// (a capitalised word in every eight or so of news).
pub fn scan_folded<'a>(text: &'a str, lower: &'a str) -> Vec<Tok<'a>> {
    scan_with(text, (lower.len() == text.len()).then_some(lower))
}

fn scan_with<'a>(text: &'a str, lower: Option<&'a str>) -> Vec<Tok<'a>> {
    let bytes = text.as_bytes();
    // About one token per five bytes of English text.
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut space = true;
    let mut newline = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let c = if b < 0x80 { char::from(b) } else { text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER) };
        if walk::is_whitespace(c) {
            space = true;
            newline |= c == '\n' || c == '\r' || c == '\u{2029}';
            i += c.len_utf8();
            continue;
        }
        let (kind, end) = if b.is_ascii_digit() {
            let end = i + bytes[i..].iter().take_while(|d| d.is_ascii_digit()).count();
            (Kind::Num, end)
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && c.is_alphabetic()) {
            (Kind::Word, word_end(text, i + c.len_utf8()))
        } else {
            (Kind::Punct, i + c.len_utf8())
        };
        let raw = &text[i..end];
        let (text, num) = match kind {
            Kind::Word if all_ascii_lowercase(raw) => (Cow::Borrowed(raw), None),
            Kind::Word => match lower.and_then(|l| l.get(i..end)).filter(|_| raw.is_ascii()) {
                Some(folded) => (Cow::Borrowed(folded), None),
                None => (Cow::Owned(raw.lower()), None),
            },
            Kind::Num => (Cow::Borrowed(raw), (raw.len() <= 9).then(|| raw.bytes().fold(0, |n, d| n * 10 + u32::from(d - b'0')))),
            Kind::Punct => (normalize_punct(raw), None),
        };
        let text = Text(text);
        let capital = kind == Kind::Word && c.is_uppercase();
        toks.push(Tok { start: i, end, kind, text, num, space_before: space, newline_before: newline, capital });
        space = false;
        newline = false;
        i = end;
    }
    toks
}

/// The end of the run of letters (any script) going on at byte `from` of `text`.
fn word_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = from;
    while end < bytes.len() {
        let b = bytes[end];
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                break;
            }
            end += 1;
        } else {
            match text[end..].chars().next() {
                Some(c) if c.is_alphabetic() => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    end
}

/// Whether `word` is all ASCII lowercase letters (a plain loop: asked of every word).
fn all_ascii_lowercase(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        if !bytes[k].is_ascii_lowercase() {
            return false;
        }
        k += 1;
    }
    true
}

/// Typographic variants folded to their ASCII forms (dashes, apostrophes).
fn normalize_punct(raw: &str) -> Cow<'_, str> {
    // ASCII punctuation but the backquote stays as it is: most punctuation is.
    if raw.len() == 1 && raw != "`" {
        return Cow::Borrowed(raw);
    }
    Cow::Borrowed(match raw {
        "\u{2010}" | "\u{2011}" | "\u{2012}" | "\u{2013}" | "\u{2014}" | "\u{2212}" => "-",
        "\u{2019}" | "\u{2018}" | "`" => "'",
        _ => raw,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation_with_spans() {
        let toks = scan("On 3.12.2025, Tuesday’s talks");
        let texts: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["on", "3", ".", "12", ".", "2025", ",", "tuesday", "'", "s", "talks"]);
        assert_eq!(toks[5].num, Some(2025));
        assert!(!toks[2].space_before && toks[7].space_before);
        assert_eq!(&"On 3.12.2025, Tuesday’s talks"[toks[7].start..toks[7].end], "Tuesday");
    }

    #[test]
    fn long_digit_runs_keep_no_value_and_dashes_fold() {
        let long = "9".repeat(10_000);
        let text = format!("{long} – x");
        let toks = scan(&text);
        assert_eq!(toks[0].num, None);
        assert_eq!(toks[1].text, "-");
    }

    #[test]
    fn folded_texts_borrow_and_others_are_lowercased() {
        let toks = scan("the Ünited STATES’ 12 ÉTÉ");
        let texts: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["the", "ünited", "states", "'", "12", "été"]);
        assert!(matches!(toks[0].text.0, Cow::Borrowed(_)) && matches!(toks[1].text.0, Cow::Owned(_)));
        assert!(toks[0].text == "the" && toks[2].text == *"states");
    }

    #[test]
    fn folded_scans_borrow_capitalised_words_and_read_the_same() {
        let text = "The UN met Ünited STATES’ envoys on Tuesday";
        let lower = text.to_ascii_lowercase();
        let (folded, plain) = (scan_folded(text, &lower), scan(text));
        assert_eq!(folded, plain);
        assert!(matches!(folded[0].text.0, Cow::Borrowed(_)) && matches!(folded[3].text.0, Cow::Owned(_)));
        assert_eq!((folded[0].text.as_str(), folded[3].text.as_str()), ("the", "ünited"));
        // A `lower` that is not the text's fold is not used.
        assert_eq!(scan_folded(text, "short"), plain);
    }

    #[test]
    fn capitals_are_recorded() {
        let toks = scan("Acme Inc. said the Élan 2 ok");
        let caps: Vec<bool> = toks.iter().map(|t| t.capital).collect();
        assert_eq!(caps, [true, true, false, false, false, true, false, false]);
    }

    #[test]
    fn line_breaks_are_recorded() {
        let toks = scan("a\nb c");
        assert!(toks[1].newline_before && !toks[2].newline_before);
    }
}
