//! Calendar arithmetic on `chrono::NaiveDate` and the TIMEX3 value forms: formatting a date,
//! week, weekend, month, quarter, season or decade as a value, and reading a value back as
//! the inclusive range of days it covers. Every operation is checked: out-of-range years give
//! `None`, never a panic.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::model::Granularity;

/// The years a value may name: four digits, as TIMEX3 writes them.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// A date from year, month, day, if it exists and its year has four digits.
pub fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !YEARS.contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The last day of a month.
pub fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// `date` moved by `days` (checked).
pub fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let moved = date.checked_add_signed(Duration::try_days(days)?)?;
    YEARS.contains(&moved.year()).then_some(moved)
}

/// The (year, month) `months` months away from (year, month).
pub fn add_months(year: i32, month: u32, months: i64) -> Option<(i32, u32)> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + months;
    let y = i32::try_from(index.div_euclid(12)).ok()?;
    let m = u32::try_from(index.rem_euclid(12)).ok()? + 1;
    YEARS.contains(&y).then_some((y, m))
}

/// The Monday of the ISO week containing `date`.
pub fn week_monday(date: NaiveDate) -> Option<NaiveDate> {
    add_days(date, -i64::from(date.weekday().num_days_from_monday()))
}

/// ISO week value of a date: `2025-W48`.
pub fn week_value(date: NaiveDate) -> String {
    let w = date.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// The ISO week value of the weekend that ends on the Sunday of `date`'s week: `2025-W48-WE`.
pub fn weekend_value(date: NaiveDate) -> String {
    format!("{}-WE", week_value(date))
}

/// Month value: `2025-12`.
pub fn month_value(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// A part of a year: `2025-SU`, `2025-Q3`, `2025-H1` (`part` after the dash).
pub fn year_part_value(year: i32, part: impl std::fmt::Display) -> String {
    format!("{year:04}-{part}")
}

/// Day value: `2025-12-02` (written by hand: chrono's formatter costs the wasm build dearly).
pub fn day_value(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Read a strict `YYYY-MM-DD` day with a four-digit year.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    ymd(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// The season code of a month (meteorological, northern hemisphere): `WI`, `SP`, `SU`, `FA`.
pub fn season_of_month(month: u32) -> &'static str {
    match month {
        3..=5 => "SP",
        6..=8 => "SU",
        9..=11 => "FA",
        _ => "WI",
    }
}

/// The weekday with ISO number `n` (1 = Monday … 7 = Sunday).
pub fn weekday_from_number(n: u32) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

/// The inclusive range of days a TIMEX3 value covers, and its granularity.
///
/// Reads `YYYY-MM-DD` (with an optional `T…` time or part of day), `YYYY-Www-WE`, `YYYY-Www`,
/// `YYYY-MM`, `YYYY-Qn`, `YYYY-SP|SU|FA|WI`, `YYYY` and `YYY` (decade). Anything else
/// (durations, references, placeholders with `X`) gives `None`.
pub fn value_range(value: &str) -> Option<(NaiveDate, NaiveDate, Granularity)> {
    let value = value.split('T').next()?;
    let bytes = value.as_bytes();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if bytes.len() == 3 && digits(value) {
        let decade: i32 = value.parse().ok()?;
        return Some((ymd(decade * 10, 1, 1)?, ymd(decade * 10 + 9, 12, 31)?, Granularity::Decade));
    }
    if bytes.len() < 4 || !digits(&value[..4]) {
        return None;
    }
    let year: i32 = value[..4].parse().ok()?;
    let rest = &value[4..];
    if rest.is_empty() {
        return Some((ymd(year, 1, 1)?, ymd(year, 12, 31)?, Granularity::Year));
    }
    let rest = rest.strip_prefix('-')?;
    let season = match rest {
        "SP" => Some((year, 3, year, 5)),
        "SU" => Some((year, 6, year, 8)),
        "FA" => Some((year, 9, year, 11)),
        "WI" => Some((year, 12, year + 1, 2)),
        _ => None,
    };
    if let Some((y1, m1, y2, m2)) = season {
        return Some((ymd(y1, m1, 1)?, month_end(y2, m2)?, Granularity::Season));
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        let first = (q - 1) * 3 + 1;
        return Some((ymd(year, first, 1)?, month_end(year, first + 2)?, Granularity::Quarter));
    }
    if let Some(week) = rest.strip_prefix('W') {
        let (num, weekend) = match week.strip_suffix("-WE") {
            Some(num) => (num, true),
            None => (week, false),
        };
        if !digits(num) || num.len() != 2 {
            return None;
        }
        let monday = NaiveDate::from_isoywd_opt(year, num.parse().ok()?, Weekday::Mon)?;
        return if weekend {
            Some((add_days(monday, 5)?, add_days(monday, 6)?, Granularity::Weekend))
        } else {
            Some((monday, add_days(monday, 6)?, Granularity::Week))
        };
    }
    let mut parts = rest.split('-');
    let month: u32 = parts.next().filter(|m| m.len() == 2 && digits(m))?.parse().ok()?;
    match parts.next() {
        None => Some((ymd(year, month, 1)?, month_end(year, month)?, Granularity::Month)),
        Some(d) if d.len() == 2 && digits(d) && parts.next().is_none() => {
            let day = ymd(year, month, d.parse().ok()?)?;
            Some((day, day, Granularity::Day))
        }
        _ => None,
    }
}

/// The inclusive range of days a TIMEX3 value covers, as [`value_range`] reads it, and also
/// the periods a timeline has no granularity for: a half of a year (`2016-H2`) and a century
/// (`19`, the years 1900 to 1999).
pub fn days_covered(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    if let Some((start, end, _)) = value_range(value) {
        return Some((start, end));
    }
    let value = value.split('T').next()?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if value.len() == 2 && digits(value) {
        let century: i32 = value.parse().ok()?;
        // Century 00 would start in year 0, which four-digit values cannot name.
        return Some((ymd((century * 100).max(1), 1, 1)?, ymd(century * 100 + 99, 12, 31)?));
    }
    let (year, half) = value.split_once("-H")?;
    let year: i32 = year.parse().ok().filter(|_| year.len() == 4 && digits(year))?;
    match half {
        "1" => Some((ymd(year, 1, 1)?, ymd(year, 6, 30)?)),
        "2" => Some((ymd(year, 7, 1)?, ymd(year, 12, 31)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekend_values_name_the_iso_week_of_their_saturday() {
        assert_eq!(weekend_value(d("2025-11-22")), "2025-W47-WE");
        assert_eq!(weekend_value(d("2025-11-30")), "2025-W48-WE");
        let (start, end, g) = value_range("2025-W48-WE").unwrap();
        assert_eq!((start, end, g), (d("2025-11-29"), d("2025-11-30"), Granularity::Weekend));
    }

    #[test]
    fn value_ranges_cover_each_granularity() {
        let cases = [
            ("2025-12-02", "2025-12-02", "2025-12-02", Granularity::Day),
            ("2025-12-02T10:55", "2025-12-02", "2025-12-02", Granularity::Day),
            ("2025-12-02TMO", "2025-12-02", "2025-12-02", Granularity::Day),
            ("2025-08", "2025-08-01", "2025-08-31", Granularity::Month),
            ("2024-02", "2024-02-01", "2024-02-29", Granularity::Month),
            ("2025-W01", "2024-12-30", "2025-01-05", Granularity::Week),
            ("2025-Q3", "2025-07-01", "2025-09-30", Granularity::Quarter),
            ("2025-WI", "2025-12-01", "2026-02-28", Granularity::Season),
            ("2025-SU", "2025-06-01", "2025-08-31", Granularity::Season),
            ("2014", "2014-01-01", "2014-12-31", Granularity::Year),
            ("202", "2020-01-01", "2029-12-31", Granularity::Decade),
        ];
        for (value, start, end, g) in cases {
            assert_eq!(value_range(value), Some((d(start), d(end), g)), "{value}");
        }
    }

    #[test]
    fn non_calendar_values_have_no_range() {
        for value in ["P3D", "PRESENT_REF", "XXXX-12-25", "2025-13", "2025-02-30", "2025-W54", "", "99999"] {
            assert_eq!(value_range(value), None, "{value}");
        }
    }

    #[test]
    fn halves_and_centuries_cover_their_days_without_a_granularity() {
        assert_eq!(days_covered("2016-H1"), Some((d("2016-01-01"), d("2016-06-30"))));
        assert_eq!(days_covered("2016-H2"), Some((d("2016-07-01"), d("2016-12-31"))));
        assert_eq!(days_covered("14"), Some((d("1400-01-01"), d("1499-12-31"))));
        assert_eq!(days_covered("2025-08"), Some((d("2025-08-01"), d("2025-08-31"))));
        for value in ["2016-H3", "2016-H", "1", "P2Y", "X9"] {
            assert_eq!(days_covered(value), None, "{value}");
        }
        assert_eq!(value_range("2016-H1"), None);
        assert_eq!(value_range("19"), None);
    }

    #[test]
    fn days_format_and_parse_strictly() {
        assert_eq!(day_value(d("0999-01-05")), "0999-01-05");
        assert_eq!(parse_day("2025-12-03"), Some(d("2025-12-03")));
        for bad in ["2025-12-3", "2025/12/03", "+025-12-03", "2025-02-30", "0000-01-01", "2025-1a-03"] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn arithmetic_is_checked_at_the_edges_of_four_digit_years() {
        assert_eq!(add_days(d("9999-12-31"), 1), None);
        assert_eq!(add_months(9999, 12, 1), None);
        assert_eq!(add_months(2025, 1, -1), Some((2024, 12)));
        assert_eq!(add_months(2025, 12, 14), Some((2027, 2)));
        assert_eq!(ymd(0, 1, 1), None);
        assert_eq!(month_end(2025, 12), Some(d("2025-12-31")));
    }
}
