//! Recognition: at each token, the rules below try to read a temporal expression and the
//! longest reading wins. A reading is an [`Expr`] (what was said), not yet a calendar value:
//! `resolve` turns it into one against an anchor date.
//!
//! Rules read the tables of `lexicon`; every rule only looks forward a bounded number of
//! tokens, so recognition is linear in the text.

use super::lexicon::{self, list, lookup, one_of, List, Unit};
use super::scan::{Kind, Tok};
use crate::text::chars::{has_char, has_str};

mod starts;

use starts::First::{DeicticDays, Digits, Letters, Message, Months, Numbers, Ordinals, Recurring, Seasons, Shifts, VagueAmounts, Weekdays, Words};
use starts::{First, Start};

/// What a temporal expression says, before anchoring.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A calendar date, complete or partial (`December 2, 2025`, `October 17`, `August 2025`).
    Calendar {
        /// Four-digit year, when written.
        year: Option<i32>,
        /// Month, when written.
        month: Option<u32>,
        /// Day of month, when written.
        day: Option<u32>,
    },
    /// A run of days in one month (`22–23 November 2025`, `Nov. 29-30`): a weekend when it is
    /// a Saturday and the Sunday after.
    DayRange {
        /// Four-digit year, when written.
        year: Option<i32>,
        /// Month.
        month: u32,
        /// First day.
        from: u32,
        /// Last day.
        to: u32,
    },
    /// Quarter `n` of the year `offset` years from the anchor's (`the year-ago third quarter`).
    QuarterOfYear {
        /// Which quarter.
        n: u32,
        /// Years from the anchor's year.
        offset: i64,
    },
    /// A month, day, season, quarter or half (`Month`, `Calendar`, `Season` or `Quarter`
    /// without a year) of the year `offset` years from the anchor's (`June last year`, `the
    /// spring of next year`, `the first half of last year`), or, when `that`, from the last
    /// date's (`June of that year`, `May 3 of the following year`).
    OfYear {
        /// The month, day, season, quarter or half.
        part: Box<Expr>,
        /// Years from the anchor's year.
        offset: i64,
        /// Whether the year is the last date's, not the anchor's.
        that: bool,
    },
    /// A holiday, by its rule, with its year when written.
    Holiday {
        /// When it falls.
        rule: lexicon::Holiday,
        /// Four-digit year, when written.
        year: Option<i32>,
    },
    /// A weekday before or after the last mentioned date (`the previous Friday` −1, `the
    /// following Monday` +1).
    WeekdayFromLast {
        /// ISO weekday number.
        day: u32,
        /// −1 before, +1 after.
        shift: i64,
    },
    /// A holiday with a direction (`last Thanksgiving` −1, `this Christmas` 0, `next Easter` +1).
    HolidayShifted {
        /// When it falls.
        rule: lexicon::Holiday,
        /// The direction.
        shift: i64,
    },
    /// A weekday, with an explicit direction (`last` −1, `this` 0, `next` +1) if written.
    Weekday {
        /// ISO weekday number.
        day: u32,
        /// Explicit direction.
        shift: Option<i64>,
    },
    /// A month name without day or year (`in August`, `last March`).
    Month {
        /// Month number.
        month: u32,
        /// Explicit direction.
        shift: Option<i64>,
    },
    /// A season, optionally with year or direction.
    Season {
        /// TIMEX3 season code.
        code: &'static str,
        /// Year, when written.
        year: Option<i32>,
        /// Explicit direction.
        shift: Option<i64>,
    },
    /// A quarter (`the third quarter of 2025`, `Q3`) or half year (`H1`) of a year.
    Quarter {
        /// `Q` or `H`.
        letter: char,
        /// Which one (1–4, or 1–2 for halves).
        n: u32,
        /// Year, when written.
        year: Option<i32>,
        /// Explicit direction.
        shift: Option<i64>,
    },
    /// The day `days` days from a named day (`the day before last Tuesday`: −1).
    DayNextTo {
        /// The named day.
        date: Box<Expr>,
        /// Days from it.
        days: i64,
    },
    /// A day relative to the anchor: today 0, yesterday −1, tomorrow +1.
    Deictic(i64),
    /// A unit relative to the anchor (`last week` −1, `two weekends ago` −2, `next year` +1).
    Relative {
        /// The unit counted.
        unit: Unit,
        /// How many units from the anchor's.
        offset: i64,
    },
    /// The week of a day (`the week of March 6`).
    WeekOf(Box<Expr>),
    /// The end of the anchor's unit (`year-end`, `month's end`): the unit, with `mod` END.
    UnitEnd(Unit),
    /// `the weekend`, `the week`, `the year`: the anchor's unit, read with the tense.
    TheUnit(Unit),
    /// A unit relative to the last mentioned date (`the following year`, `that day`).
    Anaphoric {
        /// The unit counted.
        unit: Unit,
        /// How many units from the last mentioned date's.
        offset: i64,
    },
    /// A counted shift from the last mentioned date (`three days later`, `a year earlier`): keeps
    /// that date's granularity where the unit allows (a day a year earlier is a day).
    Shifted {
        /// The unit counted.
        unit: Unit,
        /// How many units from the last mentioned date.
        offset: i64,
    },
    /// Some units after or before the last mentioned date, how many unsaid (`days later`,
    /// `weeks earlier`): a date of that unit, left unknown.
    VagueShift {
        /// The unit.
        unit: Unit,
    },
    /// A clock time, possibly with a date (`10:55`, `3.12.2025, 10:55`).
    Clock {
        /// The date part, if any.
        date: Option<Box<Expr>>,
        /// Hour, 0–23.
        hour: u32,
        /// Minute.
        minute: u32,
        /// Second, when written (`8:00:20`).
        second: Option<u32>,
    },
    /// A part of a named day said before it (`the night of 14 March 1842`): in narratives the
    /// whole, with the part's code; in news the date alone (see [`super::tag_with`]).
    PartOfDate {
        /// The day.
        date: Box<Expr>,
        /// TIMEX3 code (`MO`, `AF`, `EV`, `NI`).
        code: &'static str,
    },
    /// A part of a day (`Tuesday night`, `this morning`).
    PartOfDay {
        /// The day.
        date: Box<Expr>,
        /// TIMEX3 code (`MO`, `AF`, `EV`, `NI`, `MI`).
        code: &'static str,
    },
    /// A year (`2014`).
    Year(i32),
    /// A year before the common era (`241 BC`).
    YearBc(u32),
    /// A bare number where a year may stand (`in 480`): a year before Christ when the text is
    /// speaking of such years, else nothing.
    BareYear(u32),
    /// A year by its last two digits after an apostrophe (`'99`): the one nearest the anchor.
    ClippedYear(u32),
    /// A decade by its first three digits (`199` for the 1990s).
    Decade(i32),
    /// A century by its first two digits (`18` for the 19th century).
    Century(i32),
    /// A month, season, decade or century before the common era (`June 312 BC`, `the spring
    /// of 264 BC`, `the 350s BC`, `the 3rd century BC`).
    Bc(Box<Expr>),
    /// A length of time; `amount` is `None` when vague (`several weeks`).
    Duration {
        /// The unit.
        unit: Unit,
        /// How many, when said.
        amount: Option<f64>,
    },
    /// A stretch ending at the anchor (`the past two weekends`): a duration with a known extent.
    PastSpan {
        /// The unit.
        unit: Unit,
        /// How many units.
        amount: Option<u32>,
    },
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`; or any night (`XXXX-XX-XXTNI`).
    Reference(&'static str),
    /// The time a narrative is at (`during that time`, `at the same time`, `by that period`):
    /// the date last named, as finely as it was named; or its present (`at this time`, `for
    /// the time being`). Tagged in narratives only.
    ThatTime {
        /// Said as the narrative's present (PRESENT_REF).
        present: bool,
    },
    /// A day of a month left unsaid (`for the 27th`, `Friday the 13th`): the nearest month
    /// where that day is (on that weekday, when one is written).
    DayOfMonth {
        /// Day of month.
        day: u32,
        /// ISO weekday the day falls on, when written.
        weekday: Option<u32>,
    },
    /// A day of the month `months` months from the anchor's (`the 20th of next month`).
    DayInMonth {
        /// Day of month.
        day: u32,
        /// Months from the anchor's.
        months: i64,
    },
    /// A weekday of the week `weeks` weeks from the anchor's (`Friday next week`).
    WeekdayOfWeek {
        /// ISO weekday.
        day: u32,
        /// Weeks from the anchor's.
        weeks: i64,
    },
    /// The `n`-th given weekday of a month (`the first Friday of July`, `the second Monday of
    /// next month`; 5 is the last), or with weekday 0 its `n`-th day (`the last day of
    /// October`): a month by name, or `offset` months from the anchor's.
    NthWeekday {
        /// Which one (1–4, 5 = last).
        n: u32,
        /// ISO weekday.
        day: u32,
        /// The month, when named.
        month: Option<u32>,
        /// Months from the anchor's, when not named.
        offset: i64,
    },
    /// A run of days of the month `months` months from the anchor's (`from 4 to 22 this
    /// month`, `4 till 23 of next month`).
    DaysOfMonth {
        /// First day.
        from: u32,
        /// Last day.
        to: u32,
        /// Months from the anchor's.
        months: i64,
    },
    /// The `n`-th coming given weekday (`two Sundays from now`).
    WeekdaysOn {
        /// ISO weekday.
        day: u32,
        /// How many of them on.
        n: u32,
    },
    /// Week `n` of a year (`the first week of 2015`, `week 10`; 53 is the last): the year
    /// written, or `offset` years from the anchor's.
    WeekOfYear {
        /// ISO week number (1–53; 53 is the year's last).
        n: u32,
        /// The year, when written.
        year: Option<i32>,
        /// Years from the anchor's, when not written.
        offset: i64,
    },
    /// A length of several units (`2 years 1 month`, `one week three days`), counted back
    /// (`… ago`, -1), forward (`… later`, +1) or neither (0).
    Compound {
        /// Each unit with its amount.
        parts: Vec<(Unit, u32)>,
        /// Direction from the anchor.
        direction: i64,
    },
    /// A recurrence (`every Tuesday`, `twice a week`).
    Set {
        /// TIMEX3 value.
        value: String,
        /// TIMEX3 `quant` (`EVERY`, `EACH`).
        quant: Option<&'static str>,
        /// TIMEX3 `freq` (`2X`).
        freq: Option<String>,
    },
}

/// One recognised expression: token range `[first, end)`, its reading and its `mod`.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Index of the first token.
    pub first: usize,
    /// Index past the last token.
    pub end: usize,
    /// What it says.
    pub expr: Expr,
    /// TIMEX3 `mod`, if a modifier was read.
    pub modifier: Option<&'static str>,
}

/// Read every temporal expression of the token stream, left to right, longest first.
pub fn recognise(src: &str, toks: &[Tok]) -> Vec<Match> {
    let mut fillers: Vec<usize> = Vec::new();
    for i in 0..toks.len() {
        if is_filler(toks, i) {
            fillers.push(i);
        }
    }
    if fillers.is_empty() {
        return recognise_tokens(src, toks);
    }
    // Read the stream without its fillers, then map the matches back, each taking in the
    // fillers just before it ("fiscal first quarter").
    let mut kept = Vec::with_capacity(toks.len());
    let mut origin = Vec::with_capacity(toks.len());
    let mut skip = 0; // the next filler's place in `fillers`
    let mut space = None;
    for (i, tok) in toks.iter().enumerate() {
        if fillers.get(skip) == Some(&i) {
            skip += 1;
            space.get_or_insert(tok.space_before);
            continue;
        }
        let mut tok = tok.clone();
        if let Some(space) = space.take() {
            tok.space_before = space;
        }
        kept.push(tok);
        origin.push(i);
    }
    // In place, in a loop (an in-place collect of a mapped iterator was a chain of generic
    // code in the size-built wasm).
    let mut found = recognise_tokens(src, &kept);
    for m in &mut found {
        let mut first = origin[m.first];
        while first > 0 && fillers.binary_search(&(first - 1)).is_ok() {
            first -= 1;
        }
        m.first = first;
        m.end = origin[m.end - 1] + 1;
    }
    found
}

/// Whether token `i` is a filler inside an expression: "fiscal" before a year or quarter word
/// ("the fiscal year", "the fiscal-first quarter"; "fiscal 1989" is read whole), its hyphen,
/// and "full" in "the full year".
fn is_filler(toks: &[Tok], i: usize) -> bool {
    // Most tokens are neither a filler word nor a hyphen: say so without the full test.
    let text = toks[i].text.as_str();
    if !lexicon::same(text, "-") && !lexicon::FILLERS.iter().any(|(w, _)| lexicon::same(w, text)) {
        return false;
    }
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word).map(|t| t.text.as_str());
    let hyphen = |k: usize| toks.get(k).is_some_and(|t| t.text == "-" && !t.space_before);
    let filler_before = |k: usize| {
        let after = if hyphen(k + 1) { k + 2 } else { k + 1 };
        let next = word(after);
        let year_number = toks.get(after + 1).is_some_and(|t| t.kind == Kind::Num);
        lexicon::FILLERS.iter().any(|(w, heads)| {
            let after_the = *w != "full" || k > 0 && toks[k - 1].text == "the";
            word(k) == Some(w) && after_the && next.is_some_and(|n| one_of(n, heads)) && !(next == Some("year") && year_number)
        })
    };
    filler_before(i) || (hyphen(i) && i > 0 && filler_before(i - 1))
}

include!(concat!(env!("OUT_DIR"), "/time_words.rs"));

/// Whether a token joins the two ends of a run of days (`6-9 May`, `4 to 22 January`).
pub fn is_range_word(token: &str) -> bool {
    one_of(token, list!["-", "to", "until", "till", "through", "and"])
}

/// Whether `token` joins two dates or times of one run or one choice ("August and September
/// 1873", "10 to 11:30 a.m.", "9am or 1pm tomorrow"): a range word or "or".
pub fn joins_dates(token: &str) -> bool {
    is_range_word(token) || token == "or"
}

/// Whether a rule or a modifier can start on a token of this class ([`starts`]). Skipping the
/// rest without running the rules is what makes the tagger fast on ordinary prose.
/// An hour said without a.m. or p.m. on the 24-hour clock of the part of the day `code` (`MO`,
/// `AF`, `EV`, `NI`, …): seven in the evening is 19, two at night stays 2.
fn in_part_of_day(code: &str, hour: u32) -> u32 {
    if one_of(code, list!["AF", "EV", "NI"]) && hour < 12 && !(code == "NI" && hour < 5) {
        hour + 12
    } else {
        hour
    }
}

fn may_start(start: &Start) -> bool {
    start.any()
}

fn recognise_tokens(src: &str, toks: &[Tok]) -> Vec<Match> {
    read_tokens(&Parser { src, t: toks, starts: starts::of_tokens(toks) })
}

/// The left-to-right, longest-first reading of `p`'s tokens.
fn read_tokens(p: &Parser<'_>) -> Vec<Match> {
    let toks = p.t;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !p.starts.get(i).is_some_and(may_start) {
            i += 1;
            continue;
        }
        // A word or number glued to a previous word ("KushnerJared", "B52") starts nothing;
        // a reading glued to a word after it that is no time word ("H1N1", "2008copper", not
        // "03:00hrs") is none.
        let glued = |k: usize| k > 0 && toks.get(k).is_some_and(|t| !t.space_before && t.kind != Kind::Punct && toks[k - 1].kind != Kind::Punct);
        match (!glued(i)).then(|| p.at(i)).flatten() {
            Some(mut m) if m.end > i && !(glued(m.end) && !starts::classes().knows(&toks[m.end].text)) => {
                // "on or before" read back from a date never reaches into the reading before.
                if out.last().is_some_and(|b: &Match| b.end > m.first) {
                    (m.first, m.modifier) = (i, None);
                }
                i = m.end;
                if let Some(before) = out.last_mut().filter(|b: &&mut Match| b.end + 1 == m.first && joins_dates(&toks[b.end].text)) {
                    // "August and September 1873", "Oct 3-Nov 12, 2011": the first month is in
                    // the last one's year, or the year before when it comes later in a year
                    // ("Oct-Mar 2019"). (A run of clock times shares its day in `tag_with`.)
                    if let Expr::Calendar { year: Some(y), month: Some(last), .. } = m.expr {
                        let yearless = match before.expr {
                            Expr::Month { month, shift: None } => Some((month, None)),
                            Expr::Calendar { year: None, month: Some(month), day } => Some((month, day)),
                            _ => None,
                        };
                        if let Some((month, day)) = yearless {
                            before.expr = Expr::Calendar { year: Some(y - i32::from(month > last)), month: Some(month), day };
                        }
                    }
                }
                out.push(m);
            }
            _ => i += 1,
        }
    }
    out
}

struct Parser<'a> {
    src: &'a str,
    t: &'a [Tok<'a>],
    /// What can start on each token (see [`starts`]).
    starts: Vec<Start>,
}

type Found = Option<(usize, Expr)>;

/// A rule of the grammar: the reading that starts at a token, if any.
type Rule = for<'p, 'a> fn(&'p Parser<'a>, usize) -> Found;

/// The rules [`Parser::core`] tries at a token, in order (on a tie of length the later wins),
/// each with the first tokens it can start on: a rule is tried only at a token of its
/// [`First`]s (one hash look-up per token, see [`starts`]), so they must cover every token the
/// rule can start a reading on. A new rule registers here: `(|p, i| p.name(i), &[First::…])`;
/// [`First::Anywhere`] is always safe (tried wherever the grammar may start at all), a narrower
/// list is faster. The test `dispatch_is_exact` checks the lists against trying every rule.
const RULES: &[(Rule, &[First])] = &[
    (|p, i| p.bare_year(i), &[First::Digits]),
    (|p, i| p.numeric_date(i), &[First::Digits]),
    (|p, i| p.named_date(i), &[First::Digits, First::Months, First::Ordinals, First::Numbers, First::Words(list!["the"])]),
    (|p, i| p.weekday(i), &[First::Shifts, First::Weekdays]),
    (|p, i| p.deictic(i), &[First::DeicticDays, First::Words(list!["the", "this", "last", "that", "mid", "late", "early", "day"])]),
    (|p, i| p.relative(i), &[First::Shifts, First::Words(list!["the", "that", "this"])]),
    (|p, i| p.counted(i), &[First::Digits, First::Numbers, First::VagueAmounts, First::Words(list!["full", "whole", "another", "half"])]),
    (|p, i| p.bare_plural(i), &[First::Units, First::Words(list!["recent", "past", "coming"])]),
    (|p, i| p.year_ago(i).or_else(|| p.unit_end(i)), &[First::Words(list!["the", "year", "month", "quarter", "week"])]),
    (|p, i| p.year_quarter(i), &[First::Words(list!["the", "last", "next", "this"])]),
    (|p, i| p.month_shifted(i).or_else(|| p.holiday_shifted(i)), &[First::Months, First::Words(list!["last", "next", "this"])]),
    (|p, i| p.holiday(i), &[First::Holidays]),
    (|p, i| p.year_like(i), &[First::Digits, First::Ordinals, First::Words(list!["the", "nineteen", "two", "fiscal", "fy", "'"])]),
    (|p, i| p.season_or_quarter(i), &[First::Shifts, First::Seasons, First::Ordinals, First::Words(list!["the", "that", "q", "h"])]),
    (|p, i| p.reference(i), &[First::References]),
    (|p, i| p.that_time(i), &[First::Words(list!["this", "that", "the"])]),
    (|p, i| p.part_of_date(i), &[First::Words(list!["the", "early", "late"])]),
    (
        |p, i| p.set(i),
        &[
            First::Digits,
            First::Numbers,
            First::VagueAmounts,
            First::Words(list!["full", "whole", "another", "half", "every", "each", "daily", "weekly", "monthly", "yearly", "annually", "everyday", "hourly", "once", "twice", "thrice"]),
        ],
    ),
    (|p, i| p.clock(i), &[First::Digits, First::Words(list!["noon", "midday", "midnight"])]),
    (|p, i| p.spelled_clock(i), &[First::Numbers]),
    // Dates as people write them in messages (`impl` block below), each on its own first
    // tokens, none on the prepositions and conjunctions of MESSAGE_SKIPS.
    (|p, i| p.day_of_month(i), &[Message(&[Digits, Words(list!["the"])])]),
    (|p, i| p.weekday_of_week(i), &[Message(&[Shifts, Weekdays, Words(list!["this", "next", "last", "previous"])])]),
    (|p, i| p.day_in_month(i), &[Message(&[Digits, Ordinals, Numbers, Words(list!["the"])])]),
    (|p, i| p.nth_weekday(i), &[Message(&[Ordinals, Words(list!["the", "last"])])]),
    (|p, i| p.counted_from_day(i), &[Message(&[Digits, Numbers, VagueAmounts, Words(list!["full", "whole", "another", "half"])])]),
    (|p, i| p.compound(i), &[Message(&[Digits, Numbers])]),
    (|p, i| p.part_of_day_at(i), &[Message(&[DeicticDays, Words(list!["the", "this", "last"])])]),
    (|p, i| p.set_with_time(i), &[Message(&[Digits, Recurring, Words(list!["every", "each"])])]),
    (|p, i| p.numeric_short(i), &[Message(&[Digits, Months])]),
    (|p, i| p.hour_then_part_of_day(i), &[Message(&[Digits])]),
    (|p, i| p.whole_unit(i), &[Message(&AMOUNT_OR_ALL)]),
    (|p, i| p.set_on_date(i), &[Message(&[Words(list!["every", "each"])])]),
    (|p, i| p.day_to_date(i), &[Message(&[Digits])]),
    (|p, i| p.year_month(i), &[Message(&[Digits, Months])]),
    (|p, i| p.counted_span(i), &[Message(&[Words(list!["the", "past", "last", "previous", "next", "coming", "upcoming"])])]),
    (|p, i| p.week_of_year(i), &[Message(&[Ordinals, Words(list!["week", "the", "last"])])]),
    (|p, i| p.quarter_of_year(i), &[Message(&[Digits, Letters, Shifts, Seasons, Ordinals, Words(list!["the", "q", "h"])])]),
    (|p, i| p.after_next(i), &[Message(&[Words(list!["the"])])]),
    (|p, i| p.days_of_month(i), &[Message(&[Digits])]),
    (|p, i| p.weekdays_on(i), &[Message(&AMOUNT_OR_ALL)]),
    (|p, i| p.spoken_clock(i), &[Message(&AMOUNT_OR_ALL), Message(&[Words(list!["quarter"])])]),
    (|p, i| p.within_the_unit(i), &[Message(&[Words(list!["earlier", "later"])])]),
    (|p, i| p.week_commencing(i), &[Message(&[Letters, Words(list!["week"])])]),
    (|p, i| p.day_end(i), &[Message(&[Words(list!["the", "end", "eod"])])]),
    (|p, i| p.rest_of(i), &[Message(&[Words(list!["the", "rest"])])]),
    (|p, i| p.my_unit(i), &[Message(&[Words(list!["my"])])]),
    (|p, i| p.bare_weekend(i), &[Message(&[Words(list!["weekend"])])]),
    (|p, i| p.day_at_clock(i), &[Message(&[Digits])]),
    (|p, i| p.hour_on_date(i), &[Message(&[Digits, Numbers])]),
    (|p, i| p.spelled_year(i), &[Numbers, Words(list!["the", "year"])]),
];

/// The functions of [`RULES`], in order: what the parser calls (the firsts are read from
/// [`starts`]' packed copy, so the table itself is compile-time data only).
static RULE_FNS: [Rule; RULES.len()] = rule_fns(RULES);

/// The functions of `rules`; `N` is their number.
const fn rule_fns<const N: usize>(rules: &[(Rule, &[First])]) -> [Rule; N] {
    let mut out = [rules[0].0; N];
    let mut k = 0;
    while k < N {
        out[k] = rules[k].0;
        k += 1;
    }
    out
}

