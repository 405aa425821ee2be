//! Lines and their kinds: the text is cut at line breaks, blank lines are dropped, and each
//! remaining line is classified as body text, a heading, a photo caption or boilerplate.

use super::abbreviations;
use super::boilerplate;
use super::captions;
use super::chars::{ends_with_by, is_closer, is_line_break, is_opener, is_space, is_terminal, trim_end_by, trim_span, trim_start_by};
use super::sentences::split_line;
use super::walk;
use super::chars::Lower;

/// What a line of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running text: the sentences that carry the story.
    Body,
    /// A headline or section title: short, without sentence punctuation.
    Heading,
    /// A photo caption or credit line.
    Caption,
    /// Navigation, share buttons, bylines, read-more links, counters, embed markup, copyright.
    Boilerplate,
}

/// One non-blank line of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the first non-space character.
    pub start: usize,
    /// Byte offset just past the last non-space character.
    pub end: usize,
    /// Index among the non-blank lines (0-based).
    pub index: usize,
    /// What the line is, in context (see [`lines`]).
    pub kind: BlockKind,
}

/// Most words a heading may have.
pub const MAX_HEADING_WORDS: usize = 14;
/// Most words a question may have to count as a heading.
pub const MAX_QUESTION_HEADING_WORDS: usize = 10;

/// Bullets that may start a list or menu item (followed by a space).
pub static LIST_BULLETS: &[char] = &['•', '·', '-', '*', '–', '—', '▪', '►', '▶', '›', '>', '◦', '■', '●'];

/// Cuts `text` into its non-blank lines, trimmed, and classifies each with [`classify_line`].
/// In context, a question headline only stays a heading when body text follows it (skipping
/// captions and boilerplate); otherwise it is body text.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut question = Vec::new();
    let mut push = |from: usize, to: usize, out: &mut Vec<Line>| {
        let (s, e) = trim_span(text, from, to);
        if s < e {
            let (kind, is_question) = classify(&text[s..e]);
            out.push(Line { start: s, end: e, index: out.len(), kind });
            question.push(is_question);
        }
    };
    let mut from = 0;
    for (i, c) in walk::char_indices(text) {
        if is_line_break(c) {
            push(from, i, &mut out);
            from = i + c.len_utf8();
        }
    }
    push(from, text.len(), &mut out);
    let mut next_content: Option<BlockKind> = None;
    for (line, is_question) in out.iter_mut().zip(question).rev() {
        if is_question && next_content != Some(BlockKind::Body) {
            line.kind = BlockKind::Body;
        }
        if matches!(line.kind, BlockKind::Body | BlockKind::Heading) {
            next_content = Some(line.kind);
        }
    }
    out
}

/// Classifies one line on its own (without context): boilerplate, caption, heading or body.
/// A blank line is boilerplate.
pub fn classify_line(line: &str) -> BlockKind {
    classify(line).0
}

/// The kind of a line, and whether it is a heading only because it is a short question.
fn classify(line: &str) -> (BlockKind, bool) {
    let line = line.trim_matches(is_space);
    if line.is_empty() {
        return (BlockKind::Boilerplate, false);
    }
    let core = strip_list_marker(line);
    if captions::starts_with_caption_label(line) || captions::starts_with_caption_label(core) {
        return (BlockKind::Caption, false);
    }
    if boilerplate::is_boilerplate(core) {
        return (BlockKind::Boilerplate, false);
    }
    if captions::ends_with_credit(line) {
        return (BlockKind::Caption, false);
    }
    if is_heading(core) {
        return (BlockKind::Heading, false);
    }
    if is_question_heading(core) {
        return (BlockKind::Heading, true);
    }
    (BlockKind::Body, false)
}

/// Removes one leading list or menu marker (`1.`, `2)`, `•`, `-` followed by a space).
pub fn strip_list_marker(line: &str) -> &str {
    let line = line.trim_start_matches(is_space);
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if (1..=3).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
        &line[digits + 1..]
    } else if let Some(c) = line.chars().next().filter(|c| LIST_BULLETS.contains(c)) {
        &line[c.len_utf8()..]
    } else {
        return line;
    };
    if rest.starts_with(is_space) {
        rest.trim_start_matches(is_space)
    } else {
        line
    }
}

/// Counts whitespace-separated words, stopping once past `limit`.
pub fn count_words_up_to(s: &str, limit: usize) -> usize {
    let (mut count, mut in_word) = (0, false);
    for (_, c) in walk::char_indices(s) {
        if is_space(c) {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
            if count > limit {
                break;
            }
        }
    }
    count
}

