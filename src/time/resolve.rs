//! Normalisation: an [`Expr`] plus an anchor date and the tense around it become a TIMEX3
//! type and value. Without an anchor, relative expressions keep `X` placeholders.

use chrono::{Datelike, NaiveDate};

use super::calendar::{self, add_days, add_months, day_value, month_value, week_monday, week_value, weekend_value, year_part_value, ymd};
use super::grammar::Expr;
use super::lexicon::{Holiday, Unit};
use super::tense::Tense;
use super::TimexType;
use crate::model::Granularity;

/// What an expression is anchored on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchors {
    /// The date relative expressions count from ("yesterday", "last week", "Tuesday").
    pub reference: Option<NaiveDate>,
    /// The last date mentioned before the expression ("the following year", "that day").
    pub last: Option<NaiveDate>,
    /// How fine that last date was: "a year earlier" after a day is that day a year before.
    pub last_granularity: Option<crate::model::Granularity>,
    /// The tense around the expression.
    pub tense: Tense,
    /// The tense is written on the expression itself ("ended Jan. 31", "since March"): it holds
    /// at any distance within a year, not only within `TENSE_REACH_DAYS`.
    pub firm: bool,
    /// Year-less dates and bare months take the last mentioned date's year (narratives).
    pub narrative: bool,
    /// The sentence speaks of quarters (financial results): "a year ago" then means the
    /// reported quarter a year before, not the year.
    pub quarters: bool,
    /// The last year mentioned was before Christ: a bare `480` is 480 BC.
    pub before_christ: bool,
}

/// A resolved expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// The anchor it was resolved against, if it is relative.
    pub anchor: Option<NaiveDate>,
    /// For stretches ending at the anchor (`the past two weekends`): the days they cover.
    pub extent: Option<(NaiveDate, NaiveDate)>,
}

impl Resolved {
    /// A DATE of `value` (one call: built in place, the value's fields were stored at each of
    /// its many uses in the size-built wasm).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn date(value: String, anchor: Option<NaiveDate>) -> Self {
        Resolved { kind: TimexType::Date, value, anchor, extent: None }
    }
}

