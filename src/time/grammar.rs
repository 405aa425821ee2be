//! Recognition: at each token, the rules below try to read a temporal expression and the
//! longest reading wins. A reading is an [`Expr`] (what was said), not yet a calendar value:
//! `resolve` turns it into one against an anchor date.
//!
//! Rules read the tables of `lexicon`; every rule only looks forward a bounded number of
//! tokens, so recognition is linear in the text.

use super::lexicon::{self, lookup, Unit};
use super::scan::{Kind, Tok};

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
    /// A month of the year `offset` years from the anchor's (`June last year`).
    MonthOfYear {
        /// Month.
        month: u32,
        /// Years from the anchor's year.
        offset: i64,
    },
    /// A holiday, by its rule, with its year when written.
    Holiday {
        /// When it falls.
        rule: lexicon::Holiday,
        /// Four-digit year, when written.
        year: Option<i32>,
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
    /// A day relative to the anchor: today 0, yesterday −1, tomorrow +1.
    Deictic(i64),
    /// A unit relative to the anchor (`last week` −1, `two weekends ago` −2, `next year` +1).
    Relative {
        /// The unit counted.
        unit: Unit,
        /// How many units from the anchor's.
        offset: i64,
    },
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
    /// A clock time, possibly with a date (`10:55`, `3.12.2025, 10:55`).
    Clock {
        /// The date part, if any.
        date: Option<Box<Expr>>,
        /// Hour, 0–23.
        hour: u32,
        /// Minute.
        minute: u32,
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
    /// A decade by its first three digits (`199` for the 1990s).
    Decade(i32),
    /// A century by its first two digits (`18` for the 19th century).
    Century(i32),
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
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    Reference(&'static str),
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
    let fillers: Vec<usize> = (0..toks.len()).filter(|&i| is_filler(toks, i)).collect();
    if fillers.is_empty() {
        return recognise_tokens(src, toks);
    }
    // Read the stream without its fillers, then map the matches back, each taking in the
    // fillers just before it ("fiscal first quarter").
    let mut kept = Vec::with_capacity(toks.len());
    let mut origin = Vec::with_capacity(toks.len());
    let mut skip = fillers.iter().peekable();
    let mut space = None;
    for (i, tok) in toks.iter().enumerate() {
        if skip.peek() == Some(&&i) {
            skip.next();
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
    recognise_tokens(src, &kept)
        .into_iter()
        .map(|mut m| {
            let mut first = origin[m.first];
            while first > 0 && fillers.binary_search(&(first - 1)).is_ok() {
                first -= 1;
            }
            m.first = first;
            m.end = origin[m.end - 1] + 1;
            m
        })
        .collect()
}

/// Whether token `i` is a filler inside an expression: "fiscal" before a year or quarter word
/// ("the fiscal year", "the fiscal-first quarter"; "fiscal 1989" is read whole), its hyphen,
/// and "full" in "the full year".
fn is_filler(toks: &[Tok], i: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word).map(|t| t.text.as_str());
    let hyphen = |k: usize| toks.get(k).is_some_and(|t| t.text == "-" && !t.space_before);
    let filler_before = |k: usize| {
        let after = if hyphen(k + 1) { k + 2 } else { k + 1 };
        let next = word(after);
        let year_number = toks.get(after + 1).is_some_and(|t| t.kind == Kind::Num);
        lexicon::FILLERS.iter().any(|(w, heads)| {
            let after_the = *w != "full" || k > 0 && toks[k - 1].text == "the";
            word(k) == Some(w) && after_the && next.is_some_and(|n| heads.contains(&n)) && !(next == Some("year") && year_number)
        })
    };
    filler_before(i) || (hyphen(i) && i > 0 && filler_before(i - 1))
}

include!(concat!(env!("OUT_DIR"), "/time_words.rs"));

/// Whether a rule can start on token `t`: numbers, punctuation and single letters always may;
/// a longer word only if some rule compares a token with it ([`TIME_WORDS`]). Skipping the rest
/// without running the rules is what makes the tagger fast on ordinary prose.
fn may_start(t: &Tok) -> bool {
    t.kind != Kind::Word || t.text.chars().nth(1).is_none() || TIME_WORDS.binary_search(&t.text.as_str()).is_ok()
}

fn recognise_tokens(src: &str, toks: &[Tok]) -> Vec<Match> {
    let p = Parser { src, t: toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i]) {
            i += 1;
            continue;
        }
        // A word or number glued to a previous word ("KushnerJared", "B52") starts nothing.
        let glued = i > 0 && !toks[i].space_before && toks[i - 1].kind != Kind::Punct;
        match (!glued).then(|| p.at(i)).flatten() {
            Some(m) if m.end > i => {
                i = m.end;
                out.push(m);
            }
            _ => i += 1,
        }
    }
    out
}

struct Parser<'a> {
    src: &'a str,
    t: &'a [Tok],
}

type Found = Option<(usize, Expr)>;