/// The years a month, day, season or quarter is said "of" ("June of that year"): the words
/// after "of", the offset in years, and whether from the last date's year (`true`) or the
/// anchor's ([`Expr::OfYear`]).
const OF_YEARS: &[(List, i64, bool)] = &[
    (list!["that", "year"], 0, true),
    (list!["that", "same", "year"], 0, true),
    (list!["the", "same", "year"], 0, true),
    (list!["the", "following", "year"], 1, true),
    (list!["the", "next", "year"], 1, true),
    (list!["the", "previous", "year"], -1, true),
    (list!["the", "preceding", "year"], -1, true),
    (list!["next", "year"], 1, false),
    (list!["last", "year"], -1, false),
    (list!["this", "year"], 0, false),
];

/// The first tokens of an amount ([`Parser::amount`]: `5`, `five`, `several`, `a few`, `half
/// an`, `a whole`) and `all` (`all week`).
const AMOUNT_OR_ALL: [First; 4] = [Digits, Numbers, VagueAmounts, Words(list!["full", "whole", "another", "half", "couple", "a", "an", "all"])];

impl Parser<'_> {
    #[inline]
    fn word(&self, i: usize) -> Option<&str> {
        self.t.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text.as_str())
    }

    /// The value of token `i`, a word, in `table` (one call in the size-built wasm, where the
    /// word's look-up was written out at each of 26 uses).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn word_of<T: lexicon::Value>(&self, i: usize, table: lexicon::Table<T>) -> Option<T> {
        self.word(i).and_then(|w| lookup(table, w))
    }

    /// The word before token `i`, if that is a word.
    fn word_before(&self, i: usize) -> Option<&str> {
        self.word(i.wrapping_sub(1)) // past the end of the tokens at 0: no word
    }

    /// The word before token `i` is one of `set`.
    fn word_before_in(&self, i: usize, set: List) -> bool {
        self.word_in(i.wrapping_sub(1), set)
    }

    /// Token `i` is the word `w` (one call: `self.word(i) == Some(w)` compared the option in
    /// place at every use in the size-built wasm).
    fn word_is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    /// Token `i`, which the caller knows is there (one bounds check and one panic location for
    /// every use, not one each in the size-built wasm).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn tok(&self, i: usize) -> &Tok<'_> {
        &self.t[i]
    }

    /// Token `i` is a word of `set`.
    fn word_in(&self, i: usize, set: List) -> bool {
        self.word(i).is_some_and(|w| one_of(w, set))
    }

    #[inline]
    fn is(&self, i: usize, s: &str) -> bool {
        self.t.get(i).is_some_and(|t| lexicon::same(&t.text, s))
    }

    #[inline]
    fn num(&self, i: usize) -> Option<u32> {
        self.t.get(i).filter(|t| t.kind == Kind::Num).and_then(|t| t.num)
    }

    /// Token `i` follows token `i - 1` with no space between. (A call in the size-built wasm:
    /// its bounds check and load were inlined at each of its many uses.)
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    /// Token `i` is a hyphen glued to the token before (`mid-December`, `five-hour`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn hyphen(&self, i: usize) -> bool {
        self.is(i, "-") && self.glued(i)
    }

    /// `i`, or the index after it when token `i` is a glued hyphen.
    fn past_hyphen(&self, i: usize) -> usize {
        if self.hyphen(i) {
            i + 1
        } else {
            i
        }
    }

    fn capitalised(&self, i: usize) -> bool {
        self.t.get(i).and_then(|t| self.src[t.start..].chars().next()).is_some_and(char::is_uppercase)
    }

    /// The whole token stream reading at `i`: optional modifier, then a core expression,
    /// then an optional clock time or part of day glued on.
    fn at(&self, i: usize) -> Option<Match> {
        let mut best: Option<Match> = self.core(i).map(|(end, expr)| {
            let modifier = matches!(expr, Expr::UnitEnd(_)).then_some("END");
            Match { first: i, end, expr, modifier }
        });
        // The modifiers of lexicon::MODIFIERS whose first word is token i, in table order.
        for &(words, code) in self.starts.get(i).map_or(&[][..], |s| s.modifiers) {
            let Some(mut j) = self.words(i, words) else { continue };
            let hyphenated = self.hyphen(j);
            if hyphenated {
                j += 1; // "mid-December"
            }
            // "pre-1990", "post-1959": prefixes, only ever joined to what they modify.
            if one_of(code, list!["BEFORE", "AFTER"]) && !hyphenated {
                continue;
            }
            // "the end of the Sunday": a weekday with its article, after a phase only.
            let the_weekday = || match self.weekday(j + 1) {
                Some(found @ (_, Expr::Weekday { shift: None, .. })) if self.is(j, "the") && one_of(code, list!["START", "MID", "END"]) => Some(found),
                _ => None,
            };
            let Some((end, expr)) = self.core(j).or_else(the_weekday) else { continue };
            if words == list!["over"] && self.is(j, "the") {
                continue; // "over the last two weeks": a preposition
            }
            let fits = match expr {
                // "earlier this week", "later that day", "later yesterday", "later this
                // afternoon": a part of a day or unit said as this one. (Not of a weekday: the
                // corpora leave "Earlier Friday" out more often than in.)
                _ if code.is_empty() => matches!(expr, Expr::Relative { offset: 0, .. } | Expr::Anaphoric { offset: 0, .. } | Expr::Deictic(_) | Expr::PartOfDay { .. }),
                Expr::Duration { amount: None, .. } if words == list!["over"] => false,
                Expr::Duration { .. } | Expr::PastSpan { .. } | Expr::Relative { .. } => true,
                Expr::Reference(_) => false,
                // "to talk about today", "worried about Friday": the topic, not a rough day.
                Expr::Deictic(_) | Expr::Weekday { .. } if words == list!["about"] => false,
                // "more than 2 weeks after today"
                Expr::Deictic(_) if self.amount(j).is_some() => one_of(code, list!["MORE_THAN", "LESS_THAN", "APPROX"]),
                Expr::Clock { .. } => matches!(code, "APPROX"),
                _ => one_of(code, list!["START", "MID", "END", "APPROX", "BEFORE", "AFTER"]) && words != list!["some"],
            };
            if fits && best.as_ref().map_or(true, |b| end > b.end) {
                best = Some(Match { first: i, end, expr, modifier: (!code.is_empty()).then_some(code) });
            }
        }
        if let Some(m) = best.as_mut() {
            self.open_ends(i, m);
        }
        best
    }

    /// What is said around a reading `m` that starts at `i`: "or so" after a length ("the
    /// next two years or so", APPROX), "or later" / "or earlier" after a date, "on or before" /
    /// "no later than" before one (ON_OR_AFTER, ON_OR_BEFORE). Out of line: asked only of
    /// readings, not of every token tried.
    #[inline(never)]
    fn open_ends(&self, i: usize, m: &mut Match) {
        if matches!(m.expr, Expr::Duration { .. } | Expr::PastSpan { .. } | Expr::Relative { .. } | Expr::Anaphoric { .. }) {
            // "the next two years or so": a length or shift said roughly.
            if self.words(m.end, list!["or", "so"]).is_some() && !self.hyphen(m.end + 2) {
                m.end += 2;
                m.modifier.get_or_insert("APPROX");
            }
        } else if m.modifier.is_none() && matches!(m.expr, Expr::Year(_) | Expr::Calendar { .. } | Expr::Month { .. } | Expr::Season { .. } | Expr::Quarter { .. } | Expr::Weekday { .. }) {
            // "2031 or later", "2030 and beyond", "March 3 or earlier": from or up to a date.
            let open = match (self.word(m.end), self.word(m.end + 1)) {
                (Some("or"), Some("later" | "after")) | (Some("and"), Some("beyond" | "later" | "after")) => Some("ON_OR_AFTER"),
                (Some("or"), Some("earlier" | "before")) => Some("ON_OR_BEFORE"),
                _ => None,
            };
            if let Some(code) = open.filter(|_| !self.t.get(m.end + 2).is_some_and(|t| t.kind != Kind::Punct && !self.word_in(m.end + 2, list!["and", "or"]))) {
                m.end += 2;
                m.modifier = Some(code);
            }
        }
        // "June of that year", "May 3 of the same year", "the spring of the following year"
        // (the last date's year), "June of next year" (the anchor's): see OF_YEARS.
        if matches!(m.expr, Expr::Month { shift: None, .. } | Expr::Calendar { year: None, .. } | Expr::Season { year: None, shift: None, .. } | Expr::Quarter { year: None, shift: None, .. }) && self.is(m.end, "of") {
            for &(words, offset, that) in OF_YEARS {
                if let Some(end) = self.words(m.end + 1, words) {
                    let part = std::mem::replace(&mut m.expr, Expr::Year(0));
                    m.expr = Expr::OfYear { part: Box::new(part), offset, that };
                    m.end = end;
                    break;
                }
            }
        }
        if !matches!(m.expr, Expr::Duration { .. } | Expr::PastSpan { .. } | Expr::Set { .. }) {
            // "on or before June 30", "no later than Friday": read back from the date (as
            // modifiers, "on" would start a reading before every "on the").
            let before = |words: List| i >= 3 && self.words(i - 3, words) == Some(i);
            let open = if before(list!["on", "or", "before"]) || before(list!["no", "later", "than"]) {
                Some("ON_OR_BEFORE")
            } else if before(list!["on", "or", "after"]) || before(list!["no", "earlier", "than"]) {
                Some("ON_OR_AFTER")
            } else {
                None
            };
            if let (Some(code), None) = (open, m.modifier) {
                m.first = i - 3;
                m.modifier = Some(code);
            }
        }
    }

    /// The longest of the readings of `rules` at `i`, the last of them on a tie (as
    /// `max_by_key` picks; a loop: the array of readings and its iterator cost the size-built
    /// wasm code at each use).
    fn longest(&self, i: usize, rules: &[Rule]) -> Found {
        let mut best: Found = None;
        for rule in rules {
            if let Some((end, expr)) = rule(self, i) {
                if best.as_ref().map_or(true, |(b, _)| end >= *b) {
                    best = Some((end, expr));
                }
            }
        }
        best
    }

    /// `i` onwards spells `words`; the index after them.
    fn words(&self, i: usize, words: List) -> Option<usize> {
        // Over the packed words (see `List`), a token each.
        let (mut k, mut j) = (0, i);
        while k < words.len() {
            let end = k + 1 + words[k] as usize;
            let word = words.get(k + 1..end)?;
            if !self.t.get(j).is_some_and(|t| lexicon::same_bytes(t.text.as_bytes(), word)) {
                return None;
            }
            (k, j) = (end, j + 1);
        }
        Some(j)
    }

    /// The longest reading of the rules of [`RULES`] that can start at `i` (the last such rule
    /// in table order on a tie).
    fn core(&self, i: usize) -> Found {
        // The rules whose bit is set, in table order; the longest reading wins, the last one on
        // a tie. (A loop over the set bits: the size-built wasm ran an iterator chain over all
        // the rules at every token.)
        let mut rules = self.starts.get(i).map_or(0, |s| s.rules);
        let mut best: Found = None;
        while rules != 0 {
            let k = rules.trailing_zeros() as usize;
            rules &= rules - 1;
            if let Some((end, expr)) = RULE_FNS.get(k).and_then(|rule| rule(self, i)) {
                if best.as_ref().map_or(true, |(e, _)| end >= *e) {
                    best = Some((end, expr));
                }
            }
        }
        let (end, expr) = best?;
        if let Expr::Clock { date: None, hour, minute, second } = expr {
            // "8pm in the evening, Sunday": the part of the day only repeats the hour's.
            let end = match self.words(end, list!["in", "the"]) {
                Some(k) if self.word_of(k, lexicon::PARTS_OF_DAY).is_some() && self.is(k + 1, ",") => k + 1,
                _ => end,
            };
            let j = if self.is(end, ",") || self.is(end, "on") { end + 1 } else { end };
            let date = self.longest(j, &[|p, j| p.weekday(j), |p, j| p.named_date(j), |p, j| p.deictic(j), |p, j| p.day_of_month(j), |p, j| p.numeric_date(j)]);
            // "10pm tonight", "8am this morning": the day of the part of the day, whose code
            // says the half of an hour said without a.m. or p.m. ("10 tonight").
            let (date, mut code) = match date {
                Some((e, Expr::PartOfDay { date, code })) if matches!(*date, Expr::Deictic(_)) => (Some((e, *date)), Some(code)),
                d => (d, None),
            };
            if let Some((mut e, date @ (Expr::Weekday { .. } | Expr::WeekdayOfWeek { .. } | Expr::Calendar { day: Some(_), .. } | Expr::Deictic(_) | Expr::DayOfMonth { .. }))) = date {
                // "five tomorrow morning": the part of the day says which half of it.
                if let Some(c) = self.word(e).filter(|w| *w != "tonight").and_then(|w| lookup(lexicon::PARTS_OF_DAY, w)).filter(|_| code.is_none()) {
                    (e, code) = (e + 1, Some(c));
                }
                // "midnight tonight", "midnight Friday": the midnight that ends the day.
                let date = if self.word_in(end - 1, list!["midnight"]) { Expr::DayNextTo { date: Box::new(date), days: 1 } } else { date };
                let hour = code.map_or(hour, |code| in_part_of_day(code, hour));
                return Some((e, Expr::Clock { date: Some(Box::new(date)), hour, minute, second }));
            }
        }
        Some(self.with_time_of_day(end, expr))
    }

    /// A date followed by a clock time (`3.12.2025, 10:55`, `Tuesday at 3 p.m.`) or a part of day
    /// (`Tuesday night`, `Tuesday night at 11`); a weekday before a plural part of the day is a
    /// set (`Sunday mornings`).
    fn with_time_of_day(&self, end: usize, expr: Expr) -> (usize, Expr) {
        let dated = matches!(expr, Expr::Calendar { day: Some(_), .. } | Expr::Weekday { .. } | Expr::Deictic(_) | Expr::DayOfMonth { .. } | Expr::WeekdayOfWeek { .. } | Expr::DayInMonth { .. } | Expr::NthWeekday { .. } | Expr::PartOfDay { .. });
        if !dated {
            return (end, expr);
        }
        // "Sunday mornings", "Tuesday nights": that part of every such weekday.
        if let Expr::Weekday { day, shift: None } = expr {
            if let Some(part) = self.word_of(end, lexicon::RECURRING).and_then(|v| v.strip_prefix("XXXX-XX-XX")) {
                return (end + 1, Expr::Set { value: format!("XXXX-WXX-{day}{part}"), quant: None, freq: None });
            }
        }
        let (end, expr) = match self.word_of(end, lexicon::PARTS_OF_DAY) {
            Some(code) if !self.is(end, "tonight") => (end + 1, Expr::PartOfDay { date: Box::new(expr), code }),
            _ => (end, expr),
        };
        // "tonight 8pm", "this morning at 7:30", "Tuesday night at 11": the part of the day's
        // own day, and its half.
        if let Expr::PartOfDay { date, code } = expr {
            let j = if self.is(end, "at") { end + 1 } else { end };
            return match self.clock(j) {
                Some((e, Expr::Clock { date: None, hour, minute, second })) => (e, Expr::Clock { date: Some(date), hour: in_part_of_day(code, hour), minute, second }),
                _ => match self.bare_hour(end, code) {
                    // "Tuesday night at 11"
                    Some((e, hour, minute)) => (e, Expr::Clock { date: Some(date), hour, minute, second: None }),
                    None => (end, Expr::PartOfDay { date, code }),
                },
            };
        }
        let mut j = end;
        // "6 May 2017 - 6:37am" (a spaced dash)
        if self.is(j, ",") || self.is(j, "at") || self.is(j, "-") && self.tok(j).space_before && self.t.get(j + 1).is_some_and(|t| t.space_before) {
            j += 1;
        }
        if let Some((e, Expr::Clock { hour, minute, second, date: None })) = self.clock_or_dotted(j) {
            // "Oct 26 15:50:06 2016": the year after the time
            let (e, expr) = match (expr, self.four_digit_year(e)) {
                (Expr::Calendar { year: None, month, day }, Some(y)) => (e + 1, Expr::Calendar { year: Some(y), month, day }),
                (expr, _) => (e, expr),
            };
            return (e, Expr::Clock { date: Some(Box::new(expr)), hour, minute, second });
        }
        // "Oct 23 at seven"
        if let Some((e, hour, minute)) = self.bare_hour(end, "") {
            return (e, Expr::Clock { date: Some(Box::new(expr)), hour, minute, second: None });
        }
        (end, expr)
    }

    /// `d.m.yyyy`, `m/d/yyyy`, `yyyy-mm-dd` (with an optional `Thh:mm`), `yyyy/mm/dd`.
    fn numeric_date(&self, i: usize) -> Found {
        let (a, s1, b, s2, c) = (self.t.get(i)?, self.t.get(i + 1)?, self.t.get(i + 2)?, self.t.get(i + 3)?, self.t.get(i + 4)?);
        if a.kind != Kind::Num || b.kind != Kind::Num || c.kind != Kind::Num {
            return None;
        }
        if s1.text != s2.text || !(1..5).all(|k| self.glued(i + k)) || self.glued(i + 5) && self.num(i + 5).is_some() {
            return None;
        }
        let (x, y, z) = (a.num?, b.num?, c.num?);
        let (year, month, day) = match s1.text.as_str() {
            s if one_of(s, list!["-", "/"]) && (a.digits(4) && b.text.len() <= 2 && c.text.len() <= 2) => (x, y, z),
            "." if c.digits(4) && a.text.len() <= 2 && b.text.len() <= 2 => (z, y, x),
            "." if a.digits(4) && b.text.len() <= 2 && c.text.len() <= 2 => (x, y, z),
            s if one_of(s, list!["/", "-"]) && (c.digits(4) && a.text.len() <= 2 && b.text.len() <= 2) => {
                if x > 12 && y <= 12 { (z, y, x) } else { (z, x, y) }
            }
            s if one_of(s, list!["/", "-"]) && (c.digits(2) && a.text.len() <= 2 && b.text.len() <= 2) => {
                let year = if z < 50 { 2000 + z } else { 1900 + z };
                if x > 12 && y <= 12 { (year, y, x) } else { (year, x, y) }
            }
            _ => return None,
        };
        super::calendar::ymd(i32::try_from(year).ok()?, month, day)?;
        let expr = Expr::Calendar { year: Some(year as i32), month: Some(month), day: Some(day) };
        // ISO datetime: 2025-12-03T10:55
        if self.word_is(i + 5, "t") && self.glued(i + 5) {
            if let Some((end, Expr::Clock { hour, minute, second, .. })) = self.clock(i + 6) {
                return Some((self.utc_offset(end), Expr::Clock { date: Some(Box::new(expr)), hour, minute, second }));
            }
        }
        Some((i + 5, expr))
    }

    /// Whether a capitalised "March" at `i`, alone (its reading ends at `j`; `before` is the
    /// word before it), is the month where no date's preposition says so: "to March", "as early
    /// as March", "for March", "the March takeover" (a determiner and a lowercase noun), or a
    /// chronicle's line "March: …". Not the noun: "the March on Rome", "the Long March", "the
    /// March for Life", "March Air Reserve Base".
    fn march_is_a_month(&self, i: usize, j: usize, before: Option<&str>) -> bool {
        let capital_after = self.t.get(j).is_some_and(|t| t.capital);
        if !self.capitalised(i) || capital_after {
            return false;
        }
        if self.tok(i).newline_before {
            return self.is(j, ":");
        }
        // A noun after it: a word that is no determiner, preposition or verb of the walk.
        let noun_after = self.word(j).is_some_and(|w| !one_of(w, starts::GATED) && !one_of(w, list!["with", "into", "through", "or", "was", "is", "began", "ended"]));
        // After a determiner or a preposition of the gated kind ("the", "his", "at").
        before.is_some_and(|b| one_of(b, list!["to", "for", "as", "around", "about"]) || noun_after && one_of(b, starts::GATED))
    }

    /// A month word at `i` that really is a month here (not "may" the verb, not "march" the noun).
    fn month_word(&self, i: usize) -> Option<(usize, u32)> {
        let w = self.word(i)?;
        let month = lookup(lexicon::MONTHS, w)?;
        if !self.capitalised(i) && !self.lowercase_month(i) {
            return None;
        }
        let mut end = i + 1;
        if w.len() <= 4 && !one_of(w, list!["may", "june", "july"]) && self.is(end, ".") && self.glued(end) {
            end += 1; // "Dec."
        } else if w.len() > 4 && self.capitalised(i) && self.is(end, ".") && self.glued(end) && !self.glued(end + 1) && self.dotted_day_ends(end + 1) {
            end += 1; // "October. 2": a stray period between a month's name and its day
        }
        Some((end, month))
    }

    /// Whether a bare day number at `i` ends its sentence (`October. 2` at the end of a
    /// request), so the period before it cannot be one.
    fn dotted_day_ends(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.digits(1) || t.digits(2)) && self.num(i).is_some_and(|d| (1..=31).contains(&d)) && self.t.get(i + 1).map_or(true, |t| one_of(t.text.as_str(), list![".", "!", "?"]) && self.t.get(i + 2).is_none())
    }

    fn day_number(&self, i: usize) -> Option<(usize, u32)> {
        let d = self.num(i).filter(|d| (1..=31).contains(d) && self.tok(i).text.len() <= 2)?;
        let mut end = i + 1;
        if self.word_in(end, list!["st", "nd", "rd", "th"]) && self.glued(end) {
            end += 1;
        }
        Some((end, d))
    }

    fn four_digit_year(&self, i: usize) -> Option<i32> {
        let t = self.t.get(i)?;
        (t.digits(4) && !(self.glued(i + 1) && self.num(i + 1).is_some())).then(|| t.num.map(|n| n as i32)).flatten()
    }

    /// A year as spoken in transcripts: "nineteen ninety-six" (1996); the index after it.
    fn spoken_year(&self, i: usize) -> Option<(usize, i32)> {
        if !self.word_is(i, "nineteen") || self.word(i + 1).is_none() {
            return None;
        }
        // "nineteen oh one", "nineteen zero five": the first nine years of the century.
        if self.word_in(i + 1, list!["oh", "zero"]) {
            let n = self.word_of(i + 2, lexicon::NUMBERS).filter(|n| (1..=9).contains(n) && !self.word_in(i + 2, list!["a", "an"]))?;
            return Some((i + 3, 1900 + n as i32));
        }
        match self.amount(i + 1) {
            Some((e, Some(n))) if (10.0..=99.0).contains(&n) && n.fract() == 0.0 => Some((e, 1900 + n as i32)),
            _ => None,
        }
    }

    /// A year written in digits or spoken: the index after it and the year.
    fn year_at(&self, i: usize) -> Option<(usize, i32)> {
        self.four_digit_year(i).map(|y| (i + 1, y)).or_else(|| self.spoken_year(i)).or_else(|| self.spoken_millennium(i).filter(|(e, _)| *e > i + 2))
    }

    /// `, 2025` or ` 2025` after a month-day.
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.is(i, ",") { i + 1 } else { i };
        self.year_at(j).or_else(|| self.spoken_millennium(j))
    }

    /// Dates with a month name: `December 2, 2025`, `Dec. 2`, `2 December 2025`,
    /// `the 2nd of December`, `December 2025`, `Tuesday, December 2`, and bare `August`.
    fn named_date(&self, i: usize) -> Found {
        // Month first.
        if let Some((j, month)) = self.month_word(i) {
            // "November between 19 and 20", "Feb between 2-7 2018"
            if self.is(j, "between") {
                if let Some((e, to, from)) = self.day_number(j + 1).and_then(|(k, from)| self.range_end(k, from).map(|(e, to)| (e, to, from))) {
                    let (e, year) = match self.year_after(e) {
                        Some((e, y)) => (e, Some(y)),
                        None => (e, None),
                    };
                    return Some((e, Expr::DayRange { year, month, from, to }));
                }
            }
            if let Some((k, day)) = self.month_day(j) {
                if let Some((e, to)) = self.range_end(k, day) {
                    let (e, year) = match self.year_after(e) {
                        Some((e, y)) => (e, Some(y)),
                        None => (e, None),
                    };
                    return Some((e, Expr::DayRange { year, month, from: day, to }));
                }
                let clock_follows = |sep: &str| self.is(k, sep) && self.num(k + 1).is_some() && self.glued(k + 1) && self.glued(k);
                if !(clock_follows(":") || clock_follows(".")) {
                    if let Some((e, year)) = self.year_after(k) {
                        return Some((e, Expr::Calendar { year: Some(year), month: Some(month), day: Some(day) }));
                    }
                    return Some((k, Expr::Calendar { year: None, month: Some(month), day: Some(day) }));
                }
            }
            let k = if self.is(j, "of") || self.is(j, ",") { j + 1 } else { j };
            if let Some((e, year)) = self.year_at(k) {
                return Some((e, Expr::Calendar { year: Some(year), month: Some(month), day: None }));
            }
            // "June 312 BC"
            if let Some((e, year)) = self.year_bc(k) {
                return Some((e, Expr::Bc(Box::new(Expr::Calendar { year: Some(year), month: Some(month), day: None }))));
            }
            let w = self.word(i)?;
            // A bare month: full names only, and "May"/"March" only where a date is clearly meant.
            let ambiguous = one_of(w, list!["may", "march"]);
            // "mid-March", "late-May": the word before the hyphen.
            let before = if i > 1 && self.hyphen(i - 1) && self.glued(i) { self.word(i - 2) } else { self.word_before(i) };
            // One of two months joined by "and", "to" or a dash ("March and April 1921",
            // "Feb-Apr 2020"), which places even an abbreviation.
            let joins = |k: usize| self.t.get(k).is_some_and(|t| joins_dates(&t.text));
            let in_pair = joins(j) && self.month_word(j + 1).is_some() || i > 1 && joins(i - 1) && self.month_word(i - 2).is_some();
            let cue = in_pair || before.is_some_and(|b| one_of(b, list!["in", "since", "until", "by", "of", "during", "last", "next", "this", "early", "late", "mid", "from", "through", "before", "after", "till", "between"]));
            let shift = before.and_then(|b| lookup(lexicon::SHIFTS, b).filter(|_| one_of(b, list!["last", "next", "this"])));
            // "in Nov.", "last Sept.": an abbreviation with its period, after a date's word.
            let dotted = j > i + 1 && cue && self.capitalised(i);
            let full_name = w.len() > 3 || w == "may" || in_pair && self.capitalised(i) || dotted;
            if full_name && (!ambiguous || cue || w == "march" && self.march_is_a_month(i, j, before)) {
                return Some((j, Expr::Month { month, shift }));
            }
            return None;
        }
        // Day first: "2 December 2025", "the 2nd of December", "22–23 November",
        // "the weekend of 22–23 November".
        let start = match self.words(i, list!["the", "weekend", "of"]) {
            Some(after) if self.day_number(after).is_some_and(|(e, d)| self.range_end(e, d).is_some()) => after,
            _ if self.is(i, "the") => i + 1,
            _ => i,
        };
        if let Some((j, from)) = self.day_number(start) {
            if let Some((k, to)) = self.range_end(j, from) {
                let k = if self.is(k, "of") && !self.is(j, "-") { k + 1 } else { k };
                if let Some((m_end, month)) = self.month_word(k) {
                    let (e, year) = match self.year_after(m_end) {
                        Some((e, y)) => (e, Some(y)),
                        None => (m_end, None),
                    };
                    return Some((e, Expr::DayRange { year, month, from, to }));
                }
            }
        }
        // "6,107.31 August": the tail of a number, not a day
        if start > 1 && self.glued(start) && one_of(self.tok(start - 1).text.as_str(), list![".", ","]) && self.tok(start - 2).kind == Kind::Num {
            return None;
        }
        let (j, day) = self.day_number(start).or_else(|| self.day_word(start, false))?;
        // "16. Nov. 2016": a day with a period
        let j = if self.is(j, ".") && self.glued(j) && self.month_word(j + 1).is_some() { j + 1 } else { j };
        let k = if self.is(j, "of") { j + 1 } else { j };
        let (m_end, month) = self.month_word(k)?;
        if let Some((e, year)) = self.year_after(m_end) {
            return Some((e, Expr::Calendar { year: Some(year), month: Some(month), day: Some(day) }));
        }
        Some((m_end, Expr::Calendar { year: None, month: Some(month), day: Some(day) }))
    }

    /// The end of a day range: `-23` or `–23` after day `from` (a later day of the month), or
    /// `to 23`, `until 23`, `through 23` (and `and 23` after `between`).
    fn range_end(&self, i: usize, from: u32) -> Option<(usize, u32)> {
        let word = match self.word(i) {
            Some(s) if one_of(s, list!["to", "until", "till", "through"]) => true,
            Some("and") => (i.saturating_sub(4)..i).any(|k| self.is(k, "between")),
            // "from 4-23", "between 4-22": a long run is meant
            _ if self.is(i, "-") => (i.saturating_sub(3)..i).any(|k| self.is(k, "between") || self.is(k, "from")),
            _ => return None,
        };
        let (e, to) = self.day_number(i + 1)?;
        (to > from && to - from <= if word { 30 } else { 14 }).then_some((e, to))
    }

    /// `Tuesday`, `last Tuesday`, `next Monday`, `Tuesday, December 2, 2025`.
    fn weekday(&self, i: usize) -> Found {
        let (j, shift) = match self.word_of(i, lexicon::SHIFTS) {
            _ if self.words(i, list!["this", "coming"]).is_some() => (i + 2, Some(1)),
            Some(s) if self.word_in(i, list!["last", "next", "this", "coming", "past"]) => (i + 1, Some(s)),
            _ => (i, None),
        };
        let w = self.word(j)?;
        let day = lookup(lexicon::WEEKDAYS, w)?;
        // Full names may be written lowercase ("on friday").
        if !self.capitalised(j) && !w.ends_with("day") || (w.len() <= 4 && !self.is(j + 1, ".") && !w.ends_with("day")) && w != "tues" {
            // Abbreviations need a period or a following date; "sat"/"sun" are also words.
            let dated = |k: usize| self.month_word(k).is_some() || self.numeric_date(k).is_some() || matches!(self.named_date(k), Some((_, Expr::Calendar { day: Some(_), .. })));
            if !(dated(j + 1) || self.is(j + 1, ",") && dated(j + 2)) {
                return None;
            }
        }
        let mut end = j + 1;
        if self.is(end, ".") && w.len() <= 4 {
            end += 1;
        }
        // A following date wins: "Tuesday, December 2, 2025", "Saturday 25 April 2009".
        let k = if self.is(end, ",") { end + 1 } else { end };
        // "this coming Sunday, March eighth": the date says which Sunday.
        if shift.is_some() && k > end {
            if let Some((e, expr @ Expr::Calendar { day: Some(_), .. })) = self.named_date(k) {
                return Some((e, expr));
            }
        }
        if shift.is_none() {
            if let Some((e, expr @ Expr::Calendar { day: Some(_), .. })) = self.named_date(k).or_else(|| self.numeric_date(k)) {
                return Some((e, expr));
            }
            // "Friday the 13th", "Thursday the twenty first"
            if self.is(end, "the") {
                if let Some((e, d)) = self.day_number(end + 1).or_else(|| self.day_word(end + 1, true)) {
                    return Some((e, Expr::DayOfMonth { day: d, weekday: Some(day) }));
                }
            }
        }
        // "next Friday": the Friday of next week, as a week runs from Monday ("this Friday" or
        // "this coming Friday" is the nearest one ahead).
        if self.is(i, "next") {
            return Some((end, Expr::WeekdayOfWeek { day, weeks: 1 }));
        }
        Some((end, Expr::Weekday { day, shift }))
    }

    /// `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `last night`,
    /// `the day before yesterday`.
    fn deictic(&self, i: usize) -> Found {
        if let Some(e) = self.words(i, list!["the", "day", "before", "yesterday"]) {
            return Some((e, Expr::Deictic(-2)));
        }
        if let Some(e) = self.words(i, list!["the", "day", "after", "tomorrow"]).or_else(|| self.words(i, list!["the", "day", "after", "tmrw"])) {
            return Some((e, Expr::Deictic(2)));
        }
        // "the day before last Tuesday", "the day after Christmas": a day next to a named one.
        let d = if self.is(i, "the") { i + 1 } else { i };
        if self.is(d, "day") && self.word_in(d + 1, list!["before", "after"]) {
            let days = if self.is(d + 1, "before") { -1 } else { 1 };
            let named = self.longest(d + 2, &[|p, j| p.weekday(j), |p, j| p.named_date(j), |p, j| p.holiday(j), |p, j| p.numeric_date(j)]);
            if let Some((e, date @ (Expr::Weekday { .. } | Expr::WeekdayOfWeek { .. } | Expr::Calendar { day: Some(_), .. } | Expr::Holiday { .. }))) = named {
                return Some((e, Expr::DayNextTo { date: Box::new(date), days }));
            }
        }
        let w = self.word(i)?;
        if let Some(offset) = lookup(lexicon::DEICTIC_DAYS, w) {
            // "today's youth", "by today's standards": the present age, no day.
            let possessive = self.t.get(i + 1).is_some_and(|t| one_of(t.text.as_str(), list!["'", "’"])) && self.glued(i + 1) && self.word_is(i + 2, "s") && self.glued(i + 2);
            if w == "today" && possessive && self.word(i + 3).is_some_and(|w| lexicon::PRESENT_AGE_SET.contains(w)) {
                return None;
            }
            // "USA Today", "VOA Today": a title after an acronym.
            let acronym = |k: usize| self.t.get(k).is_some_and(|t| t.kind == Kind::Word && t.end - t.start >= 2 && self.src[t.start..t.end].chars().all(char::is_uppercase));
            if w == "today" && self.capitalised(i) && i > 0 && acronym(i - 1) {
                return None;
            }
            if w == "tonight" {
                return Some((i + 1, Expr::PartOfDay { date: Box::new(Expr::Deictic(0)), code: "NI" }));
            }
            return Some((i + 1, Expr::Deictic(offset)));
        }
        // "mid-afternoon", "late evening yesterday": a part of a day said with its phase, of
        // the day named after it, else of the anchor's ("the early morning hours of 2 May"
        // is left to the date).
        if one_of(w, list!["mid", "late", "early"]) {
            let k = self.past_hyphen(i + 1);
            let code = self.word(k).filter(|p| one_of(p, list!["morning", "afternoon", "evening", "night"])).and_then(|p| lookup(lexicon::PARTS_OF_DAY, p))?;
            if self.word_in(k + 1, list!["hours", "of"]) {
                return None;
            }
            let (end, date) = match self.word(k + 1).filter(|d| *d != "tonight").and_then(|d| lookup(lexicon::DEICTIC_DAYS, d)) {
                Some(offset) => (k + 2, Expr::Deictic(offset)),
                None => (k + 1, Expr::Deictic(0)),
            };
            return Some((end, Expr::PartOfDay { date: Box::new(date), code }));
        }
        let pod = self.word_of(i + 1, lexicon::PARTS_OF_DAY)?;
        match w {
            "this" => Some((i + 2, Expr::PartOfDay { date: Box::new(Expr::Deictic(0)), code: pod })),
            "last" if pod == "NI" => Some((i + 2, Expr::PartOfDay { date: Box::new(Expr::Deictic(-1)), code: pod })),
            // "that morning", "that night": the part of the day last named, as "that day" is it.
            "that" if !self.word_in(i + 1, list!["tonight", "overnight"]) => Some((i + 2, Expr::PartOfDay { date: Box::new(Expr::Anaphoric { unit: Unit::Day, offset: 0 }), code: pod })),
            _ => None,
        }
    }

    /// The time in hand, after a preposition: `during this time`, `at the same time`, `by that
    /// time`, `throughout this period`, `at the time`, and `for the time being` (the present).
    /// ("This time, the army crossed" is an occasion, not a time: no preposition, no reading.)
    fn that_time(&self, i: usize) -> Found {
        let j = match self.word(i)? {
            "the" if self.word_is(i + 1, "same") => i + 2,
            "this" | "that" | "the" => i + 1,
            _ => return None,
        };
        if !self.word_in(j, list!["time", "period"]) || !self.word_before_in(i, list!["at", "by", "during", "throughout", "in", "from", "around", "on", "of", "until", "since", "for"]) {
            return None;
        }
        if self.word_is(j, "time") && self.word_is(j + 1, "being") && self.is(i, "the") {
            return Some((j + 2, Expr::ThatTime { present: true }));
        }
        let present = self.is(i, "this") && self.word_is(j, "time");
        (!self.word_before_in(i, list!["for"])).then_some((j + 1, Expr::ThatTime { present }))
    }

    /// `last week`, `this past weekend`, `next year`, `the weekend`, `the following day`,
    /// `that year`, `the same day`, `the past two weekends`, `the last three years`.
    fn relative(&self, i: usize) -> Found {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let w = self.word(j)?;
        // that year / that day / the same day / that same day
        if w == "that" || (the && w == "same") {
            let k = if w == "that" && self.word_is(j + 1, "same") { j + 2 } else { j + 1 };
            let unit = self.word_of(k, lexicon::UNITS).filter(|u| !u.is_clock())?;
            if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Weekend) && !self.word(k)?.ends_with('s') {
                return Some((k + 1, Expr::Anaphoric { unit, offset: 0 }));
            }
            return None;
        }
        // "the weeks ahead", "the months ahead": a stretch ahead of unsaid length (PXW).
        if the && self.word_is(j + 1, "ahead") {
            if let Some(unit) = lookup(lexicon::UNITS, w).filter(|u| w.ends_with('s') && !u.is_clock() && *u != Unit::Weekend) {
                return Some((j + 2, Expr::Duration { unit, amount: None }));
            }
        }
        // the weekend / the week / the year ("the year ended Sept. 30": a length of time)
        if the && self.word_in(j + 1, list!["ended", "ending", "ends"]) {
            if let Some(unit) = lookup(lexicon::UNITS, w).filter(|u| !w.ends_with('s') && matches!(u, Unit::Year | Unit::Week | Unit::Month | Unit::Day | Unit::Weekend)) {
                return Some((j + 1, if unit == Unit::Weekend { Expr::Duration { unit: Unit::Day, amount: Some(2.0) } } else { Expr::Duration { unit, amount: Some(1.0) } }));
            }
        }
        // "the previous Friday", "the following Monday": next to the last mentioned date.
        if the && one_of(w, list!["previous", "preceding", "following"]) {
            if let Some((e, Expr::Weekday { day, shift: None })) = self.weekday(j + 1) {
                return Some((e, Expr::WeekdayFromLast { day, shift: if w == "following" { 1 } else { -1 } }));
            }
        }
        // "the week of March 6", "the week beginning (on) 4 February": the week of that day.
        if the && w == "week" && self.word_in(j + 1, list!["of", "starting", "beginning", "commencing"]) {
            let k = if self.is(j + 2, "on") && !self.is(j + 1, "of") { j + 3 } else { j + 2 };
            if let Some((e, date)) = self.week_day(k) {
                return Some((e, Expr::WeekOf(Box::new(date))));
            }
        }
        if the {
            if let Some(unit) = self.word_of(j, lexicon::UNITS) {
                if one_of(w, list!["weekend", "week", "year", "month", "quarter", "decade"]) && !self.hyphen(j + 1) {
                    return Some((j + 1, Expr::TheUnit(unit)));
                }
            }
        }
        // the nine months / the first nine months / the past two years
        if the {
            let (a, past) = match w {
                s if one_of(s, list!["first", "latest", "last", "past", "previous", "next", "coming"]) => (j + 1, one_of(w, list!["latest", "last", "past", "previous"])),
                _ => (j, false),
            };
            if let Some((e, Some(n))) = self.amount(a).filter(|(_, n)| n.map_or(true, |n| n >= 2.0)) {
                if let Some(unit) = self.word(e).filter(|u| u.ends_with('s')).and_then(|u| lookup(lexicon::UNITS, u)) {
                    let amount = (n.fract() == 0.0).then_some(n as u32);
                    return Some((e + 1, if past && amount.is_some() { Expr::PastSpan { unit, amount } } else { Expr::Duration { unit, amount: Some(n) } }));
                }
            }
        }
        // "this past weekend"
        let (k, shift) = if w == "this" && self.is(j + 1, "past") {
            (j + 2, -1)
        } else {
            (j + 1, lookup(lexicon::SHIFTS, w)?)
        };
        // the past two weekends / the last three years / the next few days
        if the && one_of(w, list!["past", "last", "next", "coming", "previous"]) {
            if let Some((e, amount)) = self.amount(k) {
                let uw = self.word(e)?;
                let unit = lookup(lexicon::UNITS, uw)?;
                // "the past half hour": a length of its own (a span counts whole units).
                if let Some(n) = amount.filter(|n| n.fract() != 0.0) {
                    return Some((e + 1, Expr::Duration { unit, amount: Some(n) }));
                }
                let amount = amount.map(|a| a as u32);
                // "in the last few months", "over the past several quarters": a stretch of
                // the past placed, not measured ("for the past few weeks" is a length).
                if shift < 0 && amount.is_none() && self.word_before_in(i, list!["in", "over", "during"]) {
                    return Some((e + 1, Expr::Reference("PAST_REF")));
                }
                return Some((e + 1, if shift < 0 { Expr::PastSpan { unit, amount } } else { Expr::Duration { unit, amount: amount.map(f64::from) } }));
            }
        }
        let uw = self.word(k)?;
        // the next morning / the following evening / the previous night: a part of the day
        // after (before) the one last named.
        if the && one_of(w, list!["following", "next", "previous", "preceding"]) && !one_of(uw, list!["tonight", "overnight"]) {
            if let Some(code) = lookup(lexicon::PARTS_OF_DAY, uw) {
                let offset = if one_of(w, list!["following", "next"]) { 1 } else { -1 };
                return Some((k + 1, Expr::PartOfDay { date: Box::new(Expr::Anaphoric { unit: Unit::Day, offset }), code }));
            }
        }
        if the && w == "latest" && uw == "period" {
            return Some((k + 1, Expr::Relative { unit: Unit::Quarter, offset: -1 })); // business news
        }
        let unit = lookup(lexicon::UNITS, uw)?;
        // "in the past hour", "within the next hour": an hour's length. (Not minutes: "at the
        // last minute" is an idiom.)
        if the && uw == "hour" && one_of(w, list!["past", "last", "next", "coming"]) {
            return Some((k + 1, Expr::Duration { unit, amount: Some(1.0) }));
        }
        if uw.ends_with('s') && uw != "days" || unit.is_clock() {
            return None;
        }
        if the {
            // the following day / the previous year / the next week (anaphoric in narratives)
            return match w {
                s if one_of(s, list!["following", "next"]) => Some((k + 1, Expr::Anaphoric { unit, offset: 1 })),
                s if one_of(s, list!["previous", "preceding"]) => Some((k + 1, Expr::Anaphoric { unit, offset: -1 })),
                s if one_of(s, list!["past", "last"]) => Some((k + 1, Expr::PastSpan { unit, amount: Some(1) })),
                "latest" => Some((k + 1, Expr::Relative { unit, offset: -1 })),
                "current" => Some((k + 1, Expr::Relative { unit, offset: 0 })),
                _ => None,
            };
        }
        if one_of(w, list!["following", "preceding", "previous", "latest"]) {
            return None;
        }
        Some((k + 1, Expr::Relative { unit, offset: shift }))
    }

    /// An amount: digits (`5`, `2.5`), number words (`five`, `twenty-five`, `a`), or a vague
    /// one (`several`, `a few`) as `None`.
    fn amount(&self, i: usize) -> Option<(usize, Option<f64>)> {
        if let Some(n) = self.num(i) {
            if self.tok(i).text.len() > 6 {
                return None;
            }
            if self.is(i + 1, ".") && self.glued(i + 1) && self.glued(i + 2) {
                if let Some(frac) = self.t.get(i + 2).filter(|t| t.kind == Kind::Num && t.text.len() <= 3) {
                    // Digits after the point, without parsing text as a float (which would pull
                    // the float parser's tables into the wasm): "2.05" = 2 + 5 / 100.
                    let digits = frac.text.len() as i32;
                    let value = f64::from(n) + f64::from(frac.num?) / 10f64.powi(digits);
                    return Some((i + 3, Some(value)));
                }
            }
            // "5 1/2"
            if self.num(i + 1) == Some(1) && self.is(i + 2, "/") && self.num(i + 3) == Some(2) && self.glued(i + 2) && self.glued(i + 3) {
                return Some((i + 4, Some(f64::from(n) + 0.5)));
            }
            return Some((i + 1, Some(f64::from(n))));
        }
        let w = self.word(i)?;
        // "a full-week", "the whole month", "another hour": one of a singular unit. ("all day" is
        // left out: an adverb of extent that TimeBank and AQUAINT leave untagged.)
        if one_of(w, list!["full", "whole", "another"]) {
            let k = if self.hyphen(i + 1) && w != "another" { i + 2 } else { i + 1 };
            let unit = self.word(k).filter(|u| !u.ends_with('s')).and_then(|u| lookup(lexicon::UNITS, u));
            return unit.map(|_| (k, Some(1.0)));
        }
        // "half an hour", "half year", "half-century"
        if w == "half" {
            let k = if self.word_in(i + 1, list!["a", "an"]) || self.hyphen(i + 1) { i + 2 } else { i + 1 };
            let unit = self.word(k).filter(|u| !u.ends_with('s')).and_then(|u| lookup(lexicon::UNITS, u));
            return unit.map(|_| (k, Some(0.5)));
        }
        if w == "couple" && self.is(i + 1, "of") {
            return Some((i + 2, Some(2.0)));
        }
        if w == "a" || w == "an" {
            // "an additional year", "an extra day": one more of a singular unit.
            if self.word_in(i + 1, list!["additional", "extra"]) && self.word(i + 2).is_some_and(|u| !u.ends_with('s') && lookup(lexicon::UNITS, u).is_some()) {
                return Some((i + 2, Some(1.0)));
            }
            if self.is(i + 1, "few") || self.is(i + 1, "couple") {
                let e = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                return Some((e, if self.is(i + 1, "few") { None } else { Some(2.0) }));
            }
            // "a hundred days", "a thousand years"
            if self.word_in(i + 1, list!["hundred", "thousand"]) {
                return Some((i + 2, Some(if self.is(i + 1, "hundred") { 100.0 } else { 1000.0 })));
            }
            return Some((i + 1, Some(1.0)));
        }
        if one_of(w, lexicon::VAGUE_AMOUNTS) && w != "coming" && w != "recent" {
            return Some((i + 1, None));
        }
        let n = lookup(lexicon::NUMBERS, w)?;
        let mut end = i + 1;
        let mut value = n;
        // twenty-five, twenty five
        if (20..=90).contains(&n) {
            let k = self.past_hyphen(end);
            if let Some(u) = self.word_of(k, lexicon::NUMBERS).filter(|u| (1..=9).contains(u)) {
                if !self.word_is(k, "a") && !self.word_is(k, "an") {
                    value += u;
                    end = k + 1;
                }
            }
        }
        Some((end, Some(f64::from(value))))
    }

    /// Counted units: durations (`five hours`, `five-hour`, `several weeks`), and relative
    /// dates (`two weekends ago`, `three days later`, `a year earlier`).
    fn counted(&self, i: usize) -> Found {
        let (mut j, mut amount) = self.amount(i)?;
        // "two and a half hours"
        if let (Some(e), Some(n)) = (self.words(j, list!["and", "a", "half"]), amount) {
            if n.fract() == 0.0 && self.word_of(e, lexicon::UNITS).is_some() {
                (j, amount) = (e, Some(n + 0.5));
            }
        }
        if self.four_digit_year(i).is_some_and(|y| (1800..=2100).contains(&y)) {
            return None; // "the 1988 second quarter": a year, not 1988 seconds
        }
        let hyphen = self.hyphen(j) && self.glued(j + 1);
        let mut k = if hyphen { j + 1 } else { j };
        // "eight trading days", "four business days": days, counted on the calendar.
        if !hyphen && self.word_in(k, list!["trading", "business", "working"]) && self.word_in(k + 1, list!["day", "days"]) {
            k += 1;
        }
        let uw = self.word(k)?;
        let unit = lookup(lexicon::UNITS, uw)?;
        if hyphen && uw == "quarters" {
            return None; // "three-quarters": a fraction
        }
        // "three quarters of the troops", "a quarter of its sales": a fraction of something.
        if one_of(uw, list!["quarter", "quarters"]) && self.is(k + 1, "of") && self.word_in(k + 2, list!["the", "a", "an", "its", "their", "his", "her", "our", "all", "this", "that", "these", "those"]) {
            return None;
        }
        if uw == "second" && !hyphen && self.num(i).is_none() && amount.is_some_and(|n| n > 1.0) {
            return None; // "the twenty second of June": an ordinal, not twenty seconds
        }
        if amount.is_none() && !uw.ends_with('s') {
            return None;
        }
        if self.word_in(i, list!["a", "an"]) && amount == Some(1.0) && uw.ends_with('s') {
            return None;
        }
        let mut end = k + 1;
        if hyphen && self.is(end, "-") && self.word_is(end + 1, "long") {
            end += 2;
        }
        // "an hour and a half"
        let and_a_half = |e: usize| self.words(e, list!["and", "a", "half"]).or_else(|| self.words(e, list!["and", "half"]));
        if let (Some(e), Some(n)) = (and_a_half(end), amount) {
            if n.fract() == 0.0 && !hyphen {
                amount = Some(n + 0.5);
                end = e;
            }
        }
        // Ages: "a 6-year-old boy", "52 years old".
        let old = self.past_hyphen(end);
        if self.word_is(old, "old") {
            return None;
        }
        let signed = |sign: i64| amount.filter(|a| a.fract() == 0.0).map(|a| sign * a as i64);
        // "a week or so ago": the shift, roughly said.
        if self.words(end, list!["or", "so"]).is_some() && self.word_in(end + 2, list!["ago", "later", "earlier"]) {
            end += 2;
        }
        match self.word(end) {
            Some("ago") => {
                if let Some(offset) = signed(-1) {
                    return Some((end + 1, Expr::Relative { unit, offset }));
                }
                if amount.is_none() {
                    return Some((end + 1, Expr::Reference("PAST_REF")));
                }
            }
            Some("later") | Some("afterwards") | Some("afterward") => {
                if let Some(offset) = signed(1) {
                    return Some((end + 1, Expr::Shifted { unit, offset }));
                }
            }
            Some("earlier") => {
                if let Some(offset) = signed(-1) {
                    return Some((end + 1, Expr::Shifted { unit, offset }));
                }
            }
            Some("from") if self.is(end + 1, "now") => {
                if let Some(offset) = signed(1) {
                    return Some((end + 2, Expr::Relative { unit, offset }));
                }
            }
            // "two days hence": from now.
            Some("hence") => {
                if let Some(offset) = signed(1) {
                    return Some((end + 1, Expr::Relative { unit, offset }));
                }
            }
            _ => {}
        }
        // A bare amount word of "a"/"an" before a singular unit is a duration only in a
        // duration frame: "for a year", "lasted a week", "took a day", "a year-long".
        // ("an hour and a half" and "an additional year" say a length on their own.)
        let length_said = end > k + 1 || self.word_in(i + 1, list!["additional", "extra"]);
        if self.word_in(i, list!["a", "an"]) && !hyphen && !length_said {
            let frame = self.word_before_in(i, list!["for", "about", "nearly", "almost", "than", "within", "over", "after", "least", "around", "in", "only", "just", "last", "lasted", "lasts", "took", "take", "takes", "spent", "spend"]);
            if !frame {
                return None;
            }
        }
        Some((end, Expr::Duration { unit, amount }))
    }

    /// Unit words in the plural with no amount, after a word that makes them a length of time:
    /// `for years`, `within weeks`, `more than months`.
    fn bare_plural(&self, i: usize) -> Found {
        // recent years, coming months, past decades: the past or future as a whole
        if let Some(r) = self.word(i).and_then(|w| match w {
            s if one_of(s, list!["recent", "past"]) => Some("PAST_REF"),
            "coming" => Some("FUTURE_REF"),
            _ => None,
        }) {
            let u = self.word(i + 1)?;
            let unit = lookup(lexicon::UNITS, u).filter(|u2| u.ends_with('s') && !u2.is_clock())?;
            if r == "PAST_REF" && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter) {
                return Some((i + 2, Expr::Duration { unit, amount: None })); // "recent months": PXM, "recent quarters"
            }
            return Some((i + 2, Expr::Reference(r)));
        }
        let w = self.word(i)?;
        if lookup(lexicon::UNITS, w).is_some_and(|u| !u.is_clock()) && w.ends_with('s') && self.word_is(i + 1, "ago") {
            return Some((i + 2, Expr::Reference("PAST_REF"))); // "months ago"
        }
        // "days later", "weeks earlier": no amount, but a shift all the same.
        if let Some(unit) = lookup(lexicon::UNITS, w).filter(|u| !u.is_clock() && *u != Unit::Weekend && w.ends_with('s')) {
            if self.word_in(i + 1, list!["later", "earlier", "afterwards", "afterward"]) {
                return Some((i + 2, Expr::VagueShift { unit }));
            }
        }
        let unit = lookup(lexicon::UNITS, w).filter(|u| !u.is_clock() && w.ends_with('s') && *u != Unit::Weekend)?;
        let before = self.word_before(i)?;
        one_of(before, list!["for", "within", "than", "over"]).then_some((i + 1, Expr::Duration { unit, amount: None }))
    }

    /// Holidays with a fixed or rule-given date: `Christmas`, `New Year's Day`, `Thanksgiving`.
    fn holiday(&self, i: usize) -> Found {
        if !self.capitalised(i) {
            return None;
        }
        for &(words, rule) in lexicon::HOLIDAYS {
            let Some(mut end) = self.words(i, words) else { continue };
            if self.word_is(end, "day") && !words.ends_with(list!["day"]) && self.capitalised(end) {
                end += 1; // "Thanksgiving Day"
            }
            // "Labor Day 1936", "Christmas Eve, 1914", "Christmas Day of 1941"
            let of = if self.is(end, "of") { end + 1 } else { end };
            if let Some((e, year)) = self.year_after(of) {
                return Some((e, Expr::Holiday { rule, year: Some(year) }));
            }
            return Some((end, Expr::Holiday { rule, year: None }));
        }
        None
    }

    /// A holiday after `last`, `next` or `this` (`last Thanksgiving`, `next Christmas`).
    fn holiday_shifted(&self, i: usize) -> Found {
        let shift = match self.word(i)? {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        match self.holiday(i + 1)? {
            (e, Expr::Holiday { rule, year: None }) => Some((e, Expr::HolidayShifted { rule, shift })),
            _ => None,
        }
    }

    /// The index after `BC`, `BCE` or `B.C.` at `i`, if one is there.
    fn before_christ(&self, i: usize) -> Option<usize> {
        match self.word(i)? {
            s if one_of(s, list!["bc", "bce"]) => Some(i + 1),
            "b" if self.is(i + 1, ".") && self.word_is(i + 2, "c") => Some(if self.is(i + 3, ".") { i + 4 } else { i + 3 }),
            _ => None,
        }
    }

    /// A year before the common era at `i` (`480 BC`, `218 B.C.`): the index after it and the year.
    fn year_bc(&self, i: usize) -> Option<(usize, i32)> {
        let n = self.num(i).filter(|n| (1..=9999).contains(n) && self.tok(i).text.len() <= 4)?;
        Some((self.before_christ(i + 1)?, n as i32))
    }

    /// A decade or century ending before `end`, before the common era when `BC` follows.
    fn era(&self, end: usize, expr: Expr) -> (usize, Expr) {
        match self.before_christ(end) {
            Some(e) => (e, Expr::Bc(Box::new(expr))),
            None => (end, expr),
        }
    }

    /// Years (`2014`, `1990s` decades, `the 19th century`).
    fn year_like(&self, i: usize) -> Found {
        if let Some(found) = self.short_end_year(i).or_else(|| self.clipped_year(i)) {
            return Some(found);
        }
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        // decades: 1990s, the '90s; "the 350s" (BC when it says so)
        if let Some(t) = self.t.get(j).filter(|t| t.digits(3) && t.text.ends_with('0') && (the || self.word_before_in(i, list!["in", "of", "during", "by"])) && self.word_is(j + 1, "s") && self.glued(j + 1)) {
            return Some(self.era(j + 2, Expr::Decade(t.num? as i32 / 10)));
        }
        if let Some(t) = self.t.get(j).filter(|t| t.digits(4)) {
            if self.word_is(j + 1, "s") && self.glued(j + 1) && t.text.ends_with('0') {
                return Some((j + 2, Expr::Decade(t.num? as i32 / 10)));
            }
            if self.is(j + 1, "'") && self.word_is(j + 2, "s") && self.glued(j + 1) && t.text.ends_with('0') {
                return Some((j + 3, Expr::Decade(t.num? as i32 / 10)));
            }
        }
        if the {
            // "the seventies", "the nineteen seventies"
            let k = if self.word_is(j, "nineteen") { j + 1 } else { j };
            const DECADES: lexicon::Table<u32> = lexicon::table![("twenties", 192), ("thirties", 193), ("forties", 194), ("fifties", 195), ("sixties", 196), ("seventies", 197), ("eighties", 198), ("nineties", 199)];
            let decade = self.word(k).and_then(|w| lookup(DECADES, w));
            if let Some(d) = decade {
                return Some((k + 1, Expr::Decade(d as i32)));
            }
            // the two thousands, the noughties, the twenty-tens
            if self.words(j, list!["two", "thousands"]).is_some() || self.word_is(j, "noughties") {
                return Some((if self.word_is(j, "two") { j + 2 } else { j + 1 }, Expr::Decade(200)));
            }
            if let Some(e) = self.words(j, list!["twenty", "-", "tens"]).or_else(|| self.words(j, list!["two", "thousand", "and", "tens"])) {
                return Some((e, Expr::Decade(201)));
            }
        }
        // "the 70s", "the 70's", "in 70's" (a decade of the last century)
        if let Some(t) = self.t.get(j).filter(|t| t.digits(2) && t.text.ends_with('0') && (the || self.word_is(i.wrapping_sub(1), "in"))) {
            let e = if self.is(j + 1, "'") && self.glued(j + 1) { j + 2 } else { j + 1 };
            if self.word_is(e, "s") && self.glued(e) && !self.word_in(e + 1, list!["degrees", "fahrenheit", "celsius"]) {
                let n = t.num? as i32;
                return Some((e + 1, Expr::Decade(if n < 30 { 200 + n / 10 } else { 190 + n / 10 })));
            }
        }
        // "the '90s", "mid-'90s", "in '80s"
        if self.is(j, "'") && self.glued(j + 1) && self.glued(j + 2) && self.t.get(j + 1).is_some_and(|t| t.digits(2) && t.text.ends_with('0')) && self.word_is(j + 2, "s") {
            let n = self.num(j + 1)? as i32;
            let decade = if n < 30 { 200 + n / 10 } else { 190 + n / 10 };
            return Some((j + 3, Expr::Decade(decade)));
        }
        // centuries: the 19th century, the twentieth century, 20th-century
        let ordinal = match self.num(j) {
            Some(n) if self.word_in(j + 1, list!["st", "nd", "rd", "th"]) => Some((j + 2, n)),
            _ => self.word_of(j, lexicon::ORDINALS).filter(|n| *n < 99).map(|n| (j + 1, n)),
        };
        if let Some((k, n)) = ordinal {
            let k = self.past_hyphen(k);
            if self.word_is(k, "century") && (1..=21).contains(&n) {
                return Some(self.era(k + 1, Expr::Century(n as i32 - 1)));
            }
        }
        // "the year 2000", "the year two thousand"
        if self.words(i, list!["the", "year"]).is_some() {
            if let Some((e, Expr::Year(y))) = self.year_like(i + 2) {
                return Some((e, Expr::Year(y)));
            }
        }
        if the {
            return None;
        }
        // 241 BC, 218 B.C., 480 BCE
        if let Some((end, n)) = self.year_bc(i) {
            return Some((end, Expr::YearBc(n as u32)));
        }
        // Spoken years: "nineteen ninety-six", "two thousand"
        if let Some((e, year)) = self.spoken_year(i) {
            return Some((e, Expr::Year(year)));
        }
        // "two thousand and fourteen": a year when nothing it could count follows.
        if let Some((e, year)) = self.spoken_millennium(i).filter(|&(e, _)| e > i + 2 && self.is(i + 2, "and")) {
            if self.word(e).map_or(true, |w| one_of(w, list!["until", "till", "to", "through", "and", "or", "when"])) {
                return Some((e, Expr::Year(year)));
            }
        }
        if let Some(e) = self.words(i, list!["two", "thousand"]) {
            if self.word(e).map_or(true, |w| lookup(lexicon::UNITS, w).is_none() && !one_of(w, list!["people", "dollars", "troops", "and"])) {
                return Some((e, Expr::Year(2000)));
            }
        }
        if self.word_is(i, "fiscal") {
            let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            let year = self.four_digit_year(j)?;
            return Some((j + 1, Expr::Year(year)));
        }
        // "FY2025", "FY 2024", "FY25": a fiscal year, written as the corpora write "fiscal 2025".
        if self.word_is(i, "fy") && self.src[self.tok(i).start..self.tok(i).end] == *"FY" {
            if let Some(year) = self.four_digit_year(i + 1) {
                return Some((i + 2, Expr::Year(year)));
            }
            let t = self.t.get(i + 1).filter(|t| t.digits(2) && !(self.glued(i + 2) && self.num(i + 2).is_some()))?;
            return Some((i + 2, Expr::ClippedYear(t.num?)));
        }
        let year = self.four_digit_year(i)?;
        // "2016 H2", "2016Q3": the year first, then its half or quarter.
        if let Some(letter) = self.word(i + 1).filter(|_| self.capitalised(i + 1)).and_then(|w| match w {
            "q" => Some('Q'),
            "h" => Some('H'),
            _ => None,
        }) {
            let max = if letter == 'Q' { 4 } else { 2 };
            if let Some(n) = self.num(i + 2).filter(|n| (1..=max).contains(n) && self.glued(i + 2) && self.tok(i + 2).text.len() == 1) {
                if !(self.glued(i + 3) && self.t.get(i + 3).is_some_and(|t| t.kind != Kind::Punct)) {
                    return Some((i + 3, Expr::Quarter { letter, n, year: Some(year), shift: None }));
                }
            }
        }
        let before = i.checked_sub(1).map(|b| self.tok(b));
        let next = self.word(i + 1);
        let quantity = next.is_some_and(|w| {
            one_of(w, list!["percent", "people", "points", "billion", "million", "troops", "soldiers", "dollars", "euros", "pounds", "km", "kilometers", "kilometres", "miles", "feet", "meters", "metres", "tons", "tonnes", "barrels", "shares", "units", "cases", "deaths", "votes", "hours", "minutes", "days", "m", "ft"])
        }) || self.is(i + 1, "%");
        let money = before.is_some_and(|b| one_of(b.text.as_str(), list!["$", "€", "£", "#", "no", "¥"])) && !self.tok(i).space_before;
        let in_number = before.is_some_and(|b| (b.text == "," || b.text == "." || b.text == ":") && !self.tok(i).space_before) || (self.is(i + 1, ",") || self.is(i + 1, ".")) && self.t.get(i + 2).is_some_and(|t| t.kind == Kind::Num && !t.space_before);
        let plausible = (1000..=2199).contains(&year);
        let cue = before.is_some_and(|b| one_of(b.text.as_str(), list!["in", "since", "of", "by", "until", "during", "from", "to", "through", "before", "after", "year", "fiscal", "early", "late", "mid", "and", "the", "between", "around"]));
        let modern = (1700..=2099).contains(&year);
        if plausible && !quantity && !money && !in_number && (modern || cue) {
            return Some((i + 1, Expr::Year(year)));
        }
        None
    }

    /// The second year of a span of years written with its last two digits (`1915-17`,
    /// `2007–08`, `1999-00`): the first year is read on its own, this is the other end.
    fn short_end_year(&self, i: usize) -> Found {
        let n = self.num(i).filter(|_| self.tok(i).digits(2) && i >= 2 && self.glued(i) && self.glued(i - 1))?;
        if !one_of(self.tok(i - 1).text.as_str(), list!["-", "–"]) {
            return None;
        }
        let first = self.four_digit_year(i - 2)?;
        // Not a part of a longer number or date ("1915-17-3", "2007-08.5").
        if self.glued(i + 1) && self.t.get(i + 1).is_some_and(|t| t.kind != Kind::Punct || one_of(t.text.as_str(), list!["-", "–", "/", ".", ":"]) && self.glued(i + 2) && self.num(i + 2).is_some()) {
            return None;
        }
        let mut year = first / 100 * 100 + n as i32;
        if year <= first {
            year += 100;
        }
        (year - first < 100).then_some((i + 1, Expr::Year(year)))
    }

    /// Seasons (`this summer`, `summer 2025`, `the spring of 2024`) and quarters or halves
    /// (`the third quarter`, `the first quarter of 2025`, `Q3 2025`, `the second half of 2025`).
    fn season_or_quarter(&self, i: usize) -> Found {
        let (e, expr) = self.season_or_quarter_alone(i)?;
        // "the spring of next year", "the first half of last year", "the second half of the
        // year" (the year in hand)
        if let Expr::Season { year: None, shift: None, .. } | Expr::Quarter { year: None, shift: None, .. } = expr {
            if self.is(e, "of") && self.word_is(e + 2, "year") {
                let offset = match self.word(e + 1) {
                    Some("this" | "the") => Some(0),
                    Some("next") => Some(1),
                    Some("last") => Some(-1),
                    _ => None,
                };
                if let Some(offset) = offset {
                    return Some((e + 3, Expr::OfYear { part: Box::new(expr), offset, that: false }));
                }
            }
        }
        Some((e, expr))
    }

    /// [`Self::season_or_quarter`] without a relative year after it.
    fn season_or_quarter_alone(&self, i: usize) -> Found {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        // "of 2025", ", 2025", "of fiscal 2013"
        let year_of = |e: usize| -> Option<(usize, i32)> {
            let y = if self.is(e, "of") || self.is(e, ",") { e + 1 } else { e };
            self.year_at(y + usize::from(self.word_is(y, "fiscal")))
        };
        // "the last half of 1989", "the last quarter of 2024": the last one of that year, not
        // the one before the anchor's.
        let last_of_year = self.is(j, "last") && self.word_in(j + 1, list!["half", "quarter"]) && self.is(j + 2, "of") && year_of(j + 2).is_some();
        let (k, shift) = match self.word_of(j, lexicon::SHIFTS) {
            Some(s) if self.word_in(j, list!["last", "next", "this", "past", "coming"]) && !last_of_year => (j + 1, Some(s)),
            // "the following spring", "the previous winter"
            Some(s) if the && self.word_in(j, list!["following", "previous", "preceding"]) && self.word_of(j + 1, lexicon::SEASONS).is_some() => (j + 1, Some(s)),
            // "that summer": the season of the year in hand
            _ if !the && self.is(j, "that") && self.word_of(j + 1, lexicon::SEASONS).is_some() => (j + 1, None),
            _ => (j, None),
        };
        if let Some(code) = self.word_of(k, lexicon::SEASONS) {
            if self.word_is(k, "fall") && !(the || shift.is_some() || year_of(k + 1).is_some()) {
                return None; // "prices fall"
            }
            if self.word_is(k, "fall") && self.is(k + 1, "of") && year_of(k + 1).is_none() {
                return None; // "the fall of the city": a collapse, not autumn
            }
            if let Some((e, year)) = year_of(k + 1) {
                return Some((e, Expr::Season { code, year: Some(year), shift }));
            }
            // "the spring of 264 BC"
            if let Some((e, year)) = self.year_bc(if self.is(k + 1, "of") { k + 2 } else { k + 1 }) {
                return Some((e, Expr::Bc(Box::new(Expr::Season { code, year: Some(year), shift }))));
            }
            return Some((k + 1, Expr::Season { code, year: None, shift }));
        }
        // Q3, Q3 2025, H1
        if let Some(t) = self.t.get(k).filter(|t| t.kind == Kind::Word && self.capitalised(k)) {
            let letter = match t.text.as_str() {
                "q" => 'Q',
                "h" => 'H',
                _ => '-',
            };
            if letter != '-' && self.glued(k + 1) {
                let n = self.num(k + 1).filter(|n| (1..=if letter == 'Q' { 4 } else { 2 }).contains(n))?;
                if let Some((e, year)) = year_of(k + 2) {
                    return Some((e, Expr::Quarter { letter, n, year: Some(year), shift }));
                }
                return Some((k + 2, Expr::Quarter { letter, n, year: None, shift }));
            }
        }
        // "third-quarter" (an adjective, no article)
        let adjective = !the
            && self.word_of(k, lexicon::ORDINALS).is_some_and(|n| n <= 4)
            && self.is(k + 1, "-")
            && self.glued(k + 1)
            && self.word_in(k + 2, list!["quarter", "half"]);
        // "fourth quarter" with no article, after a word that makes it a date.
        let bare = !the
            && self.word_of(k, lexicon::ORDINALS).is_some_and(|n| n <= 4)
            && self.word_is(k + 1, "quarter")
            && self.word_before_in(i, list!["in", "for", "during", "of", "its", "their", "his", "her"]);
        if bare {
            let n = lookup(lexicon::ORDINALS, self.word(k)?)?;
            if let Some((end, year)) = year_of(k + 2) {
                return Some((end, Expr::Quarter { letter: 'Q', n, year: Some(year), shift }));
            }
            return Some((k + 2, Expr::Quarter { letter: 'Q', n, year: None, shift }));
        }
        if !the && !adjective {
            return None;
        }
        // the third quarter (of 2025), the second half of 2025, the fourth-quarter
        let (n, e) = match self.word_of(k, lexicon::ORDINALS) {
            Some(n) => (n, k + 1),
            // "the latter half": the last one.
            None if self.word_is(k, "latter") => (99, k + 1),
            None if shift.is_some() => (0, k),
            None => return None,
        };
        if the && self.hyphen(e) {
            return None; // "the third-quarter results": the adjective alone is the expression
        }
        let e = self.past_hyphen(e);
        let (letter, max) = match self.word(e) {
            Some("quarter") => ('Q', 4),
            Some("half") => ('H', 2),
            _ => return None,
        };
        let n = if n == 99 { max } else { n };
        if n > max {
            return None;
        }
        if n == 0 {
            // "the past quarter"; not "the past half" ("the past half-century" is a length).
            return (letter == 'Q').then_some((e + 1, Expr::Relative { unit: Unit::Quarter, offset: shift? }));
        }
        if let Some((end, year)) = year_of(e + 1) {
            return Some((end, Expr::Quarter { letter, n, year: Some(year), shift }));
        }
        Some((e + 1, Expr::Quarter { letter, n, year: None, shift }))
    }

    /// Business news' comparison periods: `the year-ago quarter`, `the year-earlier period`,
    /// `year-ago` (the reported quarter, a year before).
    fn year_ago(&self, i: usize) -> Found {
        let j = if self.is(i, "the") { i + 1 } else { i };
        if !self.word_is(j, "year") || !self.is(j + 1, "-") || !self.glued(j + 1) || !self.word_in(j + 2, list!["ago", "earlier"]) {
            return None;
        }
        let expr = Expr::Relative { unit: Unit::Quarter, offset: -5 };
        if let Some(n) = self.word_of(j + 3, lexicon::ORDINALS).filter(|n| (1..=4).contains(n)) {
            if self.word_is(j + 4, "quarter") {
                return Some((j + 5, Expr::QuarterOfYear { n, offset: -1 }));
            }
        }
        match self.word(j + 3) {
            Some(s) if one_of(s, list!["quarter", "period"]) => Some((j + 4, expr)),
            _ if j == i => Some((j + 3, Expr::Relative { unit: Unit::Year, offset: -1 })),
            _ => None,
        }
    }

    /// The end of a unit said as a noun: `year-end`, `year end`, `month's end`, `quarter-end`;
    /// only where no noun follows it ("year-end results" is an adjective of the results).
    fn unit_end(&self, i: usize) -> Found {
        let unit = match self.word(i)? {
            "year" => Unit::Year,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "week" => Unit::Week,
            _ => return None,
        };
        let e = if self.hyphen(i + 1) && self.glued(i + 2) {
            i + 2
        } else if self.is(i + 1, "'") && self.glued(i + 1) && self.word_is(i + 2, "s") && self.glued(i + 2) {
            i + 3
        } else {
            i + 1
        };
        if !self.word_is(e, "end") || self.t.get(e + 1).is_some_and(|t| t.kind != Kind::Punct) {
            return None;
        }
        Some((e + 1, Expr::UnitEnd(unit)))
    }

    /// A year's quarter in business news: `the 1988 period`, `the 1988 quarter`,
    /// `the 1988 third quarter` (without an ordinal: the quarter just reported, in that year).
    fn year_quarter(&self, i: usize) -> Found {
        // "this year's third quarter", "next year's first quarter"
        if let Some(offset) = self.word(i).filter(|w| one_of(w, list!["last", "next", "this"])).and_then(|w| lookup(lexicon::SHIFTS, w)) {
            let possessive = self.word_is(i + 1, "year")
                && self.t.get(i + 2).map(|t| t.text.as_str()).is_some_and(|w| one_of(w, list!["'", "’"]))
                && self.glued(i + 2)
                && self.word_is(i + 3, "s")
                && self.glued(i + 3);
            let n = self.word_of(i + 4, lexicon::ORDINALS).filter(|n| (1..=4).contains(n));
            return match n {
                Some(n) if possessive && self.word_is(i + 5, "quarter") => Some((i + 6, Expr::QuarterOfYear { n, offset })),
                _ => None,
            };
        }
        if !self.is(i, "the") {
            return None;
        }
        let year = self.four_digit_year(i + 1)?;
        let n = self.word_of(i + 2, lexicon::ORDINALS).filter(|n| (1..=4).contains(n));
        let k = if n.is_some() { i + 3 } else { i + 2 };
        match self.word(k) {
            Some("quarter") => Some((k + 1, Expr::Quarter { letter: 'Q', n: n.unwrap_or(0), year: Some(year), shift: None })),
            Some("period") if n.is_none() => Some((k + 1, Expr::Quarter { letter: 'Q', n: 0, year: Some(year), shift: None })),
            _ => None,
        }
    }

    /// A month with a shift (`last May`, `this September`) or with a relative year
    /// (`June last year`, `January this year`).
    fn month_shifted(&self, i: usize) -> Found {
        let shift = self.word(i).filter(|w| one_of(w, list!["last", "next", "this"])).and_then(|w| lookup(lexicon::SHIFTS, w));
        if let Some(shift) = shift {
            let (e, month) = self.month_word(i + 1)?;
            let w = self.word(i + 1)?;
            // "last Nov.": an abbreviation with its period (not "last Oct. 23", a day).
            return (w.len() > 3 || w == "may" || e > i + 2 && self.num(e).is_none()).then_some((e, Expr::Month { month, shift: Some(shift) }));
        }
        let (e, month) = self.month_word(i)?;
        let w = self.word(i)?;
        if !(w.len() > 3 || w == "may") {
            return None;
        }
        let year_shift = self.word(e).filter(|w| one_of(w, list!["last", "next", "this"])).and_then(|w| lookup(lexicon::SHIFTS, w))?;
        (self.word_is(e + 1, "year")).then_some((e + 2, Expr::OfYear { part: Box::new(Expr::Month { month, shift: None }), offset: year_shift, that: false }))
    }

    /// A number of up to three digits after a preposition, not followed by what it counts
    /// (`in 480`, `until 479,`, `the rest of 496`): a year only in a text of years before Christ.
    fn bare_year(&self, i: usize) -> Found {
        let n = self.num(i).filter(|n| (100..=999).contains(n) && self.tok(i).text.len() == 3)?;
        // "from 499 to 493 BC": the first year takes the era of the second.
        let joined = self.t.get(i + 1).map(|t| t.text.as_str()).is_some_and(|w| one_of(w, list!["to", "and", "-", "–", "—"]));
        if joined && self.num(i + 2).is_some() && self.word_in(i + 3, list!["bc", "bce"]) {
            return Some((i + 1, Expr::YearBc(n)));
        }
        let before = self.word_before(i)?;
        let after_ok = match self.t.get(i + 1) {
            None => true,
            // Not what it counts: "in 300 ships", "in 480 cases", "in 20 years".
            Some(t) if t.kind == Kind::Word => !(t.text.ends_with('s') || lookup(lexicon::UNITS, &t.text).is_some()),
            Some(t) => t.kind == Kind::Punct && !(self.glued(i + 1) && one_of(t.text.as_str(), list![".", ",", ":", "%", "-", "/"]) && self.num(i + 2).is_some()),
        };
        let cue = one_of(before, list!["in", "by", "until", "since", "of", "from", "to", "during", "between", "and"]);
        (cue && after_ok && !self.glued(i)).then_some((i + 1, Expr::BareYear(n)))
    }

    /// A year by its last two digits after an apostrophe (`the class of '89`, `in '99`); not a
    /// decade (`'90s`), a closing quote (`the players' 12 goals`) or a quoted number.
    fn clipped_year(&self, i: usize) -> Found {
        if !self.is(i, "'") || i > 0 && (self.is(i - 1, "'") || self.glued(i) && self.tok(i - 1).kind != Kind::Punct) {
            return None;
        }
        let n = self.num(i + 1).filter(|_| self.tok(i + 1).digits(2) && self.glued(i + 1))?;
        if self.glued(i + 2) && self.t.get(i + 2).is_some_and(|t| t.kind != Kind::Punct || t.text == "'") {
            return None;
        }
        Some((i + 2, Expr::ClippedYear(n)))
    }

    /// `now`, `recently`, `the past`, `the future`, `at the moment`, …
    fn reference(&self, i: usize) -> Found {
        let mut best: Found = None;
        for &(words, value) in lexicon::REFERENCES {
            if let Some(e) = self.words(i, words) {
                // "the past" must not swallow "the past two weeks"; "now" not "now that".
                if words == list!["the", "past"] && (self.amount(e).is_some() || self.word_of(e, lexicon::UNITS).is_some()) {
                    continue;
                }
                // "in the past" / "at the moment": the preposition is not part of the extent.
                let first = if words.starts_with(list!["in"]) { i + 1 } else { i };
                if first != i {
                    continue;
                }
                // "current" as an adjective ("the current government"); not the noun ("against
                // the current"), a then-present ("the then current price") or a term
                // ("current account").
                if words == list!["current"] && (self.word(e).map_or(true, |w| lexicon::CURRENT_TERM_SET.contains(w)) || (self.word_before_in(i, list!["then", "electric", "electrical", "ocean", "sea"]))) {
                    continue;
                }
                if words == list!["night"] && !self.word_before_in(i, list!["at"]) {
                    continue;
                }
                // A clause-opening "Now," / "Now for …" turns the talk, it names no time.
                if words == list!["now"] && self.capitalised(i) && (self.is(e, ",") || self.is(e, "for")) {
                    continue;
                }
                if best.as_ref().map_or(true, |(b, _)| e > *b) {
                    best = Some((e, Expr::Reference(value)));
                }
            }
        }
        best
    }

    /// Whether a frequency word at `i` ends a rate: a figure just before it ("$4 million
    /// annually", "10,000 units annually"), or a percentage or a verb of growth
    /// ([`lexicon::CHANGE_VERBS`]) among the few words before it in its clause.
    fn rate_before(&self, i: usize) -> bool {
        let figure = |k: usize| self.tok(k).kind == Kind::Num || self.word_in(k, list!["hundred", "thousand", "million", "billion", "trillion"]);
        if (i.saturating_sub(2)..i).any(figure) {
            return true;
        }
        for k in (i.saturating_sub(5)..i).rev() {
            let t = self.tok(k).text.as_str();
            if one_of(t, list!["%", "percent", "pct"]) || lexicon::CHANGE_VERB_SET.contains(t) {
                return true;
            }
            if self.tok(k).kind == Kind::Punct && !one_of(t, list![".", "$"]) {
                return false;
            }
        }
        false
    }

    /// `every Tuesday`, `each year`, `daily`, `twice a week`, `three times a year`, `on weekends`.
    fn set(&self, i: usize) -> Found {
        let w = self.word(i)?;
        let per_unit = |unit: Unit| -> String {
            let (p, code) = unit.duration_code();
            format!("{p}1{code}")
        };
        if one_of(w, list!["every", "each"]) {
            let quant = if w == "every" { "EVERY" } else { "EACH" };
            // A number may follow: "every 15 minutes".
            let next = self.word(i + 1).unwrap_or_default();
            // "every other week": one in two. ("each other" is a pronoun.)
            if next == "other" && w == "every" {
                let unit = self.word(i + 2).filter(|u| !u.ends_with('s')).and_then(|u| lookup(lexicon::UNITS, u))?;
                let (p, code) = unit.duration_code();
                return Some((i + 3, Expr::Set { value: format!("{p}2{code}"), quant: Some(quant), freq: None }));
            }
            if let Some(day) = lookup(lexicon::WEEKDAYS, next).filter(|_| next.ends_with("day")) {
                return Some((i + 2, Expr::Set { value: format!("XXXX-WXX-{day}"), quant: Some(quant), freq: None }));
            }
            if let Some(month) = lookup(lexicon::MONTHS, next).filter(|_| next.len() > 3 || next == "may") {
                return Some((i + 2, Expr::Set { value: format!("XXXX-{month:02}"), quant: Some(quant), freq: None }));
            }
            if let Some(code) = lookup(lexicon::PARTS_OF_DAY, next) {
                return Some((i + 2, Expr::Set { value: format!("XXXX-XX-XXT{code}"), quant: Some(quant), freq: None }));
            }
            if let Some(unit) = lookup(lexicon::UNITS, next).filter(|_| !next.ends_with('s')) {
                return Some((i + 2, Expr::Set { value: per_unit(unit), quant: Some(quant), freq: None }));
            }
            if let Some((e, Some(n))) = self.amount(i + 1) {
                if let Some(unit) = self.word_of(e, lexicon::UNITS) {
                    let (p, code) = unit.duration_code();
                    return Some((e + 1, Expr::Set { value: format!("{p}{}{code}", super::resolve::decimal(n)), quant: Some(quant), freq: None }));
                }
            }
            return None;
        }
        // A table rather than a `match`: one look-up loop instead of a comparison per word.
        const ADVERBS: lexicon::Table<Unit> = lexicon::table![("daily", Unit::Day), ("weekly", Unit::Week), ("monthly", Unit::Month), ("yearly", Unit::Year), ("hourly", Unit::Hour), ("annually", Unit::Year)];
        let adverb = lookup(ADVERBS, w);
        // "held annually" recurs; "rise 8% annually", "10,000 units annually", "doubling its
        // profits annually" give a rate, which the corpora leave untagged.
        if w == "annually" && self.rate_before(i) {
            return None;
        }
        // "everyday" (one word) as an adverb is every day ("we walk there everyday"); as an
        // adjective it means ordinary ("an everyday matter", "everyday life"), no time: an
        // adverb ends its clause or comes before a preposition or conjunction.
        let clause_goes_on = self.t.get(i + 1).is_some_and(|t| t.kind != Kind::Punct)
            && !self.word_in(i + 1, list!["and", "or", "but", "at", "in", "on", "for", "to", "with", "from", "until", "since", "before", "after", "so", "because", "when", "while", "if", "as", "of"]);
        if w == "everyday" && !clause_goes_on {
            return Some((i + 1, Expr::Set { value: per_unit(Unit::Day), quant: None, freq: None }));
        }
        // "average daily volume", "average hourly earnings": a measure per unit, no recurrence.
        if adverb.is_some() && self.word_before_in(i, list!["average", "avg"]) {
            return None;
        }
        if let Some(unit) = adverb {
            return Some((i + 1, Expr::Set { value: per_unit(unit), quant: None, freq: None }));
        }
        let (times, j) = match w {
            "once" => (1, i + 1),
            "twice" => (2, i + 1),
            "thrice" => (3, i + 1),
            _ => {
                let (e, n) = self.amount(i)?;
                if !self.word_is(e, "times") {
                    return None;
                }
                (n? as u32, e + 1)
            }
        };
        let k = if self.word_in(j, list!["a", "an", "per", "each", "every"]) { j + 1 } else { return None };
        let unit = self.word_of(k, lexicon::UNITS)?;
        Some((k + 1, Expr::Set { value: per_unit(unit), quant: None, freq: Some(format!("{times}X")) }))
    }

    /// A clock time: `10:55`, `3 p.m.`, `3pm`, `10:55 a.m.`, `noon`, `midnight`, `340pm`, and
    /// an hour with `o'clock` or its part of the day (see [`Self::plain_hour`]).
    fn clock(&self, i: usize) -> Found {
        if let Some(w) = self.word(i) {
            return match w {
                s if one_of(s, list!["noon", "midday"]) => Some((i + 1, Expr::Clock { date: None, hour: 12, minute: 0, second: None })),
                "midnight" => Some((i + 1, Expr::Clock { date: None, hour: 0, minute: 0, second: None })),
                _ => None,
            };
        }
        // "340pm", "1140 a.m.": hour and minutes run together, read only with a.m. or p.m.
        let n = self.num(i)?;
        if (3..=4).contains(&self.tok(i).text.len()) {
            let (e, pm) = self.meridiem(i + 1);
            let (h, minute) = (n / 100, n % 100);
            return match pm {
                Some(pm) if (1..=12).contains(&h) && minute < 60 => Some((self.time_zone(e), Expr::Clock { date: None, hour: h % 12 + if pm { 12 } else { 0 }, minute, second: None })),
                _ => None,
            };
        }
        let h = Some(n).filter(|h| *h <= 24 && self.tok(i).text.len() <= 2)?;
        // "8.30pm", "8.30 pm": a dotted time, read as one only with its a.m. or p.m.
        let dotted = self.is(i + 1, ".") && self.glued(i + 1) && self.glued(i + 2) && self.t.get(i + 2).is_some_and(|t| t.digits(2)) && self.meridiem(i + 3).1.is_some();
        let (mut end, minute) = if (self.is(i + 1, ":") || dotted) && self.glued(i + 1) && self.glued(i + 2) && self.t.get(i + 2).is_some_and(|t| t.digits(2)) {
            (i + 3, self.num(i + 2).filter(|m| *m < 60)?)
        } else {
            (i + 1, 0)
        };
        // "8:00:20"
        let second = if end == i + 3 && self.is(end, ":") && self.glued(end) && self.glued(end + 1) && self.t.get(end + 1).is_some_and(|t| t.digits(2)) {
            let s = self.num(end + 1).filter(|s| *s < 60)?;
            end += 2;
            Some(s)
        } else {
            None
        };
        let (e, meridiem) = self.meridiem(end);
        let hour = match meridiem {
            Some(pm) if (1..=12).contains(&h) => (h % 12) + if pm { 12 } else { 0 },
            Some(_) => return None,
            // A bare number is no time, unless o'clock or a part of the day says so.
            None if end == i + 1 => return self.plain_hour(i, end, h),
            None => match self.half_of_day(end, h) {
                // "10:30 in the evening"
                Some((k, hour)) if h <= 12 => return Some((k, Expr::Clock { date: None, hour, minute, second })),
                _ => h % 24,
            },
        };
        end = e;
        end = self.time_zone(end);
        Some((end, Expr::Clock { date: None, hour, minute, second }))
    }

    /// An hour told without a.m. or p.m., `h` at `i` (a number or a word) ending before `e`:
    /// with `o'clock` (`7 o'clock`, `seven o'clock in the evening`, `12 o'clock`), with `noon`
    /// or `midnight` (`12 noon`), or with the part of the day that places it (`4 in the
    /// morning`, `10 at night`) where an hour is clearly meant: after `at` (`around`, `until`
    /// …) or ending the phrase ("scored 4 in the morning session" is no time).
    fn plain_hour(&self, i: usize, e: usize, h: u32) -> Found {
        if !(1..=12).contains(&h) {
            return None;
        }
        if h == 12 && self.word_in(e, list!["noon", "midnight"]) {
            return Some((e + 1, Expr::Clock { date: None, hour: if self.is(e, "noon") { 12 } else { 0 }, minute: 0, second: None }));
        }
        let oclock = self.words(e, list!["o", "'", "clock"]).filter(|_| self.glued(e + 1) && self.glued(e + 2));
        let e = oclock.unwrap_or(e);
        // (Asked last: most numbers are followed by none of these.)
        let at = || self.word_before_in(i, list!["at", "around", "about", "until", "till", "by", "from", "before", "after", "since", "s"]);
        let (end, hour) = match self.half_of_day(e, h) {
            Some((k, hour)) if oclock.is_some() || self.day_ends(k) || at() => (k, hour),
            // "at 7 this morning", "at 10 tonight": the day's words follow (see `core`).
            _ if oclock.is_none() && (self.word_in(e, list!["tonight", "today", "tomorrow", "yesterday"]) || self.is(e, "this") && self.word_of(e + 1, lexicon::PARTS_OF_DAY).is_some()) && at() => (e, h),
            _ => match oclock {
                Some(k) => (k, h),
                None => (e, self.range_start_hour(e, h)?),
            },
        };
        Some((self.time_zone(end), Expr::Clock { date: None, hour, minute: 0, second: None }))
    }

    /// The first hour `h` of a run whose last hour, after `e`, says a.m. or p.m. or its part of
    /// the day ("5 to 6pm", "between 9 and 11 a.m.", "5-6 in the afternoon"; "11 to 1pm" starts
    /// before noon): `h` on the 24-hour clock. ("5 to 6 percent" is no run of hours.)
    fn range_start_hour(&self, e: usize, h: u32) -> Option<u32> {
        if !(self.word_in(e, list!["to", "and", "until", "till", "through"]) || self.is(e, "-")) {
            return None;
        }
        let k = e + 1;
        let last = self.num(k).filter(|n| (1..=12).contains(n) && self.tok(k).text.len() <= 2)?;
        let m = if self.is(k + 1, ":") && self.glued(k + 1) && self.glued(k + 2) && self.t.get(k + 2).is_some_and(|t| t.digits(2)) { k + 3 } else { k + 1 };
        let pm = match self.meridiem(m) {
            (_, Some(pm)) => pm,
            _ => self.half_of_day(m, last)?.1 >= 12,
        };
        let same_half = h % 12 <= last % 12;
        Some(h % 12 + if pm == same_half { 12 } else { 0 })
    }

    /// The part of the day after an hour `h` said without a.m. or p.m. (`in the morning`, `in
    /// the evening`, `at night`): the index after it and the hour on a 24-hour clock.
    fn half_of_day(&self, k: usize, h: u32) -> Option<(usize, u32)> {
        let (end, code) = match self.words(k, list!["in", "the"]) {
            Some(j) => (j + 1, self.word_of(j, lexicon::PARTS_OF_DAY).filter(|_| self.word_in(j, list!["morning", "afternoon", "evening", "night"]))?),
            None => (self.words(k, list!["at", "night"])?, "NI"),
        };
        let hour = match code {
            "NI" if h == 12 => 0,
            "NI" if h < 5 => h,
            "MO" => h % 12,
            _ if h < 12 => h + 12,
            _ => h,
        };
        Some((end, hour))
    }

    /// An hour in words: `seven o'clock`, `seven pm`, `eight forty a.m.`, `ten fifty-five p.m.`,
    /// `at three in the afternoon` (see [`Self::plain_hour`]). Minutes in words are read only
    /// with a.m. or p.m. ("seven thirty" alone is as often a count).
    fn spelled_clock(&self, i: usize) -> Found {
        let h = self.word_of(i, lexicon::NUMBERS).filter(|h| (1..=12).contains(h) && !self.word_in(i, list!["a", "an", "dozen", "couple"]))?;
        let (e, minute) = self.spelled_minutes(i + 1).unwrap_or((i + 1, 0));
        match self.meridiem(e) {
            (k, Some(pm)) => Some((self.time_zone(k), Expr::Clock { date: None, hour: h % 12 + if pm { 12 } else { 0 }, minute, second: None })),
            _ if e == i + 1 => self.plain_hour(i, e, h),
            _ => None,
        }
    }

    /// Minutes in words after an hour: `five` (`oh five`), `fifteen`, `forty`, `forty five`,
    /// `forty-five`; the index after them and their number.
    fn spelled_minutes(&self, j: usize) -> Option<(usize, u32)> {
        if self.word_is(j, "oh") {
            return Some((j + 2, self.word_of(j + 1, lexicon::NUMBERS).filter(|n| (1..10).contains(n) && !self.word_in(j + 1, list!["a", "an"]))?));
        }
        let n = self.word_of(j, lexicon::NUMBERS).filter(|n| (1..60).contains(n) && !self.word_in(j, list!["a", "an", "dozen", "couple"]))?;
        let k = self.past_hyphen(j + 1);
        match self.word_of(k, lexicon::NUMBERS).filter(|u| (1..10).contains(u) && !self.word_in(k, list!["a", "an", "couple"])) {
            Some(u) if n >= 20 && n % 10 == 0 => Some((k + 1, n + u)),
            _ => Some((j + 1, n)),
        }
    }

    /// Like `clock`, but also `22.09` (a dotted time, only right after a date).
    fn clock_or_dotted(&self, i: usize) -> Found {
        if let Some(found) = self.clock(i).or_else(|| self.spoken_clock(i)) {
            return Some(found);
        }
        let h = self.num(i).filter(|h| *h < 24 && self.tok(i).text.len() <= 2)?;
        if self.is(i + 1, ".") && self.glued(i + 1) && self.glued(i + 2) && self.t.get(i + 2).is_some_and(|t| t.digits(2)) {
            let minute = self.num(i + 2).filter(|m| *m < 60)?;
            return Some((self.time_zone(i + 3), Expr::Clock { date: None, hour: h, minute, second: None }));
        }
        None
    }

    /// `a.m.`, `am`, `p.m.`, `pm` at `i`: the index after it and whether it is p.m.
    fn meridiem(&self, i: usize) -> (usize, Option<bool>) {
        match self.word(i) {
            Some("am") => (i + 1, Some(false)),
            Some("pm") => (i + 1, Some(true)),
            Some(w @ ("a" | "p")) if self.is(i + 1, ".") && self.word_is(i + 2, "m") => {
                let end = if self.is(i + 3, ".") && self.glued(i + 3) { i + 4 } else { i + 3 };
                (end, Some(w == "p"))
            }
            _ => (i, None),
        }
    }

    /// A UTC offset glued to an ISO time or to `GMT` or `UTC` (`Z`, `+09:00`, `-0530`, `+09`):
    /// the index after it. (Not after other times: "10:55-11:30" is a range.)
    fn utc_offset(&self, i: usize) -> usize {
        if !self.glued(i) {
            return i;
        }
        if self.word_is(i, "z") {
            return i + 1;
        }
        // Offsets run from -12:00 to +14:00, in whole minutes.
        let digits = |k: usize, n: usize, max: u32| self.glued(k) && self.t.get(k).is_some_and(|t| t.digits(n) && t.num.is_some_and(|v| v <= max && v % 100 < 60));
        if !(self.is(i, "+") || self.is(i, "-")) {
            i
        } else if digits(i + 1, 2, 14) && self.is(i + 2, ":") && self.glued(i + 2) && digits(i + 3, 2, 59) {
            i + 4
        } else if digits(i + 1, 2, 14) || digits(i + 1, 4, 1400) {
            i + 2
        } else {
            i
        }
    }

    /// Skips a time-zone abbreviation (`BST`, `GMT`, `ET`, `UTC`, `GMT+0900`, `local time`).
    fn time_zone(&self, i: usize) -> usize {
        match self.word(i) {
            Some(s) if one_of(s, list!["gmt", "utc"]) && self.src[self.tok(i).start..self.tok(i).end].chars().all(char::is_uppercase) => self.utc_offset(i + 1),
            Some(s) if one_of(s, list!["bst", "cet", "cest", "est", "edt", "et", "pst", "pdt", "msk", "eet", "eest"]) && (self.tok(i).text.len() <= 4 && self.src[self.tok(i).start..self.tok(i).end].chars().all(char::is_uppercase)) => i + 1,
            Some("local") if self.is(i + 1, "time") => i + 2,
            _ => i,
        }
    }
}

