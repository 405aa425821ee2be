//! The `Analysis` JSON import (the app's "Import" button and the element's `src`) on arbitrary
//! text: it must not panic; what it accepts must pass its own checks again, survive a round trip
//! through JSON unchanged, and every export must render it without panicking.
#![no_main]

use datelines::timeline::export;
use datelines::timeline::import::{check, parse_analysis_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let Ok(analysis) = parse_analysis_json(source) else { return };
    check(&analysis).expect("an imported analysis passes the import checks");
    let json = export::analysis_json(&analysis);
    let again = parse_analysis_json(&json).expect("an exported analysis imports");
    assert_eq!(again, analysis);
    let stamp = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).expect("a valid time");
    let _ = (export::timelinejs(&analysis), export::ics(&analysis, stamp), export::csv(&analysis), export::markdown(&analysis));
});
