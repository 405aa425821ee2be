//! Character classes shared by the splitters and tokenizers: spaces, line breaks, sentence
//! terminators, quotes and brackets, apostrophes, hyphens and combining marks.

/// Whitespace for trimming and splitting: Unicode white space plus the zero-width space and the
/// byte-order mark, which editors and scrapers leave behind.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}');
    }
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Characters that end a line: `\n`, a lone `\r`, vertical tab, form feed, NEL, and the Unicode
/// line and paragraph separators.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Characters that can end a sentence.
pub fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‽' | '。' | '！' | '？')
}

/// Terminators that end a sentence whatever word precedes them (not the period).
pub fn is_strong_terminal(c: char) -> bool {
    matches!(c, '!' | '?' | '‽' | '。' | '！' | '？')
}

/// Closing quotes and brackets that may follow a terminator and stay with its sentence. Straight
/// quotes count too: after a terminator they close.
pub fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』')
}

/// Opening quotes and brackets that may precede the first word of a sentence.
pub fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '‚' | '(' | '[' | '{' | '「' | '『')
}

/// Apostrophes that may sit inside a word (`don't`, `Russia’s`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Hyphens that may sit inside a word (`cease-fire`).
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Combining marks and joiners that continue the word they follow.
pub fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}' | '\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Letters, digits and combining marks: the stuff words are made of.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c)
}

/// A test of one character, as a plain function pointer. `str`'s pattern methods instantiate
/// their code for each pattern type (every closure, array of characters and function item is a
/// type of its own); the helpers below take a `CharTest`, so all their callers share one copy of
/// it in the wasm module.
pub type CharTest = fn(char) -> bool;

/// `s` without the characters that pass `test` at either end (`str::trim_matches`).
pub fn trim_by(s: &str, test: CharTest) -> &str {
    s.trim_matches(test)
}

/// `s` without the characters that pass `test` at its start (`str::trim_start_matches`).
pub fn trim_start_by(s: &str, test: CharTest) -> &str {
    s.trim_start_matches(test)
}

/// `s` without the characters that pass `test` at its end (`str::trim_end_matches`).
pub fn trim_end_by(s: &str, test: CharTest) -> &str {
    s.trim_end_matches(test)
}

/// Whether the first character of `s` passes `test` (`str::starts_with` with a test).
pub fn starts_with_by(s: &str, test: CharTest) -> bool {
    s.chars().next().is_some_and(test)
}

/// Whether the last character of `s` passes `test` (`str::ends_with` with a test).
pub fn ends_with_by(s: &str, test: CharTest) -> bool {
    s.chars().next_back().is_some_and(test)
}

/// The byte offset of the first `needle` in `haystack` (`str::find` with a `&str`). A plain scan:
/// the crate's needles are short, and one small loop for every caller keeps core's two-way
/// searcher, with its copies for each pattern type, out of the wasm module. The first bytes
/// that match a needle (valid UTF-8) always start at a character boundary.
pub fn find_str(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return Some(0) };
    let mut at = 0;
    while at + n.len() <= h.len() {
        if h[at] == first && &h[at..at + n.len()] == n {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Whether `haystack` holds `needle` (`str::contains` with a `&str`; see [`find_str`]).
pub fn has_str(haystack: &str, needle: &str) -> bool {
    find_str(haystack, needle).is_some()
}

/// Whether `s` holds the character `c` (`str::contains` with a `char`, whose code for
/// characters beyond ASCII is the two-way searcher's).
pub fn has_char(s: &str, c: char) -> bool {
    s.chars().any(|x| x == c)
}

/// `s` split around the first `needle` (`str::split_once` with a `&str`; see [`find_str`]).
pub fn split_once_str<'a>(s: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    find_str(s, needle).map(|at| (&s[..at], &s[at + needle.len()..]))
}

/// `s` with every `from` replaced by `to`, left to right (`str::replace` with a `&str`; see
/// [`find_str`]). `from` must not be empty.
pub fn replace_str(s: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = find_str(rest, from).filter(|_| !from.is_empty()) {
        out.push_str(&rest[..at]);
        out.push_str(to);
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// Anything but a letter or a digit (`char::is_alphanumeric`): punctuation to trim off words.
pub fn is_not_alphanumeric(c: char) -> bool {
    !c.is_alphanumeric()
}

/// Trims [`is_space`] characters from both ends of `s[start..end]`, returning the new bounds
/// (equal when nothing but space remains). `start` and `end` must be char boundaries.
pub fn trim_span(s: &str, start: usize, end: usize) -> (usize, usize) {
    let inner = &s[start..end];
    let left = inner.trim_start_matches(is_space);
    let new_start = start + (inner.len() - left.len());
    let both = left.trim_end_matches(is_space);
    (new_start, new_start + both.len())
}

/// Lowercase of one character without std's Unicode case table (about 15 KB of the wasm): ASCII,
/// Latin-1, Latin Extended-A, the paired letters of Latin Extended-B (`Ș`, `Ț`, U+0200–U+0233)
/// and Latin Extended Additional (Vietnamese, U+1E00–U+1EFF), the Greek capitals and the
/// Cyrillic capitals (basic and extended, U+0400–U+052F) map by their fixed offsets, as
/// `char::to_lowercase` maps them; any other character is returned unchanged. `İ` (U+0130) gives `i` here; [`lower`] adds the dot above.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5A => u + 0x20,
        0..=0x7F => u,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x200..=0x21F
        | 0x222..=0x233
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF
            if u % 2 == 0 =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x4C0 => 0x4CF,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// [`lower_char`] as the chars `char::to_lowercase` yields: `İ` gives `i` and the combining dot above.
pub fn lower_chars(c: char) -> impl Iterator<Item = char> {
    let dot = (c == '\u{130}').then_some('\u{307}');
    std::iter::once(lower_char(c)).chain(dot)
}

/// Lowercase of a string by [`lower_char`], with `str::to_lowercase`'s two special cases in its
/// range: `İ` becomes `i` + combining dot above, and a capital sigma that ends a word (a letter
/// before it, none after) becomes the final `ς`.
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return out;
    }
    let mut previous: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{130}' => out.push_str("i\u{307}"),
            'Σ' if previous.is_some_and(char::is_alphabetic) && !chars.peek().is_some_and(|n| n.is_alphabetic()) => {
                out.push('ς')
            }
            _ => out.push(lower_char(c)),
        }
        previous = Some(c);
    }
    out
}

