//! The temporal tagger on arbitrary text, DCT and mode: it must not panic, and every span it
//! returns must lie inside the text, on character boundaries, in order and without overlap.
#![no_main]

use arbitrary::Arbitrary;
use chrono::NaiveDate;
use datelines::time::{tag_with, Mode, TagOptions};
use libfuzzer_sys::fuzz_target;

/// Days from 0001-01-01 to 9999-12-31: the DCTs the ISO parsers can produce.
const DAYS: u32 = 3_652_059;

#[derive(Debug, Arbitrary)]
struct Input {
    narrative: bool,
    dct: Option<u32>,
    text: String,
}

fuzz_target!(|input: Input| {
    let dct = input
        .dct
        .and_then(|d| NaiveDate::from_num_days_from_ce_opt((d % DAYS) as i32 + 1));
    let mode = if input.narrative {
        Mode::Narrative
    } else {
        Mode::News
    };
    let text = &input.text;
    let timexes = tag_with(text, &TagOptions { dct, mode });
    let mut previous_end = 0;
    for t in &timexes {
        assert!(
            t.start < t.end && t.end <= text.len(),
            "span {}..{} outside 0..{}",
            t.start,
            t.end,
            text.len()
        );
        assert!(
            text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
            "span {}..{} splits a character",
            t.start,
            t.end
        );
        assert_eq!(&text[t.start..t.end], t.text);
        assert!(
            t.start >= previous_end,
            "span {}..{} overlaps or precedes the previous one (ends {previous_end})",
            t.start,
            t.end
        );
        assert!(!t.value.is_empty(), "empty value for {:?}", t.text);
        previous_end = t.end;
    }
});
