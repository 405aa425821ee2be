//! The Microsoft Recognizers-Text English date/time specifications as a test of the tagger.
//!
//! Each spec file (`DateTime-English/*.json`, UTF-8 with a byte-order mark) is an array of cases:
//! an `Input` sentence, a `Context.ReferenceDateTime` (the anchor) and the expected `Results`,
//! each with its `Text`, `Start` and, in the parser and model files, a TIMEX value (`Value.Timex`
//! or `Resolution.values[].timex`) with its concrete resolutions. The extractor files carry
//! spans only.
//!
//! A case passes when every expected result is found: one of the tagger's TIMEX3s has the same
//! text (case-insensitively) at the same character offset, and, when the result carries a
//! value, the same value under the equivalences below. A case that expects nothing passes only
//! when the tagger finds nothing. The equivalences translate Recognizers' notation into
//! TIMEX3's, no more:
//!
//! - **Placeholders**: Recognizers leaves what the sentence does not say as `X`
//!   (`XXXX-10-02` for "Oct. 2", `XXXX-WXX-1` for "Monday") and lists the dates it resolves to
//!   against the reference time (`PastResolution`, `FutureResolution`, `values[].value`). The
//!   tagger, anchored like TIMEX3 on the reference, writes one of those dates: it matches when
//!   its day, month or year is one Recognizers lists (its date part starts one of the listed
//!   dates and agrees with every digit the placeholder gives, or is a listed day of the
//!   placeholder's weekday) and whatever follows the date (`T16`, `TMO`) is the same.
//!   `XXXX-07-WXX-5-#1` ("the first Friday of July") is filled by a listed date in July that
//!   is its month's first Friday; a range's placeholder ends (`(XX40-01-01,XX50-01-01,P10Y)`
//!   for "the '40s") are filled like dates, each by a listed date.
//! - **Ranges** `(start,end,Pn)`: TIMEX3 has no range value. A range matches (a) one TIMEX3
//!   whose value covers exactly the days from `start` up to `end` (the end excluded, as
//!   Recognizers writes it: "the 1970s" is `(1970-01-01,1980-01-01,P10Y)`, TIMEX3 `197`);
//!   (b) one DURATION whose value is the range's `Pn` ("next 3 months" is a DURATION `P3M` in
//!   TimeML); or (c) as TimeML annotates "from May 4 to May 22", two or more TIMEX3s inside the
//!   span, the first valued `start` and the last `end`, from the span's start (after a leading
//!   "from", "between") to its end. Alternatives joined by `|` match when any of them does.
//! - **Durations** of the same length written in other units match: `P3.5Y` is `P3Y6M`,
//!   `PT1.5H` is `PT90M` (months and years are not compared with days).
//! - **Times of no date**: Recognizers writes "every morning" as `TMO`; TIMEX3 as
//!   `XXXX-XX-XXTMO`. The two match, and only when the time parts are equal.
//! - **Clock hours**: Recognizers writes a time said to the hour with the hour alone (`T16`);
//!   TIMEX3, as TimeBank annotates "10 p.m.", with its minutes (`T16:00`). The two match.
//! - Everything else (sets `P1W`, `XXXX-WXX-1T16`, `PRESENT_REF`) must be equal.
//!
//! Types and `mod`s are not compared: Recognizers' types (`daterange`, `datetimerange`) have no
//! TIMEX3 counterpart.

use serde_json::Value;

use crate::time::{self, calendar, Timex, TimexType};

/// The spec files whose figures are the target: the parsers of the date, date-period,
/// duration, set and date-time models.
pub const TARGET_FILES: [&str; 5] = [
    "DateParser.json",
    "DatePeriodParser.json",
    "DurationParser.json",
    "SetParser.json",
    "DateTimeParser.json",
];

/// One expected result of a case.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    /// The expression as Recognizers extracts it.
    pub text: String,
    /// Its character offset in the input, when given.
    pub start: Option<usize>,
    /// The TIMEX values it accepts (several when Recognizers lists alternatives); empty in
    /// extractor files, which give spans only.
    pub timex: Vec<String>,
    /// The concrete dates and date-times Recognizers resolves the value to.
    pub resolutions: Vec<String>,
    /// The periods Recognizers resolves a date-range value to, each as its first day and the
    /// day after its last (`startDate`, `endDate`).
    pub periods: Vec<(String, String)>,
}

/// One case of a spec file.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// The sentence.
    pub input: String,
    /// The reference date (the anchor), when given.
    pub reference: Option<chrono::NaiveDate>,
    /// What Recognizers finds in it.
    pub expected: Vec<Expected>,
}

/// The outcome of one file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileScore {
    /// Cases in the file.
    pub cases: usize,
    /// Cases passed.
    pub passed: usize,
    /// Whether the file carries values (parser and model files) or spans only (extractors).
    pub has_values: bool,
    /// The first failing cases: input, what was expected, what the tagger gave.
    pub failures: Vec<String>,
}

impl FileScore {
    /// Passed cases as a share of all, 0 to 1 (0 for an empty file).
    pub fn rate(&self) -> f64 {
        if self.cases == 0 {
            0.0
        } else {
            self.passed as f64 / self.cases as f64
        }
    }
}