/// Resolve `expr`; `None` when it names no possible date (February 30).
pub fn resolve(expr: &Expr, a: &Anchors) -> Option<Resolved> {
    let reference = a.reference;
    Some(match *expr {
        Expr::Calendar { year, month, day } => calendar_date(year, month, day, a)?,
        Expr::DayRange { year, month, from, to } => {
            let first = calendar_date(year, Some(month), Some(from), a)?;
            let start = calendar::value_range(&first.value).map(|(d, _, _)| d);
            match start {
                Some(start) => {
                    let end = add_days(start, i64::from(to - from))?;
                    if end.month() != month {
                        return None;
                    }
                    if start.weekday() == chrono::Weekday::Sat && to == from + 1 {
                        Resolved::date(weekend_value(start), first.anchor)
                    } else {
                        Resolved { extent: Some((start, end)), ..first }
                    }
                }
                None => first,
            }
        }
        Expr::Holiday { rule, year } => {
            let on = |y: i32| holiday_date(rule, y);
            match (year, reference) {
                (Some(y), _) => Resolved::date(day_value(on(y)?), None),
                (None, Some(r)) => {
                    let candidates = around(r, &on);
                    let pick = match a.tense {
                        Tense::Past => latest(&candidates, &|c| c <= r),
                        Tense::Future => earliest(&candidates, &|c| c >= r),
                        Tense::Unknown => nearest(&candidates, r, true),
                    }?;
                    Resolved::date(day_value(pick), Some(r))
                }
                (None, None) => match rule {
                    Holiday::Fixed(m, d) => Resolved::date(format!("XXXX-{m:02}-{d:02}"), None),
                    Holiday::Nth(..) => Resolved::date("XXXX-XX-XX".into(), None),
                },
            }
        }
        Expr::WeekdayFromLast { day, shift } => match a.last.or(reference) {
            Some(base) => Resolved::date(day_value(weekday(base, day, Some(shift), a.tense)?), Some(base)),
            None => Resolved::date(format!("XXXX-WXX-{day}"), None),
        },
        Expr::HolidayShifted { rule, shift } => match reference {
            Some(r) => {
                let candidates = around(r, &|y| holiday_date(rule, y));
                let pick = match shift {
                    s if s < 0 => latest(&candidates, &|c| c < r),
                    0 => holiday_date(rule, r.year()),
                    _ => earliest(&candidates, &|c| c > r),
                }?;
                Resolved::date(day_value(pick), Some(r))
            }
            None => return resolve(&Expr::Holiday { rule, year: None }, a),
        },
        Expr::Weekday { day, shift } => match reference {
            Some(r) => Resolved::date(day_value(weekday(r, day, shift, a.tense)?), Some(r)),
            None => Resolved::date(format!("XXXX-WXX-{day}"), None),
        },
        Expr::Month { month, shift } => match a.narrative.then_some(a.last).flatten().or(reference) {
            Some(r) if a.narrative && shift.is_none() => Resolved::date(month_value(r.year(), month), Some(r)),
            Some(r) => {
                let year = match shift {
                    Some(_) => cycle_year(r, month, shift, a.tense, r.month())?,
                    None => month_year(r, month, a.tense, a.firm)?,
                };
                Resolved::date(month_value(year, month), Some(r))
            }
            None => Resolved::date(format!("XXXX-{month:02}"), None),
        },
        Expr::Season { code, year, shift } => match (year, reference) {
            (Some(y), _) => Resolved::date(year_part_value(y, code), None),
            // In a narrative, a season of no said year is in the last mentioned date's year, as
            // a bare month is.
            (None, Some(_)) if a.narrative && shift.is_none() && a.last.is_some() => {
                let last = a.last?;
                Resolved::date(year_part_value(last.year(), code), Some(last))
            }
            (None, Some(r)) => {
                // Seasons are counted in season years: January and February belong to the winter
                // that began the December before, so the season year is the previous one.
                let current = season_index(calendar::season_of_month(r.month()));
                let season_year = if r.month() <= 2 { r.year() - 1 } else { r.year() };
                let year = cycle_year(ymd(season_year, r.month().max(3), 1).unwrap_or(r), season_index(code), shift, a.tense, current)?;
                Resolved::date(year_part_value(year, code), Some(r))
            }
            (None, None) => Resolved::date(format!("XXXX-{code}"), None),
        },
        Expr::Quarter { letter, n: 0, year: Some(y), .. } => {
            // "the 1988 period": the quarter just reported, in that year.
            let n = match reference {
                Some(r) => ((r.month() - 1) / 3 + 3) % 4 + 1,
                None => return Some(Resolved::date(format!("{y:04}-{letter}X"), None)),
            };
            Resolved::date(format!("{y:04}-{letter}{n}"), reference)
        }
        Expr::OfYear { ref part, offset, that } => match if that { a.last.or(reference) } else { reference } {
            Some(r) => {
                // The part in that year, resolved as written so.
                let year = Some(checked_year(i64::from(r.year()) + offset)?);
                let dated = match **part {
                    Expr::Month { month, .. } => Expr::Calendar { year, month: Some(month), day: None },
                    Expr::Calendar { month, day, .. } => Expr::Calendar { year, month, day },
                    Expr::Season { code, .. } => Expr::Season { code, year, shift: None },
                    Expr::Quarter { letter, n, .. } => Expr::Quarter { letter, n, year, shift: None },
                    _ => return None,
                };
                Resolved { anchor: Some(r), ..resolve(&dated, a)? }
            }
            None => resolve(part, a)?,
        },
        Expr::QuarterOfYear { n, offset } => match reference {
            Some(r) => Resolved::date(format!("{:04}-Q{n}", checked_year(i64::from(r.year()) + offset)?), Some(r)),
            None => Resolved::date(format!("XXXX-Q{n}"), None),
        },
        Expr::Quarter { letter, n, year, shift } => match (year, reference) {
            (Some(y), _) => Resolved::date(format!("{y:04}-{letter}{n}"), None),
            (None, Some(r)) => {
                let per_year = if letter == 'Q' { 4 } else { 2 };
                let current = (r.month() - 1) / (12 / per_year) + 1;
                // Business news speaks of quarters already reported: the latest such one,
                // whatever the tense ("expects third-quarter results").
                let year = match shift {
                    Some(0) => r.year(),
                    _ => cycle_year(r, n, shift, Tense::Past, current)?,
                };
                Resolved::date(format!("{year:04}-{letter}{n}"), Some(r))
            }
            (None, None) => Resolved::date(format!("XXXX-{letter}{n}"), None),
        },
        Expr::Deictic(offset) => match reference {
            Some(r) => Resolved::date(day_value(add_days(r, offset)?), Some(r)),
            None => Resolved::date("XXXX-XX-XX".into(), None),
        },
        Expr::Relative { unit: Unit::Year, offset } if a.quarters && offset < 0 && reference.is_some() => {
            // The reported quarter is the one before the anchor's; the same quarter `offset` years away.
            let r = reference?;
            relative(Unit::Quarter, r, offset.checked_mul(4)?.checked_sub(1)?)?
        }
        Expr::Relative { unit, offset } => match reference {
            Some(r) => relative(unit, r, offset)?,
            None => Resolved::date(placeholder(unit), None),
        },
        Expr::TheUnit(unit) => match reference {
            Some(r) => {
                let offset = match unit {
                    Unit::Weekend if a.tense == Tense::Past && r.weekday().number_from_monday() < 6 => -1,
                    // Business news: "the quarter" is the one just reported, whatever the tense
                    // ("analysts expected it to earn 35 cents for the quarter").
                    Unit::Quarter => -1,
                    _ => 0,
                };
                relative(unit, r, offset)?
            }
            None => Resolved::date(placeholder(unit), None),
        },
        Expr::Shifted { unit: Unit::Year, offset } if a.quarters && (a.last.is_some() || reference.is_some()) => match a.last {
            Some(last) => relative(Unit::Quarter, last, offset.checked_mul(4)?)?,
            None => relative(Unit::Quarter, reference?, offset.checked_mul(4)?.checked_sub(1)?)?,
        },
        Expr::Shifted { unit: unit @ (Unit::Year | Unit::Month), offset } if a.last.is_some() && a.last_granularity.is_some_and(|g| g < crate::model::Granularity::Month || (g == crate::model::Granularity::Month && unit == Unit::Year)) => {
            // Keep the last date's own granularity: a day a year earlier is a day.
            let last = a.last?;
            let months = if unit == Unit::Year { offset.checked_mul(12)? } else { offset };
            let (y, m) = add_months(last.year(), last.month(), months)?;
            if a.last_granularity == Some(crate::model::Granularity::Month) {
                Resolved::date(month_value(y, m), Some(last))
            } else {
                let day = ymd(y, m, last.day()).or_else(|| calendar::month_end(y, m))?;
                Resolved::date(day_value(day), Some(last))
            }
        }
        // "that same day" after "in October 1998": a day of that month, which one unsaid; in a
        // narrative of years before Christ, a day of one of them.
        Expr::Anaphoric { unit: Unit::Day, offset: 0 } if a.narrative && a.before_christ => Resolved::date("BCXXXX-XX-XX".into(), None),
        Expr::Anaphoric { unit: Unit::Day, offset: 0 } if a.last.is_some() && matches!(a.last_granularity, Some(Granularity::Month | Granularity::Year)) => {
            let last = a.last?;
            let month = if a.last_granularity == Some(Granularity::Month) { format!("{:02}", last.month()) } else { "XX".into() };
            Resolved::date(format!("{:04}-{month}-XX", last.year()), Some(last))
        }
        Expr::Anaphoric { unit, offset } | Expr::Shifted { unit, offset } => match a.last.or(reference) {
            Some(base) => relative(unit, base, offset)?,
            None => Resolved::date(placeholder(unit), None),
        },
        // In a narrative of years before Christ, the unknown date is one of them too.
        Expr::DayNextTo { ref date, days } => {
            let day = resolve(date, a)?;
            match calendar::parse_day(&day.value) {
                Some(d) => Resolved::date(day_value(add_days(d, days)?), day.anchor),
                None => Resolved::date("XXXX-XX-XX".into(), day.anchor),
            }
        }
        Expr::UnitEnd(unit) => resolve(&Expr::TheUnit(unit), a)?,
        Expr::WeekOf(ref date) => {
            let day = resolve(date, a)?;
            match calendar::parse_day(&day.value) {
                Some(d) => Resolved::date(week_value(d), day.anchor),
                None => Resolved::date("XXXX-WXX".into(), day.anchor),
            }
        }
        Expr::VagueShift { unit } if a.narrative && a.before_christ => Resolved::date(format!("BC{}", placeholder(unit)), None),
        Expr::VagueShift { unit } => Resolved::date(placeholder(unit), None),
        Expr::Clock { ref date, hour, minute, second } => {
            let day = match date {
                Some(d) => resolve(d, a)?,
                // A bare clock time in news falls on the day last named, if one was.
                None if !a.narrative && a.last_granularity == Some(crate::model::Granularity::Day) && a.last.is_some() => {
                    let last = a.last?;
                    Resolved::date(day_value(last), Some(last))
                }
                None => match reference {
                    Some(r) => Resolved::date(day_value(r), Some(r)),
                    None => Resolved::date("XXXX-XX-XX".into(), None),
                },
            };
            let base = day.value.split('T').next().unwrap_or_default().to_string();
            Resolved { kind: TimexType::Time, value: match second {
                Some(sec) => format!("{base}T{hour:02}:{minute:02}:{sec:02}"),
                None => format!("{base}T{hour:02}:{minute:02}"),
            }, anchor: day.anchor, extent: None }
        }
        // "this morning", "last night": a time of day; "Tuesday night": TimeBank mostly
        // annotates the day (a DATE), and so do we.
        Expr::PartOfDay { ref date, code } if matches!(**date, Expr::Deictic(_)) => {
            let day = resolve(date, a)?;
            Resolved { kind: TimexType::Time, value: format!("{}T{code}", day.value), anchor: day.anchor, extent: None }
        }
        // "the next morning": the part of the day after the one last named, typed as a DATE
        // the way the corpora type it.
        Expr::PartOfDay { ref date, code } if matches!(**date, Expr::Anaphoric { unit: Unit::Day, .. }) => {
            let day = resolve(date, a)?;
            Resolved { value: format!("{}T{code}", day.value), ..day }
        }
        Expr::PartOfDay { ref date, .. } => resolve(date, a)?,
        // In narratives, "the night of 14 March 1842" is that day's night, typed as a DATE the
        // way WikiWars types it.
        Expr::PartOfDate { ref date, code } => {
            let day = resolve(date, a)?;
            Resolved { value: format!("{}T{code}", day.value), ..day }
        }
        Expr::Year(y) => Resolved::date(format!("{y:04}"), None),
        Expr::YearBc(y) => Resolved::date(format!("BC{y:04}"), None),
        Expr::BareYear(y) if a.before_christ => Resolved::date(format!("BC{y:04}"), None),
        Expr::BareYear(_) => return None,
        Expr::ClippedYear(n) => match if a.narrative { a.last.or(reference) } else { reference } {
            Some(r) => {
                let y = r.year();
                let base = y - y.rem_euclid(100) + n as i32;
                // The nearest such year; the earlier on a tie ('50 in 2000 is 1950).
                let mut year: Option<i32> = None;
                for c in [base - 100, base, base + 100] {
                    if calendar::YEARS.contains(&c) && year.map_or(true, |b| ((c - y).abs(), c > y) < ((b - y).abs(), b > y)) {
                        year = Some(c);
                    }
                }
                let year = year?;
                Resolved::date(format!("{year:04}"), Some(r))
            }
            None => Resolved::date(format!("XX{n:02}"), None),
        },
        Expr::Decade(d) => Resolved::date(format!("{d:03}"), None),
        Expr::Century(c) => Resolved::date(format!("{c:02}"), None),
        Expr::Bc(ref era) => {
            let r = resolve(era, a)?;
            Resolved { value: format!("BC{}", r.value), ..r }
        }
        Expr::Duration { unit, amount } => Resolved { kind: TimexType::Duration, value: duration(unit, amount), anchor: None, extent: None },
        Expr::PastSpan { unit, amount } => {
            let extent = reference.and_then(|r| past_extent(unit, amount?, r));
            Resolved { kind: TimexType::Duration, value: duration(unit, amount.map(f64::from)), anchor: extent.and(reference), extent }
        }
        Expr::Reference(value) => Resolved::date(value.into(), None),
        Expr::ThatTime { present: true } => Resolved::date("PRESENT_REF".into(), None),
        Expr::ThatTime { present: false } => match (a.last, a.last_granularity) {
            (Some(last), Some(g)) if !a.before_christ => {
                let unit = match g {
                    Granularity::Day => Unit::Day,
                    Granularity::Weekend => Unit::Weekend,
                    Granularity::Week => Unit::Week,
                    Granularity::Month => Unit::Month,
                    Granularity::Quarter => Unit::Quarter,
                    Granularity::Season | Granularity::Year => Unit::Year,
                    Granularity::Decade => Unit::Decade,
                };
                relative(unit, last, 0)?
            }
            _ => Resolved::date("PAST_REF".into(), None),
        },
        Expr::Set { ref value, .. } => Resolved { kind: TimexType::Set, value: value.clone(), anchor: None, extent: None },
        Expr::DayOfMonth { day, weekday } => match reference {
            Some(r) => Resolved::date(day_value(day_of_month(r, day, weekday, a.tense)?), Some(r)),
            None => Resolved::date(format!("XXXX-XX-{day:02}"), None),
        },
        Expr::DayInMonth { day, months } => match reference {
            Some(r) => {
                let (y, m) = add_months(r.year(), r.month(), months)?;
                Resolved::date(day_value(ymd(y, m, day)?), Some(r))
            }
            None => Resolved::date(format!("XXXX-XX-{day:02}"), None),
        },
        Expr::WeekdayOfWeek { day, weeks } => match reference {
            Some(r) => Resolved::date(day_value(add_days(week_monday(r)?, weeks.checked_mul(7)? + i64::from(day) - 1)?), Some(r)),
            None => Resolved::date(format!("XXXX-WXX-{day}"), None),
        },
        Expr::NthWeekday { n, day, month, offset } => match reference {
            Some(r) => {
                let (y, m) = match month {
                    Some(m) => (month_year(r, m, a.tense, false)?, m),
                    None => add_months(r.year(), r.month(), offset)?,
                };
                Resolved::date(day_value(holiday_date(Holiday::Nth(m, day, n), y)?), Some(r))
            }
            None => Resolved::date("XXXX-XX-XX".into(), None),
        },
        Expr::Compound { ref parts, direction } => compound(parts, direction, reference)?,
        Expr::DaysOfMonth { from, to, months } => match reference {
            Some(r) => {
                let (y, m) = add_months(r.year(), r.month(), months)?;
                let (start, end) = (ymd(y, m, from)?, ymd(y, m, to)?);
                Resolved { extent: Some((start, end)), ..Resolved::date(day_value(start), Some(r)) }
            }
            None => Resolved::date(format!("XXXX-XX-{from:02}"), None),
        },
        Expr::WeekdaysOn { day, n } => match reference {
            Some(r) => {
                let first = weekday(r, day, Some(1), Tense::Future)?;
                Resolved::date(day_value(add_days(first, 7 * (i64::from(n) - 1))?), Some(r))
            }
            None => Resolved::date(format!("XXXX-WXX-{day}"), None),
        },
        Expr::WeekOfYear { n, year, offset } => {
            let y = match (year, reference) {
                (Some(y), _) => y,
                (None, Some(r)) => checked_year(i64::from(r.year()) + offset)?,
                (None, None) => return Some(Resolved::date(format!("XXXX-W{:02}", n.min(52)), None)),
            };
            // Week 53 stands for the year's last week (52 or 53 of them).
            let weeks = ymd(y, 12, 28)?.iso_week().week();
            let n = if n >= 53 { weeks } else { n };
            Resolved::date(format!("{y:04}-W{n:02}"), year.is_none().then_some(reference).flatten())
        }
    })
}

