//! Human date labels for the drawn timeline, honest to each date's granularity: a day reads
//! `2 Dec 2025`, a weekend `22–23 Nov 2025`, a month `Aug 2025`, never more precise than the
//! value is. Also the machine-readable `datetime` attribute of the `<time>` element.
//!
//! Pure functions of a [`DateValue`]: they touch no JS and never panic.

use chrono::{Datelike, NaiveDate};

use crate::model::{DateValue, Granularity};

/// English month abbreviations, January first.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The en dash that joins the two ends of a range.
const DASH: char = '\u{2013}';

/// A date as the human label shows it, no finer than its granularity:
///
/// | granularity | label |
/// | --- | --- |
/// | day | `2 Dec 2025` |
/// | weekend, week | `22–23 Nov 2025`, `29 Nov – 5 Dec 2025`, `29 Dec 2025 – 4 Jan 2026` |
/// | month | `Aug 2025` |
/// | quarter | `Q3 2025` |
/// | season | `summer 2025`, `winter 2025–26` |
/// | year | `2025` |
/// | decade | `2020s` |
///
/// When `start`/`end` are not ISO dates the TIMEX3 `value` is shown as it stands.
pub fn date_label(date: &DateValue) -> String {
    let (Some(start), Some(end)) = (parse_day(&date.start), parse_day(&date.end)) else {
        return date.value.clone();
    };
    match date.granularity {
        Granularity::Day => day(start),
        Granularity::Weekend | Granularity::Week => range(start, end),
        Granularity::Month => format!("{} {}", month(start), start.year()),
        Granularity::Quarter => format!("Q{} {}", start.month0() / 3 + 1, start.year()),
        Granularity::Season => season(start, end),
        Granularity::Year => start.year().to_string(),
        Granularity::Decade => format!("{}0s", start.year().div_euclid(10)),
    }
}

/// The `datetime` attribute for the `<time>` element of a date: a valid HTML date (`2025-12-02`),
/// week (`2025-W47`, for weekends and weeks), month (`2025-08`) or year (`2025`) string that
/// covers the whole date. `None` when no such string exists (a winter over two years, a decade)
/// or the date cannot be read; the exact range is on the event's `data-start`/`data-end` anyway.
pub fn datetime_attr(date: &DateValue) -> Option<String> {
    let start = parse_day(&date.start)?;
    let end = parse_day(&date.end)?;
    match date.granularity {
        Granularity::Day => Some(crate::time::calendar::day_value(start)),
        Granularity::Weekend | Granularity::Week => {
            let week = start.iso_week();
            (week == end.iso_week()).then(|| format!("{:04}-W{:02}", week.year(), week.week()))
        }
        Granularity::Month => Some(format!("{:04}-{:02}", start.year(), start.month())),
        Granularity::Quarter | Granularity::Season | Granularity::Year | Granularity::Decade => {
            (start.year() == end.year()).then(|| format!("{:04}", start.year()))
        }
    }
}

/// `1 source`, `3 sources`.
pub fn sources_label(count: usize) -> String {
    if count == 1 {
        "1 source".to_owned()
    } else {
        format!("{count} sources")
    }
}

/// A `YYYY-MM-DD` date (exactly that form).
fn parse_day(value: &str) -> Option<NaiveDate> {
    crate::time::calendar::parse_day(value)
}

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize % 12]
}

fn day(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), month(date), date.year())
}

/// `22–23 Nov 2025`, `29 Nov – 5 Dec 2025`, `29 Dec 2025 – 4 Jan 2026`.
fn range(start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        day(start)
    } else if start.year() != end.year() {
        format!("{} {DASH} {}", day(start), day(end))
    } else if start.month() != end.month() {
        format!("{} {} {DASH} {}", start.day(), month(start), day(end))
    } else {
        format!("{}{DASH}{}", start.day(), day(end))
    }
}

/// `spring 2025`, `winter 2025–26`.
fn season(start: NaiveDate, end: NaiveDate) -> String {
    let name = match start.month() {
        3..=5 => "spring",
        6..=8 => "summer",
        9..=11 => "autumn",
        _ => "winter",
    };
    if start.year() == end.year() {
        format!("{name} {}", start.year())
    } else if end.year() == start.year() + 1 {
        format!(
            "{name} {}{DASH}{:02}",
            start.year(),
            end.year().rem_euclid(100)
        )
    } else {
        format!("{name} {}{DASH}{}", start.year(), end.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(value: &str, start: &str, end: &str, granularity: Granularity) -> DateValue {
        DateValue { value: value.into(), start: start.into(), end: end.into(), granularity }
    }

    #[test]
    fn date_labels_are_honest_to_granularity() {
    let cases = [
        (
            date("2025-12-02", "2025-12-02", "2025-12-02", Granularity::Day),
            "2 Dec 2025",
            Some("2025-12-02"),
        ),
        (
            date(
                "2025-W47-WE",
                "2025-11-22",
                "2025-11-23",
                Granularity::Weekend,
            ),
            "22–23 Nov 2025",
            Some("2025-W47"),
        ),
        (
            date(
                "2026-W05-WE",
                "2026-01-31",
                "2026-02-01",
                Granularity::Weekend,
            ),
            "31 Jan – 1 Feb 2026",
            Some("2026-W05"),
        ),
        (
            date("2025-W48", "2025-11-24", "2025-11-30", Granularity::Week),
            "24–30 Nov 2025",
            Some("2025-W48"),
        ),
        (
            date("2026-W01", "2025-12-29", "2026-01-04", Granularity::Week),
            "29 Dec 2025 – 4 Jan 2026",
            Some("2026-W01"),
        ),
        (
            date("2025-08", "2025-08-01", "2025-08-31", Granularity::Month),
            "Aug 2025",
            Some("2025-08"),
        ),
        (
            date("2025-Q3", "2025-07-01", "2025-09-30", Granularity::Quarter),
            "Q3 2025",
            Some("2025"),
        ),
        (
            date("2025-SU", "2025-06-01", "2025-08-31", Granularity::Season),
            "summer 2025",
            Some("2025"),
        ),
        (
            date("2025-WI", "2025-12-01", "2026-02-28", Granularity::Season),
            "winter 2025–26",
            None,
        ),
        (
            date("2014", "2014-01-01", "2014-12-31", Granularity::Year),
            "2014",
            Some("2014"),
        ),
        (
            date("202", "2020-01-01", "2029-12-31", Granularity::Decade),
            "2020s",
            None,
        ),
    ];
    for (value, label, datetime) in cases {
        assert_eq!(date_label(&value), label, "{}", value.value);
        assert_eq!(
            datetime_attr(&value).as_deref(),
            datetime,
            "{}",
            value.value
        );
    }
    let unreadable = date("XXXX-12-25", "", "", Granularity::Day);
    assert_eq!(date_label(&unreadable), "XXXX-12-25");
    assert_eq!(datetime_attr(&unreadable), None);
    assert_eq!(sources_label(1), "1 source");
    assert_eq!(sources_label(3), "3 sources");
}
}