/// Rules for the phrasings of requests to an assistant and of diaries: the weeks of named days,
/// the ends and remainders of the current day and units, hours on days, spelled-out years.
impl Parser<'_> {
    /// The day that names a week (`the week of March 6`, `the week of the 18th`): a date with its
    /// day, or a day of the month alone after `the`.
    fn week_day(&self, k: usize) -> Found {
        if let Some((e, date @ Expr::Calendar { day: Some(_), .. })) = self.named_date(k).or_else(|| self.numeric_date(k)) {
            return Some((e, date));
        }
        if !self.is(k, "the") {
            return None;
        }
        let (e, day) = self.day_number(k + 1).filter(|(e, _)| *e == k + 3).or_else(|| self.day_word(k + 1, false))?;
        self.day_ends(e).then_some((e, Expr::DayOfMonth { day, weekday: None }))
    }

    /// A week named by one of its days without the article (`week of Sept. 16`) or by the
    /// abbreviation `w/c` ("week commencing", `w/c Feb 4`).
    fn week_commencing(&self, i: usize) -> Found {
        let k = if self.is(i, "week") && self.is(i + 1, "of") {
            i + 2
        } else if self.is(i, "w") && self.is(i + 1, "/") && self.is(i + 2, "c") && self.glued(i + 1) && self.glued(i + 2) {
            i + 3
        } else {
            return None;
        };
        let (e, date) = self.week_day(k)?;
        Some((e, Expr::WeekOf(Box::new(date))))
    }

    /// The end of the current day as a noun: `the end of the day`, `end of day`, `EOD` (with
    /// `mod` END); not the idiom "At the end of the day, …" (all things considered).
    fn day_end(&self, i: usize) -> Found {
        let k = if self.is(i, "the") { i + 1 } else { i };
        if self.is(k, "eod") {
            return Some((k + 1, Expr::UnitEnd(Unit::Day)));
        }
        let j = self.words(k, list!["end", "of"])?;
        let d = if self.is(j, "the") { j + 1 } else { j };
        if !self.is(d, "day") || self.t.get(d + 1).is_some_and(|t| t.text == "'" || t.text == "’" || t.text == "-") {
            return None;
        }
        let at = if k > 0 && self.is(k - 1, "the") { k.checked_sub(2) } else { k.checked_sub(1) };
        let idiom = at.is_some_and(|a| self.is(a, "at") && (self.capitalised(a) || self.is(d + 1, ",")));
        (!idiom).then_some((d + 1, Expr::UnitEnd(Unit::Day)))
    }

    /// The rest of the current unit: `the rest of the week`, `rest of this month`, `the rest of
    /// my week`, `rest of week`. TIMEX3 has no value for a remainder; as TimeML annotates "the
    /// rest of the year", it is the unit.
    fn rest_of(&self, i: usize) -> Found {
        let k = if self.is(i, "the") { i + 1 } else { i };
        let j = self.words(k, list!["rest", "of"])?;
        let u = if self.word_in(j, list!["the", "this", "my", "current"]) { j + 1 } else { j };
        let unit = match self.word(u)? {
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "day" => Unit::Day,
            _ => return None,
        };
        Some((u + 1, Expr::Relative { unit, offset: 0 }))
    }

    /// The speaker's own current day, week or weekend, as people ask an assistant about them:
    /// `my week`, `my weekend`, `what does my day look like`.
    fn my_unit(&self, i: usize) -> Found {
        if !self.is(i, "my") {
            return None;
        }
        let unit = match self.word(i + 1)? {
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "day" => Unit::Day,
            _ => return None,
        };
        // "made my day", "my day in court", "my day off", "my week's wages": no date.
        // "in my day" is the speaker's youth.
        let made = self.word_before_in(i, list!["made", "make", "makes", "making", "in"]);
        let noun_after = self.word_in(i + 2, list!["in", "off", "out", "of", "job", "s"]) || self.is(i + 2, "'") || self.is(i + 2, "-");
        (!made && !noun_after).then_some((i + 2, Expr::Relative { unit, offset: 0 }))
    }

    /// A weekend said without its article after a preposition: `on weekend`, `over weekend`.
    fn bare_weekend(&self, i: usize) -> Found {
        let before = self.word_before(i)?;
        (self.is(i, "weekend") && one_of(before, list!["on", "over", "at", "during"]) && !self.is(i + 1, "-") && self.day_ends(i + 1)).then_some((i + 1, Expr::TheUnit(Unit::Weekend)))
    }

    /// A day of the month by its ordinal number with a clock time: `5th at 4 a.m.`.
    fn day_at_clock(&self, i: usize) -> Found {
        let (e, day) = self.day_number(i).filter(|(e, _)| *e == i + 2)?;
        if !self.is(e, "at") {
            return None;
        }
        match self.clock(e + 1)? {
            (end, Expr::Clock { date: None, hour, minute, second }) => Some((end, Expr::Clock { date: Some(Box::new(Expr::DayOfMonth { day, weekday: None })), hour, minute, second })),
            _ => None,
        }
    }

    /// An hour after `at` with the day it falls on: `(at) seven on 15`, `(at) 7 on Friday`.
    fn hour_on_date(&self, i: usize) -> Found {
        let (e, hour, minute) = self.bare_hour(i.checked_sub(1)?, "")?;
        if e != i + 1 || !self.is(e, "on") {
            return None;
        }
        let date = self.longest(e + 1, &[|p, j| p.weekday(j), |p, j| p.named_date(j), |p, j| p.day_of_month(j)]);
        match date? {
            (end, date @ (Expr::Weekday { .. } | Expr::WeekdayOfWeek { .. } | Expr::Calendar { day: Some(_), .. } | Expr::DayOfMonth { .. })) => Some((end, Expr::Clock { date: Some(Box::new(date)), hour, minute, second: None })),
            _ => None,
        }
    }

    /// A year of the common era written as `year` and its number (`year 247`, `the year two
    /// hundred and sixty seven`), or spelled out with its hundreds (`in one thousand seven
    /// hundred and eighty nine`).
    fn spelled_year(&self, i: usize) -> Found {
        if self.is(i, "the") && self.is(i + 1, "year") {
            return self.spelled_year(i + 1);
        }
        if self.is(i, "year") {
            if let Some(y) = self.num(i + 1).filter(|y| (100..=2999).contains(y) && self.tok(i + 1).text.len() <= 4 && self.day_ends(i + 2)) {
                return Some((i + 2, Expr::Year(y as i32)));
            }
            let (e, y) = self.number_words(i + 1).filter(|(_, y)| (100..=2999).contains(y))?;
            return self.day_ends(e).then_some((e, Expr::Year(y as i32)));
        }
        if !self.is(i.checked_sub(1)?, "in") {
            return None;
        }
        let (e, y) = self.number_words(i).filter(|(_, y)| (1000..=2999).contains(y))?;
        self.day_ends(e).then_some((e, Expr::Year(y as i32)))
    }

    /// A number spelled with its thousands and hundreds (`one thousand seven hundred and eighty
    /// nine`, `two hundred and sixty seven`); the index after it. A number of neither is left
    /// to the other rules.
    fn number_words(&self, i: usize) -> Option<(usize, u32)> {
        let digit = |k: usize| self.word(k).filter(|w| !one_of(w, list!["a", "an", "couple", "dozen"])).and_then(|w| lookup(lexicon::NUMBERS, w)).filter(|n| (1..=9).contains(n));
        let mut k = i;
        let mut total = 0;
        if let Some(n) = digit(k).filter(|_| self.is(k + 1, "thousand")) {
            total += n * 1000;
            k += 2;
        }
        // "seven hundred"; "eighteen hundred" (1800) when no thousands were said
        let hundreds = |k: usize| self.word_of(k, lexicon::NUMBERS).filter(|n| (1..=19).contains(n) && (*n <= 9 || total == 0) && !self.word_in(k, list!["a", "an", "couple", "dozen"]));
        if let Some(n) = hundreds(k).filter(|_| self.is(k + 1, "hundred")) {
            total += n * 100;
            k += 2;
        }
        if k == i || k == i + 2 && total >= 1000 && !self.is(k, "and") && digit(k).is_none() {
            return (k > i).then_some((k, total));
        }
        let j = if self.is(k, "and") { k + 1 } else { k };
        let rest = match self.word_of(j, lexicon::NUMBERS).filter(|_| !self.word_in(j, list!["a", "an", "couple", "dozen"])) {
            Some(n @ 20..=90) if n % 10 == 0 => {
                let u = self.past_hyphen(j + 1);
                match digit(u) {
                    Some(d) => Some((u + 1, n + d)),
                    None => Some((j + 1, n)),
                }
            }
            Some(n @ 1..=19) => Some((j + 1, n)),
            _ => None,
        };
        match rest {
            Some((e, n)) => Some((e, total + n)),
            None if j == k => Some((k, total)),
            None => None,
        }
    }
}