/// A calendar date, complete or not: year-less dates take the year the tense points to.
fn calendar_date(year: Option<i32>, month: Option<u32>, day: Option<u32>, a: &Anchors) -> Option<Resolved> {
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => Some(Resolved::date(day_value(ymd(y, m, d)?), None)),
        (Some(y), Some(m), None) => {
            ymd(y, m, 1)?;
            Some(Resolved::date(month_value(y, m), None))
        }
        (None, Some(m), Some(d)) => {
            // Must exist in some year (29 February does).
            ymd(2024, m, d)?;
            let base = if a.narrative { a.last.or(a.reference) } else { a.reference };
            let Some(r) = base else { return Some(Resolved::date(format!("XXXX-{m:02}-{d:02}"), None)) };
            if a.narrative {
                return ymd(r.year(), m, d).map(|date| Resolved::date(day_value(date), Some(r)));
            }
            let candidates = around(r, &|y| ymd(y, m, d));
            // The tense picks a side only within about half a year; beyond that the nearest
            // wins (a "Dec. 15" deadline in an October past-tense sentence is still this December).
            let near = |c: NaiveDate| a.firm || (c - r).num_days().abs() <= TENSE_REACH_DAYS;
            let nearest = nearest(&candidates, r, true);
            let pick = match a.tense {
                Tense::Past => latest(&candidates, &|c| c <= r && near(c)).or(nearest),
                Tense::Future => earliest(&candidates, &|c| c >= r && near(c)).or(nearest),
                Tense::Unknown => nearest,
            }?;
            Some(Resolved::date(day_value(pick), Some(r)))
        }
        _ => None,
    }
}

/// The day `day` of the month nearest `r` that has it (on `weekday`, when given); without a
/// weekday the tense picks the side.
fn day_of_month(r: NaiveDate, day: u32, weekday: Option<u32>, tense: Tense) -> Option<NaiveDate> {
    let mut candidates = Vec::new();
    for k in -14..=14 {
        if let Some(d) = add_months(r.year(), r.month(), k).and_then(|(y, m)| ymd(y, m, day)) {
            if weekday.map_or(true, |w| d.weekday().number_from_monday() == w) {
                candidates.push(d);
            }
        }
    }
    let nearest = nearest(&candidates, r, false);
    if weekday.is_some() {
        return nearest;
    }
    match tense {
        Tense::Past => latest(&candidates, &|c| c <= r),
        Tense::Future => earliest(&candidates, &|c| c >= r),
        Tense::Unknown => nearest,
    }
}