/// Read the cases of one spec file's text (a leading byte-order mark is allowed).
pub fn parse(source: &str) -> Result<Vec<Case>, String> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let json: Value = serde_json::from_str(source).map_err(|e| format!("not JSON: {e}"))?;
    let items = json.as_array().ok_or("not a JSON array of cases")?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| parse_case(item).ok_or(format!("case {} is malformed", i + 1)))
        .collect()
}

fn parse_case(item: &Value) -> Option<Case> {
    let input = item.get("Input")?.as_str()?.to_string();
    let reference = item
        .get("Context")
        .and_then(|c| c.get("ReferenceDateTime"))
        .and_then(Value::as_str)
        .and_then(time::parse_iso_date);
    let mut expected = Vec::new();
    for r in item.get("Results")?.as_array()? {
        let text = r.get("Text")?.as_str()?.to_string();
        let start = r
            .get("Start")
            .and_then(Value::as_u64)
            .and_then(|s| usize::try_from(s).ok());
        let mut timex = Vec::new();
        let mut resolutions = Vec::new();
        let mut periods = Vec::new();
        let mut period = |o: &Value, a: &str, b: &str| {
            if let (Some(s), Some(e)) = (
                o.get(a).and_then(Value::as_str),
                o.get(b).and_then(Value::as_str),
            ) {
                periods.push((iso(s), iso(e)));
            }
        };
        if let Some(v) = r.get("Value") {
            if let Some(t) = v.get("Timex").and_then(Value::as_str) {
                timex.push(t.to_string());
            }
            for side in ["FutureResolution", "PastResolution"] {
                if let Some(obj) = v.get(side).and_then(Value::as_object) {
                    resolutions.extend(obj.values().filter_map(Value::as_str).map(iso));
                }
                if let Some(o) = v.get(side) {
                    period(o, "startDate", "endDate");
                }
            }
        }
        if let Some(values) = r
            .get("Resolution")
            .and_then(|res| res.get("values"))
            .and_then(Value::as_array)
        {
            for v in values {
                if let Some(t) = v.get("timex").and_then(Value::as_str) {
                    if !timex.iter().any(|x| x == t) {
                        timex.push(t.to_string());
                    }
                }
                for key in ["value", "start", "end"] {
                    if let Some(s) = v.get(key).and_then(Value::as_str) {
                        resolutions.push(iso(s));
                    }
                }
                period(v, "start", "end");
            }
        }
        expected.push(Expected {
            text,
            start,
            timex,
            resolutions,
            periods,
        });
    }
    Some(Case {
        input,
        reference,
        expected,
    })
}

/// Recognizers writes date-times with a space (`2016-11-07 16:00:00`); TIMEX3 with a `T`.
fn iso(s: &str) -> String {
    s.replacen(' ', "T", 1)
}

/// Tag a case's input anchored on its reference date, and say whether it passes.
pub fn check(case: &Case) -> (bool, Vec<Timex>) {
    let got = time::tag(&case.input, case.reference);
    let pass = if case.expected.is_empty() {
        got.is_empty()
    } else {
        case.expected
            .iter()
            .all(|e| found(&case.input, e, &got, case.reference))
    };
    (pass, got)
}

/// Score every case of one file's text; at most `keep` failures are kept as examples.
pub fn score(source: &str, keep: usize) -> Result<FileScore, String> {
    let cases = parse(source)?;
    let mut out = FileScore {
        cases: cases.len(),
        ..FileScore::default()
    };
    out.has_values = cases
        .iter()
        .flat_map(|c| &c.expected)
        .any(|e| !e.timex.is_empty());
    for case in &cases {
        let (pass, got) = check(case);
        if pass {
            out.passed += 1;
        } else if out.failures.len() < keep {
            let want: Vec<String> = case
                .expected
                .iter()
                .map(|e| format!("{:?}={}", e.text, e.timex.join("|")))
                .collect();
            let gave: Vec<String> = got
                .iter()
                .map(|t| format!("{:?}={}", t.text, t.value))
                .collect();
            out.failures.push(format!(
                "{:?}: want [{}] got [{}]",
                case.input,
                want.join(", "),
                gave.join(", ")
            ));
        }
    }
    Ok(out)
}

/// Prepositions Recognizers takes into an expression's span and TimeML leaves out of it ("on
/// Monday": TIMEX3 `Monday`; "within 5 days": `5 days`; "from May 4 to May 22": two TIMEX3s).
const LEADING_PREPOSITIONS: [&str; 7] = ["on", "at", "in", "within", "for", "from", "between"];