/// Words the message-style rules (the last entries of [`RULES`]) never start on: prepositions and
/// conjunctions they only look back at or past, and units they read after a number.
pub(super) const MESSAGE_SKIPS: List = list![
    "of", "in", "on", "for", "and", "to", "at", "by", "from", "or", "than", "over", "after", "before", "since",
    "until", "during", "between", "through", "about", "around", "some", "up", "under", "more", "less", "no",
    "that", "year", "years", "month", "months", "day", "days", "time", "now", "ago", "s",
];

/// Rules for dates written the way people write them in messages and diaries: numeric forms
/// without a year, days of the month by number or word, weekdays of a named week, counted
/// shifts from a named day, compound lengths, and times joined to sets.
impl Parser<'_> {
    /// A year of this millennium as spoken after a date: `two thousand`, `two thousand and
    /// eighteen`, `two thousand twenty`; the index after it.
    fn spoken_millennium(&self, i: usize) -> Option<(usize, i32)> {
        let e = self.words(i, list!["two", "thousand"])?;
        let k = if self.is(e, "and") { e + 1 } else { e };
        match self.word(k).and_then(|_| self.amount(k)) {
            Some((end, Some(n))) if (1.0..=99.0).contains(&n) && n.fract() == 0.0 && !self.word_in(k, list!["a", "an"]) => Some((end, 2000 + n as i32)),
            _ => (k == e).then_some((e, 2000)),
        }
    }

    /// The day after a month name: `12`, `12th`, `.16th` glued, `first`, `twenty-first`,
    /// `twenty one`, `the 21st`, `the twenty-first`.
    fn month_day(&self, j: usize) -> Option<(usize, u32)> {
        if let Some(found) = self.day_number(j) {
            return Some(found);
        }
        if self.is(j, ".") && self.glued(j) && self.glued(j + 1) {
            return self.day_number(j + 1);
        }
        let k = if self.is(j, "the") { j + 1 } else { j };
        if k > j {
            if let Some(found) = self.day_number(k) {
                return Some(found);
            }
        }
        let (e, day) = self.day_word(k, false).or_else(|| self.day_word(k, true).filter(|(_, d)| *d >= 21))?;
        // "January first-quarter", "June third quarter": an ordinal of something else.
        let next_is_noun = self.hyphen(e) || self.word(e).is_some_and(|w| lookup(lexicon::UNITS, w).is_some() || one_of(w, list!["half", "time", "round"]));
        (!next_is_noun).then_some((e, day))
    }

    /// Whether a month name written lowercase at `i` is still a month: next to a day or year
    /// (`april 22`, `june 2016`, `22 of jan`, `1st jan`, `jan twenty two`) or after
    /// `last`/`next`/`this` (`next june`); "may" and "march", verbs too, only between a date's
    /// words (`the 4th of march`, `on may 5`, `since march 2016`).
    fn lowercase_month(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        let j = if self.is(i + 1, ".") && self.glued(i + 1) { i + 2 } else { i + 1 };
        let number_after = self.t.get(j).is_some_and(|t| t.kind == Kind::Num && t.text.len() <= 4) || self.day_word(j, true).is_some();
        // A day's number or ordinal ("22", "fourth", the "th" of "4th").
        let day_at = |k: usize| self.t.get(k).is_some_and(|b| b.kind == Kind::Num || lookup(lexicon::ORDINALS, &b.text).is_some() || (one_of(b.text.as_str(), list!["st", "nd", "rd", "th"]) && self.glued(k) && k > 0 && self.num(k - 1).is_some()));
        if one_of(w, list!["may", "march", "mar"]) {
            // The verbs need a date on both sides: "the 4th of march", or a date's preposition
            // before and a day or year after ("on may 5", "since march 2016", "on may the 11th").
            let day_after = number_after || self.is(j, "the") && (self.day_number(j + 1).is_some() || self.day_word(j + 1, false).is_some());
            return i > 1 && self.word_before(i) == Some("of") && day_at(i - 2)
                || self.word_before_in(i, list!["on", "since", "until", "till", "from", "before", "after", "in", "by"]) && day_after;
        }
        let before = i.checked_sub(1).map(|b| self.tok(b));
        let cue_before = i > 0 && day_at(i - 1) || before.is_some_and(|b| one_of(b.text.as_str(), list!["last", "next", "this", "of"]));
        let year_after = self.word_in(j, list!["next", "last", "this"]) && self.word_is(j + 1, "year");
        number_after || cue_before || year_after
    }

    /// A day of the month written as a word: ordinals (`first`, `twenty-first`, `twenty first`)
    /// and, when `cardinal`, numbers (`fifteen`, `twenty one`, `thirty`); the index after it.
    fn day_word(&self, i: usize, cardinal: bool) -> Option<(usize, u32)> {
        let w = self.word(i)?;
        let plain = |u: &str| lookup(lexicon::NUMBERS, u).filter(|n| (1..=19).contains(n) && !one_of(u, list!["a", "an", "couple", "dozen"]));
        if let Some(tens) = match w {
            "twenty" => Some(20),
            "thirty" => Some(30),
            _ => None,
        } {
            let k = self.past_hyphen(i + 1);
            if let Some(u) = self.word(k) {
                let unit = lookup(lexicon::ORDINALS, u).filter(|o| (1..=9).contains(o)).or_else(|| plain(u).filter(|n| cardinal && *n <= 9));
                if let Some(d) = unit.map(|u| tens + u).filter(|d| *d <= 31) {
                    return Some((k + 1, d));
                }
            }
            return cardinal.then_some((i + 1, tens));
        }
        if let Some(o) = lookup(lexicon::ORDINALS, w).filter(|o| (1..=31).contains(o)) {
            return Some((i + 1, o));
        }
        plain(w).filter(|_| cardinal).map(|n| (i + 1, n))
    }

    /// Whether the clause ends after a day of the month at `e` (end of text, punctuation that
    /// starts no number, or `at` before a time).
    fn day_ends(&self, e: usize) -> bool {
        match self.t.get(e) {
            None => true,
            Some(t) if t.kind == Kind::Punct => {
                let joins_number = self.glued(e + 1) && self.num(e + 1).is_some();
                !(one_of(t.text.as_str(), list!["-", "%", "/", ":", "$"]) || joins_number)
            }
            Some(_) => self.word_is(e, "at"),
        }
    }

    /// A day of the month alone, where a date is clearly meant: `for the 27th`, `on the
    /// second`, `by the twenty second`, `on 15` (the clause ending there).
    fn day_of_month(&self, i: usize) -> Found {
        let before = self.word_before(i)?;
        if !one_of(before, list!["on", "for", "by", "until", "till"]) {
            return None;
        }
        let (e, day) = if self.is(i, "the") {
            self.day_number(i + 1).or_else(|| self.day_word(i + 1, true))?
        } else if before == "on" {
            self.day_number(i)?
        } else {
            return None;
        };
        self.day_ends(e).then_some((e, Expr::DayOfMonth { day, weekday: None }))
    }

    /// `this week`, `next week`, `last week` at `i`: the index after it and the weeks from the
    /// anchor's.
    fn named_week(&self, i: usize) -> Option<(usize, i64)> {
        let weeks = match self.word(i)? {
            "this" => 0,
            "next" => 1,
            s if one_of(s, list!["last", "previous"]) => -1,
            _ => return None,
        };
        (self.word_is(i + 1, "week")).then_some((i + 2, weeks))
    }

    /// A weekday of a named week: `Friday next week`, `Sunday of last week`, `this week
    /// Friday`, `next week on Monday`.
    fn weekday_of_week(&self, i: usize) -> Found {
        // Cheap first: a named week must be in reach.
        let w = self.word(i)?;
        let week_near = if one_of(w, list!["this", "next", "last", "previous"]) { self.is(i + 1, "week") } else { (i + 2..i + 5).any(|k| self.is(k, "week")) };
        if !week_near {
            return None;
        }
        if let Some((e, Expr::Weekday { day, shift: None })) = self.weekday(i) {
            let k = if self.is(e, "of") { e + 1 } else { e };
            if let Some((end, weeks)) = self.named_week(k) {
                return Some((end, Expr::WeekdayOfWeek { day, weeks }));
            }
        }
        let (e, weeks) = self.named_week(i)?;
        let k = if self.is(e, "on") || self.is(e, ",") { e + 1 } else { e };
        match self.weekday(k)? {
            (end, Expr::Weekday { day, shift: None }) => Some((end, Expr::WeekdayOfWeek { day, weeks })),
            _ => None,
        }
    }

    /// A day of a relative month: `the 20th of next month`, `15th of this month`.
    fn day_in_month(&self, i: usize) -> Found {
        if !(i + 1..i + 7).any(|k| self.is(k, "month")) {
            return None;
        }
        let j = if self.is(i, "the") { i + 1 } else { i };
        let (e, day) = self.day_number(j).or_else(|| self.day_word(j, false))?;
        if !self.is(e, "of") {
            return None;
        }
        let months = match self.word(e + 1)? {
            s if one_of(s, list!["this", "the"]) && (self.word_is(e + 2, "month") && self.word_is(e + 1, "this")) => 0,
            "next" => 1,
            s if one_of(s, list!["last", "previous"]) => -1,
            _ => return None,
        };
        (self.word_is(e + 2, "month")).then_some((e + 3, Expr::DayInMonth { day, months }))
    }

    /// The n-th weekday of a month: `the first Friday of July`, `the second Monday of next
    /// month`, `the last Sunday in this month`, `first Sunday` (of the anchor's month).
    fn nth_weekday(&self, i: usize) -> Found {
        if !(i + 1..i + 3).any(|k| self.word(k).is_some_and(|w| w.ends_with("day"))) {
            return None;
        }
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let n = match self.word(j)? {
            "last" => 5,
            w => lookup(lexicon::ORDINALS, w).filter(|n| (1..=5).contains(n))?,
        };
        let w = self.word(j + 1)?;
        // "the last day of October", "the first day of next month": day 0, any day.
        let day = if w == "day" { 0 } else { lookup(lexicon::WEEKDAYS, w).filter(|_| w.ends_with("day"))? };
        let e = j + 2;
        if self.is(e, "of") || self.is(e, "in") {
            if let Some((end, month)) = self.month_word(e + 1) {
                // "the last day of February 2024": a date.
                if let Some(year) = self.four_digit_year(end).filter(|_| day == 0) {
                    let date = if n >= 5 { super::calendar::month_end(year, month) } else { super::calendar::ymd(year, month, n) }?;
                    return Some((end + 1, Expr::Calendar { year: Some(year), month: Some(month), day: Some(chrono::Datelike::day(&date)) }));
                }
                return Some((end, Expr::NthWeekday { n, day, month: Some(month), offset: 0 }));
            }
            let offset = match self.word(e + 1) {
                Some(s) if one_of(s, list!["this", "the"]) => 0,
                Some(s) if one_of(s, list!["next", "following"]) => 1,
                Some(s) if one_of(s, list!["last", "previous"]) => -1,
                _ => return None,
            };
            return (self.word_is(e + 2, "month")).then_some((e + 3, Expr::NthWeekday { n, day, month: None, offset }));
        }
        // "first Sunday" alone; "the last Friday" is a weekday gone by, not an n-th one.
        (!the && n <= 4 && day > 0).then_some((e, Expr::NthWeekday { n, day, month: None, offset: 0 }))
    }

    /// A count of days or weeks from a named day: `two days from tomorrow`, `three weeks after
    /// today`, `two days before yesterday`.
    fn counted_from_day(&self, i: usize) -> Found {
        let day_follows = |k: usize| self.word_in(k, list!["from", "after", "before"]) && self.word_of(k + 1, lexicon::DEICTIC_DAYS).is_some();
        if !(i + 1..i + 6).any(day_follows) {
            return None;
        }
        // "a week from today": the article counts one here, with no length's frame around it.
        let one = || Some((i + 2, Expr::Duration { unit: self.word_of(i + 1, lexicon::UNITS)?, amount: Some(1.0) }));
        let (e, expr) = self.counted(i).or_else(|| if self.word_in(i, list!["a", "an"]) { one() } else { None })?;
        let Expr::Duration { unit: unit @ (Unit::Day | Unit::Week), amount: Some(n) } = expr else { return None };
        if n.fract() != 0.0 {
            return None;
        }
        let sign = match self.word(e)? {
            s if one_of(s, list!["from", "after"]) => 1,
            "before" => -1,
            _ => return None,
        };
        let base = self.word_of(e + 1, lexicon::DEICTIC_DAYS).filter(|_| !self.word_is(e + 1, "tonight"))?;
        let days = n as i64 * if unit == Unit::Week { 7 } else { 1 };
        Some((e + 2, Expr::Deictic(base + sign * days)))
    }

    /// Several counted units in a row: `2 years 1 month`, `one week three days`, `1 month and
    /// 21 days ago`, `2 years, 3 months later`.
    fn compound(&self, i: usize) -> Found {
        let counts = self.t.get(i).is_some_and(|t| t.kind == Kind::Num) || self.word_of(i, lexicon::NUMBERS).is_some();
        if !counts || self.four_digit_year(i).is_some() || !(i + 1..i + 3).any(|k| self.word_of(k, lexicon::UNITS).is_some()) {
            return None;
        }
        let mut parts: Vec<(Unit, u32)> = Vec::new();
        let mut j = i;
        let mut end = i;
        loop {
            if !parts.is_empty() && self.word_in(j, list!["a", "an"]) {
                break; // "24 hours a day": a rate
            }
            let Some((e, Some(n))) = self.amount(j) else { break };
            let Some(unit) = self.word_of(e, lexicon::UNITS) else { break };
            if n.fract() != 0.0 || n < 1.0 || parts.iter().any(|(u, _)| *u == unit) || matches!(unit, Unit::Weekend) {
                break;
            }
            parts.push((unit, n as u32));
            end = e + 1;
            j = if self.is(end, ",") || self.is(end, "and") { end + 1 } else { end };
        }
        if parts.len() < 2 {
            return None;
        }
        let (end, direction) = match self.word(end) {
            Some("ago") => (end + 1, -1),
            Some("later") => (end + 1, 1),
            Some("from") if self.is(end + 1, "now") => (end + 2, 1),
            _ => (end, 0),
        };
        Some((end, Expr::Compound { parts, direction }))
    }

    /// An hour written after `at` or `around` with no clock form (`at 7`, `at seven`), for a
    /// part of the day that says whether it is before or after noon; the index after it.
    fn bare_hour(&self, i: usize, code: &str) -> Option<(usize, u32, u32)> {
        if !self.word_in(i, list!["at", "around"]) {
            return None;
        }
        // "last night at 10:15"
        if let Some((e, Expr::Clock { hour, minute, date: None, .. })) = self.clock(i + 1) {
            return Some((e, in_part_of_day(code, hour), minute));
        }
        let (e, h) = match self.num(i + 1) {
            Some(h) if self.tok(i + 1).text.len() <= 2 => (i + 2, h),
            _ => (i + 2, lookup(lexicon::NUMBERS, self.word(i + 1)?).filter(|_| !self.word_in(i + 1, list!["a", "an", "couple", "dozen"]))?),
        };
        // The hour ends the phrase ("at 7.", "at seven on Friday"), not a number ("at 1,015 francs").
        let ends = self.day_ends(e) || self.word_in(e, list!["on", "in", "tonight", "tomorrow", "today", "this", "and", "or", "sharp"]);
        if !(1..=12).contains(&h) || !ends {
            return None;
        }
        Some((e, in_part_of_day(code, h), 0))
    }

    /// A part of a named day said before it: `the night of 14 March 1842`, `the early morning
    /// hours of 2 May`, `early in the morning of April 9, 1842`.
    fn part_of_date(&self, i: usize) -> Found {
        let k = match self.word(i)? {
            "early" | "late" => self.words(i + 1, list!["in", "the"])?,
            "the" if self.word_in(i + 1, list!["early", "late"]) => i + 2,
            "the" => i + 1,
            _ => return None,
        };
        let code = self.word(k).filter(|p| one_of(p, list!["morning", "afternoon", "evening", "night"])).and_then(|p| lookup(lexicon::PARTS_OF_DAY, p))?;
        let of = if self.word_is(k + 1, "hours") { k + 2 } else { k + 1 };
        if !self.is(of, "of") {
            return None;
        }
        let (end, date) = self.longest(of + 1, &[|p, j| p.weekday(j), |p, j| p.named_date(j), |p, j| p.numeric_date(j)])?;
        matches!(date, Expr::Weekday { .. } | Expr::Calendar { day: Some(_), .. }).then_some((end, Expr::PartOfDate { date: Box::new(date), code }))
    }

    /// A part of a named day with its hour: `this morning at 7`, `tonight around 10`,
    /// `tomorrow morning at 7am`.
    fn part_of_day_at(&self, i: usize) -> Found {
        if !(i + 1..i + 4).any(|k| self.word_in(k, list!["at", "around"])) {
            return None;
        }
        let (e, expr) = match self.deictic(i)? {
            // "tomorrow morning"
            (e, day @ Expr::Deictic(_)) => match self.word_of(e, lexicon::PARTS_OF_DAY) {
                Some(code) if !self.word_is(e, "tonight") => (e + 1, Expr::PartOfDay { date: Box::new(day), code }),
                _ => return None,
            },
            found => found,
        };
        let Expr::PartOfDay { date, code } = expr else { return None };
        let (end, hour, minute) = self.bare_hour(e, code)?;
        Some((end, Expr::Clock { date: Some(date), hour, minute, second: None }))
    }

    /// An hour before a part of a named day: `7, this morning`, `10, tonight`.
    fn hour_then_part_of_day(&self, i: usize) -> Found {
        let h = self.num(i).filter(|h| (1..=12).contains(h) && self.tok(i).text.len() <= 2)?;
        if !self.is(i + 1, ",") || self.glued(i + 1) && self.num(i + 2).is_some() {
            return None;
        }
        let (e, expr) = self.deictic(i + 2)?;
        let Expr::PartOfDay { date, code } = expr else { return None };
        Some((e, Expr::Clock { date: Some(date), hour: in_part_of_day(code, h), minute: 0, second: None }))
    }

    /// A whole unit as a length: `for all week`, `an all-day meeting`, `a fortnight`.
    fn whole_unit(&self, i: usize) -> Found {
        if self.word_is(i, "all") {
            let hyphen = self.hyphen(i + 1) && self.glued(i + 2);
            let k = if hyphen { i + 2 } else { i + 1 };
            let unit = self.word(k).filter(|u| one_of(u, list!["day", "week", "month", "year"])).and_then(|u| lookup(lexicon::UNITS, u))?;
            let after_for = self.word_is(i.wrapping_sub(1), "for");
            return (hyphen || after_for).then_some((k + 1, Expr::Duration { unit, amount: Some(1.0) }));
        }
        // Not on the words message rules never start on ("some fortnight"): see `MESSAGE_SKIPS`.
        if !(i + 1..i + 3).any(|k| self.word(k).is_some_and(|w| w.starts_with("fortnight"))) || self.word_in(i, MESSAGE_SKIPS) {
            return None;
        }
        let (e, n) = self.amount(i)?;
        // "a fortnight ago": two weeks back.
        if let Some(n) = n.filter(|n| n.fract() == 0.0 && self.word_is(e + 1, "ago") && self.word(e).is_some_and(|w| w.starts_with("fortnight"))) {
            return Some((e + 2, Expr::Relative { unit: Unit::Week, offset: -2 * n as i64 }));
        }
        match self.word(e) {
            Some("fortnight") => Some((e + 1, Expr::Duration { unit: Unit::Week, amount: n.map(|n| 2.0 * n) })),
            Some("fortnights") if n.is_some_and(|n| n > 1.0) => Some((e + 1, Expr::Duration { unit: Unit::Week, amount: n.map(|n| 2.0 * n) })),
            _ => None,
        }
    }

    /// Recurrences on a date or every other weekday: `each 4/15`, `every May 1`, `every other
    /// Friday`.
    fn set_on_date(&self, i: usize) -> Found {
        let quant = match self.word(i)? {
            "every" => "EVERY",
            "each" => "EACH",
            _ => return None,
        };
        if self.is(i + 1, "other") {
            let (e, expr) = self.weekday(i + 2)?;
            let Expr::Weekday { day, shift: None } = expr else { return None };
            return Some((e, Expr::Set { value: format!("XXXX-WXX-{day}"), quant: Some(quant), freq: None }));
        }
        let (e, expr) = self.numeric_short(i + 1).or_else(|| self.named_date(i + 1))?;
        let Expr::Calendar { year: None, month: Some(m), day: Some(d) } = expr else { return None };
        Some((e, Expr::Set { value: format!("XXXX-{m:02}-{d:02}"), quant: Some(quant), freq: None }))
    }

    /// A run of days whose end is a full date: `from 4 to January 22, 1995`.
    fn day_to_date(&self, i: usize) -> Found {
        let before = self.word_before(i)?;
        if !one_of(before, list!["from", "between"]) {
            return None;
        }
        let (j, from) = self.day_number(i)?;
        if !self.word_in(j, list!["to", "until", "till", "through", "and"]) {
            return None;
        }
        match self.named_date(j + 1)? {
            (e, Expr::Calendar { year, month: Some(month), day: Some(to) }) if to > from => Some((e, Expr::DayRange { year, month, from, to })),
            _ => None,
        }
    }

    /// A month of a year written year first, or with a short year: `2016 November`, `2016, nov`,
    /// `2016 - 11`, `11 / 2016`, `August 99`.
    fn year_month(&self, i: usize) -> Found {
        if let Some(y) = self.four_digit_year(i).filter(|y| (1900..=2100).contains(y)) {
            let k = if self.is(i + 1, ",") { i + 2 } else { i + 1 };
            if let Some(w) = self.word(k) {
                let month = lookup(lexicon::MONTHS, w).filter(|_| self.capitalised(k) || !one_of(w, list!["may", "march", "mar"]))?;
                let e = if self.is(k + 1, ".") && self.glued(k + 1) && w.len() <= 4 { k + 2 } else { k + 1 };
                // Not "2016 June 5" (a day follows) nor "the 2016 May election" (a noun does).
                let ends = self.day_ends(e) || self.word_in(e, list!["and", "to", "until", "through"]);
                return ends.then_some((e, Expr::Calendar { year: Some(y), month: Some(month), day: None }));
            }
            let sep = self.t.get(i + 1).filter(|t| one_of(t.text.as_str(), list!["-", "/"]))?;
            let spaced = sep.space_before || self.t.get(i + 2).is_some_and(|t| t.space_before);
            let m = self.num(i + 2).filter(|m| (1..=12).contains(m) && self.tok(i + 2).text.len() <= 2)?;
            let span_of_years = (y as u32 % 100 + 1) % 100 == m && self.tok(i + 2).text.len() == 2;
            return (spaced && !span_of_years && self.day_ends(i + 3)).then_some((i + 3, Expr::Calendar { year: Some(y), month: Some(m), day: None }));
        }
        if let Some(m) = self.num(i).filter(|m| (1..=12).contains(m) && self.tok(i).text.len() <= 2) {
            let sep = self.t.get(i + 1).filter(|t| one_of(t.text.as_str(), list!["-", "/"]))?;
            let spaced = sep.space_before || self.t.get(i + 2).is_some_and(|t| t.space_before);
            let y = self.four_digit_year(i + 2).filter(|y| (1900..=2100).contains(y))?;
            let after_number = i > 0 && self.tok(i - 1).kind == Kind::Num;
            return (spaced && !after_number && self.day_ends(i + 3)).then_some((i + 3, Expr::Calendar { year: Some(y), month: Some(m), day: None }));
        }
        // "August 99"
        if !self.t.get(i + 1).is_some_and(|t| t.digits(2)) && !self.t.get(i + 2).is_some_and(|t| t.digits(2)) {
            return None;
        }
        let (j, month) = self.month_word(i)?;
        let n = self.num(j).filter(|n| (32..=99).contains(n) && self.tok(j).text.len() == 2)?;
        let year = if n < 50 { 2000 + n as i32 } else { 1900 + n as i32 };
        self.day_ends(j + 1).then_some((j + 1, Expr::Calendar { year: Some(year), month: Some(month), day: None }))
    }

    /// A counted stretch without an article: `next 3 days`, `past 3 weeks`, `last 3year`.
    fn counted_span(&self, i: usize) -> Found {
        // "the upcoming 5 years 1 month 12 days": a compound length, with its article.
        if self.is(i, "the") {
            if self.is(i + 1, "the") {
                return None; // one article only: no reading runs back over a run of "the"s
            }
            let (e, expr) = self.counted_span(i + 1)?;
            return matches!(expr, Expr::Compound { .. }).then_some((e, expr));
        }
        let past = match self.word(i)? {
            s if one_of(s, list!["past", "last", "previous"]) => true,
            s if one_of(s, list!["next", "coming", "upcoming"]) => false,
            _ => return None,
        };
        let (e, n) = self.amount(i + 1)?;
        let n = n.filter(|n| *n >= 2.0 && n.fract() == 0.0)? as u32;
        let uw = self.word(e)?;
        // "3year": a glued singular unit
        let unit = lookup(lexicon::UNITS, uw).filter(|_| uw.ends_with('s') || self.glued(e) && self.num(e - 1).is_some())?;
        // "next 5 years 1 month 12 days": more units follow, a compound length.
        if !past {
            if let Some((end, Expr::Compound { parts, direction: 0 })) = self.compound(i + 1) {
                if end > e + 1 {
                    return Some((end, Expr::Compound { parts, direction: 0 }));
                }
            }
        }
        Some((e + 1, if past { Expr::PastSpan { unit, amount: Some(n) } } else { Expr::Duration { unit, amount: Some(f64::from(n)) } }))
    }

    /// A week of a year by its number: `the first week of 2015`, `the third week next year`,
    /// `the last week of this year`, `week 10`.
    fn week_of_year(&self, i: usize) -> Found {
        if !(self.is(i, "week") || self.is(i + 1, "week") || self.is(i + 2, "week")) {
            return None;
        }
        if self.word_is(i, "week") {
            let n = self.num(i + 1).filter(|n| (1..=53).contains(n) && self.tok(i + 1).text.len() <= 2)?;
            let follows_word = i > 0 && self.tok(i - 1).kind == Kind::Word && !self.capitalised(i) && !self.word_in(i - 1, list!["in", "of", "from", "to", "and", "between", "during"]);
            return (!(follows_word || self.glued(i + 2) && self.num(i + 3).is_some())).then_some((i + 2, Expr::WeekOfYear { n, year: None, offset: 0 }));
        }
        let j = if self.is(i, "the") { i + 1 } else { i };
        let n = match self.word(j)? {
            "last" => 53,
            w => lookup(lexicon::ORDINALS, w).filter(|n| (1..=5).contains(n))?,
        };
        if !self.word_is(j + 1, "week") {
            return None;
        }
        let k = if self.is(j + 2, "of") { j + 3 } else { j + 2 };
        if let Some((e, year)) = self.year_at(k) {
            return Some((e, Expr::WeekOfYear { n, year: Some(year), offset: 0 }));
        }
        // "the third week of this month", "the last week of July": a month's n-th week, as ISO
        // counts weeks, is the week of its n-th Thursday (the first week holds the month's
        // first Thursday).
        if k == j + 3 && (n <= 4 || n == 53) {
            let n = n.min(5);
            let month = match self.month_word(k) {
                Some((e, month)) => Some((e, Some(month), 0)),
                None => match (self.word(k), self.word(k + 1)) {
                    (Some(w @ ("this" | "next" | "last")), Some("month")) => Some((k + 2, None, lookup(lexicon::SHIFTS, w)?)),
                    _ => None,
                },
            };
            if let Some((e, month, offset)) = month {
                return Some((e, Expr::WeekOf(Box::new(Expr::NthWeekday { n, day: 4, month, offset }))));
            }
        }
        let offset = match self.word(k)? {
            "this" => 0,
            "next" => 1,
            "last" => -1,
            _ => return None,
        };
        (self.word_is(k + 1, "year")).then_some((k + 2, Expr::WeekOfYear { n, year: None, offset }))
    }

    /// A quarter of a named year: `Q3 this year`, `the third quarter next year`, `2016 Q3`,
    /// `2016 the third quarter`.
    fn quarter_of_year(&self, i: usize) -> Found {
        let year_first = self.t.get(i).is_some_and(|t| t.digits(4));
        if !(year_first || (i + 2..i + 6).any(|k| self.is(k, "year"))) {
            return None;
        }
        if let Some(y) = self.four_digit_year(i) {
            return match self.season_or_quarter(i + 1)? {
                (e, Expr::Quarter { letter: 'Q', n, year: None, shift: None }) => Some((e, Expr::Quarter { letter: 'Q', n, year: Some(y), shift: None })),
                _ => None,
            };
        }
        let (e, Expr::Quarter { letter: 'Q', n, year: None, shift: None }) = self.season_or_quarter(i)? else { return None };
        let offset = match self.word(e)? {
            "this" => 0,
            "next" => 1,
            "last" => -1,
            _ => return None,
        };
        (self.word_is(e + 1, "year")).then_some((e + 2, Expr::QuarterOfYear { n, offset }))
    }

    /// `earlier in the week`, `later in the year`: the anchor's unit.
    fn within_the_unit(&self, i: usize) -> Found {
        if !self.word_in(i, list!["earlier", "later"]) {
            return None;
        }
        let e = self.words(i + 1, list!["in", "the"])?;
        let unit = self.word(e).filter(|u| one_of(u, list!["week", "month", "year"])).and_then(|u| lookup(lexicon::UNITS, u))?;
        Some((e + 1, Expr::TheUnit(unit)))
    }

    /// A time told in words: `a quarter to seven`, `half past nine`, `twenty minutes past five`,
    /// `20 min past eight in the evening`.
    fn spoken_clock(&self, i: usize) -> Found {
        if !(i + 1..i + 3).any(|k| self.word_in(k, list!["past", "to", "after", "before"])) {
            return None;
        }
        // A count of minutes says its unit, or the hour after it says it is one: "two to one"
        // and "at 10 to 1" are ratios; "ten past 9 in the evening", "15 past seven o'clock" and,
        // after `at`, "10 past 9" are times. Before an hour, minutes in digits start a range
        // ("5 to 6pm" is 5 to 6, not 5:55); in words they are the time ("ten to nine p.m.").
        let mut unsure = false;
        let (j, minutes) = match self.word(i) {
            Some("half") => (i + 1, 30),
            Some("a") if self.is(i + 1, "quarter") => (i + 2, 15),
            Some("quarter") => (i + 1, 15),
            _ => {
                let (e, n) = self.amount(i)?;
                let n = n.filter(|n| (1.0..60.0).contains(n) && n.fract() == 0.0)? as u32;
                if self.word_in(e, list!["minutes", "minute", "min", "mins"]) {
                    (e + 1, n)
                } else if self.is(e, "past") || self.num(i).is_none() {
                    unsure = !(self.is(e, "past") && self.word_before_in(i, list!["at", "around", "until", "till", "s"]));
                    (e, n)
                } else {
                    return None;
                }
            }
        };
        let before = match self.word(j)? {
            s if one_of(s, list!["past", "after"]) => false,
            s if one_of(s, list!["to", "before"]) => true,
            _ => return None,
        };
        let (e, h) = match self.num(j + 1) {
            Some(h) if self.tok(j + 1).text.len() <= 2 => (j + 2, h),
            _ => (j + 2, lookup(lexicon::NUMBERS, self.word(j + 1)?).filter(|_| !self.word_in(j + 1, list!["a", "an", "couple", "dozen"]))?),
        };
        if !(1..=12).contains(&h) || self.word_of(e, lexicon::UNITS).is_some() {
            return None;
        }
        let (mut hour, minute) = if before { ((h + 11) % 12, 60 - minutes) } else { (h % 12, minutes) };
        // "half past seven o'clock"
        let oclock = self.words(e, list!["o", "'", "clock"]).filter(|_| self.glued(e + 1) && self.glued(e + 2));
        let (e, meridiem) = self.meridiem(oclock.unwrap_or(e));
        let mut end = e;
        if unsure && oclock.is_none() && meridiem.is_none() && self.half_of_day(e, h).is_none() {
            return None;
        }
        if let Some(code) = self.words(end, list!["in", "the"]).and_then(|k| self.word(k)).and_then(|w| lookup(lexicon::PARTS_OF_DAY, w)) {
            end += 3;
            if one_of(code, list!["AF", "EV", "NI"]) {
                hour += 12;
            }
        } else if meridiem == Some(true) {
            hour += 12;
        }
        Some((end, Expr::Clock { date: None, hour, minute, second: None }))
    }

    /// A run of days of a relative month: `from 4 to 22 this month`, `4 till 23 of next month`,
    /// `between 4 and 22 this month`.
    fn days_of_month(&self, i: usize) -> Found {
        let (j, from) = self.day_number(i)?;
        let (k, to) = self.range_end(j, from)?;
        let k = if self.is(k, "of") || self.is(k, "in") { k + 1 } else { k };
        let months = match self.word(k)? {
            "this" => 0,
            "next" => 1,
            s if one_of(s, list!["last", "previous"]) => -1,
            _ => return None,
        };
        (self.word_is(k + 1, "month")).then_some((k + 2, Expr::DaysOfMonth { from, to, months }))
    }

    /// A count of weekdays ahead: `two Sundays from now`, `3 fridays from now`.
    fn weekdays_on(&self, i: usize) -> Found {
        if !(i + 1..i + 3).any(|k| self.word(k).is_some_and(|w| (w.ends_with("days") || w.ends_with("day")) && w.len() > 5)) {
            return None;
        }
        let (e, n) = self.amount(i)?;
        let n = n.filter(|n| *n >= 1.0 && n.fract() == 0.0)? as u32;
        let w = self.word(e)?;
        let day = lookup(lexicon::WEEKDAYS, w.strip_suffix('s').unwrap_or(w)).filter(|_| has_str(w, "day"))?;
        // "two Sundays from now", "two Mondays later" (also said "two monday later")
        let end = self.words(e + 1, list!["from", "now"]).or_else(|| self.words(e + 1, list!["later"]).filter(|_| n >= 2))?;
        Some((end, Expr::WeekdaysOn { day, n }))
    }

    /// `the week after next`, `the year after the next`: two units on.
    fn after_next(&self, i: usize) -> Found {
        if !self.is(i, "the") || !self.is(i + 2, "after") {
            return None;
        }
        let unit = self.word(i + 1).filter(|u| !u.ends_with('s')).and_then(|u| lookup(lexicon::UNITS, u)).filter(|u| !u.is_clock())?;
        let e = self.words(i + 2, list!["after", "next"]).or_else(|| self.words(i + 2, list!["after", "the", "next"]))?;
        Some((e, Expr::Relative { unit, offset: 2 }))
    }

    /// Recurrences with a time: `every morning at 9am`, `each Monday 4pm`, `3pm every day`,
    /// `9am on Sundays`, `Sundays`, `mornings at 9`.
    fn set_with_time(&self, i: usize) -> Found {
        let w = self.word(i);
        if !(self.num(i).is_some() || w.is_some_and(|w| one_of(w, list!["every", "each"]) || (w.ends_with('s') || w.ends_with("ly")) && lookup(lexicon::RECURRING, w).is_some())) {
            return None;
        }
        let with_clock = |value: &str, hour: u32, minute: u32| -> Option<String> {
            let day = match value {
                "P1D" => "XXXX-XX-XX",
                v if v.starts_with("XXXX-WXX-") && !has_char(v, 'T') => v,
                v => v.strip_suffix(|c: char| c.is_ascii_uppercase()).and_then(|v| v.strip_suffix(|c: char| c.is_ascii_uppercase())).and_then(|v| v.strip_suffix('T'))?,
            };
            Some(format!("{day}T{hour:02}:{minute:02}"))
        };
        let part_code = |value: &str| value.strip_prefix("XXXX-XX-XXT").unwrap_or("").to_string();
        // A plural weekday or part of day: "Sundays", "mornings".
        let plural = |k: usize| -> Found {
            let value = lookup(lexicon::RECURRING, self.word(k)?)?;
            Some((k + 1, Expr::Set { value: value.to_string(), quant: None, freq: None }))
        };
        // "3pm every day", "9am on Sundays"
        if let Some((e, Expr::Clock { date: None, hour, minute, .. })) = self.clock(i) {
            let k = if self.is(e, "on") { e + 1 } else { e };
            let (end, expr) = self.set(k).or_else(|| plural(k))?;
            let Expr::Set { value, quant, freq } = expr else { return None };
            return Some((end, Expr::Set { value: with_clock(&value, hour, minute)?, quant, freq }));
        }
        // "every morning at 9am", "each Monday 4pm", "Sundays at 9"
        let (e, expr) = self.set(i).or_else(|| plural(i))?;
        let Expr::Set { value, quant, freq } = expr else { return None };
        let code = part_code(&value);
        let hour = match self.clock(e) {
            Some((c, Expr::Clock { date: None, hour, minute, .. })) => Some((c, hour, minute)),
            _ => self.bare_hour(e, &code),
        };
        // A recurring word alone ("Sundays", "biweekly"); plural parts of the day only with an
        // hour ("nights" is mostly a count).
        let Some((end, hour, minute)) = hour else {
            // "grew 20% biweekly": a rate, not a recurrence.
            let rate = (i.saturating_sub(2)..i).any(|k| one_of(self.tok(k).text.as_str(), list!["%", "percent", "rate"]));
            let alone = quant.is_none() && freq.is_none() && !value.starts_with("XXXX-XX-XXT") && value != "XXXX-WXX-WE" && !rate;
            return alone.then_some((e, Expr::Set { value, quant, freq }));
        };
        Some((end, Expr::Set { value: with_clock(&value, hour, minute)?, quant, freq }))
    }

    /// Numeric dates of messages: a month and day without a year (`4/22`, `22/04`, `on 4-22`,
    /// `on 4.22`), with a glued year after a comma (`08/12,2015`), month and year
    /// (`2015-3`, `11/2016`), a year first with a month name (`2019-sep-1`), and a month name
    /// glued to its day (`Oct-2`, `Jan/1`).
    fn numeric_short(&self, i: usize) -> Found {
        let glued_run = |from: usize, to: usize| (from..to).all(|k| self.glued(k));
        let free_after = |k: usize| !(self.glued(k) && (self.num(k).is_some() || matches!(self.t.get(k).map(|t| t.text.as_str()), Some("/" | "-" | "." | ":" | "%") if self.num(k + 1).is_some() && self.glued(k + 1))));
        let free_before = i == 0 || !self.glued(i) || !(self.tok(i - 1).kind == Kind::Num || one_of(self.tok(i - 1).text.as_str(), list!["/", "-", ".", "$", ":", ","]));
        if !free_before {
            return None;
        }
        // yyyy-mon-d, yyyy/mon/dd
        if let Some(y) = self.t.get(i).filter(|t| t.digits(4)).and_then(|t| t.num) {
            let sep = self.t.get(i + 1)?.text.as_str();
            if one_of(sep, list!["-", "/"]) && self.t.get(i + 3).is_some_and(|t| t.text == sep) && glued_run(i + 1, i + 5) {
                if let (Some(month), Some(d)) = (self.word_of(i + 2, lexicon::MONTHS), self.num(i + 4)) {
                    return super::calendar::ymd(y as i32, month, d).map(|_| (i + 5, Expr::Calendar { year: Some(y as i32), month: Some(month), day: Some(d) }));
                }
            }
            // yyyy-m, yyyy/m: not "2010-11", a span of two years
            if one_of(sep, list!["-", "/"]) && glued_run(i + 1, i + 3) && free_after(i + 3) {
                let m = self.num(i + 2).filter(|m| (1..=12).contains(m) && self.tok(i + 2).text.len() <= 2)?;
                if (y % 100 + 1) % 100 == m && self.tok(i + 2).text.len() == 2 {
                    return None;
                }
                return Some((i + 3, Expr::Calendar { year: Some(y as i32), month: Some(m), day: None }));
            }
            return None;
        }
        // Oct-2, Jan/1
        if self.t.get(i).is_some_and(|t| t.kind == Kind::Word) && !(self.glued(i + 1) && self.t.get(i + 1).map(|t| t.text.as_str()).is_some_and(|w| one_of(w, list!["-", "/"]))) {
            return None;
        }
        if let Some(month) = self.word_of(i, lexicon::MONTHS).filter(|_| self.capitalised(i) || !self.word_in(i, list!["may", "march", "mar"])) {
            if self.t.get(i + 1).map(|t| t.text.as_str()).is_some_and(|w| one_of(w, list!["-", "/"])) && glued_run(i + 1, i + 3) && free_after(i + 3) {
                let (e, d) = self.day_number(i + 2)?;
                return super::calendar::ymd(2024, month, d).map(|_| (e, Expr::Calendar { year: None, month: Some(month), day: Some(d) }));
            }
            return None;
        }
        let a = self.num(i).filter(|_| self.tok(i).text.len() <= 2)?;
        let sep = self.t.get(i + 1)?.text.as_str();
        if !one_of(sep, list!["/", "-", "."]) || !glued_run(i + 1, i + 3) {
            return None;
        }
        // 28-Nov, 1-Jan-2024, 03-Dec-25: a day, then its month's name (and year)
        if let Some(month) = self.word_of(i + 2, lexicon::MONTHS).filter(|_| sep == "-" && (self.capitalised(i + 2) || !self.word_in(i + 2, list!["may", "march", "mar"]))) {
            let year = match self.t.get(i + 4) {
                Some(t) if self.is(i + 3, "-") && glued_run(i + 3, i + 5) && (t.digits(4) || t.digits(2)) => {
                    let y = t.num? as i32;
                    Some(if t.digits(4) { y } else if y < 50 { 2000 + y } else { 1900 + y })
                }
                _ => None,
            };
            let e = if year.is_some() { i + 5 } else { i + 3 };
            super::calendar::ymd(year.unwrap_or(2024), month, a)?;
            return free_after(e).then_some((e, Expr::Calendar { year, month: Some(month), day: Some(a) }));
        }
        let b_tok = self.t.get(i + 2).filter(|t| t.kind == Kind::Num)?;
        let b = b_tok.num?;
        // mm/yyyy, mm-yyyy
        if b_tok.digits(4) && one_of(sep, list!["/", "-"]) && (1..=12).contains(&a) && free_after(i + 3) {
            return Some((i + 3, Expr::Calendar { year: Some(b as i32), month: Some(a), day: None }));
        }
        if b_tok.text.len() > 2 {
            return None;
        }
        let (month, day) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
        super::calendar::ymd(2024, month, day)?;
        // 08/12,2015 and 08/12,15
        if sep == "/" && self.is(i + 3, ",") && self.glued(i + 3) && self.glued(i + 4) {
            if let Some(t) = self.t.get(i + 4).filter(|t| t.digits(4) || t.digits(2)) {
                let y = t.num? as i32;
                let year = if t.digits(4) { y } else if y < 50 { 2000 + y } else { 1900 + y };
                super::calendar::ymd(year, month, day)?;
                return Some((i + 5, Expr::Calendar { year: Some(year), month: Some(month), day: Some(day) }));
            }
        }
        // "from 10/1 to 11/7": the first end of a run
        if !(self.day_ends(i + 3) || self.word_in(i + 3, list!["to", "until", "through", "and"])) {
            return None;
        }
        // Dashes and dots read as dates only after "on" ("on 4-22"; "4-22" alone is a score).
        let on = self.word_before_in(i, list!["on", "in", "by", "until"]);
        // "4 5/8", "1/2": fractions, not dates.
        let after_number = i > 0 && self.tok(i - 1).kind == Kind::Num;
        let fraction = a < b && matches!(b, 2 | 4 | 8 | 16 | 32);
        let ok = match sep {
            _ if after_number => false,
            "/" => !fraction || on,
            "-" => on,
            _ => on && !self.word_is(i - 1, "by"),
        };
        ok.then_some((i + 3, Expr::Calendar { year: None, month: Some(month), day: Some(day) }))
    }
}

