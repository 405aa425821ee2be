//! Character classes shared by the splitters and tokenizers: spaces, line breaks, sentence
//! terminators, quotes and brackets, apostrophes, hyphens and combining marks.

/// Whitespace for trimming and splitting: Unicode white space plus the zero-width space and the
/// byte-order mark, which editors and scrapers leave behind.
pub fn is_space(c: char) -> bool {
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
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn trim_span_handles_all_space() {
        let s = " \u{A0}ab\u{200B} ";
        let (a, b) = trim_span(s, 0, s.len());
        assert_eq!(&s[a..b], "ab");
        let t = "   ";
        let (a, b) = trim_span(t, 0, t.len());
        assert_eq!(a, b);
    }
}
