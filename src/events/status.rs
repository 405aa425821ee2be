//! Whether a statement reports something that happened, is planned, or was called off: cue
//! words (as data) in the stretch of the sentence that belongs to the date, and the date itself.

use chrono::NaiveDate;

use crate::model::Status;
use crate::text::chars::Lower;

/// Words (lowercase prefixes) that mark an event as called off.
pub const CANCELLED: &[&str] = &["cancel", "called off", "call off", "scrapped", "scrap", "postpone", "shelved", "aborted", "abandoned", "put off", "fell through", "collapsed before"];

/// Words (lowercase, whole) that mark an event as still to come.
pub const PLANNED: &[&str] = &[
    "will", "shall", "plans to", "planning to", "planned", "scheduled", "expected", "upcoming",
    "preparing", "prepares", "due to", "set to", "intends", "to be held", "ahead of", "proposed",
];

/// The status of a statement from its words and its days (`start`..=`end`) relative to the
/// article's date: cancelled on a cancellation cue; planned when it lies after the article's
/// date, or a plan cue stands by it and it has not ended before that date.
pub fn status(segment: &str, start: NaiveDate, end: NaiveDate, dct: Option<NaiveDate>) -> Status {
    let lower = segment.lower();
    if CANCELLED.iter().any(|cue| contains_word_prefix(&lower, cue)) {
        return Status::Cancelled;
    }
    let future = dct.is_some_and(|d| start > d);
    if future || PLANNED.iter().any(|cue| contains_word(&lower, cue)) && dct.map_or(true, |d| end >= d) {
        return Status::Planned;
    }
    Status::Happened
}

/// `cue` occurs at a word start in `text` (as a prefix: "cancel" matches "cancelled").
fn contains_word_prefix(text: &str, cue: &str) -> bool {
    text.match_indices(cue).any(|(i, _)| text[..i].chars().next_back().map_or(true, |c| !c.is_alphanumeric()))
}

/// `cue` occurs as whole words in `text`.
fn contains_word(text: &str, cue: &str) -> bool {
    find_words(text, cue).is_some()
}

/// Offset of the first occurrence of `words` in `text` as whole words.
pub(super) fn find_words(text: &str, words: &str) -> Option<usize> {
    text.match_indices(words).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back().map_or(true, |c| !c.is_alphanumeric());
        let after = text[i + words.len()..].chars().next().map_or(true, |c| !c.is_alphanumeric());
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn cancellation_cues_win() {
        let s = "the proposed summit in October that was cancelled days later";
        assert_eq!(status(s, d("2025-10-01"), d("2025-10-31"), Some(d("2025-12-03"))), Status::Cancelled);
        assert_eq!(status("the visit was called off", d("2025-10-01"), d("2025-10-01"), None), Status::Cancelled);
    }

    #[test]
    fn future_dates_and_plan_cues_are_planned() {
        assert_eq!(status("they meet then", d("2025-12-10"), d("2025-12-10"), Some(d("2025-12-03"))), Status::Planned);
        assert_eq!(status("talks will take place", d("2025-12-03"), d("2025-12-03"), Some(d("2025-12-03"))), Status::Planned);
        assert_eq!(status("envoys are preparing for talks this week", d("2025-12-01"), d("2025-12-07"), Some(d("2025-12-03"))), Status::Planned);
        assert_eq!(status("talks will be reviewed", d("2025-11-01"), d("2025-11-01"), Some(d("2025-12-03"))), Status::Happened);
    }

    #[test]
    fn plain_past_statements_happened() {
        assert_eq!(status("the envoys met the president", d("2025-12-02"), d("2025-12-02"), Some(d("2025-12-03"))), Status::Happened);
        assert_eq!(status("a swill of news", d("2025-12-02"), d("2025-12-02"), None), Status::Happened);
    }
}