// Tests of the message-style rules live in a file of their own: the words of this file's
// string literals make the prefilter's word list (build.rs), and example sentences must not.
#[cfg(test)]
#[path = "grammar_tests.rs"]
mod message_tests;

#[cfg(test)]
mod tests {
    use super::super::scan::scan;
    use super::*;

    /// Every reading of `text`, as (the words it spans, the expression).
    pub(super) fn read(text: &str) -> Vec<(String, Expr)> {
        let toks = scan(text);
        recognise(text, &toks).into_iter().map(|m| (text[toks[m.first].start..toks[m.end - 1].end].to_string(), m.expr)).collect()
    }

    /// The one reading of `text` (fails the test unless there is exactly one).
    pub(super) fn one(text: &str) -> (String, Expr) {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn numeric_dates_read_dots_day_first_and_slashes_month_first() {
        assert_eq!(one("on 3.12.2025 it").1, Expr::Calendar { year: Some(2025), month: Some(12), day: Some(3) });
        assert_eq!(one("on 3/12/2025 it").1, Expr::Calendar { year: Some(2025), month: Some(3), day: Some(12) });
        assert_eq!(one("on 25/12/2025 it").1, Expr::Calendar { year: Some(2025), month: Some(12), day: Some(25) });
        assert_eq!(one("on 2025-12-03 it").1, Expr::Calendar { year: Some(2025), month: Some(12), day: Some(3) });
        assert!(read("version 1.2.3 and 31.02.2025").is_empty());
    }

    #[test]
    fn numeric_dates_take_a_following_time() {
        let (text, expr) = one("7- 3.12.2025, 10:55");
        assert_eq!(text, "3.12.2025, 10:55");
        assert!(matches!(expr, Expr::Clock { hour: 10, minute: 55, date: Some(_), .. }));
    }

    #[test]
    fn month_name_dates_in_their_common_orders() {
        for (text, y, m, d) in [
            ("On December 2, 2025, they met", Some(2025), 12, Some(2)),
            ("by Dec. 2 at the latest", None, 12, Some(2)),
            ("on 17 October 2025 at lunch", Some(2025), 10, Some(17)),
            ("the 2nd of December was cold", None, 12, Some(2)),
            ("in December 2025 there", Some(2025), 12, None),
        ] {
            let (_, expr) = one(text);
            assert_eq!(expr, Expr::Calendar { year: y, month: Some(m), day: d }, "{text}");
        }
    }

    #[test]
    fn day_ranges_in_one_month() {
        assert_eq!(one("the weekend of 22–23 November in Geneva").1, Expr::DayRange { year: None, month: 11, from: 22, to: 23 });
        assert_eq!(one("the weekend of 22–23 November").0, "the weekend of 22–23 November");
        assert_eq!(one("on Nov. 29-30, 2025 there").1, Expr::DayRange { year: Some(2025), month: 11, from: 29, to: 30 });
    }

    #[test]
    fn bare_months_need_capitals_and_may_needs_a_cue() {
        assert_eq!(one("a summit in August failed").1, Expr::Month { month: 8, shift: None });
        assert!(read("it may rain; they march on").is_empty());
        assert_eq!(one("talks in May stalled").1, Expr::Month { month: 5, shift: None });
        assert_eq!(one("since last March").1, Expr::Month { month: 3, shift: Some(-1) });
    }

    #[test]
    fn weekdays_with_and_without_direction() {
        assert_eq!(one("met on Tuesday.").1, Expr::Weekday { day: 2, shift: None });
        assert_eq!(one("after Tuesday's meeting").1, Expr::Weekday { day: 2, shift: None });
        assert_eq!(one("until next Monday").1, Expr::WeekdayOfWeek { day: 1, weeks: 1 });
        let (text, expr) = one("Saturday 25 April 2009 22.09 BST");
        assert_eq!(text, "Saturday 25 April 2009 22.09 BST");
        assert!(matches!(expr, Expr::Clock { hour: 22, minute: 9, .. }));
        assert!(matches!(one("on Tuesday night").1, Expr::PartOfDay { code: "NI", .. }));
    }

    #[test]
    fn relative_units_and_counted_units() {
        assert_eq!(one("two weekends ago").1, Expr::Relative { unit: Unit::Weekend, offset: -2 });
        assert_eq!(one("in Florida this past weekend.").1, Expr::Relative { unit: Unit::Weekend, offset: -1 });
        assert_eq!(one("over the past two weekends").1, Expr::PastSpan { unit: Unit::Weekend, amount: Some(2) });
        assert_eq!(one("last month").1, Expr::Relative { unit: Unit::Month, offset: -1 });
        assert_eq!(one("Over the weekend, they").1, Expr::TheUnit(Unit::Weekend));
        assert_eq!(one("the following year").1, Expr::Anaphoric { unit: Unit::Year, offset: 1 });
        assert_eq!(one("On that same day, troops crossed").1, Expr::Anaphoric { unit: Unit::Day, offset: 0 });
        assert_eq!(one("On that same day, troops crossed").0, "that same day");
        assert_eq!(one("three days later").1, Expr::Shifted { unit: Unit::Day, offset: 3 });
        assert_eq!(one("33 minutes ago").1, Expr::Relative { unit: Unit::Minute, offset: -33 });
    }

    #[test]
    fn spoken_years_complete_months_and_seasons() {
        assert_eq!(one("back in March nineteen eighty-two, they").1, Expr::Calendar { year: Some(1982), month: Some(3), day: None });
        assert_eq!(one("during the summer of nineteen seventy-one").1, Expr::Season { code: "SU", year: Some(1971), shift: None });
        assert_eq!(one("on June 4, nineteen sixty-eight").1, Expr::Calendar { year: Some(1968), month: Some(6), day: Some(4) });
        // "nineteen" alone is a number, not a year.
        assert!(read("nineteen people came in May.").iter().all(|(_, e)| !matches!(e, Expr::Year(_))));
    }

    #[test]
    fn fiscal_and_full_are_read_past_inside_year_and_quarter_expressions() {
        assert_eq!(one("profit for the fiscal year rose"), ("the fiscal year".into(), Expr::TheUnit(Unit::Year)));
        assert_eq!(one("by the end of the decade output doubled").1, Expr::TheUnit(Unit::Decade));
        assert_eq!(one("sales in the full year fell"), ("the full year".into(), Expr::TheUnit(Unit::Year)));
        let (text, expr) = one("results for the fiscal-second quarter were weak");
        assert_eq!(text, "the fiscal-second quarter");
        assert!(matches!(expr, Expr::Quarter { letter: 'Q', n: 2, .. }), "{expr:?}");
        let (text, expr) = one("its fiscal third quarter ended");
        assert_eq!(text, "fiscal third quarter");
        assert!(matches!(expr, Expr::Quarter { n: 3, .. }), "{expr:?}");
        assert_eq!(one("in fiscal year 1991 costs grew").1, Expr::Year(1991));
        assert!(read("a fiscal policy and a full house").is_empty());
    }

    #[test]
    fn a_relative_years_quarter_is_that_quarter_of_that_year() {
        assert_eq!(one("sales in next year's second quarter").1, Expr::QuarterOfYear { n: 2, offset: 1 });
        assert_eq!(one("against this year’s fourth quarter").1, Expr::QuarterOfYear { n: 4, offset: 0 });
        assert_eq!(one("after last year's first quarter").1, Expr::QuarterOfYear { n: 1, offset: -1 });
        assert_eq!(one("next year's budget").1, Expr::Relative { unit: Unit::Year, offset: 1 });
    }

    #[test]
    fn durations_with_numbers_words_hyphens_and_modifiers() {
        assert_eq!(one("lasted five hours").1, Expr::Duration { unit: Unit::Hour, amount: Some(5.0) });
        assert_eq!(one("a five-hour meeting").1, Expr::Duration { unit: Unit::Hour, amount: Some(5.0) });
        assert_eq!(one("for twenty-five years").1, Expr::Duration { unit: Unit::Year, amount: Some(25.0) });
        assert_eq!(one("for several weeks").1, Expr::Duration { unit: Unit::Week, amount: None });
        assert_eq!(one("for 2 1/2 years").1, Expr::Duration { unit: Unit::Year, amount: Some(2.5) });
        assert_eq!(one("for 2.5 years").1, Expr::Duration { unit: Unit::Year, amount: Some(2.5) });
        assert_eq!(one("for 1.25 hours").1, Expr::Duration { unit: Unit::Hour, amount: Some(1.25) });
        assert_eq!(one("ruled for a hundred days"), ("a hundred days".into(), Expr::Duration { unit: Unit::Day, amount: Some(100.0) }));
        assert_eq!(one("it lasted a thousand years").1, Expr::Duration { unit: Unit::Year, amount: Some(1000.0) });
        let toks = scan("nearly five hours");
        let m = &recognise("nearly five hours", &toks)[0];
        assert_eq!((m.first, m.end, m.modifier), (0, 3, Some("LESS_THAN")));
        assert!(read("a 28-point plan, a year-end party, a day of talks").iter().all(|(t, _)| t != "a day"));
    }

    #[test]
    fn whole_units_halves_and_abbreviated_hours_are_lengths() {
        let d = |unit, amount: f64| Expr::Duration { unit, amount: Some(amount) };
        assert_eq!(one("they queued the whole day"), ("whole day".into(), d(Unit::Day, 1.0)));
        assert_eq!(one("prices rose in the past hour"), ("the past hour".into(), d(Unit::Hour, 1.0)));
        assert!(read("they changed it at the last minute").is_empty());
        assert_eq!(one("he quit a fortnight ago"), ("a fortnight ago".into(), Expr::Relative { unit: Unit::Week, offset: -2 }));
        assert!(read("they queued all day").is_empty());
        assert_eq!(one("she trained for a full-week"), ("full-week".into(), d(Unit::Week, 1.0)));
        assert_eq!(one("we waited another month"), ("another month".into(), d(Unit::Month, 1.0)));
        assert_eq!(one("after half an hour"), ("half an hour".into(), d(Unit::Hour, 0.5)));
        assert_eq!(one("for an hour and a half"), ("an hour and a half".into(), d(Unit::Hour, 1.5)));
        assert_eq!(one("for three and a half years"), ("three and a half years".into(), d(Unit::Year, 3.5)));
        assert_eq!(one("for a couple of weeks").1, d(Unit::Week, 2.0));
        assert_eq!(one("it took 4h to load").1, d(Unit::Hour, 4.0));
        assert!(read("on the twenty second of the month").iter().all(|(_, e)| !matches!(e, Expr::Duration { .. })));
        assert_eq!(one("a twenty-second pause").1, d(Unit::Second, 20.0));
        assert!(read("all days are equal, the second half of it, all the best").iter().all(|(_, e)| !matches!(e, Expr::Duration { .. })));
    }

    #[test]
    fn years_decades_and_centuries() {
        assert_eq!(one("since his invasion in 2014, ").1, Expr::Year(2014));
        assert!(read("€1999 and 2,015 people, 2020 percent").is_empty());
        assert_eq!(one("in the 1990s").1, Expr::Decade(199));
        assert_eq!(one("results for FY2025 rose"), ("FY2025".into(), Expr::Year(2025)));
        assert_eq!(one("growth stalled in the mid-'90s"), ("the mid-'90s".into(), Expr::Decade(199)));
        assert_eq!(one("music of '60s Britain").1, Expr::Decade(196));
        assert_eq!(one("results for FY 2024 rose").1, Expr::Year(2024));
        assert_eq!(one("results for FY25 rose").1, Expr::ClippedYear(25));
        assert!(read("the fy 2024 file").iter().all(|(t, _)| t != "fy 2024"));
        assert_eq!(one("in 241 BC the fleet").1, Expr::YearBc(241));
        assert_eq!(one("by 218 B.C. Rome").0, "218 B.C.");
        assert_eq!(one("the 19th century").1, Expr::Century(18));
        assert_eq!(one("a 20th century war").1, Expr::Century(19));
        assert_eq!(one("by the 3rd century BC the port").1, Expr::Bc(Box::new(Expr::Century(2))));
        assert_eq!(one("Across the 350s BC, the colony").1, Expr::Bc(Box::new(Expr::Decade(35))));
        assert_eq!(one("in the 350s, the colony").1, Expr::Decade(35));
        assert_eq!(one("in June 312 BC the road").1, Expr::Bc(Box::new(Expr::Calendar { year: Some(312), month: Some(6), day: None })));
        assert_eq!(one("by the spring of 264 BC the fleet").0, "the spring of 264 BC");
        assert!(read("we sold 350s to them").is_empty());
        assert_eq!(one("in nineteen ninety-six").1, Expr::Year(1996));
        assert_eq!(one("by the year two thousand").0, "the year two thousand");
        assert_eq!(one("through the nineties").1, Expr::Decade(199));
        assert_eq!(one("in recent years").1, Expr::Reference("PAST_REF"));
        assert_eq!(one("just months ago").1, Expr::Reference("PAST_REF"));
    }

    #[test]
    fn seasons_quarters_references_and_sets() {
        assert_eq!(one("last summer").1, Expr::Season { code: "SU", year: None, shift: Some(-1) });
        let of_year = |part, offset| Expr::OfYear { part: Box::new(part), offset, that: false };
        assert_eq!(one("it opens in the spring of next year"), ("the spring of next year".into(), of_year(Expr::Season { code: "SP", year: None, shift: None }, 1)));
        assert_eq!(one("in the first half of last year").1, of_year(Expr::Quarter { letter: 'H', n: 1, year: None, shift: None }, -1));
        assert_eq!(one("the third quarter of this year").1, of_year(Expr::Quarter { letter: 'Q', n: 3, year: None, shift: None }, 0));
        assert_eq!(one("the following spring they sailed"), ("the following spring".into(), Expr::Season { code: "SP", year: None, shift: Some(1) }));
        assert_eq!(one("the previous winter was mild").1, Expr::Season { code: "WI", year: None, shift: Some(-1) });
        assert_eq!(one("that summer it rained"), ("that summer".into(), Expr::Season { code: "SU", year: None, shift: None }));
        assert_eq!(one("the third quarter of 2025").1, Expr::Quarter { letter: 'Q', n: 3, year: Some(2025), shift: None });
        assert_eq!(one("a deal in the second half of the year").1, of_year(Expr::Quarter { letter: 'H', n: 2, year: None, shift: None }, 0));
        assert_eq!(one("sales in the first half of fiscal 2013 were flat"), ("the first half of fiscal 2013".into(), Expr::Quarter { letter: 'H', n: 1, year: Some(2013), shift: None }));
        assert_eq!(one("is not planned at the moment").1, Expr::Reference("PRESENT_REF"));
        assert_eq!(one("the patrols went out at night."), ("night".into(), Expr::Reference("XXXX-XX-XXTNI")));
        let of_date = |code, month, day| Expr::PartOfDate { date: Box::new(Expr::Calendar { year: Some(1842), month: Some(month), day: Some(day) }), code };
        assert_eq!(one("On the night of 14 March 1842 the mill burned"), ("the night of 14 March 1842".into(), of_date("NI", 3, 14)));
        assert_eq!(one("in the early morning hours of 2 May 1842,").1, of_date("MO", 5, 2));
        assert_eq!(one("early in the morning of April 9, 1842").1, of_date("MO", 4, 9));
        assert!(read("the morning of his trial").is_empty());
        assert!(read("a night in Rome; the night shift").is_empty());
        assert!(matches!(one("every Tuesday").1, Expr::Set { quant: Some("EVERY"), .. }));
        assert_eq!(one("costs rose in that quarter"), ("that quarter".into(), Expr::Anaphoric { unit: Unit::Quarter, offset: 0 }));
        assert_eq!(one("he visits on Sunday mornings"), ("Sunday mornings".into(), Expr::Set { value: "XXXX-WXX-7TMO".into(), quant: None, freq: None }));
        assert!(matches!(one("twice a week").1, Expr::Set { ref freq, .. } if freq.as_deref() == Some("2X")));
        assert!(read("prices fall").is_empty());
        assert!(read("after the fall of the capital").is_empty());
        assert!(matches!(one("in the fall of 1944").1, Expr::Season { code: "FA", year: Some(1944), .. }));
    }

    #[test]
    fn financial_news_periods() {
        assert_eq!(one("third-quarter profit rose").1, Expr::Quarter { letter: 'Q', n: 3, year: None, shift: None });
        assert_eq!(one("in the first nine months").1, Expr::Duration { unit: Unit::Month, amount: Some(9.0) });
        assert_eq!(one("over the past two months").1, Expr::PastSpan { unit: Unit::Month, amount: Some(2) });
        assert_eq!(one("in the latest quarter").1, Expr::Relative { unit: Unit::Quarter, offset: -1 });
        assert_eq!(one("in fiscal 1989").0, "fiscal 1989");
        assert_eq!(one("from the year-ago quarter").0, "the year-ago quarter");
        assert_eq!(one("The year-ago results").0, "year-ago");
        assert_eq!(one("in the 1988 second quarter").1, Expr::Quarter { letter: 'Q', n: 2, year: Some(1988), shift: None });
        assert_eq!(one("in the 1988 period").1, Expr::Quarter { letter: 'Q', n: 0, year: Some(1988), shift: None });
        let ended = read("for the year ended Sept. 30");
        assert_eq!((ended[0].0.as_str(), &ended[0].1), ("the year", &Expr::Duration { unit: Unit::Year, amount: Some(1.0) }));
        assert_eq!(one("the third-quarter loss").0, "third-quarter");
        assert_eq!(one("since last May").0, "last May");
        assert_eq!(one("in June last year").1, Expr::OfYear { part: Box::new(Expr::Month { month: 6, shift: None }), offset: -1, that: false });
        assert_eq!(one("a few years ago").1, Expr::Reference("PAST_REF"));
        assert_eq!(one("over the last two weeks").0, "the last two weeks");
        let (text, expr) = one("sales rose earlier this year");
        assert_eq!((text.as_str(), expr), ("earlier this year", Expr::Relative { unit: Unit::Year, offset: 0 }));
        assert_eq!(one("for years").1, Expr::Duration { unit: Unit::Year, amount: None });
        assert!(read("the years of war").is_empty());
    }

    #[test]
    fn holidays() {
        assert!(matches!(one("before Thanksgiving Day").1, Expr::Holiday { year: None, .. }));
        assert_eq!(one("on Christmas 2024").0, "Christmas 2024");
    }

    #[test]
    fn glued_words_start_nothing() {
        assert!(read("KushnerMay").is_empty());
    }
}