// Candidate days are picked with the loops below rather than iterator chains (`filter`, `max`,
// `min_by_key`): each chain was a copy of its own in the size-built wasm.

/// The days `day_of` gives for the year before `r`'s, `r`'s and the one after, in that order.
fn around(r: NaiveDate, day_of: &dyn Fn(i32) -> Option<NaiveDate>) -> Vec<NaiveDate> {
    let mut days = Vec::with_capacity(3);
    for y in [r.year() - 1, r.year(), r.year() + 1] {
        if let Some(d) = day_of(y) {
            days.push(d);
        }
    }
    days
}

/// The latest of `days` that `ok` accepts.
fn latest(days: &[NaiveDate], ok: &dyn Fn(NaiveDate) -> bool) -> Option<NaiveDate> {
    let mut best: Option<NaiveDate> = None;
    for &d in days {
        if ok(d) && best.map_or(true, |b| d >= b) {
            best = Some(d);
        }
    }
    best
}

/// The earliest of `days` that `ok` accepts.
fn earliest(days: &[NaiveDate], ok: &dyn Fn(NaiveDate) -> bool) -> Option<NaiveDate> {
    let mut best: Option<NaiveDate> = None;
    for &d in days {
        if ok(d) && best.map_or(true, |b| d < b) {
            best = Some(d);
        }
    }
    best
}

/// The first of `days` nearest `r`; of two as near, the earlier when `earlier`, else the later.
fn nearest(days: &[NaiveDate], r: NaiveDate, earlier: bool) -> Option<NaiveDate> {
    let key = |d: NaiveDate| ((d - r).num_days().abs(), if earlier { d > r } else { d < r });
    let mut best: Option<NaiveDate> = None;
    for &d in days {
        if best.map_or(true, |b| key(d) < key(b)) {
            best = Some(d);
        }
    }
    best
}

/// A length of several units, or the day (month, year) it reaches from the anchor.
fn compound(parts: &[(Unit, u32)], direction: i64, reference: Option<NaiveDate>) -> Option<Resolved> {
    let amount = |units: &[Unit]| -> i64 {
        let mut sum = 0;
        for &(u, n) in parts {
            if units.contains(&u) {
                sum += i64::from(n) * match u { Unit::Decade => 10, Unit::Century => 100, Unit::Quarter => 3, Unit::Week => 7, _ => 1 };
            }
        }
        sum
    };
    let years = amount(&[Unit::Year, Unit::Decade, Unit::Century]);
    let months = amount(&[Unit::Month, Unit::Quarter]);
    let weeks = amount(&[Unit::Week]) / 7;
    let days = amount(&[Unit::Day]);
    let (hours, minutes, seconds) = (amount(&[Unit::Hour]), amount(&[Unit::Minute]), amount(&[Unit::Second]));
    let clock = hours + minutes + seconds > 0;
    if direction == 0 || reference.is_none() {
        let mut v = String::from("P");
        for (n, c) in [(years, 'Y'), (months, 'M'), (weeks, 'W'), (days, 'D')] {
            if n > 0 {
                v.push_str(&format!("{n}{c}"));
            }
        }
        if clock {
            v.push('T');
            for (n, c) in [(hours, 'H'), (minutes, 'M'), (seconds, 'S')] {
                if n > 0 {
                    v.push_str(&format!("{n}{c}"));
                }
            }
        }
        return Some(Resolved { kind: TimexType::Duration, value: v, anchor: None, extent: None });
    }
    let r = reference?;
    let (y, m) = add_months(r.year(), r.month(), direction.checked_mul(years.checked_mul(12)?.checked_add(months)?)?)?;
    let shifted = ymd(y, m, r.day()).or_else(|| calendar::month_end(y, m))?;
    let day = add_days(shifted, direction.checked_mul(weeks * 7 + days)?)?;
    let value = if weeks + days > 0 || clock {
        day_value(day)
    } else if months > 0 {
        month_value(y, m)
    } else {
        format!("{y:04}")
    };
    let kind = if clock { TimexType::Time } else { TimexType::Date };
    Some(Resolved { kind, value, anchor: Some(r), extent: None })
}

/// The day a holiday falls on in year `y`.
fn holiday_date(rule: Holiday, y: i32) -> Option<NaiveDate> {
    match rule {
        Holiday::Fixed(m, d) => ymd(y, m, d),
        // Weekday 0: the month's first days or its last (`the last day of October`).
        Holiday::Nth(m, 0, n) if n >= 5 => super::calendar::month_end(y, m),
        Holiday::Nth(m, 0, n) => ymd(y, m, n),
        Holiday::Nth(m, weekday, n) => {
            let first = ymd(y, m, 1)?;
            let offset = (i64::from(weekday) - i64::from(first.weekday().number_from_monday())).rem_euclid(7);
            let mut day = add_days(first, offset + 7 * (i64::from(n.min(5)) - 1))?;
            while day.month() != m {
                day = add_days(day, -7)?; // "last": step back into the month
            }
            Some(day)
        }
    }
}

/// The year of a bare month: the tense picks the side within [`TENSE_REACH_MONTHS`] (a firm
/// one within a year), else the nearest.
fn month_year(r: NaiveDate, month: u32, tense: Tense, firm: bool) -> Option<i32> {
    let reach = if firm { 11 } else { TENSE_REACH_MONTHS };
    let here = i64::from(r.year()) * 12 + i64::from(r.month());
    // Loops over the three years, not iterator chains (smaller in the size-built wasm): the
    // nearest (the earlier of two as near), and the latest past or earliest future within reach.
    let mut nearest: Option<(i32, i64)> = None;
    let mut side: Option<i32> = None;
    for y in [r.year() - 1, r.year(), r.year() + 1] {
        let d = i64::from(y) * 12 + i64::from(month) - here;
        if nearest.map_or(true, |(_, b)| (d.abs(), d > 0) < (b.abs(), b > 0)) {
            nearest = Some((y, d));
        }
        let fits = match tense {
            Tense::Past => d <= 0 && d >= -reach && side.map_or(true, |s| y >= s),
            Tense::Future => d >= 0 && d <= reach && side.map_or(true, |s| y < s),
            Tense::Unknown => false,
        };
        if fits {
            side = Some(y);
        }
    }
    checked_year(side.unwrap_or(nearest.map_or(r.year(), |(y, _)| y)).into())
}

/// How far (in days) the tense may send a year-less date from the anchor.
const TENSE_REACH_DAYS: i64 = 214;

/// How far (in months) the tense may send a month name from the anchor's month.
const TENSE_REACH_MONTHS: i64 = 9;

/// The weekday `day` relative to `r`: explicit direction first, then the tense, else the nearest.
fn weekday(r: NaiveDate, day: u32, shift: Option<i64>, tense: Tense) -> Option<NaiveDate> {
    let today = i64::from(r.weekday().number_from_monday());
    let target = i64::from(day);
    let back = (today - target).rem_euclid(7); // days back to the latest such weekday (0 = today)
    let forward = (target - today).rem_euclid(7);
    let offset = match shift {
        Some(-1) => -(if back == 0 { 7 } else { back }),
        Some(1) => if forward == 0 { 7 } else { forward },
        Some(_) => target - today, // "this Tuesday": in the anchor's week
        None if back == 0 => 0,
        None => match tense {
            Tense::Past => -back,
            Tense::Future => forward,
            // News reports what has happened: an unmarked weekday is the last one, unless it
            // is tomorrow.
            Tense::Unknown => if forward == 1 { forward } else { -back },
        },
    };
    add_days(r, offset)
}