impl Parser<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.t.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text.as_str())
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.text == s)
    }

    fn num(&self, i: usize) -> Option<u32> {
        self.t.get(i).filter(|t| t.kind == Kind::Num).and_then(|t| t.num)
    }

    /// Token `i` follows token `i - 1` with no space between.
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    fn capitalised(&self, i: usize) -> bool {
        self.t.get(i).and_then(|t| self.src[t.start..].chars().next()).is_some_and(char::is_uppercase)
    }

    /// The whole token stream reading at `i`: optional modifier, then a core expression,
    /// then an optional clock time or part of day glued on.
    fn at(&self, i: usize) -> Option<Match> {
        let mut best: Option<Match> = self.core(i).map(|(end, expr)| Match { first: i, end, expr, modifier: None });
        for &(words, code) in lexicon::MODIFIERS {
            let Some(mut j) = self.words(i, words) else { continue };
            if self.is(j, "-") && self.glued(j) {
                j += 1; // "mid-December"
            }
            let Some((end, expr)) = self.core(j) else { continue };
            if words == ["over"] && self.is(j, "the") {
                continue; // "over the last two weeks": a preposition
            }
            let fits = match expr {
                _ if code.is_empty() => matches!(expr, Expr::Relative { offset: 0, .. }),
                Expr::Duration { amount: None, .. } if words == ["over"] => false,
                Expr::Duration { .. } | Expr::PastSpan { .. } | Expr::Relative { .. } => true,
                Expr::Reference(_) => false,
                Expr::Clock { .. } => matches!(code, "APPROX"),
                _ => matches!(code, "START" | "MID" | "END" | "APPROX") && !matches!(words, ["some"]),
            };
            if fits && best.as_ref().map_or(true, |b| end > b.end) {
                best = Some(Match { first: i, end, expr, modifier: (!code.is_empty()).then_some(code) });
            }
        }
        best
    }

    /// `i` onwards spells `words`; the index after them.
    fn words(&self, i: usize, words: &[&str]) -> Option<usize> {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w)).then_some(i + words.len())
    }

    fn core(&self, i: usize) -> Found {
        let candidates = [
            self.bare_year(i),
            self.numeric_date(i),
            self.named_date(i),
            self.weekday(i),
            self.deictic(i),
            self.relative(i),
            self.counted(i),
            self.bare_plural(i),
            self.year_ago(i),
            self.year_quarter(i),
            self.month_shifted(i),
            self.holiday(i),
            self.year_like(i),
            self.season_or_quarter(i),
            self.reference(i),
            self.set(i),
            self.clock(i),
        ];
        let (end, expr) = candidates.into_iter().flatten().max_by_key(|(end, _)| *end)?;
        if let Expr::Clock { date: None, hour, minute } = expr {
            let j = if self.is(end, ",") || self.is(end, "on") { end + 1 } else { end };
            let date = [self.weekday(j), self.named_date(j), self.deictic(j)].into_iter().flatten().max_by_key(|(e, _)| *e);
            if let Some((e, date @ (Expr::Weekday { .. } | Expr::Calendar { day: Some(_), .. } | Expr::Deictic(_)))) = date {
                return Some((e, Expr::Clock { date: Some(Box::new(date)), hour, minute }));
            }
        }
        Some(self.with_time_of_day(end, expr))
    }

    /// A date followed by a clock time (`3.12.2025, 10:55`, `Tuesday at 3 p.m.`) or a part of day
    /// (`Tuesday night`).
    fn with_time_of_day(&self, end: usize, expr: Expr) -> (usize, Expr) {
        let dated = matches!(expr, Expr::Calendar { day: Some(_), .. } | Expr::Weekday { .. } | Expr::Deictic(_));
        if !dated {
            return (end, expr);
        }
        if let Some(code) = self.word(end).and_then(|w| lookup(lexicon::PARTS_OF_DAY, w)) {
            if !self.is(end, "tonight") {
                return (end + 1, Expr::PartOfDay { date: Box::new(expr), code });
            }
        }
        let mut j = end;
        if self.is(j, ",") || self.is(j, "at") {
            j += 1;
        }
        if let Some((e, Expr::Clock { hour, minute, date: None })) = self.clock_or_dotted(j) {
            return (e, Expr::Clock { date: Some(Box::new(expr)), hour, minute });
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
            "-" | "/" if a.digits(4) && b.text.len() <= 2 && c.text.len() <= 2 => (x, y, z),
            "." if c.digits(4) && a.text.len() <= 2 && b.text.len() <= 2 => (z, y, x),
            "/" if c.digits(4) && a.text.len() <= 2 && b.text.len() <= 2 => {
                if x > 12 && y <= 12 { (z, y, x) } else { (z, x, y) }
            }
            "/" if c.digits(2) && a.text.len() <= 2 && b.text.len() <= 2 => {
                let year = if z < 50 { 2000 + z } else { 1900 + z };
                if x > 12 && y <= 12 { (year, y, x) } else { (year, x, y) }
            }
            _ => return None,
        };
        super::calendar::ymd(i32::try_from(year).ok()?, month, day)?;
        let expr = Expr::Calendar { year: Some(year as i32), month: Some(month), day: Some(day) };
        // ISO datetime: 2025-12-03T10:55
        if self.word(i + 5) == Some("t") && self.glued(i + 5) {
            if let Some((end, Expr::Clock { hour, minute, .. })) = self.clock(i + 6) {
                return Some((end, Expr::Clock { date: Some(Box::new(expr)), hour, minute }));
            }
        }
        Some((i + 5, expr))
    }

    /// A month word at `i` that really is a month here (not "may" the verb, not "march" the noun).
    fn month_word(&self, i: usize) -> Option<(usize, u32)> {
        let w = self.word(i)?;
        let month = lookup(lexicon::MONTHS, w)?;
        if !self.capitalised(i) {
            return None;
        }
        let mut end = i + 1;
        if w.len() <= 4 && !matches!(w, "may" | "june" | "july") && self.is(end, ".") && self.glued(end) {
            end += 1; // "Dec."
        }
        Some((end, month))
    }

    fn day_number(&self, i: usize) -> Option<(usize, u32)> {
        let d = self.num(i).filter(|d| (1..=31).contains(d) && self.t[i].text.len() <= 2)?;
        let mut end = i + 1;
        if self.word(end).is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th")) && self.glued(end) {
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
        if self.word(i) != Some("nineteen") || self.word(i + 1).is_none() {
            return None;
        }
        match self.amount(i + 1) {
            Some((e, Some(n))) if (10.0..=99.0).contains(&n) && n.fract() == 0.0 => Some((e, 1900 + n as i32)),
            _ => None,
        }
    }

    /// A year written in digits or spoken: the index after it and the year.
    fn year_at(&self, i: usize) -> Option<(usize, i32)> {
        self.four_digit_year(i).map(|y| (i + 1, y)).or_else(|| self.spoken_year(i))
    }

    /// `, 2025` or ` 2025` after a month-day.
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.is(i, ",") { i + 1 } else { i };
        self.year_at(j)
    }

    /// Dates with a month name: `December 2, 2025`, `Dec. 2`, `2 December 2025`,
    /// `the 2nd of December`, `December 2025`, `Tuesday, December 2`, and bare `August`.
    fn named_date(&self, i: usize) -> Found {
        // Month first.
        if let Some((j, month)) = self.month_word(i) {
            if let Some((k, day)) = self.day_number(j) {
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
            let w = self.word(i)?;
            // A bare month: full names only, and "May"/"March" only where a date is clearly meant.
            let ambiguous = matches!(w, "may" | "march");
            let before = i.checked_sub(1).and_then(|b| self.word(b));
            let cue = before.is_some_and(|b| matches!(b, "in" | "since" | "until" | "by" | "of" | "during" | "last" | "next" | "this" | "early" | "late" | "mid" | "from" | "through" | "before" | "after" | "till"));
            let shift = before.and_then(|b| lookup(lexicon::SHIFTS, b).filter(|_| matches!(b, "last" | "next" | "this")));
            let full_name = w.len() > 3 || w == "may";
            if full_name && (!ambiguous || cue) {
                return Some((j, Expr::Month { month, shift }));
            }
            return None;
        }
        // Day first: "2 December 2025", "the 2nd of December", "22–23 November",
        // "the weekend of 22–23 November".
        let start = match self.words(i, &["the", "weekend", "of"]) {
            Some(after) if self.day_number(after).is_some_and(|(e, d)| self.range_end(e, d).is_some()) => after,
            _ if self.is(i, "the") => i + 1,
            _ => i,
        };
        if let Some((j, from)) = self.day_number(start) {
            if let Some((k, to)) = self.range_end(j, from) {
                if let Some((m_end, month)) = self.month_word(k) {
                    let (e, year) = match self.year_after(m_end) {
                        Some((e, y)) => (e, Some(y)),
                        None => (m_end, None),
                    };
                    return Some((e, Expr::DayRange { year, month, from, to }));
                }
            }
        }
        let (j, day) = self
            .day_number(start)
            .or_else(|| self.word(start).and_then(|w| lookup(lexicon::ORDINALS, w)).filter(|d| *d <= 31).map(|d| (start + 1, d)))?;
        let k = if self.is(j, "of") { j + 1 } else { j };
        let (m_end, month) = self.month_word(k)?;
        if let Some((e, year)) = self.year_after(m_end) {
            return Some((e, Expr::Calendar { year: Some(year), month: Some(month), day: Some(day) }));
        }
        Some((m_end, Expr::Calendar { year: None, month: Some(month), day: Some(day) }))
    }

    /// The end of a day range: `-23` or `–23` after day `from` (a later day of the month).
    fn range_end(&self, i: usize, from: u32) -> Option<(usize, u32)> {
        if !self.is(i, "-") {
            return None;
        }
        let (e, to) = self.day_number(i + 1)?;
        (to > from && to - from <= 14).then_some((e, to))
    }

    /// `Tuesday`, `last Tuesday`, `next Monday`, `Tuesday, December 2, 2025`.
    fn weekday(&self, i: usize) -> Found {
        let (j, shift) = match self.word(i).and_then(|w| lookup(lexicon::SHIFTS, w)) {
            Some(s) if matches!(self.word(i), Some("last" | "next" | "this" | "coming" | "past")) => (i + 1, Some(s)),
            _ => (i, None),
        };
        let w = self.word(j)?;
        let day = lookup(lexicon::WEEKDAYS, w)?;
        if !self.capitalised(j) || (w.len() <= 4 && !self.is(j + 1, ".") && !w.ends_with("day")) && w != "tues" {
            // Abbreviations need a period or a following date; "sat"/"sun" are also words.
            let dated = |k: usize| self.month_word(k).is_some() || self.numeric_date(k).is_some();
            if !(self.capitalised(j) && (dated(j + 1) || self.is(j + 1, ",") && dated(j + 2))) {
                return None;
            }
        }
        let mut end = j + 1;
        if self.is(end, ".") && w.len() <= 4 {
            end += 1;
        }
        // A following date wins: "Tuesday, December 2, 2025", "Saturday 25 April 2009".
        let k = if self.is(end, ",") { end + 1 } else { end };
        if shift.is_none() {
            if let Some((e, expr @ Expr::Calendar { day: Some(_), .. })) = self.named_date(k).or_else(|| self.numeric_date(k)) {
                return Some((e, expr));
            }
        }
        Some((end, Expr::Weekday { day, shift }))
    }

    /// `today`, `yesterday`, `tomorrow`, `tonight`, `this morning`, `last night`,
    /// `the day before yesterday`.
    fn deictic(&self, i: usize) -> Found {
        if let Some(e) = self.words(i, &["the", "day", "before", "yesterday"]) {
            return Some((e, Expr::Deictic(-2)));
        }
        if let Some(e) = self.words(i, &["the", "day", "after", "tomorrow"]) {
            return Some((e, Expr::Deictic(2)));
        }
        let w = self.word(i)?;
        if let Some(offset) = lookup(lexicon::DEICTIC_DAYS, w) {
            if w == "tonight" {
                return Some((i + 1, Expr::PartOfDay { date: Box::new(Expr::Deictic(0)), code: "NI" }));
            }
            return Some((i + 1, Expr::Deictic(offset)));
        }
        let pod = self.word(i + 1).and_then(|p| lookup(lexicon::PARTS_OF_DAY, p))?;
        match w {
            "this" => Some((i + 2, Expr::PartOfDay { date: Box::new(Expr::Deictic(0)), code: pod })),
            "last" if pod == "NI" => Some((i + 2, Expr::PartOfDay { date: Box::new(Expr::Deictic(-1)), code: pod })),
            _ => None,
        }
    }

    /// `last week`, `this past weekend`, `next year`, `the weekend`, `the following day`,
    /// `that year`, `the same day`, `the past two weekends`, `the last three years`.
    fn relative(&self, i: usize) -> Found {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let w = self.word(j)?;
        // that year / that day / the same day
        if w == "that" || (the && w == "same") {
            let unit = self.word(j + 1).and_then(|u| lookup(lexicon::UNITS, u)).filter(|u| !u.is_clock())?;
            if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Weekend) && !self.word(j + 1)?.ends_with('s') {
                return Some((j + 2, Expr::Anaphoric { unit, offset: 0 }));
            }
            return None;
        }
        // the weekend / the week / the year ("the year ended Sept. 30": a length of time)
        if the && matches!(self.word(j + 1), Some("ended" | "ending" | "ends")) {
            if let Some(unit) = lookup(lexicon::UNITS, w).filter(|u| !w.ends_with('s') && matches!(u, Unit::Year | Unit::Week | Unit::Month | Unit::Day | Unit::Weekend)) {
                return Some((j + 1, if unit == Unit::Weekend { Expr::Duration { unit: Unit::Day, amount: Some(2.0) } } else { Expr::Duration { unit, amount: Some(1.0) } }));
            }
        }
        if the {
            if let Some(unit) = self.word(j).and_then(|u| lookup(lexicon::UNITS, u)) {
                if matches!(w, "weekend" | "week" | "year" | "month" | "quarter") && !(self.is(j + 1, "-") && self.glued(j + 1)) {
                    return Some((j + 1, Expr::TheUnit(unit)));
                }
            }
        }
        // the nine months / the first nine months / the past two years
        if the {
            let (a, past) = match w {
                "first" | "latest" | "last" | "past" | "previous" | "next" | "coming" => (j + 1, matches!(w, "latest" | "last" | "past" | "previous")),
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
        if the && matches!(w, "past" | "last" | "next" | "coming" | "previous") {
            if let Some((e, amount)) = self.amount(k) {
                let uw = self.word(e)?;
                let unit = lookup(lexicon::UNITS, uw)?;
                let amount = amount.map(|a| a as u32);
                return Some((e + 1, if shift < 0 { Expr::PastSpan { unit, amount } } else { Expr::Duration { unit, amount: amount.map(f64::from) } }));
            }
        }
        let uw = self.word(k)?;
        if the && w == "latest" && uw == "period" {
            return Some((k + 1, Expr::Relative { unit: Unit::Quarter, offset: -1 })); // business news
        }
        let unit = lookup(lexicon::UNITS, uw)?;
        if uw.ends_with('s') && uw != "days" || unit.is_clock() {
            return None;
        }
        if the {
            // the following day / the previous year / the next week (anaphoric in narratives)
            return match w {
                "following" | "next" => Some((k + 1, Expr::Anaphoric { unit, offset: 1 })),
                "previous" | "preceding" => Some((k + 1, Expr::Anaphoric { unit, offset: -1 })),
                "past" | "last" => Some((k + 1, Expr::PastSpan { unit, amount: Some(1) })),
                "latest" => Some((k + 1, Expr::Relative { unit, offset: -1 })),
                "current" => Some((k + 1, Expr::Relative { unit, offset: 0 })),
                _ => None,
            };
        }
        if matches!(w, "following" | "preceding" | "previous" | "latest") {
            return None;
        }
        Some((k + 1, Expr::Relative { unit, offset: shift }))
    }

    /// An amount: digits (`5`, `2.5`), number words (`five`, `twenty-five`, `a`), or a vague
    /// one (`several`, `a few`) as `None`.
    fn amount(&self, i: usize) -> Option<(usize, Option<f64>)> {
        if let Some(n) = self.num(i) {
            if self.t[i].text.len() > 6 {
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
        if matches!(w, "full" | "whole" | "another") {
            let k = if self.is(i + 1, "-") && self.glued(i + 1) && w != "another" { i + 2 } else { i + 1 };
            let unit = self.word(k).filter(|u| !u.ends_with('s')).and_then(|u| lookup(lexicon::UNITS, u));
            return unit.map(|_| (k, Some(1.0)));
        }
        // "half an hour", "half year"
        if w == "half" {
            let k = if matches!(self.word(i + 1), Some("a" | "an")) { i + 2 } else { i + 1 };
            let unit = self.word(k).filter(|u| !u.ends_with('s')).and_then(|u| lookup(lexicon::UNITS, u));
            return unit.map(|_| (k, Some(0.5)));
        }
        if w == "couple" && self.is(i + 1, "of") {
            return Some((i + 2, Some(2.0)));
        }
        if w == "a" || w == "an" {
            if self.is(i + 1, "few") || self.is(i + 1, "couple") {
                let e = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                return Some((e, if self.is(i + 1, "few") { None } else { Some(2.0) }));
            }
            return Some((i + 1, Some(1.0)));
        }
        if lexicon::VAGUE_AMOUNTS.contains(&w) && w != "coming" && w != "recent" {
            return Some((i + 1, None));
        }
        let n = lookup(lexicon::NUMBERS, w)?;
        let mut end = i + 1;
        let mut value = n;
        // twenty-five, twenty five
        if (20..=90).contains(&n) {
            let k = if self.is(end, "-") && self.glued(end) { end + 1 } else { end };
            if let Some(u) = self.word(k).and_then(|u| lookup(lexicon::NUMBERS, u)).filter(|u| (1..=9).contains(u)) {
                if self.word(k) != Some("a") && self.word(k) != Some("an") {
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
        if let (Some(e), Some(n)) = (self.words(j, &["and", "a", "half"]), amount) {
            if n.fract() == 0.0 && self.word(e).is_some_and(|u| lookup(lexicon::UNITS, u).is_some()) {
                (j, amount) = (e, Some(n + 0.5));
            }
        }
        if self.four_digit_year(i).is_some_and(|y| (1800..=2100).contains(&y)) {
            return None; // "the 1988 second quarter": a year, not 1988 seconds
        }
        let hyphen = self.is(j, "-") && self.glued(j) && self.glued(j + 1);
        let k = if hyphen { j + 1 } else { j };
        let uw = self.word(k)?;
        let unit = lookup(lexicon::UNITS, uw)?;
        if hyphen && uw == "quarters" {
            return None; // "three-quarters": a fraction
        }
        if uw == "second" && !hyphen && self.num(i).is_none() && amount.is_some_and(|n| n > 1.0) {
            return None; // "the twenty second of June": an ordinal, not twenty seconds
        }
        if amount.is_none() && !uw.ends_with('s') {
            return None;
        }
        if matches!(self.word(i), Some("a" | "an")) && amount == Some(1.0) && uw.ends_with('s') {
            return None;
        }
        let mut end = k + 1;
        if hyphen && self.is(end, "-") && self.word(end + 1) == Some("long") {
            end += 2;
        }
        // "an hour and a half"
        let and_a_half = |e: usize| self.words(e, &["and", "a", "half"]).or_else(|| self.words(e, &["and", "half"]));
        if let (Some(e), Some(n)) = (and_a_half(end), amount) {
            if n.fract() == 0.0 && !hyphen {
                amount = Some(n + 0.5);
                end = e;
            }
        }
        // Ages: "a 6-year-old boy", "52 years old".
        let old = if self.is(end, "-") && self.glued(end) { end + 1 } else { end };
        if self.word(old) == Some("old") {
            return None;
        }
        let signed = |sign: i64| amount.filter(|a| a.fract() == 0.0).map(|a| sign * a as i64);
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
            _ => {}
        }
        // A bare amount word of "a"/"an" before a singular unit is a duration only in a
        // duration frame: "for a year", "a year-long".
        if matches!(self.word(i), Some("a" | "an")) && !hyphen {
            let frame = i.checked_sub(1).and_then(|b| self.word(b)).is_some_and(|b| matches!(b, "for" | "about" | "nearly" | "almost" | "than" | "within" | "over" | "after" | "least" | "around" | "in" | "only" | "just"));
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
            "recent" | "past" => Some("PAST_REF"),
            "coming" => Some("FUTURE_REF"),
            _ => None,
        }) {
            let u = self.word(i + 1)?;
            let unit = lookup(lexicon::UNITS, u).filter(|u2| u.ends_with('s') && !u2.is_clock())?;
            if r == "PAST_REF" && matches!(unit, Unit::Day | Unit::Week | Unit::Month) {
                return Some((i + 2, Expr::Duration { unit, amount: None })); // "recent months": PXM
            }
            return Some((i + 2, Expr::Reference(r)));
        }
        let w = self.word(i)?;
        if lookup(lexicon::UNITS, w).is_some_and(|u| !u.is_clock()) && w.ends_with('s') && self.word(i + 1) == Some("ago") {
            return Some((i + 2, Expr::Reference("PAST_REF"))); // "months ago"
        }
        let unit = lookup(lexicon::UNITS, w).filter(|u| !u.is_clock() && w.ends_with('s') && *u != Unit::Weekend)?;
        let before = i.checked_sub(1).and_then(|b| self.word(b))?;
        matches!(before, "for" | "within" | "than" | "over").then_some((i + 1, Expr::Duration { unit, amount: None }))
    }

    /// Holidays with a fixed or rule-given date: `Christmas`, `New Year's Day`, `Thanksgiving`.
    fn holiday(&self, i: usize) -> Found {
        if !self.capitalised(i) {
            return None;
        }
        for &(words, rule) in lexicon::HOLIDAYS {
            let Some(mut end) = self.words(i, words) else { continue };
            if self.word(end) == Some("day") && !words.ends_with(&["day"]) && self.capitalised(end) {
                end += 1; // "Thanksgiving Day"
            }
            if let Some((e, year)) = self.year_after(end) {
                return Some((e, Expr::Holiday { rule, year: Some(year) }));
            }
            return Some((end, Expr::Holiday { rule, year: None }));
        }
        None
    }

    /// Years (`2014`, `1990s` decades, `the 19th century`).
    fn year_like(&self, i: usize) -> Found {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        // decades: 1990s, the '90s
        if let Some(t) = self.t.get(j).filter(|t| t.digits(4)) {
            if self.word(j + 1) == Some("s") && self.glued(j + 1) && t.text.ends_with('0') {
                return Some((j + 2, Expr::Decade(t.num? as i32 / 10)));
            }
            if self.is(j + 1, "'") && self.word(j + 2) == Some("s") && self.glued(j + 1) && t.text.ends_with('0') {
                return Some((j + 3, Expr::Decade(t.num? as i32 / 10)));
            }
        }
        if the {
            let decade = match self.word(j) {
                Some("twenties") => Some(192),
                Some("thirties") => Some(193),
                Some("forties") => Some(194),
                Some("fifties") => Some(195),
                Some("sixties") => Some(196),
                Some("seventies") => Some(197),
                Some("eighties") => Some(198),
                Some("nineties") => Some(199),
                _ => None,
            };
            if let Some(d) = decade {
                return Some((j + 1, Expr::Decade(d)));
            }
        }
        if the && self.is(j, "'") && self.t.get(j + 1).is_some_and(|t| t.digits(2) && t.text.ends_with('0')) && self.word(j + 2) == Some("s") {
            let n = self.num(j + 1)? as i32;
            let decade = if n < 30 { 200 + n / 10 } else { 190 + n / 10 };
            return Some((j + 3, Expr::Decade(decade)));
        }
        // centuries: the 19th century, the twentieth century, 20th-century
        let ordinal = match self.num(j) {
            Some(n) if self.word(j + 1).is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th")) => Some((j + 2, n)),
            _ => self.word(j).and_then(|w| lookup(lexicon::ORDINALS, w)).filter(|n| *n < 99).map(|n| (j + 1, n)),
        };
        if let Some((k, n)) = ordinal {
            let k = if self.is(k, "-") && self.glued(k) { k + 1 } else { k };
            if self.word(k) == Some("century") && (1..=21).contains(&n) {
                return Some((k + 1, Expr::Century(n as i32 - 1)));
            }
        }
        // "the year 2000", "the year two thousand"
        if self.words(i, &["the", "year"]).is_some() {
            if let Some((e, Expr::Year(y))) = self.year_like(i + 2) {
                return Some((e, Expr::Year(y)));
            }
        }
        if the {
            return None;
        }
        // 241 BC, 218 B.C., 480 BCE
        if let Some(n) = self.num(i).filter(|n| (1..=9999).contains(n) && self.t[i].text.len() <= 4) {
            let bc = match self.word(i + 1) {
                Some("bc" | "bce") => Some(i + 2),
                Some("b") if self.is(i + 2, ".") && self.word(i + 3) == Some("c") => Some(if self.is(i + 4, ".") { i + 5 } else { i + 4 }),
                _ => None,
            };
            if let Some(end) = bc {
                return Some((end, Expr::YearBc(n)));
            }
        }
        // Spoken years: "nineteen ninety-six", "two thousand"
        if let Some((e, year)) = self.spoken_year(i) {
            return Some((e, Expr::Year(year)));
        }
        if let Some(e) = self.words(i, &["two", "thousand"]) {
            if self.word(e).map_or(true, |w| lookup(lexicon::UNITS, w).is_none() && !matches!(w, "people" | "dollars" | "troops" | "and")) {
                return Some((e, Expr::Year(2000)));
            }
        }
                if self.word(i) == Some("fiscal") {
            let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            let year = self.four_digit_year(j)?;
            return Some((j + 1, Expr::Year(year)));
        }
        let year = self.four_digit_year(i)?;
        let before = i.checked_sub(1).map(|b| &self.t[b]);
        let next = self.word(i + 1);
        let quantity = next.is_some_and(|w| {
            matches!(w, "percent" | "people" | "points" | "billion" | "million" | "troops" | "soldiers" | "dollars" | "euros" | "pounds" | "km" | "kilometers" | "kilometres" | "miles" | "feet" | "meters" | "metres" | "tons" | "tonnes" | "barrels" | "shares" | "units" | "cases" | "deaths" | "votes" | "hours" | "minutes" | "days" | "m" | "ft")
        }) || self.is(i + 1, "%");
        let money = before.is_some_and(|b| matches!(b.text.as_str(), "$" | "€" | "£" | "#" | "no" | "¥")) && !self.t[i].space_before;
        let in_number = before.is_some_and(|b| (b.text == "," || b.text == "." || b.text == ":") && !self.t[i].space_before) || (self.is(i + 1, ",") || self.is(i + 1, ".")) && self.t.get(i + 2).is_some_and(|t| t.kind == Kind::Num && !t.space_before);
        let plausible = (1000..=2199).contains(&year);
        let cue = before.is_some_and(|b| matches!(b.text.as_str(), "in" | "since" | "of" | "by" | "until" | "during" | "from" | "to" | "through" | "before" | "after" | "year" | "fiscal" | "early" | "late" | "mid" | "and" | "the" | "between" | "around"));
        let modern = (1700..=2099).contains(&year);
        if plausible && !quantity && !money && !in_number && (modern || cue) {
            return Some((i + 1, Expr::Year(year)));
        }
        None
    }

    /// Seasons (`this summer`, `summer 2025`, `the spring of 2024`) and quarters or halves
    /// (`the third quarter`, `the first quarter of 2025`, `Q3 2025`, `the second half of 2025`).
    fn season_or_quarter(&self, i: usize) -> Found {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let (k, shift) = match self.word(j).and_then(|w| lookup(lexicon::SHIFTS, w)) {
            Some(s) if matches!(self.word(j), Some("last" | "next" | "this" | "past" | "coming")) => (j + 1, Some(s)),
            _ => (j, None),
        };
        let year_of = |e: usize| -> Option<(usize, i32)> {
            let y = if self.is(e, "of") || self.is(e, ",") { e + 1 } else { e };
            self.year_at(y)
        };
        if let Some(code) = self.word(k).and_then(|w| lookup(lexicon::SEASONS, w)) {
            if self.word(k) == Some("fall") && !(the || shift.is_some() || year_of(k + 1).is_some()) {
                return None; // "prices fall"
            }
            if self.word(k) == Some("fall") && self.is(k + 1, "of") && year_of(k + 1).is_none() {
                return None; // "the fall of the city": a collapse, not autumn
            }
            if let Some((e, year)) = year_of(k + 1) {
                return Some((e, Expr::Season { code, year: Some(year), shift }));
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
            && self.word(k).and_then(|w| lookup(lexicon::ORDINALS, w)).is_some_and(|n| n <= 4)
            && self.is(k + 1, "-")
            && self.glued(k + 1)
            && matches!(self.word(k + 2), Some("quarter" | "half"));
        // "fourth quarter" with no article, after a word that makes it a date.
        let bare = !the
            && self.word(k).and_then(|w| lookup(lexicon::ORDINALS, w)).is_some_and(|n| n <= 4)
            && self.word(k + 1) == Some("quarter")
            && i.checked_sub(1).and_then(|b| self.word(b)).is_some_and(|b| matches!(b, "in" | "for" | "during" | "of" | "its" | "their" | "his" | "her"));
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
        let (n, e) = match self.word(k).and_then(|w| lookup(lexicon::ORDINALS, w)) {
            Some(n) => (n, k + 1),
            None if shift.is_some() => (0, k),
            None => return None,
        };
        if the && self.is(e, "-") && self.glued(e) {
            return None; // "the third-quarter results": the adjective alone is the expression
        }
        let e = if self.is(e, "-") && self.glued(e) { e + 1 } else { e };
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
            return Some((e + 1, Expr::Relative { unit: Unit::Quarter, offset: shift? }));
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
        if self.word(j) != Some("year") || !self.is(j + 1, "-") || !self.glued(j + 1) || !matches!(self.word(j + 2), Some("ago" | "earlier")) {
            return None;
        }
        let expr = Expr::Relative { unit: Unit::Quarter, offset: -5 };
        if let Some(n) = self.word(j + 3).and_then(|w| lookup(lexicon::ORDINALS, w)).filter(|n| (1..=4).contains(n)) {
            if self.word(j + 4) == Some("quarter") {
                return Some((j + 5, Expr::QuarterOfYear { n, offset: -1 }));
            }
        }
        match self.word(j + 3) {
            Some("quarter" | "period") => Some((j + 4, expr)),
            _ if j == i => Some((j + 3, Expr::Relative { unit: Unit::Year, offset: -1 })),
            _ => None,
        }
    }

    /// A year's quarter in business news: `the 1988 period`, `the 1988 quarter`,
    /// `the 1988 third quarter` (without an ordinal: the quarter just reported, in that year).
    fn year_quarter(&self, i: usize) -> Found {
        // "this year's third quarter", "next year's first quarter"
        if let Some(offset) = self.word(i).filter(|w| matches!(*w, "last" | "next" | "this")).and_then(|w| lookup(lexicon::SHIFTS, w)) {
            let possessive = self.word(i + 1) == Some("year")
                && matches!(self.t.get(i + 2).map(|t| t.text.as_str()), Some("'" | "’"))
                && self.glued(i + 2)
                && self.word(i + 3) == Some("s")
                && self.glued(i + 3);
            let n = self.word(i + 4).and_then(|w| lookup(lexicon::ORDINALS, w)).filter(|n| (1..=4).contains(n));
            return match n {
                Some(n) if possessive && self.word(i + 5) == Some("quarter") => Some((i + 6, Expr::QuarterOfYear { n, offset })),
                _ => None,
            };
        }
        if !self.is(i, "the") {
            return None;
        }
        let year = self.four_digit_year(i + 1)?;
        let n = self.word(i + 2).and_then(|w| lookup(lexicon::ORDINALS, w)).filter(|n| (1..=4).contains(n));
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
        let shift = self.word(i).filter(|w| matches!(*w, "last" | "next" | "this")).and_then(|w| lookup(lexicon::SHIFTS, w));
        if let Some(shift) = shift {
            let (e, month) = self.month_word(i + 1)?;
            let w = self.word(i + 1)?;
            return (w.len() > 3 || w == "may").then_some((e, Expr::Month { month, shift: Some(shift) }));
        }
        let (e, month) = self.month_word(i)?;
        let w = self.word(i)?;
        if !(w.len() > 3 || w == "may") {
            return None;
        }
        let year_shift = self.word(e).filter(|w| matches!(*w, "last" | "next" | "this")).and_then(|w| lookup(lexicon::SHIFTS, w))?;
        (self.word(e + 1) == Some("year")).then_some((e + 2, Expr::MonthOfYear { month, offset: year_shift }))
    }

    /// A number of up to three digits after a preposition, not followed by what it counts
    /// (`in 480`, `until 479,`, `the rest of 496`): a year only in a text of years before Christ.
    fn bare_year(&self, i: usize) -> Found {
        let n = self.num(i).filter(|n| (100..=999).contains(n) && self.t[i].text.len() == 3)?;
        // "from 499 to 493 BC": the first year takes the era of the second.
        let joined = matches!(self.t.get(i + 1).map(|t| t.text.as_str()), Some("to" | "and" | "-" | "–" | "—"));
        if joined && self.num(i + 2).is_some() && matches!(self.word(i + 3), Some("bc" | "bce")) {
            return Some((i + 1, Expr::YearBc(n)));
        }
        let before = i.checked_sub(1).and_then(|b| self.word(b))?;
        let after_ok = match self.t.get(i + 1) {
            None => true,
            // Not what it counts: "in 300 ships", "in 480 cases", "in 20 years".
            Some(t) if t.kind == Kind::Word => !(t.text.ends_with('s') || lookup(lexicon::UNITS, &t.text).is_some()),
            Some(t) => t.kind == Kind::Punct && !(self.glued(i + 1) && matches!(t.text.as_str(), "." | "," | ":" | "%" | "-" | "/") && self.num(i + 2).is_some()),
        };
        let cue = matches!(before, "in" | "by" | "until" | "since" | "of" | "from" | "to" | "during" | "between" | "and");
        (cue && after_ok && !self.glued(i)).then_some((i + 1, Expr::BareYear(n)))
    }

    /// `now`, `recently`, `the past`, `the future`, `at the moment`, …
    fn reference(&self, i: usize) -> Found {
        let mut best: Found = None;
        for &(words, value) in lexicon::REFERENCES {
            if let Some(e) = self.words(i, words) {
                // "the past" must not swallow "the past two weeks"; "now" not "now that".
                if words == ["the", "past"] && (self.amount(e).is_some() || self.word(e).is_some_and(|w| lookup(lexicon::UNITS, w).is_some())) {
                    continue;
                }
                // "in the past" / "at the moment": the preposition is not part of the extent.
                let first = if matches!(words[0], "in") { i + 1 } else { i };
                if first != i {
                    continue;
                }
                if best.as_ref().map_or(true, |(b, _)| e > *b) {
                    best = Some((e, Expr::Reference(value)));
                }
            }
        }
        best
    }

    /// `every Tuesday`, `each year`, `daily`, `twice a week`, `three times a year`, `on weekends`.
    fn set(&self, i: usize) -> Found {
        let w = self.word(i)?;
        let per_unit = |unit: Unit| -> String {
            let (p, code) = unit.duration_code();
            format!("{p}1{code}")
        };
        if matches!(w, "every" | "each") {
            let quant = if w == "every" { "EVERY" } else { "EACH" };
            let next = self.word(i + 1)?;
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
                if let Some(unit) = self.word(e).and_then(|u| lookup(lexicon::UNITS, u)) {
                    let (p, code) = unit.duration_code();
                    return Some((e + 1, Expr::Set { value: format!("{p}{}{code}", super::resolve::decimal(n)), quant: Some(quant), freq: None }));
                }
            }
            return None;
        }
        let adverb = match w {
            "daily" => Some(Unit::Day),
            "weekly" => Some(Unit::Week),
            "monthly" => Some(Unit::Month),
            "yearly" => Some(Unit::Year),
            "hourly" => Some(Unit::Hour),
            _ => None,
        };
        if let Some(unit) = adverb {
            return Some((i + 1, Expr::Set { value: per_unit(unit), quant: None, freq: None }));
        }
        let (times, j) = match w {
            "once" => (1, i + 1),
            "twice" => (2, i + 1),
            "thrice" => (3, i + 1),
            _ => {
                let (e, n) = self.amount(i)?;
                if self.word(e) != Some("times") {
                    return None;
                }
                (n? as u32, e + 1)
            }
        };
        let k = if matches!(self.word(j), Some("a" | "an" | "per" | "each" | "every")) { j + 1 } else { return None };
        let unit = self.word(k).and_then(|u| lookup(lexicon::UNITS, u))?;
        Some((k + 1, Expr::Set { value: per_unit(unit), quant: None, freq: Some(format!("{times}X")) }))
    }

    /// A clock time: `10:55`, `3 p.m.`, `3pm`, `10:55 a.m.`, `noon`, `midnight`.
    fn clock(&self, i: usize) -> Found {
        if let Some(w) = self.word(i) {
            return match w {
                "noon" | "midday" => Some((i + 1, Expr::Clock { date: None, hour: 12, minute: 0 })),
                "midnight" => Some((i + 1, Expr::Clock { date: None, hour: 0, minute: 0 })),
                _ => None,
            };
        }
        let h = self.num(i).filter(|h| *h <= 24 && self.t[i].text.len() <= 2)?;
        let (mut end, minute) = if self.is(i + 1, ":") && self.glued(i + 1) && self.glued(i + 2) && self.t.get(i + 2).is_some_and(|t| t.digits(2)) {
            (i + 3, self.num(i + 2).filter(|m| *m < 60)?)
        } else {
            (i + 1, 0)
        };
        let (e, meridiem) = self.meridiem(end);
        let hour = match meridiem {
            Some(pm) if (1..=12).contains(&h) => (h % 12) + if pm { 12 } else { 0 },
            Some(_) => return None,
            None if end == i + 1 => return None, // a bare number is no time
            None => h % 24,
        };
        end = e;
        end = self.time_zone(end);
        Some((end, Expr::Clock { date: None, hour, minute }))
    }

    /// Like `clock`, but also `22.09` (a dotted time, only right after a date).
    fn clock_or_dotted(&self, i: usize) -> Found {
        if let Some(found) = self.clock(i) {
            return Some(found);
        }
        let h = self.num(i).filter(|h| *h < 24 && self.t[i].text.len() <= 2)?;
        if self.is(i + 1, ".") && self.glued(i + 1) && self.glued(i + 2) && self.t.get(i + 2).is_some_and(|t| t.digits(2)) {
            let minute = self.num(i + 2).filter(|m| *m < 60)?;
            return Some((self.time_zone(i + 3), Expr::Clock { date: None, hour: h, minute }));
        }
        None
    }

    /// `a.m.`, `am`, `p.m.`, `pm` at `i`: the index after it and whether it is p.m.
    fn meridiem(&self, i: usize) -> (usize, Option<bool>) {
        match self.word(i) {
            Some("am") => (i + 1, Some(false)),
            Some("pm") => (i + 1, Some(true)),
            Some(w @ ("a" | "p")) if self.is(i + 1, ".") && self.word(i + 2) == Some("m") => {
                let end = if self.is(i + 3, ".") && self.glued(i + 3) { i + 4 } else { i + 3 };
                (end, Some(w == "p"))
            }
            _ => (i, None),
        }
    }

    /// Skips a time-zone abbreviation (`BST`, `GMT`, `ET`, `UTC`, `local time`).
    fn time_zone(&self, i: usize) -> usize {
        match self.word(i) {
            Some("gmt" | "utc" | "bst" | "cet" | "cest" | "est" | "edt" | "et" | "pst" | "pdt" | "msk" | "eet" | "eest") if self.t[i].text.len() <= 4 && self.src[self.t[i].start..self.t[i].end].chars().all(char::is_uppercase) => i + 1,
            Some("local") if self.is(i + 1, "time") => i + 2,
            _ => i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::scan;
    use super::*;

    fn read(text: &str) -> Vec<(String, Expr)> {
        let toks = scan(text);
        recognise(text, &toks).into_iter().map(|m| (text[toks[m.first].start..toks[m.end - 1].end].to_string(), m.expr)).collect()
    }

    fn one(text: &str) -> (String, Expr) {
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
        assert!(matches!(expr, Expr::Clock { hour: 10, minute: 55, date: Some(_) }));
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
        assert_eq!(one("until next Monday").1, Expr::Weekday { day: 1, shift: Some(1) });
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
        let toks = scan("nearly five hours");
        let m = &recognise("nearly five hours", &toks)[0];
        assert_eq!((m.first, m.end, m.modifier), (0, 3, Some("LESS_THAN")));
        assert!(read("a 28-point plan, a year-end party, a day of talks").iter().all(|(t, _)| t != "a day"));
    }

    #[test]
    fn whole_units_halves_and_abbreviated_hours_are_lengths() {
        let d = |unit, amount: f64| Expr::Duration { unit, amount: Some(amount) };
        assert_eq!(one("they queued the whole day"), ("whole day".into(), d(Unit::Day, 1.0)));
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
        assert_eq!(one("in 241 BC the fleet").1, Expr::YearBc(241));
        assert_eq!(one("by 218 B.C. Rome").0, "218 B.C.");
        assert_eq!(one("the 19th century").1, Expr::Century(18));
        assert_eq!(one("a 20th century war").1, Expr::Century(19));
        assert_eq!(one("in nineteen ninety-six").1, Expr::Year(1996));
        assert_eq!(one("by the year two thousand").0, "the year two thousand");
        assert_eq!(one("through the nineties").1, Expr::Decade(199));
        assert_eq!(one("in recent years").1, Expr::Reference("PAST_REF"));
        assert_eq!(one("just months ago").1, Expr::Reference("PAST_REF"));
    }

    #[test]
    fn seasons_quarters_references_and_sets() {
        assert_eq!(one("last summer").1, Expr::Season { code: "SU", year: None, shift: Some(-1) });
        assert_eq!(one("the third quarter of 2025").1, Expr::Quarter { letter: 'Q', n: 3, year: Some(2025), shift: None });
        assert_eq!(one("is not planned at the moment").1, Expr::Reference("PRESENT_REF"));
        assert!(matches!(one("every Tuesday").1, Expr::Set { quant: Some("EVERY"), .. }));
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
        assert_eq!(one("in June last year").1, Expr::MonthOfYear { month: 6, offset: -1 });
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
