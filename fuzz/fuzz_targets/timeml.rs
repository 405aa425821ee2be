//! The TimeML reader on arbitrary documents: it must not panic; what it reads must have spans
//! inside the plain text, and writing the document back and reading it again must give the same
//! text and the same (non-nested) annotations.
#![no_main]

use datelines::eval::timeml::{parse, write};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let Ok(doc) = parse(source) else { return };
    let text = &doc.text;
    let mut previous_start = 0;
    for t in &doc.timexes {
        assert!(
            t.start <= t.end && t.end <= text.len(),
            "span {}..{} outside 0..{}",
            t.start,
            t.end,
            text.len()
        );
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.start >= previous_start, "annotations out of order");
        previous_start = t.start;
    }
    let written = write(&doc, &doc.timexes);
    let again = parse(&written).expect("a written document reads back");
    assert_eq!(&again.text, text);
    assert_eq!(again.dct, doc.dct);
    // What write keeps: non-empty spans that do not overlap an earlier kept one.
    let mut kept = Vec::new();
    let mut at = 0;
    for t in &doc.timexes {
        if t.start < t.end && t.start >= at {
            kept.push((
                t.start,
                t.end,
                t.kind.clone(),
                t.value.clone(),
                t.modifier.clone(),
            ));
            at = t.end;
        }
    }
    let read: Vec<_> = again
        .timexes
        .iter()
        .map(|t| {
            (
                t.start,
                t.end,
                t.kind.clone(),
                t.value.clone(),
                t.modifier.clone(),
            )
        })
        .collect();
    assert_eq!(read, kept);
});