/// The year of the `target` position (1-based) of a yearly cycle (months,
/// seasons, quarters), relative to the anchor standing at position `current`; none past the
/// calendar's years.
fn cycle_year(r: NaiveDate, target: u32, shift: Option<i64>, tense: Tense, current: u32) -> Option<i32> {
    let y = r.year();
    checked_year(i64::from(match shift {
        Some(-1) => if target < current { y } else { y - 1 },
        Some(1) => if target > current { y } else { y + 1 },
        Some(_) => y,
        None => match tense {
            Tense::Future => if target >= current { y } else { y + 1 },
            _ => if target <= current { y } else { y - 1 },
        },
    }))
}

fn season_index(code: &str) -> u32 {
    match code {
        "SP" => 1,
        "SU" => 2,
        "FA" => 3,
        _ => 4,
    }
}

/// The unit `offset` units from the one containing `r`.
fn relative(unit: Unit, r: NaiveDate, offset: i64) -> Option<Resolved> {
    let value = match unit {
        Unit::Second | Unit::Minute | Unit::Hour => {
            return Some(Resolved { kind: TimexType::Time, value: day_value(r), anchor: Some(r), extent: None });
        }
        Unit::Day => day_value(add_days(r, offset)?),
        Unit::Week => week_value(add_days(r, offset.checked_mul(7)?)?),
        Unit::Weekend => weekend_value(add_days(week_monday(r)?, offset.checked_mul(7)?)?),
        Unit::Month => {
            let (y, m) = add_months(r.year(), r.month(), offset)?;
            month_value(y, m)
        }
        Unit::Quarter => {
            let (y, m) = add_months(r.year(), r.month(), offset.checked_mul(3)?)?;
            format!("{y:04}-Q{}", (m - 1) / 3 + 1)
        }
        Unit::Year => format!("{:04}", checked_year(i64::from(r.year()) + offset)?),
        Unit::Decade => format!("{:03}", checked_year(i64::from(r.year()) + offset.checked_mul(10)?)? / 10),
        Unit::Century => format!("{:02}", checked_year(i64::from(r.year()) + offset.checked_mul(100)?)? / 100),
    };
    Some(Resolved::date(value, Some(r)))
}

fn checked_year(y: i64) -> Option<i32> {
    i32::try_from(y).ok().filter(|y| calendar::YEARS.contains(y))
}

/// The days covered by the last `n` units before the anchor ("the past two weekends").
fn past_extent(unit: Unit, n: u32, r: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let n = i64::from(n.max(1));
    match unit {
        Unit::Weekend => {
            let monday = week_monday(r)?;
            let last_sunday = add_days(monday, -1)?;
            let first_saturday = add_days(monday, -2 - 7 * (n - 1))?;
            Some((first_saturday, last_sunday))
        }
        Unit::Day => Some((add_days(r, -n)?, add_days(r, -1)?)),
        Unit::Week => Some((add_days(r, -7 * n)?, r)),
        Unit::Month => {
            let (y, m) = add_months(r.year(), r.month(), -n)?;
            Some((ymd(y, m, r.day().min(28))?, r))
        }
        _ => None,
    }
}

/// `n` (not negative) as a decimal rounded to 15 significant digits (at most nine places),
/// trailing zeros dropped: what `{n}` prints for the amounts the grammar reads, without linking
/// Rust's float formatting into the wasm (about 17 KB).
pub(crate) fn decimal(n: f64) -> String {
    let mut whole = n.trunc() as u64;
    let places = 15usize.saturating_sub(whole.to_string().len()).min(9);
    let scale = 10u64.pow(places as u32);
    let mut fraction = ((n - n.trunc()) * scale as f64).round() as u64;
    if fraction >= scale {
        whole += 1;
        fraction -= scale;
    }
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:0places$}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod decimal_tests {
    /// [`super::decimal`] writes what `{}` writes for amounts as the grammar reads them with up
    /// to three places (`2.25`, `1.5`, "three and a half"); where arithmetic leaves float noise
    /// (0.33 decades = 3.3000000000000003 years, 1.999999 read as 1.9999989999999999) it writes
    /// the rounded value (`3.3`, `1.999999`).
    #[test]
    fn decimal_matches_display() {
        for whole in [0u32, 1, 2, 7, 10, 59, 365, 1_000_000, u32::MAX] {
            for digits in 1..=3 {
                let places = [1u32, 5, 25, 33, 50, 75, 99, 123, 999, 12_345, 999_999];
                for frac in places.into_iter().filter(|&f| f < 10u32.pow(digits as u32)) {
                    let n = f64::from(whole) + f64::from(frac) / 10f64.powi(digits);
                    for n in [n, f64::from(whole) + 0.5] {
                        assert_eq!(super::decimal(n), format!("{n}"), "{whole} {frac} {digits}");
                    }
                }
            }
        }
        assert_eq!(super::decimal(0.33 * 10.0), "3.3");
        assert_eq!(super::decimal(0.999_999_999_9), "1");
        assert_eq!(super::decimal(1.0 + 999_999.0 / 1e6), "1.999999");
    }
}

/// A TIMEX3 duration value: `P3D`, `PT5H`, `PXW`, `P1.5Y`.
fn duration(unit: Unit, amount: Option<f64>) -> String {
    if let (Unit::Decade, Some(n)) = (unit, amount) {
        return duration(Unit::Year, Some(n * 10.0)); // TimeBank writes "two decades" as P20Y
    }
    // A fraction is written with the next smaller unit: 2.5 years → P2Y6M, 5.5 hours → PT5H30M.
    let smaller = match unit {
        Unit::Year => Some((Unit::Month, 12.0)),
        Unit::Month => Some((Unit::Day, 30.0)),
        Unit::Week => Some((Unit::Day, 7.0)),
        Unit::Day => Some((Unit::Hour, 24.0)),
        Unit::Hour => Some((Unit::Minute, 60.0)),
        Unit::Minute => Some((Unit::Second, 60.0)),
        _ => None,
    };
    if let (Some(n), Some((small, per))) = (amount, smaller) {
        let rest = n.fract() * per;
        if n.fract() != 0.0 && rest.fract() == 0.0 && n >= 1.0 {
            let (prefix, code) = unit.duration_code();
            let (_, small_code) = small.duration_code();
            let t = if prefix == "P" && small.is_clock() { "T" } else { "" };
            return format!("{prefix}{}{code}{t}{}{small_code}", n.trunc() as u64, rest as u64);
        }
    }
    let (prefix, code) = unit.duration_code();
    match amount {
        Some(n) if n.fract() == 0.0 => format!("{prefix}{}{code}", n as u64),
        Some(n) => format!("{prefix}{}{code}", decimal(n)),
        None => format!("{prefix}X{code}"),
    }
}

