//! An article's own date, when its text states one: a dateline near the top
//! (`3.12.2025, 10:55`, `Saturday 25 April 2009 22.09 BST`, `Published: Dec. 3, 2025`,
//! `MOSCOW, Dec. 3, 2025 —`) or a full date opening one of the first body sentences
//! (`On December 2, 2025, …`). Photo captions and boilerplate never date an article.

use chrono::NaiveDate;

use super::{tag, Timex};
use crate::model::Granularity;
use crate::text::{walk, BlockKind, Sentence};

/// How many of the first lines may hold a dateline.
const DATELINE_LINES: usize = 8;
/// How many sentences at the top may hold a dateline (long first lines hold several).
const DATELINE_SENTENCES: usize = 16;
/// How many words besides the date a dateline line may have.
const DATELINE_OTHER_WORDS: usize = 4;
/// How many of the first body sentences may open with the article's date.
const OPENING_SENTENCES: usize = 3;
/// How many words may stand before the date in such an opening ("On", "By", a place).
const OPENING_WORDS: usize = 3;

/// Where in the article its date was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A dateline: a line that is (almost) only the date, or a capitals dateline. Not an event.
    Dateline,
    /// The opening of a body sentence ("On December 2, 2025, …"): also dates that sentence's event.
    Opening,
}

/// An article date found in the text, with the span of the expression that states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleDate {
    /// The date.
    pub date: NaiveDate,
    /// Where it was stated.
    pub found: Found,
    /// Byte offset where the expression starts.
    pub start: usize,
    /// Byte offset past its end.
    pub end: usize,
}

/// The article's own date, if its text states one. `sentences` are `text::sentences(text)`.
pub fn find(text: &str, sentences: &[Sentence]) -> Option<ArticleDate> {
    dateline(text, sentences).or_else(|| opening(text, sentences))
}

/// A full calendar day stated outright (no anchor needed).
fn explicit_day(t: &Timex) -> Option<NaiveDate> {
    match t.extent {
        Some((day, _, Granularity::Day)) if t.anchor.is_none() => Some(day),
        _ => None,
    }
}

/// Whether a sentence may state a full date at all: one with a year written in digits. (A
/// year spelled out in words, "nineteen ninety", may date an event but never an article.)
/// Most sentences have no digit, and are not tagged.
fn may_state_a_date(sentence: &str) -> bool {
    walk::chars(sentence).any(walk::is_numeric)
}

/// How many bytes at a sentence's start are tagged when looking for the article's date: a
/// dateline's date stands within its first few words, and tagging only them keeps the search
/// from tagging the top of every article twice.
const HEAD_BYTES: usize = 160;

/// The temporal expressions of the head of `sentence` (its first [`HEAD_BYTES`], cut at a
/// space), or of all of it when an expression runs up to the cut (and might go on past it).
fn tag_head(sentence: &str) -> Vec<Timex> {
    if sentence.len() > HEAD_BYTES {
        let mut cut = HEAD_BYTES;
        while !sentence.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(space) = sentence[..cut].rfind(char::is_whitespace) {
            let head = &sentence[..space];
            let found = tag(head, None);
            // An expression with nothing but spaces and punctuation after it may go on past the cut.
            if found.iter().all(|t| head[t.end..].chars().any(char::is_alphanumeric)) {
                return found;
            }
        }
    }
    tag(sentence, None)
}

fn words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).count()
}

/// A short line near the top that is (almost) only a date, or a dateline opening a line.
fn dateline(text: &str, sentences: &[Sentence]) -> Option<ArticleDate> {
    let top = sentences.iter().take_while(|s| s.line < DATELINE_LINES).take(DATELINE_SENTENCES);
    for s in top.filter(|s| s.kind != BlockKind::Caption) {
        let sentence = &text[s.start..s.end];
        if !may_state_a_date(sentence) {
            continue;
        }
        for t in tag_head(sentence) {
            let Some(date) = explicit_day(&t) else { continue };
            let before = &sentence[..t.start];
            let others = words(before) + words(&sentence[t.end..]);
            let line_is_date = others <= DATELINE_OTHER_WORDS;
            // "MOSCOW, Dec. 3, 2025 —": capitals, a comma, the date.
            let caps_dateline = {
                let head = before.trim_end().trim_end_matches(',');
                !head.is_empty() && head.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && words(head) <= 3
            };
            if line_is_date || caps_dateline {
                return Some(ArticleDate { date, found: Found::Dateline, start: s.start + t.start, end: s.start + t.end });
            }
        }
    }
    None
}

/// A full date opening one of the first body sentences: "On December 2, 2025, …".
fn opening(text: &str, sentences: &[Sentence]) -> Option<ArticleDate> {
    for s in sentences.iter().filter(|s| s.kind == BlockKind::Body).take(OPENING_SENTENCES) {
        let sentence = &text[s.start..s.end];
        if !may_state_a_date(sentence) {
            continue;
        }
        let first = tag_head(sentence).into_iter().next();
        if let Some(t) = first {
            if let Some(date) = explicit_day(&t) {
                if words(&sentence[..t.start]) <= OPENING_WORDS {
                    return Some(ArticleDate { date, found: Found::Opening, start: s.start + t.start, end: s.start + t.end });
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn found(text: &str) -> Option<String> {
        find(text, &sentences(text)).map(|d| format!("{} {}", d.date, &text[d.start..d.end]))
    }

    #[test]
    fn a_numeric_dateline_line_dates_the_article() {
        let text = "Envoys fail to agree\n5- 4.12.2025, 09:40\nThe talks ended on Tuesday without a deal.";
        assert_eq!(found(text).as_deref(), Some("2025-12-04 4.12.2025, 09:40"));
    }

    #[test]
    fn a_worded_dateline_with_time_zone() {
        let text = "Flu spreads\nSunday 26 April 2009 18.30 BST\nHealth officials said cases rose.";
        assert_eq!(found(text).as_deref(), Some("2009-04-26 Sunday 26 April 2009 18.30 BST"));
    }

    #[test]
    fn a_capitals_dateline_opening_the_body() {
        let text = "KYIV, Dec. 4, 2025 — Officials said on Wednesday that the envoys had left.";
        assert_eq!(found(text).as_deref(), Some("2025-12-04 Dec. 4, 2025"));
    }

    #[test]
    fn an_opening_date_in_the_first_sentences() {
        let text = "Talks end\n\nOn March 3, 2024, the ministers met in Oslo. They talked for hours.";
        assert_eq!(found(text).as_deref(), Some("2024-03-03 March 3, 2024"));
    }

    #[test]
    fn only_the_head_of_a_long_sentence_is_searched_but_dates_across_the_cut_are_whole() {
        let long = "word ".repeat(40);
        let text = format!("OSLO, March 3, 2024 — The ministers met. {long}\nMore text.");
        assert_eq!(found(&text).as_deref(), Some("2024-03-03 March 3, 2024"));
        // A date that the head would cut in two is read whole.
        let pad = "x".repeat(HEAD_BYTES - 11);
        let text = format!("{pad} March 3, 2024 {long}");
        assert!(text[..HEAD_BYTES].ends_with("March 3, 2"), "the cut falls inside the date");
        let head = tag_head(&text);
        assert_eq!(head.first().map(|t| &text[t.start..t.end]), Some("March 3, 2024"));
    }

    #[test]
    fn captions_and_later_dates_do_not_date_the_article() {
        let text = "The minister waves to reporters in Oslo, Norway, March 1, 2024. REUTERS/Jane Roe\n\
                    The ministers met on Tuesday. A treaty was signed on May 5, 1990, in Paris.";
        assert_eq!(found(text), None);
    }
}
