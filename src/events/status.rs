//! Whether a statement reports something that happened, is planned, was called off, or is only
//! claimed: cue words (as data) in the stretch of the sentence that belongs to the date, the date
//! itself, and, for claims, the attribution of the whole sentence.

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::model::Status;
use crate::text::chars::Lower;
use crate::text::walk;

/// Words (lowercase prefixes) that mark an event as called off.
pub const CANCELLED: &str = crate::words!["cancel", "called off", "call off", "scrapped", "scrap", "postpone", "shelved", "aborted", "abandoned", "put off", "fell through", "collapsed before"];

/// Words (lowercase, whole) that mark an event as still to come.
pub const PLANNED: &str = crate::words![
    "will", "shall", "plans to", "planning to", "planned", "scheduled", "expected", "upcoming",
    "preparing", "prepares", "due to", "set to", "intends", "to be held", "ahead of", "proposed",
];

/// Words (lowercase, whole) that attribute a statement to a report, a claim or unnamed sources
/// rather than stating it: what follows is second hand.
pub const HEARSAY: &str = crate::words![
    "reportedly", "allegedly", "purportedly", "according to", "is said to", "are said to",
    "was said to", "were said to", "is reported to", "are reported to", "was reported to",
    "were reported to", "is believed to have", "are believed to have", "unconfirmed reports",
    "unconfirmed report", "sources said", "sources say", "sources told", "reports say",
    "reports said", "rumoured", "rumored", "claimed to have", "claims to have",
];

/// Words (lowercase, whole) that doubt or deny what is to come: a plan stated with one of them
/// ("nobody expected a ceasefire before the end of the year", "a deal this month is unlikely")
/// is no event at all.
pub const DOUBTS: &str = crate::words![
    "nobody expected", "nobody expects", "no one expected", "no one expects", "not expected",
    "unlikely", "ruled out", "rules out", "no prospect", "no chance", "doubtful", "doubted",
];

/// The cue tables of the events room as lists, split once from their strings (the tables are
/// strings, `crate::words!`, to keep arrays of string slices out of the wasm's data; the cue
/// scans run on every dated sentence and want slices).
pub(super) struct Cues {
    /// [`CANCELLED`].
    pub cancelled: Vec<&'static str>,
    /// [`PLANNED`].
    pub planned: Vec<&'static str>,
    /// [`HEARSAY`].
    pub hearsay: Vec<&'static str>,
    /// [`DOUBTS`].
    pub doubts: Vec<&'static str>,
    /// [`NOT_HEARSAY`].
    pub not_hearsay: Vec<&'static str>,
    /// [`super::extract::EVENT_NOUNS`].
    pub event_nouns: Vec<&'static str>,
    /// [`super::extract::PROSPECTIVE`].
    pub prospective: Vec<&'static str>,
    /// [`super::extract::NEGATIONS`].
    pub negations: Vec<&'static str>,
}

/// The shared cue lists, built on first use.
pub(super) fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        use super::extract::{EVENT_NOUNS, NEGATIONS, PROSPECTIVE};
        let list = |table: &'static str| table.lines().collect();
        Cues {
            cancelled: list(CANCELLED),
            planned: list(PLANNED),
            hearsay: list(HEARSAY),
            doubts: list(DOUBTS),
            not_hearsay: list(NOT_HEARSAY),
            event_nouns: list(EVENT_NOUNS),
            prospective: list(PROSPECTIVE),
            negations: list(NEGATIONS),
        }
    })
}

/// The stretch of a sentence doubts or denies what is to come ([`DOUBTS`]).
pub fn doubted(segment: &str) -> bool {
    any_cue(&segment.lower(), &cues().doubts, true)
}

/// Phrases that begin like a hearsay cue but attribute nothing ("it went according to plan").
pub const NOT_HEARSAY: &str = crate::words![
    "according to plan", "according to schedule", "according to the plan", "according to the schedule",
    "according to the agreement", "according to the deal", "according to the rules", "according to the law",
    "according to the constitution",
];

/// The status of a dated statement: [`status`] of its stretch of the sentence, and
/// [`Status::Reported`] instead of happened when its sentence is second hand (`second_hand`,
/// asked only then: [`hearsay`] of the sentence, computed once for all its dates).
pub fn statement_status(segment: &str, start: NaiveDate, end: NaiveDate, dct: Option<NaiveDate>, second_hand: impl FnOnce() -> bool) -> Status {
    match status(segment, start, end, dct) {
        Status::Happened if second_hand() => Status::Reported,
        other => other,
    }
}

/// The sentence attributes what it says to a report, a claim or unnamed sources: a [`HEARSAY`]
/// cue that does not begin one of the [`NOT_HEARSAY`] phrases.
pub fn hearsay(sentence: &str) -> bool {
    let lower = sentence.lower();
    let cues = cues();
    let firsts = first_bytes(&cues.hearsay);
    let second_hand = word_starts(&lower).any(|i| firsts[usize::from(lower.as_bytes()[i])] && cues.hearsay.iter().any(|cue| cue_at(&lower, i, cue, true)) && !cues.not_hearsay.iter().any(|n| cue_at(&lower, i, n, true)));
    second_hand
}