/// The placeholder value of a unit relative to an unknown anchor.
fn placeholder(unit: Unit) -> String {
    match unit {
        Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
        _ => "XXXX",
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(dct: &str, tense: Tense) -> Anchors {
        Anchors { reference: Some(d(dct)), last: None, last_granularity: None, tense, firm: false, narrative: false, quarters: false, before_christ: false }
    }

    fn value(expr: Expr, a: &Anchors) -> String {
        resolve(&expr, a).unwrap().value
    }

    #[test]
    fn weekdays_follow_direction_then_tense() {
        let wed = at("2025-12-03", Tense::Past);
        assert_eq!(value(Expr::Weekday { day: 2, shift: None }, &wed), "2025-12-02");
        assert_eq!(value(Expr::Weekday { day: 1, shift: None }, &wed), "2025-12-01");
        assert_eq!(value(Expr::Weekday { day: 3, shift: None }, &wed), "2025-12-03");
        let future = at("2025-12-03", Tense::Future);
        assert_eq!(value(Expr::Weekday { day: 2, shift: None }, &future), "2025-12-09");
        assert_eq!(value(Expr::Weekday { day: 3, shift: Some(-1) }, &future), "2025-11-26");
        assert_eq!(value(Expr::Weekday { day: 5, shift: None }, &at("2025-12-03", Tense::Unknown)), "2025-11-28");
        assert_eq!(value(Expr::Weekday { day: 4, shift: None }, &at("2025-12-03", Tense::Unknown)), "2025-12-04");
    }

    #[test]
    fn days_of_unsaid_and_relative_months() {
        let past = at("2025-12-03", Tense::Past);
        assert_eq!(value(Expr::DayOfMonth { day: 20, weekday: None }, &past), "2025-11-20");
        assert_eq!(value(Expr::DayOfMonth { day: 20, weekday: None }, &at("2025-12-03", Tense::Future)), "2025-12-20");
        // The nearest 13th that is a Friday.
        assert_eq!(value(Expr::DayOfMonth { day: 13, weekday: Some(5) }, &past), "2026-02-13");
        assert_eq!(value(Expr::DayInMonth { day: 5, months: 1 }, &past), "2026-01-05");
        assert!(resolve(&Expr::DayInMonth { day: 31, months: 0 }, &at("2025-11-03", Tense::Past)).is_none());
        assert_eq!(value(Expr::DayOfMonth { day: 20, weekday: None }, &Anchors { reference: None, ..past }), "XXXX-XX-20");
    }

    #[test]
    fn weekdays_of_named_weeks_and_nth_weekdays() {
        let wed = at("2025-12-03", Tense::Unknown);
        assert_eq!(value(Expr::WeekdayOfWeek { day: 5, weeks: 1 }, &wed), "2025-12-12");
        assert_eq!(value(Expr::WeekdayOfWeek { day: 1, weeks: -1 }, &wed), "2025-11-24");
        assert_eq!(value(Expr::NthWeekday { n: 1, day: 5, month: None, offset: 0 }, &wed), "2025-12-05");
        assert_eq!(value(Expr::NthWeekday { n: 5, day: 1, month: None, offset: 1 }, &wed), "2026-01-26");
        assert_eq!(value(Expr::NthWeekday { n: 2, day: 2, month: Some(11), offset: 0 }, &at("2025-12-03", Tense::Past)), "2025-11-11");
        // Weekday 0: the month's n-th day, or its last.
        assert_eq!(value(Expr::NthWeekday { n: 5, day: 0, month: None, offset: 0 }, &wed), "2025-12-31");
        assert_eq!(value(Expr::NthWeekday { n: 5, day: 0, month: Some(2), offset: 0 }, &at("2024-01-10", Tense::Future)), "2024-02-29");
        assert_eq!(value(Expr::NthWeekday { n: 1, day: 0, month: None, offset: 1 }, &wed), "2026-01-01");
    }

    #[test]
    fn runs_of_relative_months_and_weekdays_ahead() {
        let wed = at("2025-12-03", Tense::Unknown);
        let run = resolve(&Expr::DaysOfMonth { from: 4, to: 9, months: 1 }, &wed).unwrap();
        assert_eq!(run.extent, Some((d("2026-01-04"), d("2026-01-09"))));
        assert_eq!(value(Expr::WeekdaysOn { day: 3, n: 2 }, &wed), "2025-12-17");
        assert_eq!(value(Expr::WeekdaysOn { day: 5, n: 1 }, &wed), "2025-12-05");
    }

    #[test]
    fn weeks_of_years_by_number() {
        let wed = at("2025-12-03", Tense::Unknown);
        assert_eq!(value(Expr::WeekOfYear { n: 3, year: Some(2027), offset: 0 }, &wed), "2027-W03");
        assert_eq!(value(Expr::WeekOfYear { n: 53, year: Some(2015), offset: 0 }, &wed), "2015-W53");
        assert_eq!(value(Expr::WeekOfYear { n: 53, year: Some(2016), offset: 0 }, &wed), "2016-W52");
        assert_eq!(value(Expr::WeekOfYear { n: 1, year: None, offset: 1 }, &wed), "2026-W01");
    }

    #[test]
    fn compound_lengths_and_the_days_they_reach() {
        let wed = at("2025-12-03", Tense::Unknown);
        let c = |parts: Vec<(Unit, u32)>, direction| Expr::Compound { parts, direction };
        assert_eq!(value(c(vec![(Unit::Year, 1), (Unit::Month, 2), (Unit::Day, 3)], 0), &wed), "P1Y2M3D");
        assert_eq!(value(c(vec![(Unit::Day, 2), (Unit::Hour, 5)], 0), &wed), "P2DT5H");
        assert_eq!(value(c(vec![(Unit::Month, 1), (Unit::Day, 10)], -1), &wed), "2025-10-24");
        assert_eq!(value(c(vec![(Unit::Year, 2), (Unit::Month, 1)], 1), &wed), "2028-01");
        assert_eq!(value(c(vec![(Unit::Week, 1), (Unit::Day, 2)], 1), &wed), "2025-12-12");
    }

    #[test]
    fn weekends_count_back_from_the_anchor_week() {
        let tue = at("2025-12-02", Tense::Past);
        assert_eq!(value(Expr::Relative { unit: Unit::Weekend, offset: -1 }, &tue), "2025-W48-WE");
        assert_eq!(value(Expr::Relative { unit: Unit::Weekend, offset: -2 }, &tue), "2025-W47-WE");
        assert_eq!(value(Expr::TheUnit(Unit::Weekend), &at("2025-12-03", Tense::Past)), "2025-W48-WE");
        assert_eq!(value(Expr::TheUnit(Unit::Weekend), &at("2025-12-03", Tense::Future)), "2025-W49-WE");
        // "expected to earn 35 cents for the quarter": business news speaks of the quarter
        // just reported, whatever the tense.
        assert_eq!(value(Expr::TheUnit(Unit::Quarter), &at("1989-10-26", Tense::Future)), "1989-Q3");
        let span = resolve(&Expr::PastSpan { unit: Unit::Weekend, amount: Some(2) }, &tue).unwrap();
        assert_eq!(span.value, "P2WE");
        assert_eq!(span.extent, Some((d("2025-11-22"), d("2025-11-30"))));
    }

    #[test]
    fn months_take_the_latest_past_one_unless_the_future_is_meant() {
        let dec = at("2025-12-03", Tense::Past);
        assert_eq!(value(Expr::Month { month: 8, shift: None }, &dec), "2025-08");
        assert_eq!(value(Expr::Month { month: 3, shift: None }, &at("2025-12-03", Tense::Future)), "2026-03");
        assert_eq!(value(Expr::Month { month: 12, shift: Some(-1) }, &dec), "2024-12");
        assert_eq!(value(Expr::Relative { unit: Unit::Month, offset: -1 }, &dec), "2025-11");
        assert_eq!(value(Expr::Month { month: 8, shift: None }, &Anchors { reference: None, last: None, last_granularity: None, tense: Tense::Past, firm: false, narrative: false, quarters: false, before_christ: false }), "XXXX-08");
    }

    #[test]
    fn months_and_seasons_past_the_last_year_resolve_to_nothing() {
        let end = at("9999-12-31", Tense::Future);
        assert!(resolve(&Expr::Month { month: 9, shift: Some(1) }, &end).is_none());
        assert!(resolve(&Expr::Month { month: 9, shift: None }, &end).is_none());
        assert!(resolve(&Expr::Season { code: "SP", year: None, shift: Some(1) }, &end).is_none());
        assert!(resolve(&Expr::Month { month: 9, shift: Some(-1) }, &at("0001-01-01", Tense::Past)).is_none());
    }

    #[test]
    fn the_tense_reaches_nine_months_either_way_but_not_a_whole_year() {
        let oct = at("2025-10-27", Tense::Past);
        assert_eq!(value(Expr::Month { month: 1, shift: None }, &oct), "2025-01");
        assert_eq!(value(Expr::Month { month: 12, shift: None }, &at("2025-03-04", Tense::Future)), "2025-12");
        // Ten or eleven months back in a past sentence is more likely the coming month.
        assert_eq!(value(Expr::Month { month: 11, shift: None }, &oct), "2025-11");
        assert_eq!(value(Expr::Month { month: 12, shift: None }, &oct), "2025-12");
    }

    #[test]
    fn day_ranges_are_weekends_or_runs_of_days() {
        let a = at("2025-12-03", Tense::Past);
        assert_eq!(value(Expr::DayRange { year: None, month: 11, from: 22, to: 23 }, &a), "2025-W47-WE");
        let run = resolve(&Expr::DayRange { year: Some(2025), month: 11, from: 24, to: 26 }, &a).unwrap();
        assert_eq!((run.value.as_str(), run.extent), ("2025-11-24", Some((d("2025-11-24"), d("2025-11-26")))));
        assert!(resolve(&Expr::DayRange { year: Some(2025), month: 2, from: 27, to: 30 }, &a).is_none());
    }

    #[test]
    fn a_year_ago_among_quarters_is_the_reported_quarter_a_year_before() {
        let a = Anchors { quarters: true, ..at("1989-11-02", Tense::Past) };
        assert_eq!(value(Expr::Relative { unit: Unit::Year, offset: -1 }, &a), "1988-Q3");
    }

    #[test]
    fn seasons_count_in_season_years() {
        let feb = at("1998-02-06", Tense::Past);
        assert_eq!(value(Expr::Season { code: "FA", year: None, shift: Some(-1) }, &feb), "1997-FA");
        assert_eq!(value(Expr::Season { code: "WI", year: None, shift: None }, &feb), "1997-WI");
        assert_eq!(value(Expr::Season { code: "SU", year: None, shift: Some(-1) }, &at("1998-09-10", Tense::Past)), "1998-SU");
        // A bare season in January or February: the last spring was the year before, the next
        // one is this year's.
        let spring = Expr::Season { code: "SP", year: None, shift: None };
        assert_eq!(value(spring.clone(), &feb), "1997-SP");
        assert_eq!(value(spring, &at("2010-01-29", Tense::Future)), "2010-SP");
        assert_eq!(value(Expr::Season { code: "WI", year: None, shift: None }, &at("2010-01-29", Tense::Future)), "2009-WI");
    }

    #[test]
    fn parts_of_a_relative_year() {
        let wed = at("2025-12-03", Tense::Past);
        let of_year = |part, offset| Expr::OfYear { part: Box::new(part), offset, that: false };
        assert_eq!(value(of_year(Expr::Season { code: "SP", year: None, shift: None }, 1), &wed), "2026-SP");
        assert_eq!(value(of_year(Expr::Quarter { letter: 'H', n: 2, year: None, shift: None }, -1), &wed), "2024-H2");
        let none = Anchors { reference: None, ..wed };
        assert_eq!(value(of_year(Expr::Quarter { letter: 'Q', n: 3, year: None, shift: None }, 0), &none), "XXXX-Q3");
    }

    #[test]
    fn holidays_fall_on_their_rule() {
        let a = at("2025-12-03", Tense::Past);
        assert_eq!(value(Expr::Holiday { rule: Holiday::Nth(11, 4, 4), year: None }, &a), "2025-11-27");
        assert_eq!(value(Expr::Holiday { rule: Holiday::Nth(5, 1, 5), year: Some(2025) }, &a), "2025-05-26");
        assert_eq!(value(Expr::Holiday { rule: Holiday::Fixed(12, 25), year: None }, &a), "2024-12-25");
    }

    #[test]
    fn year_less_dates_pick_the_year_by_tense() {
        let past = at("2025-01-10", Tense::Past);
        assert_eq!(value(Expr::Calendar { year: None, month: Some(12), day: Some(25) }, &past), "2024-12-25");
        // Beyond half a year the nearest wins, whatever the tense.
        let october = at("1989-10-30", Tense::Past);
        assert_eq!(value(Expr::Calendar { year: None, month: Some(12), day: Some(15) }, &october), "1989-12-15");
        let unknown = at("2025-12-03", Tense::Unknown);
        assert_eq!(value(Expr::Calendar { year: None, month: Some(10), day: Some(17) }, &unknown), "2025-10-17");
        assert!(resolve(&Expr::Calendar { year: None, month: Some(2), day: Some(30) }, &unknown).is_none());
        assert!(resolve(&Expr::Calendar { year: Some(2025), month: Some(2), day: Some(29) }, &unknown).is_none());
    }

    #[test]
    fn a_firm_past_reaches_back_a_whole_year() {
        let firm = Anchors { firm: true, ..at("1989-10-31", Tense::Past) };
        assert_eq!(value(Expr::Calendar { year: None, month: Some(1), day: Some(31) }, &firm), "1989-01-31");
        assert_eq!(value(Expr::Calendar { year: None, month: Some(1), day: Some(31) }, &at("1989-10-31", Tense::Past)), "1990-01-31");
        assert_eq!(value(Expr::Month { month: 11, shift: None }, &firm), "1988-11");
    }

    #[test]
    fn anaphora_use_the_last_mentioned_date() {
        let a = Anchors { reference: Some(d("2025-12-03")), last: Some(d("1944-06-06")), last_granularity: Some(crate::model::Granularity::Year), tense: Tense::Past, firm: false, narrative: true, quarters: false, before_christ: false };
        assert_eq!(value(Expr::Anaphoric { unit: Unit::Year, offset: 1 }, &a), "1945");
        assert_eq!(value(Expr::Shifted { unit: Unit::Day, offset: 3 }, &a), "1944-06-09");
        assert_eq!(value(Expr::Calendar { year: None, month: Some(8), day: Some(25) }, &a), "1944-08-25");
    }

    #[test]
    fn anaphora_keep_the_last_dates_granularity() {
        let a = Anchors { last: Some(d("1989-11-02")), last_granularity: Some(crate::model::Granularity::Day), ..at("1989-11-03", Tense::Past) };
        assert_eq!(value(Expr::Shifted { unit: Unit::Year, offset: -1 }, &a), "1988-11-02");
        let m = Anchors { last_granularity: Some(crate::model::Granularity::Month), ..a };
        assert_eq!(value(Expr::Shifted { unit: Unit::Year, offset: -1 }, &m), "1988-11");
        // "that same day" after a month or a year: a day in it, which one unsaid.
        let that_day = Expr::Anaphoric { unit: Unit::Day, offset: 0 };
        assert_eq!(value(that_day.clone(), &m), "1989-11-XX");
        assert_eq!(value(that_day.clone(), &Anchors { last_granularity: Some(crate::model::Granularity::Year), ..a }), "1989-XX-XX");
        assert_eq!(value(that_day.clone(), &a), "1989-11-02");
        assert_eq!(value(that_day, &Anchors { narrative: true, before_christ: true, ..a }), "BCXXXX-XX-XX");
    }

    #[test]
    fn durations_sets_and_times() {
        let a = at("2025-12-03", Tense::Past);
        assert_eq!(value(Expr::Duration { unit: Unit::Hour, amount: Some(5.0) }, &a), "PT5H");
        assert_eq!(value(Expr::Duration { unit: Unit::Year, amount: Some(1.5) }, &a), "P1Y6M");
        assert_eq!(value(Expr::Duration { unit: Unit::Hour, amount: Some(5.5) }, &a), "PT5H30M");
        assert_eq!(value(Expr::Duration { unit: Unit::Day, amount: Some(1.5) }, &a), "P1DT12H");
        assert_eq!(value(Expr::Duration { unit: Unit::Year, amount: Some(0.5) }, &a), "P0.5Y");
        assert_eq!(value(Expr::Duration { unit: Unit::Week, amount: None }, &a), "PXW");
        let clock = Expr::Clock { date: Some(Box::new(Expr::Calendar { year: Some(2025), month: Some(12), day: Some(3) })), hour: 10, minute: 55, second: None };
        assert_eq!(resolve(&clock, &a).unwrap(), Resolved { kind: TimexType::Time, value: "2025-12-03T10:55".into(), anchor: None, extent: None });
        assert_eq!(value(Expr::PartOfDay { date: Box::new(Expr::Deictic(-1)), code: "NI" }, &a), "2025-12-02TNI");
        assert_eq!(value(Expr::PartOfDay { date: Box::new(Expr::Weekday { day: 2, shift: None }), code: "NI" }, &a), "2025-12-02");
    }

    #[test]
    fn a_narratives_bare_season_is_in_the_last_dates_year() {
        let a = Anchors { last: Some(d("1915-05-07")), narrative: true, ..at("2009-12-19", Tense::Past) };
        assert_eq!(value(Expr::Season { code: "WI", year: None, shift: None }, &a), "1915-WI");
        assert_eq!(value(Expr::Season { code: "SU", year: Some(1916), shift: None }, &a), "1916-SU");
        let news = at("2009-12-19", Tense::Past);
        assert_eq!(value(Expr::Season { code: "SU", year: None, shift: None }, &news), "2009-SU");
    }

    #[test]
    fn a_weekday_before_or_after_the_last_date() {
        let a = Anchors { last: Some(d("1989-10-27")), last_granularity: Some(crate::model::Granularity::Day), ..at("1989-10-30", Tense::Past) };
        assert_eq!(value(Expr::WeekdayFromLast { day: 5, shift: -1 }, &a), "1989-10-20");
        assert_eq!(value(Expr::WeekdayFromLast { day: 1, shift: 1 }, &a), "1989-10-30");
        assert_eq!(value(Expr::WeekdayFromLast { day: 5, shift: -1 }, &Anchors { last: None, ..a }), "1989-10-27");
    }

    #[test]
    fn a_holiday_with_a_direction() {
        let a = at("2000-02-24", Tense::Future);
        let thanksgiving = |shift| Expr::HolidayShifted { rule: Holiday::Nth(11, 4, 4), shift };
        assert_eq!(value(thanksgiving(-1), &a), "1999-11-25");
        assert_eq!(value(thanksgiving(0), &a), "2000-11-23");
        assert_eq!(value(thanksgiving(1), &a), "2000-11-23");
        let christmas = |shift| Expr::HolidayShifted { rule: Holiday::Fixed(12, 25), shift };
        assert_eq!(value(christmas(1), &at("2000-12-25", Tense::Past)), "2001-12-25");
        assert_eq!(value(christmas(-1), &Anchors { reference: None, ..a }), "XXXX-12-25");
    }

    #[test]
    fn a_day_next_to_a_named_day() {
        let a = at("2000-02-24", Tense::Past);
        let before_tuesday = Expr::DayNextTo { date: Box::new(Expr::Weekday { day: 2, shift: Some(-1) }), days: -1 };
        assert_eq!(value(before_tuesday.clone(), &a), "2000-02-21");
        let after = Expr::DayNextTo { date: Box::new(Expr::Calendar { year: Some(1999), month: Some(12), day: Some(31) }), days: 1 };
        assert_eq!(value(after, &a), "2000-01-01");
        assert_eq!(value(before_tuesday, &Anchors { reference: None, ..a }), "XXXX-XX-XX");
    }

    #[test]
    fn a_units_end_is_the_anchors_unit() {
        let a = at("1989-11-02", Tense::Past);
        assert_eq!(value(Expr::UnitEnd(Unit::Year), &a), "1989");
        assert_eq!(value(Expr::UnitEnd(Unit::Month), &a), "1989-11");
        let narrative = Anchors { reference: Some(d("1950-10-09")), narrative: true, ..a };
        assert_eq!(value(Expr::UnitEnd(Unit::Month), &narrative), "1950-10");
    }

    #[test]
    fn the_week_of_a_day_is_its_iso_week() {
        let a = at("2000-02-24", Tense::Future);
        let of = |day| Expr::WeekOf(Box::new(Expr::Calendar { year: None, month: Some(3), day: Some(day) }));
        assert_eq!(value(of(6), &a), "2000-W10");
        assert_eq!(value(of(5), &a), "2000-W09");
        assert_eq!(value(of(6), &Anchors { reference: None, ..a }), "XXXX-WXX");
    }

    #[test]
    fn a_vague_shift_is_an_unknown_date_of_its_unit() {
        let a = at("1950-06-25", Tense::Past);
        assert_eq!(value(Expr::VagueShift { unit: Unit::Day }, &a), "XXXX-XX-XX");
        assert_eq!(value(Expr::VagueShift { unit: Unit::Week }, &a), "XXXX-WXX");
        assert_eq!(resolve(&Expr::VagueShift { unit: Unit::Month }, &a).unwrap().kind, TimexType::Date);
        let bc = Anchors { narrative: true, before_christ: true, ..a };
        assert_eq!(value(Expr::VagueShift { unit: Unit::Week }, &bc), "BCXXXX-WXX");
    }

    #[test]
    fn a_clipped_year_is_the_nearest_to_the_anchor() {
        assert_eq!(value(Expr::ClippedYear(99), &at("1917-05-01", Tense::Past)), "1899");
        assert_eq!(value(Expr::ClippedYear(90), &at("1989-11-02", Tense::Future)), "1990");
        assert_eq!(value(Expr::ClippedYear(50), &at("2000-06-01", Tense::Past)), "1950");
        let narrative = Anchors { last: Some(d("1791-03-01")), narrative: true, ..at("2009-12-19", Tense::Past) };
        assert_eq!(value(Expr::ClippedYear(89), &narrative), "1789");
        assert_eq!(value(Expr::ClippedYear(89), &Anchors { reference: None, ..at("2000-01-01", Tense::Past) }), "XX89");
    }

    #[test]
    fn far_offsets_give_nothing_instead_of_panicking() {
        let a = at("9999-12-30", Tense::Past);
        assert!(resolve(&Expr::Relative { unit: Unit::Year, offset: 5 }, &a).is_none());
        assert!(resolve(&Expr::Relative { unit: Unit::Day, offset: i64::MAX }, &a).is_none());
        assert!(resolve(&Expr::Relative { unit: Unit::Weekend, offset: i64::MIN }, &a).is_none());
    }
}