/// The spans (character offset, lower-case text) a TIMEX3 of the expected result `e` of
/// `input` may have: Recognizers' own; without its leading preposition (TimeML never takes
/// one in); and with the article `the` before it, which TimeML takes in ("at the end of
/// 2000": TIMEX3 `the end of 2000`) and Recognizers, after a preposition, leaves out.
fn spans(input: &str, e: &Expected) -> Vec<(usize, String)> {
    let text = e.text.to_lowercase();
    let lower = input.to_lowercase();
    let Some(start) = e
        .start
        .or_else(|| lower.find(&text).map(|b| lower[..b].chars().count()))
    else {
        return Vec::new();
    };
    let mut out = vec![(start, text.clone())];
    if let Some(rest) = LEADING_PREPOSITIONS
        .iter()
        .find_map(|p| text.strip_prefix(p).and_then(|r| r.strip_prefix(' ')))
    {
        out.push((
            start + text.chars().count() - rest.chars().count(),
            rest.to_string(),
        ));
    }
    // An abbreviation ending the input ("second of Aug."): its period also ends the sentence;
    // Recognizers leaves it out of the span, TimeML keeps it with the abbreviation.
    let after: String = input.chars().skip(start + text.chars().count()).collect();
    let last_word = text.rsplit(' ').next().unwrap_or("");
    if after.trim_end() == "."
        && (1..=4).contains(&last_word.len())
        && last_word.chars().all(|c| c.is_ascii_alphabetic())
    {
        out.push((start, format!("{text}.")));
    }
    let before: String = input.chars().take(start).collect::<String>().to_lowercase();
    if start >= 4 && before.ends_with("the ") && !text.starts_with("the ") {
        out.push((start - 4, format!("the {text}")));
    }
    out
}

/// Whether the tagger's TIMEX3s `got` for `input`, anchored on `reference`, contain the
/// expected result `e`.
fn found(input: &str, e: &Expected, got: &[Timex], reference: Option<chrono::NaiveDate>) -> bool {
    let char_start = |byte: usize| input[..byte].chars().count();
    let spans = spans(input, e);
    let same_span = |t: &Timex| {
        let text = t.text.to_lowercase();
        spans
            .iter()
            .any(|(s, x)| *x == text && char_start(t.start) == *s)
    };
    if e.timex.is_empty() {
        return got.iter().any(|t| {
            t.text.to_lowercase() == e.text.to_lowercase()
                && e.start.map_or(true, |s| char_start(t.start) == s)
        });
    }
    let alternatives: Vec<&str> = e.timex.iter().flat_map(|t| t.split('|')).collect();
    if got.iter().filter(|t| same_span(t)).any(|t| {
        alternatives
            .iter()
            .any(|want| same_value(want, t, &e.resolutions) || rest_of_period(want, t, reference))
            || covers_a_period(t, &e.periods)
    }) {
        return true;
    }
    // A range written as TimeML does: its ends tagged apart, inside the span.
    spans.iter().any(|(span_start, text)| {
        let span_end = span_start + text.chars().count();
        let inside: Vec<&Timex> = got
            .iter()
            .filter(|t| {
                char_start(t.start) >= *span_start
                    && char_start(t.start) + t.text.chars().count() <= span_end
            })
            .collect();
        let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
            return false;
        };
        let starts_right = char_start(first.start) == *span_start;
        let ends_right = char_start(last.start) + last.text.chars().count() == span_end;
        inside.len() >= 2
            && starts_right
            && ends_right
            && alternatives.iter().any(|want| {
                range_parts(want).is_some_and(|(a, b, p)| {
                    let end = |want: &str, t: &Timex| range_end(want, t, &e.resolutions, reference);
                    let length = |t: &Timex| {
                        t.kind == TimexType::Duration
                            && duration_length(p).is_some()
                            && duration_length(p) == duration_length(&t.value)
                    };
                    (end(a, first) && end(b, last))
                        // Its length and its first day: "3 days starting tomorrow".
                        || inside.len() == 2
                            && (length(first) && end(a, last) || length(last) && end(a, first))
                }) || inside.len() == 2 && date_then_time(want, first, last, &e.resolutions)
            })
    })
}

/// Whether a date-time `want` that Recognizers extracts as one span ("October 14 for 8am") is
/// the date `day` and the time `time` TimeML tags apart in it: the time's value says the whole
/// date-time, and the date is its day.
fn date_then_time(want: &str, day: &Timex, time: &Timex, resolutions: &[String]) -> bool {
    let (date, clock) = split_date(&time.value);
    !clock.is_empty()
        && split_date(want).1.starts_with('T')
        && day.value == date
        && same_value(want, time, resolutions)
}

/// Whether the TIMEX3 `t` covers exactly one of the periods Recognizers resolves a value to:
/// how a value in a notation TIMEX3 lacks is compared, such as a week of a month
/// (`2016-11-W03`, resolved to the Monday-to-Monday 2016-11-14 to 2016-11-21) or a week named by
/// one of its days ("the week of February 4", `XXXX-02-04`, resolved to that day's week).
fn covers_a_period(t: &Timex, periods: &[(String, String)]) -> bool {
    if t.kind == TimexType::Duration {
        return false;
    }
    let Some((first, last)) = calendar::days_covered(&t.value) else {
        return false;
    };
    periods.iter().any(|(s, e)| {
        time::parse_iso_date(s) == Some(first)
            && last
                .succ_opt()
                .is_some_and(|after| time::parse_iso_date(e) == Some(after))
            && first != last
    })
}

