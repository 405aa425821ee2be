//! The tokenizer: words (with inner apostrophes and hyphens, dotted abbreviations), numbers
//! (with inner `,` `.` `:`) and single punctuation characters, as byte spans.

use super::walk::{self, char_at};
use super::abbreviations::{self, AbbrevClass};
use super::chars::{is_apostrophe, is_hyphen, is_space, is_word_char};
use super::chars::Lower;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, inner apostrophes, hyphens or abbreviation periods).
    Word,
    /// Digits, possibly with inner `,` `.` `:` (`11,200`, `3.12.2025`, `10:55`).
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token: a byte span into the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text, given the text it was cut from.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Cuts `text` into tokens, in order. Words keep inner apostrophes and hyphens (`don't`,
/// `cease-fire`) and the periods of dotted abbreviations (`U.S.`, `a.m.`), of known abbreviations
/// (`Mr.`, `Inc.`) and of initials (`J.`); numbers keep inner `,` `.` `:` between digits; a
/// number glued to letters (`5th`, `28-point`) is a word. Everything else is one `Punct` per
/// character.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        let token = if walk::is_numeric(c) {
            scan_number(text, i)
        } else if is_word_char(c) {
            scan_word(text, i)
        } else {
            Token { start: i, end: i + c.len_utf8(), kind: TokenKind::Punct }
        };
        i = token.end;
        out.push(token);
    }
    out
}

/// `U.S.`, `a.m.`, `J.R.R.`, `Ph.D.`: segments of one or two letters each followed by a period,
/// at least two of them. Returns where the abbreviation ends.
fn dotted_end(text: &str, start: usize) -> Option<usize> {
    let mut i = start;
    let mut segments = 0;
    loop {
        let mut j = i;
        let mut letters = 0;
        while let Some(c) = char_at(text, j).filter(|c| c.is_alphabetic() && letters < 2) {
            j += c.len_utf8();
            letters += 1;
        }
        if letters == 0 || char_at(text, j) != Some('.') {
            break;
        }
        segments += 1;
        i = j + 1;
    }
    (segments >= 2).then_some(i)
}

fn scan_word(text: &str, start: usize) -> Token {
    let mut i = match dotted_end(text, start) {
        Some(end) => {
            // Allow a compound after the abbreviation: "U.S.-led".
            if !(char_at(text, end).is_some_and(is_hyphen) && next_is_word(text, end)) {
                return Token { start, end, kind: TokenKind::Word };
            }
            end
        }
        None => start,
    };
    while let Some(c) = char_at(text, i) {
        let continues = is_word_char(c)
            || (is_apostrophe(c) && next_is(text, i, char::is_alphabetic))
            || (is_hyphen(c) && next_is_word(text, i))
            || (c == '.' && next_is(text, i, |d| d.is_lowercase() || d.is_numeric()));
        if !continues {
            break;
        }
        i += c.len_utf8();
    }
    if char_at(text, i) == Some('.') && keeps_period(text, start, i) {
        i += 1;
    }
    Token { start, end: i, kind: TokenKind::Word }
}

fn next_is(text: &str, i: usize, f: impl Fn(char) -> bool) -> bool {
    let Some(c) = char_at(text, i) else { return false };
    char_at(text, i + c.len_utf8()).is_some_and(f)
}

fn next_is_word(text: &str, i: usize) -> bool {
    next_is(text, i, is_word_char)
}

/// Whether a word followed by `.` keeps it: initials (`J.`) and known abbreviations (`Mr.`,
/// `Inc.`, and `No.` before a number).
fn keeps_period(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if end - start > 8 {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next();
    if first.is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    match abbreviations::lookup(&word.lower()) {
        Some(AbbrevClass::NeverFinal) => true,
        Some(AbbrevClass::MaybeFinal) => first.is_some_and(char::is_uppercase),
        Some(AbbrevClass::BeforeNumber) => {
            let rest = &text[end + 1..];
            rest.starts_with(' ') && rest[1..].starts_with(|c: char| c.is_ascii_digit())
        }
        None => false,
    }
}

fn scan_number(text: &str, start: usize) -> Token {
    let mut i = start;
    while let Some(c) = char_at(text, i) {
        if c.is_numeric() {
            i += c.len_utf8();
        } else if matches!(c, ',' | '.' | ':') && next_is(text, i, char::is_numeric) {
            i += 1;
        } else if is_word_char(c) || (is_hyphen(c) && next_is(text, i, char::is_alphabetic)) {
            // Glued to letters: "5th", "1990s", "28-point".
            let word = scan_word(text, i);
            return Token { start, end: word.end, kind: TokenKind::Word };
        } else {
            break;
        }
    }
    Token { start, end: i, kind: TokenKind::Number }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokens(s).into_iter().map(|t| (t.text(s), t.kind)).collect()
    }

    fn texts(s: &str) -> Vec<&str> {
        tokens(s).into_iter().map(|t| t.text(s)).collect()
    }

    use TokenKind::{Number as N, Punct as P, Word as W};

    #[test]
    fn words_keep_inner_marks() {
        assert_eq!(toks("don't Russia’s cease-fire"), vec![("don't", W), ("Russia’s", W), ("cease-fire", W)]);
        assert_eq!(texts("'quoted' -dash- peoples' rock-"), vec![
            "'", "quoted", "'", "-", "dash", "-", "peoples", "'", "rock", "-"
        ]);
        assert_eq!(texts("Amazon.com end.Then"), vec!["Amazon.com", "end", ".", "Then"]);
    }

    #[test]
    fn abbreviations_keep_periods() {
        assert_eq!(texts("the U.S. and a.m. e.g. U.S.-led talks."), vec![
            "the", "U.S.", "and", "a.m.", "e.g.", "U.S.-led", "talks", "."
        ]);
        assert_eq!(texts("Mr. Smith met Donald J. Trump at Acme Inc. today."), vec![
            "Mr.", "Smith", "met", "Donald", "J.", "Trump", "at", "Acme", "Inc.", "today", "."
        ]);
        assert_eq!(texts("No. 5 but he said no."), vec!["No.", "5", "but", "he", "said", "no", "."]);
    }

    #[test]
    fn numbers_keep_inner_separators() {
        assert_eq!(toks("3.12.2025, 10:55 - 11,200 3.5%"), vec![
            ("3.12.2025", N),
            (",", P),
            ("10:55", N),
            ("-", P),
            ("11,200", N),
            ("3.5", N),
            ("%", P)
        ]);
        assert_eq!(toks("in 2014. 5th 28-point H1N1"), vec![
            ("in", W),
            ("2014", N),
            (".", P),
            ("5th", W),
            ("28-point", W),
            ("H1N1", W)
        ]);
        assert_eq!(texts("2025-12-03"), vec!["2025", "-", "12", "-", "03"]);
    }

    #[test]
    fn unicode_and_punct() {
        assert_eq!(toks("«Kyiv» café 😀 日本語"), vec![
            ("«", P),
            ("Kyiv", W),
            ("»", P),
            ("café", W),
            ("😀", P),
            ("日本語", W)
        ]);
        assert!(tokens("   ").is_empty());
    }
}
