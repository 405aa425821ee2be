//! Properties of the temporal tagger on any input: spans inside the text, on character
//! boundaries, sorted and non-overlapping; values that are well-formed TIMEX3; the same answer
//! twice. Property tests over arbitrary text and over text assembled from date-laden fragments,
//! then the hostile inputs the tagger must survive (long digit runs, impossible dates, years
//! out of range, Unicode digits and dashes, a megabyte without whitespace, a bad DCT).
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use datelines::time::{self, Mode, TagOptions, Timex, TimexType};
use proptest::prelude::*;

/// Whether `v` is a well-formed TIMEX3 value (TimeML 1.2.1 with the usual extensions).
fn valid_value(v: &str) -> bool {
    matches!(v, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") || valid_duration(v) || valid_point(v)
}

/// A number in a duration: digits with an optional decimal part, or `X`.
fn duration_number(s: &str) -> Option<(&str, &str)> {
    if let Some(rest) = s.strip_prefix('X') {
        return Some(("X", rest));
    }
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let n = &s[..end];
    let ok = !n.is_empty()
        && n.starts_with(|c: char| c.is_ascii_digit())
        && !n.ends_with('.')
        && n.matches('.').count() <= 1;
    ok.then(|| (n, &s[end..]))
}

/// `P3D`, `P1Y6M`, `PT5H30M`, `P2WE`, `PXY`, `P1DE` (decade), `P1CE` (century), `P1Q`.
fn valid_duration(v: &str) -> bool {
    let Some(mut rest) = v.strip_prefix('P') else {
        return false;
    };
    if rest.is_empty() {
        return false;
    }
    let mut in_time = false;
    let mut parts = 0;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('T') {
            if in_time || r.is_empty() {
                return false;
            }
            in_time = true;
            rest = r;
            continue;
        }
        let Some((_, r)) = duration_number(rest) else {
            return false;
        };
        let units: &[&str] = if in_time {
            &["H", "M", "S"]
        } else {
            &["WE", "DE", "CE", "Y", "M", "W", "D", "Q", "L"]
        };
        let Some(unit) = units.iter().find(|u| r.starts_with(*u)) else {
            return false;
        };
        rest = &r[unit.len()..];
        parts += 1;
    }
    parts > 0
}

fn digits_or_x(s: &str, n: usize) -> bool {
    s.len() == n && (s.bytes().all(|b| b.is_ascii_digit()) || s.bytes().all(|b| b == b'X'))
}

fn in_range(s: &str, lo: u32, hi: u32) -> bool {
    s.bytes().all(|b| b == b'X') || s.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n))
}

/// The time part after `T`: `10`, `10:55`, `10:55:30`, or a part of the day.
fn valid_time(t: &str) -> bool {
    if matches!(t, "MO" | "MI" | "AF" | "EV" | "NI" | "DT") {
        return true;
    }
    let fields: Vec<&str> = t.split(':').collect();
    fields.len() <= 3
        && digits_or_x(fields[0], 2)
        && in_range(fields[0], 0, 24)
        && fields[1..]
            .iter()
            .all(|f| digits_or_x(f, 2) && in_range(f, 0, 59))
}