/// Whether the range `want` runs from the reference date to the last day of the TIMEX3 `t`'s
/// period, which holds the reference date: Recognizers' "rest of the week" (on Monday
/// 2016-11-07, `(2016-11-07,2016-11-13,P6D)`, the last day included). TIMEX3 has no value for
/// the remainder of a period; TimeML annotates "the rest of the year" as the year (WikiWars).
fn rest_of_period(want: &str, t: &Timex, reference: Option<chrono::NaiveDate>) -> bool {
    let (Some((a, b, _)), Some(reference)) = (range_parts(want), reference) else {
        return false;
    };
    let Some((first, last)) = calendar::days_covered(&t.value) else {
        return false;
    };
    t.kind != TimexType::Duration
        && time::parse_iso_date(a) == Some(reference)
        && time::parse_iso_date(b) == Some(last)
        && first <= reference
        && reference <= last
}

/// Whether the TIMEX3 `t` is the end `want` of a range tagged as its two ends: Recognizers
/// writes each end as the first day of the period it names ("from 2014 to 2018" is
/// `(2014-01-01,2018-01-01,P4Y)`, "from Week 31 to Week 35" starts on two Mondays), so an end
/// matches a TIMEX3 of the same value or one whose period begins on that day; and it writes
/// "now" as the reference date, TIMEX3 as `PRESENT_REF`.
fn range_end(
    want: &str,
    t: &Timex,
    resolutions: &[String],
    reference: Option<chrono::NaiveDate>,
) -> bool {
    same_value(want, t, resolutions)
        || time::parse_iso_date(want).is_some_and(|day| {
            t.value == "PRESENT_REF" && reference == Some(day)
                || calendar::days_covered(&t.value).is_some_and(|(first, _)| first == day)
        })
}

/// `(start,end,Pn)` read into its three parts.
fn range_parts(v: &str) -> Option<(&str, &str, &str)> {
    let inner = v.strip_prefix('(')?.strip_suffix(')')?;
    let mut parts = inner.split(',');
    let (a, b, p) = (parts.next()?, parts.next()?, parts.next()?);
    parts.next().is_none().then_some((a, b, p))
}

/// Whether the tagger's TIMEX3 `t` says what the Recognizers value `want` says.
fn same_value(want: &str, t: &Timex, resolutions: &[String]) -> bool {
    // The end of a day: Recognizers writes its last second ("end of tomorrow",
    // `2016-11-08T23:59:59`), TIMEX3 the day with `mod` END.
    if let Some(day) = want.strip_suffix("T23:59:59").filter(|d| !d.is_empty()) {
        if t.modifier == Some("END") && same_value(day, t, resolutions) {
            return true;
        }
    }
    let want = &*hour_with_minutes(want);
    let ours = t.value.as_str();
    if ours == want {
        return true;
    }
    if let Some((a, b, p)) = range_parts(want) {
        if t.kind == TimexType::Duration {
            return ours == p;
        }
        let Some((s, e)) = calendar::days_covered(ours) else {
            return false;
        };
        let Some(after) = e.succ_opt() else {
            return false;
        };
        return match (time::parse_iso_date(a), time::parse_iso_date(b)) {
            (Some(a), Some(b)) => s == a && after == b,
            // Placeholder ends: each filled by a listed date.
            _ => {
                let fills = |want: &str, day: chrono::NaiveDate| {
                    let day = calendar::day_value(day);
                    want == day || filled_placeholder(want, &day, resolutions)
                };
                fills(a, s) && fills(b, after)
            }
        };
    }
    // A season of no said year (`SU`), which Recognizers resolves to no date: the same season
    // of whichever year the tagger anchors it in.
    if matches!(want, "SP" | "SU" | "FA" | "WI") {
        return resolutions.is_empty()
            && ours.len() == 7
            && ours.ends_with(want)
            && calendar::value_range(ours).is_some();
    }
    if want.starts_with('T') && ours.strip_prefix("XXXX-XX-XX") == Some(want) {
        return true;
    }
    if let (Some(a), Some(b)) = (duration_length(want), duration_length(ours)) {
        return (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-6;
    }
    filled_placeholder(want, ours, resolutions)
}

/// A value ending in a bare clock hour (`…T16`) written as TIMEX3 writes it (`…T16:00`).
fn hour_with_minutes(v: &str) -> std::borrow::Cow<'_, str> {
    let (_, time) = split_date(v);
    let hour = time
        .strip_prefix('T')
        .filter(|h| h.len() == 2 && h.bytes().all(|b| b.is_ascii_digit()));
    match hour {
        Some(_) if !v.starts_with('P') => format!("{v}:00").into(),
        _ => v.into(),
    }
}