/// The status of a statement from its words and its days (`start`..=`end`) relative to the
/// article's date: cancelled on a cancellation cue; planned when it lies after the article's
/// date, or a plan cue stands by it and it has not ended before that date.
pub fn status(segment: &str, start: NaiveDate, end: NaiveDate, dct: Option<NaiveDate>) -> Status {
    let lower = segment.lower();
    if any_cue(&lower, &cues().cancelled, false) {
        return Status::Cancelled;
    }
    let future = dct.is_some_and(|d| start > d);
    if future || any_cue(&lower, &cues().planned, true) && dct.map_or(true, |d| end >= d) {
        return Status::Planned;
    }
    Status::Happened
}

/// Byte offsets where the words of `text` start (a letter or digit after anything else).
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev_alnum = false;
    walk::char_indices(text).filter_map(move |(i, c)| {
        let alnum = walk::is_alphanumeric(c);
        let start = alnum && !prev_alnum;
        prev_alnum = alnum;
        start.then_some(i)
    })
}

/// `cue` stands in `text` at byte `i` (a word start): as a prefix of the words there, or with
/// `whole`, ending where a word ends.
fn cue_at(text: &str, i: usize, cue: &str, whole: bool) -> bool {
    let bytes = text.as_bytes();
    bytes.get(i) == cue.as_bytes().first()
        && bytes.get(i..).is_some_and(|rest| rest.starts_with(cue.as_bytes()))
        && (!whole || !starts_word_char(text, i + cue.len()))
}

/// A letter or digit starts at byte `k` of `text` (an ASCII byte read as it is).
fn starts_word_char(text: &str, k: usize) -> bool {
    match text.as_bytes().get(k) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text.get(k..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric),
    }
}

/// One of `cues` stands at a word start of `text` (whole words with `whole`, else as a prefix:
/// "cancel" matches "cancelled"). One pass over the text, a byte comparison per cue and word.
fn any_cue(text: &str, cues: &[&str], whole: bool) -> bool {
    let firsts = first_bytes(cues);
    for i in word_starts(text) {
        if firsts[usize::from(text.as_bytes()[i])] && cues.iter().any(|cue| cue_at(text, i, cue, whole)) {
            return true;
        }
    }
    false
}

/// Which bytes start one of `cues`: words starting with another byte need no comparison.
fn first_bytes(cues: &[&str]) -> [bool; 256] {
    let mut firsts = [false; 256];
    for cue in cues {
        if let Some(&b) = cue.as_bytes().first() {
            firsts[usize::from(b)] = true;
        }
    }
    firsts
}

/// One of `cues` stands in `text` as whole words ([`any_cue`] for the events room).
pub(super) fn any_words(text: &str, cues: &[&str]) -> bool {
    any_cue(text, cues, true)
}

/// Byte offset just past the earliest-ending whole-word occurrence of any of `cues` in `text`,
/// in one pass over its words.
pub(super) fn first_words_end(text: &str, cues: &[&str]) -> Option<usize> {
    let firsts = first_bytes(cues);
    let mut first: Option<usize> = None;
    for i in word_starts(text) {
        if !firsts[usize::from(text.as_bytes()[i])] {
            continue;
        }
        for cue in cues {
            let end = i + cue.len();
            if cue_at(text, i, cue, true) && first.map_or(true, |f| end < f) {
                first = Some(end);
            }
        }
    }
    first
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
    fn second_hand_statements_are_reported() {
        let (day, dct) = (d("2025-11-20"), Some(d("2025-12-03")));
        let st = |s: &str| statement_status(s, day, day, dct, || hearsay(s));
        assert_eq!(st("The ministers reportedly agreed on a draft in Oslo on Thursday."), Status::Reported);
        assert_eq!(st("A ceasefire was signed on Thursday, according to a report in a weekly magazine."), Status::Reported);
        assert_eq!(st("On Thursday the two sides are said to have exchanged maps."), Status::Reported);
        assert_eq!(st("Unnamed sources said the envoy flew home on Thursday."), Status::Reported);
        // Plain statements, and phrases that only look like attribution, stay as they are.
        assert_eq!(st("The ministers agreed on a draft in Oslo on Thursday."), Status::Happened);
        assert_eq!(st("On Thursday everything went according to plan."), Status::Happened);
        assert_eq!(st("Talks on Thursday ran according to the schedule, and according to aides they were tense."), Status::Reported);
        assert_eq!(st("The spokesman said on Thursday that talks were useful."), Status::Happened);
        // A plan or a cancellation says more than who reported it.
        assert_eq!(st("The summit was reportedly cancelled."), Status::Cancelled);
        let later = d("2025-12-10");
        assert_eq!(statement_status("They will reportedly meet then.", later, later, dct, || true), Status::Planned);
    }

    #[test]
    fn doubted_plans_are_recognised() {
        assert!(doubted("Nobody expected a truce before the end of the year."));
        assert!(doubted("A deal this month is unlikely, aides said."));
        assert!(doubted("The minister ruled out talks in March."));
        assert!(!doubted("Talks are expected in March."));
        assert!(!doubted("An unlikelyhood of words."));
    }

    #[test]
    fn plain_past_statements_happened() {
        assert_eq!(status("the envoys met the president", d("2025-12-02"), d("2025-12-02"), Some(d("2025-12-03"))), Status::Happened);
        assert_eq!(status("a swill of news", d("2025-12-02"), d("2025-12-02"), None), Status::Happened);
    }
}