/// Dates and times: `2025`, `202` (decade), `19` (century), `2025-12`, `2025-12-02`,
/// `2025-W48`, `2025-W48-WE`, `2025-W48-2`, `2025-Q3`, `2025-H1`, `2025-SU`, `XXXX-12-25`,
/// `2025-12-02T10:55`, `2025-12-02TMO`, `T15`.
fn valid_point(v: &str) -> bool {
    let (date, time) = match v.find('T') {
        Some(i) => (&v[..i], Some(&v[i + 1..])),
        None => (v, None),
    };
    if time.is_some_and(|t| !valid_time(t)) {
        return false;
    }
    if date.is_empty() {
        return time.is_some();
    }
    // Years before Christ: `BC0044`.
    let date = date.strip_prefix("BC").unwrap_or(date);
    let mut parts = date.split('-');
    let year = parts.next().unwrap_or_default();
    let year_ok =
        (2..=4).contains(&year.len()) && year.bytes().all(|b| b.is_ascii_digit() || b == b'X');
    if !year_ok {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    if year.len() < 4 {
        return rest.is_empty() && time.is_none();
    }
    match rest.as_slice() {
        [] => true,
        [p] if matches!(
            *p,
            "SP" | "SU" | "FA" | "WI" | "H1" | "H2" | "Q1" | "Q2" | "Q3" | "Q4" | "QX"
        ) =>
        {
            true
        }
        [w, rest @ ..] if w.starts_with('W') => {
            let week = &w[1..];
            digits_or_x(week, 2)
                && in_range(week, 1, 53)
                && match rest {
                    [] => true,
                    ["WE"] => time.is_none(),
                    [d] => d.len() == 1 && in_range(d, 1, 7),
                    _ => false,
                }
        }
        [m] => digits_or_x(m, 2) && in_range(m, 1, 12),
        [m, d] if !m.starts_with('W') => {
            let month_ok =
                digits_or_x(m, 2) && in_range(m, 1, 12) && digits_or_x(d, 2) && in_range(d, 1, 31);
            let real = |y: &str| {
                y.parse::<i32>()
                    .ok()
                    .zip(m.parse::<u32>().ok())
                    .zip(d.parse::<u32>().ok())
            };
            month_ok
                && real(year).map_or(true, |((y, m), d)| {
                    NaiveDate::from_ymd_opt(y, m, d).is_some()
                })
        }
        _ => false,
    }
}

fn d(s: &str) -> NaiveDate {
    time::parse_iso_date(s).expect("a test date")
}

/// Every property a tagging of `text` must have.
fn check(text: &str, found: &[Timex]) {
    let mut last_end = 0;
    for t in found {
        assert!(
            t.start < t.end && t.end <= text.len(),
            "{t:?} outside a text of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
            "{t:?} not on char boundaries"
        );
        assert_eq!(&text[t.start..t.end], t.text);
        assert!(
            t.start >= last_end,
            "{t:?} overlaps or precedes the one before (ending at {last_end})"
        );
        last_end = t.end;
        assert!(
            valid_value(&t.value),
            "{t:?}: {:?} is not a TIMEX3 value",
            t.value
        );
        if t.kind == TimexType::Duration {
            assert!(
                valid_duration(&t.value) || t.value.ends_with("_REF"),
                "{t:?}: a duration's value"
            );
        }
    }
}

fn tag_both_ways(text: &str, dct: Option<NaiveDate>) {
    for mode in [Mode::News, Mode::Narrative] {
        let options = TagOptions { dct, mode };
        let first = time::tag_with(text, &options);
        check(text, &first);
        assert_eq!(
            first,
            time::tag_with(text, &options),
            "not deterministic on {text:?}"
        );
    }
}

const FRAGMENTS: &[&str] = &[
    "on Tuesday",
    "two weekends ago",
    "in August",
    "3.12.2025, 10:55",
    "yesterday",
    "the envoys met",
    "February 30",
    "99999999",
    "year 0",
    "in 10000",
    "0000-00-00",
    "9999-12-31",
    "31/12/9999",
    "last week",
    "every Tuesday",
    "twice a week",
    "the 1990s",
    "Q3 2025",
    "the third quarter",
    "a year ago",
    "two days later",
    "the following year",
    "10:55 a.m.",
    "noon",
    "tonight",
    "1 January 1",
    "late 1999",
    "mid-2000",
    "the past three months",
    "for 5 hours",
    "１２月２日",
    "２０２５",
    "٢٠٢٥",
    "2025–2026",
    "May 4—May 22",
    "½",
    "—",
    "-",
    "/",
    ".",
    ",",
    " ",
    "\n",
    "'",
    "’90s",
    "12.31.",
    "00:00",
    "24:00",
    "25:61",
    "Dec.",
    "Sept",
    "the 31st",
    "week 53",
    "W54",
    "1st",
    "0th",
    "Monday the 32nd",
    "winter",
    "this spring",
    "the 19th century",
    "18th century",
    "4/22",
    "on 15",
    "for the 31st",
    "2016 - 11",
    "from 4 to 31 February",
    "the 31st of next month",
    "1 month 21 days ago",
    "9999 years 99 months later",
    "every other Friday",
    "3pm every day",
    "the first week of 9999",
    "the last week of 2015",
    "week 53",
    "the week after next",
    "Friday the 13th",
    "the fifth Sunday of February",
    "tonight at 11",
    "8.30pm",
    "15:50:06",
];

fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..24).prop_map(|parts| parts.join(" "))
}

fn dcts() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (1i32..=9999, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, day)| NaiveDate::from_ymd_opt(y, m, day)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_well_formed_spans_and_values(text in "\\PC{0,200}", dct in dcts()) {
        tag_both_ways(&text, dct);
    }

    #[test]
    fn date_laden_text_gives_well_formed_spans_and_values(text in fragments(), dct in dcts()) {
        tag_both_ways(&text, dct);
    }

    #[test]
    fn digit_and_punctuation_soup_gives_well_formed_spans_and_values(
        text in "[0-9./:\\- ,a-zA-Z]{0,80}", dct in dcts()
    ) {
        tag_both_ways(&text, dct);
    }
}