/// `.lower()` on strings: [`lower`] as a method, so call sites read like `to_lowercase()`.
pub trait Lower {
    /// The lowercase copy, by [`lower`].
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        lower(self)
    }
}

/// `parts` joined by `separator` (as `[&str]::join`, without a copy of std's generic join in the
/// wasm for each kind of slice).
pub fn join(parts: &[&str], separator: &str) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + separator.len()).sum());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part);
    }
    out
}

/// Runs of whitespace (line breaks included) as single spaces, trimmed.
pub fn one_line(text: &str) -> String {
    join(&text.split_whitespace().collect::<Vec<_>>(), " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substring_helpers_agree_with_std() {
        let texts = ["", "a", "aaa", "abcabc", "Kyiv — Київ met 😀 in Genève", "----x--", "a\n---\nb"];
        let needles = ["", "a", "aa", "bc", "Київ", "😀", "--", "\n---", "zz", "é"];
        for t in texts {
            for n in needles {
                assert_eq!(find_str(t, n), t.find(n), "{t:?} {n:?}");
                assert_eq!(has_str(t, n), t.contains(n));
                assert_eq!(split_once_str(t, n), t.split_once(n), "{t:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(replace_str(t, n, "<>"), t.replace(n, "<>"), "{t:?} {n:?}");
                }
            }
            for c in ['a', '-', 'ї', '😀', '\n', 'q'] {
                assert_eq!(has_char(t, c), t.contains(c));
            }
        }
    }

    #[test]
    fn ascii_spaces_are_the_white_space_of_std() {
        for b in 0..=0x7fu8 {
            assert_eq!(is_space(char::from(b)), char::from(b).is_whitespace(), "{b:#x}");
        }
    }

    #[test]
    fn classes() {
        assert!(is_space('\u{A0}') && is_space('\u{FEFF}') && !is_space('a'));
        assert!(is_line_break('\r') && is_line_break('\u{2028}') && !is_line_break(' '));
        assert!(is_terminal('…') && !is_terminal(','));
        assert!(is_strong_terminal('?') && !is_strong_terminal('.'));
        assert!(is_closer('”') && !is_closer('“'));
        assert!(is_opener('«') && !is_opener('»'));
        assert!(is_apostrophe('’') && is_hyphen('-') && is_word_char('é') && is_word_char('\u{301}'));
    }

    #[test]
    fn lower_char_agrees_with_std_where_it_maps() {
        for u in 0..0x2000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let std: Vec<char> = c.to_lowercase().collect();
            let ours = lower_char(c);
            let covered = [0..0x180, 0x200..0x220, 0x222..0x234, 0x386..0x3AC, 0x400..0x530, 0x1E00..0x1F00]
                .iter()
                .any(|r| r.contains(&u));
            if std.len() == 1 && covered {
                assert_eq!(ours, std[0], "U+{u:04X}");
            } else if std.len() == 1 {
                assert!(ours == c || ours == std[0], "U+{u:04X}");
            }
        }
        assert_eq!(lower_char('\u{130}'), 'i');
        assert!(lower_chars('\u{130}').eq('\u{130}'.to_lowercase()));
        assert!(lower_chars('Ж').eq("ж".chars()));
        assert_eq!(lower_char('中'), '中');
    }

    #[test]
    fn lower_agrees_with_std_on_words() {
        for s in ["Kyiv", "ÉLYSÉE Palace", "Łódź ŻUBR", "ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ ΣΑ", "МОСКВА Київ", "İstanbul", "ÿŸ", "ABC", "ȘTEFAN ȚEPEȘ", "ĐÀ NẴNG"] {
            assert_eq!(lower(s), s.to_lowercase(), "{s}");
            assert_eq!(s.lower(), s.to_lowercase(), "{s}");
        }
        // Outside the mapped scripts characters stay as they are.
        assert_eq!(lower("ＡＢ Ǆ"), "ＡＢ Ǆ");
    }

    #[test]
    fn trim_span_handles_all_space() {
        let s = " \u{A0}ab\u{200B} ";
        let (a, b) = trim_span(s, 0, s.len());
        assert_eq!(&s[a..b], "ab");
        let t = "   ";
        let (a, b) = trim_span(t, 0, t.len());
        assert_eq!(a, b);
    }

    #[test]
    fn join_and_one_line_are_std_s() {
        for parts in [&[][..], &["a"][..], &["a", "", "b c"][..]] {
            assert_eq!(join(parts, ", "), parts.join(", "));
        }
        assert_eq!(one_line("  a \n\t b  c\r\n"), "a b c");
        assert_eq!(one_line(" \n "), "");
    }
}