/// The length of a duration value as (months, seconds): `P1Y6M` is (18, 0), `PT1.5H` (0, 5400).
fn duration_length(v: &str) -> Option<(f64, f64)> {
    let mut rest = v.strip_prefix('P')?;
    let (mut months, mut seconds, mut clock) = (0.0, 0.0, false);
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('T') {
            clock = true;
            rest = r;
            continue;
        }
        let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let n: f64 = rest[..end].parse().ok()?;
        let unit = rest[end..].chars().next()?;
        match (clock, unit) {
            (false, 'Y') => months += 12.0 * n,
            (false, 'Q') => months += 3.0 * n,
            (false, 'M') => months += n,
            (false, 'W') => seconds += 7.0 * 86_400.0 * n,
            (false, 'D') => seconds += 86_400.0 * n,
            (true, 'H') => seconds += 3_600.0 * n,
            (true, 'M') => seconds += 60.0 * n,
            (true, 'S') => seconds += n,
            _ => return None,
        }
        rest = &rest[end + 1..];
    }
    Some((months, seconds))
}

/// The date part of a value (before its time `T…`) and the rest.
fn split_date(v: &str) -> (&str, &str) {
    match v.find('T') {
        Some(i) => v.split_at(i),
        None => (v, ""),
    }
}

/// Whether `ours` is the placeholder `want` filled in with one of Recognizers' resolutions.
fn filled_placeholder(want: &str, ours: &str, resolutions: &[String]) -> bool {
    let (want_date, want_rest) = split_date(want);
    let (our_date, our_rest) = split_date(ours);
    if !want_date.contains('X') || want_rest != our_rest || our_date.contains('X') {
        return false;
    }
    let listed = |d: &str| resolutions.iter().any(|r| split_date(r).0.starts_with(d));
    // A week or weekend of no said year (`XXXX-WXX`, `XXXX-WXX-WE`): filled by the ISO week
    // (weekend) whose first day is listed.
    if want_date == "XXXX-WXX" || want_date == "XXXX-WXX-WE" {
        let weekend = want_date.ends_with("-WE");
        return calendar::value_range(our_date).is_some_and(|(first, _, g)| {
            g == if weekend {
                crate::model::Granularity::Weekend
            } else {
                crate::model::Granularity::Week
            } && listed(&calendar::day_value(first))
        });
    }
    // The n-th weekday of a month: `XXXX-07-WXX-5-#1` filled with a listed first Friday of July.
    if let Some((month, rest)) = want_date
        .strip_prefix("XXXX-")
        .and_then(|w| w.split_once("-WXX-"))
    {
        use chrono::Datelike;
        let Some((day, n)) = rest.split_once("-#") else {
            return false;
        };
        return time::parse_iso_date(our_date).is_some_and(|d| {
            format!("{:02}", d.month()) == month
                && d.weekday().number_from_monday().to_string() == day
                && ((d.day() - 1) / 7 + 1).to_string() == n
        }) && listed(our_date);
    }
    // A weekday: `XXXX-WXX-3` filled with a listed Wednesday.
    if let Some(day) = want_date.strip_prefix("XXXX-WXX-") {
        use chrono::Datelike;
        return time::parse_iso_date(our_date)
            .is_some_and(|d| d.weekday().number_from_monday().to_string() == day)
            && listed(our_date);
    }
    let digits_agree = want_date.len() == our_date.len()
        && want_date
            .chars()
            .zip(our_date.chars())
            .all(|(w, o)| w == o || w == 'X' && o.is_ascii_digit());
    digits_agree && listed(our_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timex(text: &str, start: usize, kind: TimexType, value: &str) -> Timex {
        Timex {
            start,
            end: start + text.len(),
            text: text.into(),
            kind,
            value: value.into(),
            modifier: None,
            quant: None,
            freq: None,
            anchor: None,
            extent: None,
        }
    }

    const FILE: &str = "\u{feff}[
      {\"Input\": \"We meet on Oct. 2\", \"Context\": {\"ReferenceDateTime\": \"2016-11-07T00:00:00\"},
       \"Results\": [{\"Text\": \"Oct. 2\", \"Type\": \"date\", \"Start\": 11, \"Length\": 6,
         \"Value\": {\"Timex\": \"XXXX-10-02\", \"FutureResolution\": {\"date\": \"2017-10-02\"},
                   \"PastResolution\": {\"date\": \"2016-10-02\"}}}]},
      {\"Input\": \"nothing here\", \"Results\": []},
      {\"Input\": \"we rest for 3 days\", \"Context\": {\"ReferenceDateTime\": \"2016-11-07T00:00:00\"},
       \"Results\": [{\"Text\": \"3 days\", \"Start\": 12, \"End\": 17, \"TypeName\": \"datetimeV2.duration\",
         \"Resolution\": {\"values\": [{\"timex\": \"P3D\", \"type\": \"duration\", \"value\": \"259200\"}]}}]}
    ]";

    #[test]
    fn spec_files_parse_with_a_byte_order_mark() {
        let cases = parse(FILE).unwrap();
        assert_eq!(cases.len(), 3);
        assert_eq!(cases[0].expected[0].timex, ["XXXX-10-02"]);
        assert_eq!(
            cases[0].expected[0].resolutions,
            ["2017-10-02", "2016-10-02"]
        );
        assert_eq!(cases[0].reference, time::parse_iso_date("2016-11-07"));
        assert!(cases[1].expected.is_empty());
        assert_eq!(cases[2].expected[0].timex, ["P3D"]);
        assert!(parse("{}").is_err() && parse("[{\"Results\": []}]").is_err());
    }

    #[test]
    fn placeholders_match_only_a_listed_resolution() {
        let r = vec!["2017-10-02".to_string(), "2016-10-02".to_string()];
        assert!(filled_placeholder("XXXX-10-02", "2016-10-02", &r));
        assert!(!filled_placeholder("XXXX-10-02", "2015-10-02", &r));
        assert!(!filled_placeholder("XXXX-10-02", "2016-10-03", &r));
        let mondays = vec!["2016-11-07".to_string(), "2016-10-31".to_string()];
        assert!(filled_placeholder(
            "XXXX-WXX-1T16",
            "2016-11-07T16",
            &mondays
        ));
        assert!(!filled_placeholder(
            "XXXX-WXX-1T16",
            "2016-11-07T17",
            &mondays
        ));
        assert!(!filled_placeholder("XXXX-WXX-2", "2016-11-07", &mondays));
        assert!(filled_placeholder(
            "XXXX-02",
            "2017-02",
            &["2017-02-01".to_string()]
        ));
        assert!(!filled_placeholder(
            "2016-02",
            "2017-02",
            &["2017-02-01".to_string()]
        ));
    }

    #[test]
    fn durations_match_by_length_and_dateless_times_by_their_time() {
        let t = |kind, value: &str| timex("x", 0, kind, value);
        assert!(same_value("P3.5Y", &t(TimexType::Duration, "P3Y6M"), &[]));
        assert!(same_value("PT1.5H", &t(TimexType::Duration, "PT90M"), &[]));
        assert!(!same_value("PT1.5H", &t(TimexType::Duration, "PT1H"), &[]));
        assert!(!same_value("P1M", &t(TimexType::Duration, "P30D"), &[]));
        assert!(!same_value("PXY", &t(TimexType::Duration, "P1Y"), &[]));
        assert!(same_value("TMO", &t(TimexType::Set, "XXXX-XX-XXTMO"), &[]));
        assert!(!same_value("TMO", &t(TimexType::Set, "XXXX-XX-XXTEV"), &[]));
    }

    #[test]
    fn a_clock_hour_matches_the_same_hour_with_its_minutes() {
        let t = |value: &str| timex("x", 0, TimexType::Time, value);
        assert!(same_value("2016-11-07T20", &t("2016-11-07T20:00"), &[]));
        assert!(!same_value("2016-11-07T20", &t("2016-11-07T20:30"), &[]));
        assert!(!same_value("2016-11-07T20", &t("2016-11-07T21:00"), &[]));
        assert!(same_value("T09", &t("XXXX-XX-XXT09:00"), &[]));
        let sundays = vec!["2016-11-06".to_string()];
        assert!(same_value(
            "XXXX-WXX-7T09",
            &t("2016-11-06T09:00"),
            &sundays
        ));
        assert!(!same_value(
            "PT20",
            &timex("x", 0, TimexType::Duration, "PT20:00"),
            &[]
        ));
    }

    #[test]
    fn nth_weekdays_and_placeholder_ranges_are_filled_by_listed_dates() {
        let t = |value: &str| timex("x", 0, TimexType::Date, value);
        let fridays = vec!["2017-07-07".to_string(), "2016-07-01".to_string()];
        assert!(same_value("XXXX-07-WXX-5-#1", &t("2016-07-01"), &fridays));
        assert!(!same_value("XXXX-07-WXX-5-#1", &t("2016-07-08"), &fridays));
        assert!(!same_value("XXXX-07-WXX-5-#2", &t("2016-07-01"), &fridays));
        assert!(!same_value("XXXX-07-WXX-5-#1", &t("2015-07-03"), &fridays));
        let forties = vec![
            "2040-01-01".into(),
            "2050-01-01".into(),
            "1940-01-01".into(),
            "1950-01-01".into(),
        ];
        assert!(same_value(
            "(XX40-01-01,XX50-01-01,P10Y)",
            &t("194"),
            &forties
        ));
        assert!(!same_value(
            "(XX40-01-01,XX50-01-01,P10Y)",
            &t("193"),
            &forties
        ));
        assert!(!same_value(
            "(XX40-01-01,XX50-01-01,P10Y)",
            &t("184"),
            &forties
        ));
    }

    #[test]
    fn ranges_match_an_exact_period_a_duration_or_their_two_ends() {
        let decade = timex("the 1970s", 0, TimexType::Date, "197");
        assert!(same_value("(1970-01-01,1980-01-01,P10Y)", &decade, &[]));
        assert!(!same_value("(1970-01-01,1979-01-01,P9Y)", &decade, &[]));
        let months = timex("next 3 months", 0, TimexType::Duration, "P3M");
        assert!(same_value("(2016-11-08,2017-02-08,P3M)", &months, &[]));
        assert!(!same_value("(2016-11-08,2017-03-08,P4M)", &months, &[]));
        let input = "out from May 4 to May 22, 2016";
        let e = Expected {
            text: "from May 4 to May 22, 2016".into(),
            start: Some(4),
            timex: vec!["(2016-05-04,2016-05-22,P18D)".into()],
            resolutions: vec![],
            periods: vec![],
        };
        let ends = [
            timex("May 4", 9, TimexType::Date, "2016-05-04"),
            timex("May 22, 2016", 18, TimexType::Date, "2016-05-22"),
        ];
        assert!(found(input, &e, &ends, None));
        assert!(!found(input, &e, &ends[..1], None));
        let wrong = [
            ends[0].clone(),
            timex("May 22, 2016", 18, TimexType::Date, "2016-05-21"),
        ];
        assert!(!found(input, &e, &wrong, None));
    }

    #[test]
    fn yearless_seasons_and_weeks_are_filled_by_any_year_or_a_listed_first_day() {
        let t = |value: &str| timex("x", 0, TimexType::Date, value);
        assert!(same_value("SU", &t("2016-SU"), &[]));
        assert!(!same_value("SU", &t("2016-WI"), &[]));
        assert!(!same_value(
            "SU",
            &t("2016-SU"),
            &["2016-06-01".to_string()]
        ));
        let listed = vec!["2016-11-12".to_string(), "2016-11-14".to_string()];
        assert!(same_value("XXXX-WXX-WE", &t("2016-W45-WE"), &listed));
        assert!(!same_value("XXXX-WXX-WE", &t("2016-W44-WE"), &listed));
        assert!(!same_value("XXXX-WXX-WE", &t("2016-W45"), &listed));
        let monday = vec!["2016-11-07".to_string()];
        assert!(same_value("XXXX-WXX", &t("2016-W45"), &monday));
        assert!(!same_value("XXXX-WXX", &t("2016-W45-WE"), &monday));
    }

    #[test]
    fn range_ends_match_the_periods_that_begin_on_them() {
        let input = "out between 2015 and Feb 2018";
        let e = Expected {
            text: "between 2015 and Feb 2018".into(),
            start: Some(4),
            timex: vec!["(2015-01-01,2018-02-01,P37M)".into()],
            resolutions: vec![],
            periods: vec![],
        };
        let ends = [
            timex("2015", 12, TimexType::Date, "2015"),
            timex("Feb 2018", 21, TimexType::Date, "2018-02"),
        ];
        assert!(found(input, &e, &ends, None));
        let late = [
            ends[0].clone(),
            timex("Feb 2018", 21, TimexType::Date, "2018-03"),
        ];
        assert!(!found(input, &e, &late, None));
        let t = |value: &str| timex("x", 0, TimexType::Date, value);
        assert!(range_end("2018-07-30", &t("2018-W31"), &[], None));
        assert!(!range_end("2018-07-31", &t("2018-W31"), &[], None));
        assert!(!range_end("2015-06-01", &t("P1Y"), &[], None));
    }

    #[test]
    fn halves_and_centuries_match_the_ranges_they_cover() {
        let t = |value: &str| timex("x", 0, TimexType::Date, value);
        assert!(same_value(
            "(2016-07-01,2017-01-01,P6M)",
            &t("2016-H2"),
            &[]
        ));
        assert!(!same_value(
            "(2016-01-01,2016-07-01,P6M)",
            &t("2016-H2"),
            &[]
        ));
        assert!(same_value("(1400-01-01,1500-01-01,P100Y)", &t("14"), &[]));
        assert!(!same_value("(1400-01-01,1500-01-01,P100Y)", &t("15"), &[]));
    }

    fn expected(text: &str, start: usize, timex: &str) -> Expected {
        Expected {
            text: text.into(),
            start: Some(start),
            timex: vec![timex.into()],
            resolutions: vec![],
            periods: vec![],
        }
    }

    #[test]
    fn a_leading_preposition_may_be_left_out_and_an_article_taken_in() {
        let input = "we go on Fridays";
        let e = expected("on Fridays", 6, "XXXX-WXX-5");
        let fridays = timex("Fridays", 9, TimexType::Set, "XXXX-WXX-5");
        assert!(found(input, &e, std::slice::from_ref(&fridays), None));
        let moved = timex("Fridays", 8, TimexType::Set, "XXXX-WXX-5");
        assert!(!found(input, &e, &[moved], None));
        let input = "it opened at the end of 2000";
        let e = expected("end of 2000", 17, "2000");
        let ours = timex("the end of 2000", 13, TimexType::Date, "2000");
        assert!(found(input, &e, &[ours], None));
        let ours = timex("at the end of 2000", 10, TimexType::Date, "2000");
        assert!(!found(input, &e, &[ours], None));
        // The value is still compared.
        let input = "back in 3 weeks";
        let e = expected("in 3 weeks", 5, "2018-07-26");
        let ours = timex("3 weeks", 8, TimexType::Duration, "P3W");
        assert!(!found(input, &e, &[ours], None));
    }

    #[test]
    fn the_last_second_of_a_day_is_the_day_with_mod_end() {
        let mut day = timex("end of tomorrow", 0, TimexType::Date, "2016-11-08");
        assert!(!same_value("2016-11-08T23:59:59", &day, &[]));
        day.modifier = Some("END");
        assert!(same_value("2016-11-08T23:59:59", &day, &[]));
        assert!(!same_value("2016-11-09T23:59:59", &day, &[]));
        let sundays = vec!["2016-11-13T23:59:59".to_string()];
        let mut sunday = timex("x", 0, TimexType::Date, "2016-11-13");
        sunday.modifier = Some("END");
        assert!(same_value("XXXX-WXX-7T23:59:59", &sunday, &sundays));
    }

    #[test]
    fn now_ends_a_range_on_the_reference_date() {
        let input = "free between now and May 15";
        let e = expected("between now and May 15", 5, "(2019-04-23,2019-05-15,P22D)");
        let ends = [
            timex("now", 13, TimexType::Date, "PRESENT_REF"),
            timex("May 15", 21, TimexType::Date, "2019-05-15"),
        ];
        assert!(found(input, &e, &ends, time::parse_iso_date("2019-04-23")));
        assert!(!found(input, &e, &ends, time::parse_iso_date("2019-04-22")));
    }

    #[test]
    fn a_range_may_be_tagged_as_its_length_and_its_first_day() {
        let input = "off for 3 days starting tomorrow";
        let e = expected("3 days starting tomorrow", 8, "(2024-11-08,2024-11-11,P3D)");
        let length = timex("3 days", 8, TimexType::Duration, "P3D");
        let first = timex("tomorrow", 24, TimexType::Date, "2024-11-08");
        assert!(found(input, &e, &[length.clone(), first.clone()], None));
        let other = timex("tomorrow", 24, TimexType::Date, "2024-11-09");
        assert!(!found(input, &e, &[length, other], None));
        let short = timex("3 days", 8, TimexType::Duration, "P2D");
        assert!(!found(input, &e, &[short, first], None));
    }

    #[test]
    fn a_value_of_no_timex3_notation_is_compared_by_its_resolved_period() {
        let periods = vec![("2016-11-14".to_string(), "2016-11-21".to_string())];
        let week = timex("x", 0, TimexType::Date, "2016-W46");
        assert!(covers_a_period(&week, &periods));
        assert!(!covers_a_period(
            &timex("x", 0, TimexType::Date, "2016-W45"),
            &periods
        ));
        assert!(!covers_a_period(
            &timex("x", 0, TimexType::Duration, "P1W"),
            &periods
        ));
        let day = vec![("2016-11-14".to_string(), "2016-11-15".to_string())];
        assert!(!covers_a_period(
            &timex("x", 0, TimexType::Date, "2016-11-14"),
            &day
        ));
    }

    #[test]
    fn the_rest_of_a_period_is_the_period_holding_the_reference_date() {
        let monday = time::parse_iso_date("2016-11-07");
        let week = timex("rest of the week", 0, TimexType::Date, "2016-W45");
        assert!(rest_of_period("(2016-11-07,2016-11-13,P6D)", &week, monday));
        assert!(!rest_of_period(
            "(2016-11-07,2016-11-14,P7D)",
            &week,
            monday
        ));
        assert!(!rest_of_period(
            "(2016-11-08,2016-11-13,P5D)",
            &week,
            monday
        ));
        assert!(!rest_of_period("(2016-11-07,2016-11-13,P6D)", &week, None));
        let next = timex("next week", 0, TimexType::Date, "2016-W46");
        assert!(!rest_of_period(
            "(2016-11-07,2016-11-20,P13D)",
            &next,
            monday
        ));
    }

    #[test]
    fn a_sentence_final_abbreviation_keeps_its_period() {
        let input = "back on second of Aug.";
        let e = expected("second of Aug", 8, "2016-08-02");
        let ours = timex("second of Aug.", 8, TimexType::Date, "2016-08-02");
        assert!(found(input, &e, &[ours], None));
        let input = "back on second of Aug. then";
        let ours = timex("second of Aug.", 8, TimexType::Date, "2016-08-02");
        assert!(!found(input, &e, &[ours], None));
    }

    #[test]
    fn a_date_time_may_be_tagged_as_its_date_and_its_time() {
        let input = "call October 14 for 8am";
        let mut e = expected("October 14 for 8am", 5, "XXXX-10-14T08");
        e.resolutions = vec!["2016-10-14T08:00:00".into()];
        let day = timex("October 14", 5, TimexType::Date, "2016-10-14");
        let time = timex("8am", 20, TimexType::Time, "2016-10-14T08:00");
        assert!(found(input, &e, &[day.clone(), time], None));
        let other_day = timex("8am", 20, TimexType::Time, "2016-10-15T08:00");
        assert!(!found(input, &e, &[day.clone(), other_day], None));
        let other_hour = timex("8am", 20, TimexType::Time, "2016-10-14T09:00");
        assert!(!found(input, &e, &[day, other_hour], None));
    }

    #[test]
    fn a_case_passes_on_span_and_value_and_an_empty_case_on_silence() {
        let s = score(FILE, 5).unwrap();
        assert_eq!((s.cases, s.has_values), (3, true));
        assert_eq!(s.passed, 3, "{:?}", s.failures);
    }
}