#[test]
fn the_value_validator_accepts_timex3_and_rejects_the_rest() {
    for good in [
        "2025-12-02",
        "2025-12",
        "2025",
        "202",
        "19",
        "2025-W48",
        "2025-W48-WE",
        "2025-W48-2",
        "2025-Q3",
        "2025-SU",
        "2025-H1",
        "BC0044",
        "2025-12-02TMO",
        "2025-12-02T10:55",
        "XXXX-12-25",
        "XXXX-WXX-2",
        "P3D",
        "PT5H",
        "P1M",
        "PXY",
        "P2WE",
        "P1DE",
        "PT1.5H",
        "P1Y6M",
        "PRESENT_REF",
        "PAST_REF",
        "FUTURE_REF",
        "T15",
        "TMO",
    ] {
        assert!(valid_value(good), "{good}");
    }
    for bad in [
        "",
        "P",
        "PT",
        "2025-13",
        "2025-02-30",
        "2025-W54",
        "2025-W48-8",
        "2025-12-02T25:00",
        "20255",
        "1",
        "2025-Q5",
        "P3",
        "P3X",
        "yesterday",
        "2025-12-02T",
        "T",
        "-2025",
        "2025--12",
        "P1.D",
    ] {
        assert!(!valid_value(bad), "{bad}");
    }
}

#[test]
fn ten_thousand_digits_are_survived() {
    let run = "7".repeat(10_000);
    tag_both_ways(&run, Some(d("2025-12-03")));
    tag_both_ways(
        &format!("in {run} and on 2 May 2024"),
        Some(d("2025-12-03")),
    );
    let found = time::tag(
        &format!("in {run} and on 2 May 2024"),
        Some(d("2025-12-03")),
    );
    assert!(found.iter().any(|t| t.value == "2024-05-02"), "{found:?}");
}

#[test]
fn eight_nines_are_not_a_date() {
    let found = time::tag("The account number was 99999999.", Some(d("2025-12-03")));
    check("The account number was 99999999.", &found);
    assert!(
        found.iter().all(|t| !t.value.starts_with("9999-99")),
        "{found:?}"
    );
}

#[test]
fn an_impossible_day_gives_no_impossible_value() {
    for text in [
        "They met on February 30.",
        "It ended on 30 February 2025.",
        "due on 31/04/2025",
        "on 2025-02-30",
    ] {
        let found = time::tag(text, Some(d("2025-12-03")));
        check(text, &found);
        assert!(
            found
                .iter()
                .all(|t| !t.value.contains("-02-30") && !t.value.contains("-04-31")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn years_zero_and_past_9999_are_survived() {
    for text in [
        "In the year 0 nothing happened.",
        "On 1 January 0000.",
        "In 10000 the sun will be bright.",
        "By 12025 we will know.",
        "On 31 December 9999 and the day after.",
        "It was 9999; a year later it was over.",
    ] {
        for dct in [None, Some(d("9999-12-31")), Some(d("0001-01-01"))] {
            tag_both_ways(text, dct);
        }
    }
    let found = time::tag("In 10000 the sun will be bright.", None);
    assert!(
        found
            .iter()
            .all(|t| t.value != "10000" && t.value != "1000"),
        "{found:?}"
    );
}

#[test]
fn unicode_digits_and_dashes_are_survived() {
    for text in [
        "On ２０２５年１２月２日 they met.",
        "In ٢٠٢٥ they met.",
        "From 4–22 May 2025.",
        "From May 4—May 22, 2025.",
        "Between 2019‒2021 it grew.",
        "२०२५ में",
        "12‑03‑2025",
        "۱۲/۳/۲۰۲۵",
    ] {
        tag_both_ways(text, Some(d("2025-12-03")));
    }
}

#[test]
fn a_megabyte_without_whitespace_is_survived() {
    let chunk = "2025-12-03/yesterday.Tuesday,3.12.2025—";
    let text: String = chunk.repeat(1_000_000 / chunk.len() + 1);
    tag_both_ways(&text, Some(d("2025-12-03")));
    let letters = "a".repeat(1_000_000);
    assert!(time::tag(&letters, None).is_empty());
    let digits_and_dots = "1.".repeat(500_000);
    tag_both_ways(&digits_and_dots, None);
}

#[test]
fn an_invalid_dct_is_a_clear_error() {
    for bad in [
        "2025-13-01",
        "2025-02-30",
        "yesterday",
        "",
        "0000-01-01",
        "12/03/2025x",
        "２０２５-１２-０３",
    ] {
        assert_eq!(time::parse_iso_date(bad), None, "{bad}");
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_datelines"))
            .args(["tag", "--dct", bad, "-"])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("the datelines binary runs");
        assert_eq!(output.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("datelines: ") && stderr.contains("--dct"),
            "{bad}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{bad}: {stderr}");
    }
}

#[test]
fn a_run_of_days_joined_by_a_word_is_tagged_at_both_ends() {
    let got: Vec<(String, String)> = time::tag(
        "The fair runs from 4 to 22 January 1995, then between 3 and 5 of May.",
        Some(d("1994-12-01")),
    )
    .into_iter()
    .map(|t| (t.text, t.value))
    .collect();
    let want = [
        ("4", "1995-01-04"),
        ("22 January 1995", "1995-01-22"),
        ("3", "1995-05-03"),
        ("5 of May", "1995-05-05"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    // Two days joined by "and" stay two days even when they make a weekend.
    let days: Vec<String> = time::tag("Talks are set for April 24 and 25.", Some(d("1999-02-10")))
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(days, ["1999-04-24", "1999-04-25"]);
}