/// Whether the line's last character (before closing quotes and brackets) ends a sentence.
fn ends_like_sentence(s: &str) -> bool {
    ends_with_by(trim_end_by(s, |c| is_closer(c) || is_space(c)), is_terminal)
}

/// A short line without sentence punctuation that starts like a title.
fn is_heading(s: &str) -> bool {
    if count_words_up_to(s, MAX_HEADING_WORDS) > MAX_HEADING_WORDS {
        return false;
    }
    if ends_like_sentence(s) && !(ends_with_abbreviation(s) && is_title_case(s)) {
        return false;
    }
    if ends_with_by(s, |c| matches!(c, ',' | ';' | ':')) {
        return false; // a lead-in to what follows
    }
    match s.chars().find(|c| c.is_alphabetic()) {
        Some(c) => !c.is_lowercase(),
        None => false,
    }
}

/// Whether the last word is an abbreviation whose period is not sentence punctuation
/// (`Next Steps for the U.S.`).
fn ends_with_abbreviation(s: &str) -> bool {
    let last = s.rsplit(is_space).next().unwrap_or("");
    let last = trim_start_by(last, is_opener);
    let Some(word) = last.strip_suffix('.') else { return false };
    word.len() <= 12
        && (abbreviations::is_dotted_acronym(word) || abbreviations::lookup(&word.lower()).is_some())
}

/// Whether every word of four or more letters starts with a capital (title case).
fn is_title_case(s: &str) -> bool {
    s.split(is_space)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .all(|w| !w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase))
}

/// A short, single-sentence question that is not a quotation: `Why did the talks fail?`.
fn is_question_heading(s: &str) -> bool {
    let first = s.chars().next();
    ends_with_by(s, |c| matches!(c, '?' | '？'))
        && first.is_some_and(|c| c.is_uppercase() && !is_opener(c))
        && count_words_up_to(s, MAX_QUESTION_HEADING_WORDS) <= MAX_QUESTION_HEADING_WORDS
        && split_line(s).len() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_short_and_unpunctuated() {
        assert_eq!(classify_line("Background and Context"), BlockKind::Heading);
        assert_eq!(classify_line("Talks in Moscow End Without a Deal"), BlockKind::Heading);
        assert_eq!(classify_line("Envoy says talks \"useful\""), BlockKind::Heading);
        assert_eq!(classify_line("The talks ended."), BlockKind::Body);
        assert_eq!(classify_line("\"We are done.\""), BlockKind::Body);
        assert_eq!(classify_line("Here is what we know:"), BlockKind::Body);
        assert_eq!(classify_line("Next Steps for the U.S."), BlockKind::Heading);
        assert_eq!(classify_line("He moved to the U.S."), BlockKind::Body);
        assert_eq!(classify_line("and then the lights went out"), BlockKind::Body);
        assert_eq!(
            classify_line("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"),
            BlockKind::Body
        );
    }

    #[test]
    fn question_headings_need_body_after_them() {
        assert_eq!(classify_line("Why did the talks fail?"), BlockKind::Heading);
        assert_eq!(classify_line("\"Why did the talks fail?\""), BlockKind::Body);
        assert_eq!(classify_line("Who is to blame? Nobody knows?"), BlockKind::Body);
        let text = "Why did the talks fail?\nShare\nThe envoy left early.\nWas it worth it?";
        let kinds: Vec<_> = lines(text).iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![BlockKind::Heading, BlockKind::Boilerplate, BlockKind::Body, BlockKind::Body]);
        let text = "What next?\nBackground\nSome text follows here.";
        assert_eq!(lines(text)[0].kind, BlockKind::Body);
    }

    #[test]
    fn list_markers_are_stripped() {
        assert_eq!(strip_list_marker("  1. HOME"), "HOME");
        assert_eq!(strip_list_marker("• 3 min read"), "3 min read");
        assert_eq!(strip_list_marker("2) Second"), "Second");
        assert_eq!(strip_list_marker("2025. A year"), "2025. A year");
        assert_eq!(strip_list_marker("-11"), "-11");
        assert_eq!(classify_line("3. Reasons for the Failure of the Talks"), BlockKind::Heading);
    }

    #[test]
    fn lines_and_offsets() {
        let text = "  first  \r\n\n\u{2028}second\rthird";
        let ls = lines(text);
        let got: Vec<_> = ls.iter().map(|l| (&text[l.start..l.end], l.index)).collect();
        assert_eq!(got, vec![("first", 0), ("second", 1), ("third", 2)]);
        assert!(lines("").is_empty());
        assert!(lines(" \n\t\n").is_empty());
        assert_eq!(classify_line("   "), BlockKind::Boilerplate);
    }
}
