//! Temporal tagger and normaliser: finds temporal expressions in text and resolves them to
//! TIMEX3 values against an anchor date (the article's date in news, the last mentioned date
//! in narratives).
//!
//! The work is split in rooms of their own: [`scan`] (tokens), [`grammar`] (recognition:
//! which words form an expression and what they say), [`tense`] (the tense around it),
//! [`resolve`] (normalisation against anchors), [`calendar`] (date arithmetic and TIMEX3 value
//! forms), [`article_date`] (an article's own date), all reading the tables of [`lexicon`].

pub mod article_date;
pub mod calendar;
pub mod grammar;
pub mod lexicon;
pub mod resolve;
pub mod scan;
pub mod tense;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::Granularity;
use lexicon::list;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2025-12-02`, `2025-W48-WE`, `2025-08`.
    Date,
    /// A time of day, possibly with a date: `2025-12-02T10:55`.
    Time,
    /// A length of time: `P3D`, `PT5H`.
    Duration,
    /// A recurrence: `P1W` with `freq`/`quant`.
    Set,
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value (`XXXX-XX-XX`-style placeholders when it cannot be anchored).
    pub value: String,
    /// TIMEX3 `mod` (START, MID, END, APPROX, …), when the expression carries one.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
    /// TIMEX3 `quant` of a set (`EVERY`, `EACH`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quant: Option<&'static str>,
    /// TIMEX3 `freq` of a set (`2X`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// The date a relative expression was resolved against.
    #[serde(skip)]
    pub anchor: Option<NaiveDate>,
    /// The days the expression covers, with its granularity, when it names calendar days.
    #[serde(skip)]
    pub extent: Option<(NaiveDate, NaiveDate, Granularity)>,
}

/// How relative expressions are anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// News: relative to the document creation time ("yesterday" is the day before the DCT).
    #[default]
    News,
    /// Narrative (histories): relative to the last mentioned date; year-less dates take its year.
    Narrative,
}

/// Settings of one tagging run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TagOptions {
    /// The document creation time, if known.
    pub dct: Option<NaiveDate>,
    /// News or narrative anchoring.
    pub mode: Mode,
}

/// Find and normalise the temporal expressions of `text`, anchored on `dct` when given (news).
pub fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    tag_with(text, &TagOptions { dct, mode: Mode::News })
}

/// Find and normalise the temporal expressions of `text` with the given options.
pub fn tag_with(text: &str, options: &TagOptions) -> Vec<Timex> {
    let lower = text.to_ascii_lowercase();
    let toks = scan::scan_folded(text, &lower);
    let narrative = options.mode == Mode::Narrative;
    let mut last: Option<NaiveDate> = None;
    // A text that speaks of quarters reports business results: there, a figure compared with
    // "a year ago" is the same quarter a year before.
    let mut quarter_words = 0;
    for t in &toks {
        quarter_words += usize::from(is_quarter_word(&t.text));
    }
    let business = quarter_words >= 2;
    let mut last_granularity: Option<Granularity> = None;
    let mut last_end: Option<usize> = None;
    let mut before_christ = false;

    let mut out: Vec<Timex> = Vec::new();
    // The last timex when it is a clock time read without a day: its place in `out` and the
    // token after it.
    let mut undated_clock: Option<(usize, usize)> = None;
    for mut m in grammar::recognise(text, &toks) {
        // News leaves "at the time" and "during this period" untagged, as TimeBank does;
        // narratives tag them, as WikiWars does.
        if !narrative && matches!(m.expr, grammar::Expr::ThatTime { .. }) {
            continue;
        }
        // "the night of Oct. 23": news tags the date alone, as AQUAINT does.
        if let (false, grammar::Expr::PartOfDate { date, .. }) = (narrative, &mut m.expr) {
            let date = std::mem::replace(&mut **date, grammar::Expr::Year(0));
            m.first = (m.first..m.end).find(|&k| toks[k].is("of")).map_or(m.first, |of| of + 1);
            m.expr = date;
        }
        if narrative {
            m.expr = counted_to_an_event(&toks, &m).unwrap_or(m.expr);
        }
        let (tense, firm) = tense::lead_tense(&toks, m.first).unwrap_or_else(|| match tense::tense_at(&toks, m.first, m.end) {
            tense::Tense::Past => (tense::Tense::Past, tense::verb_dates(&toks, m.first, m.end)),
            tense::Tense::Future => (tense::Tense::Future, tense::will_dates(&toks, m.first)),
            // "Send it by Friday": a deadline with no verb to place it lies ahead.
            tense::Tense::Unknown if m.first > 0 && lexicon::one_of(toks[m.first - 1].text.as_str(), list!["by", "until", "till"]) => (tense::Tense::Future, false),
            tense => (tense, false),
        });
        let reference = if narrative { last.or(options.dct) } else { options.dct };
        // "last year" names the year itself, even beside a quarter's figures; only a counted
        // year ("a year ago") or one tied to a quarter ("the same period last year") is a quarter.
        let quarters = matches!(m.expr, grammar::Expr::Relative { unit: lexicon::Unit::Year, .. } | grammar::Expr::Shifted { unit: lexicon::Unit::Year, .. })
            && (!toks[m.first].is("last") || beside_quarter(&toks, m.first, m.end))
            && (tense::sentence_has(&toks, m.first, m.end, &is_quarter_word)
                || business && tense::sentence_has(&toks, m.first, m.end, &|w| lexicon::one_of(w, list!["$", "cents", "%", "share"])))
            // Figures for "the nine months" or "the first half" compare with that stretch a
            // year before, which the year stands for, not a quarter.
            && !stretch_figures(&toks, m.first, m.end);
        // In news, a counted shift ("a year earlier") counts from a date of its own sentence,
        // else from the article's date.
        let shifted = matches!(m.expr, grammar::Expr::Shifted { .. });
        let (seen, seen_granularity) = if !narrative && shifted && !last_end.is_some_and(|e| !tense::stop_between(&toks, e, m.first)) {
            (None, None)
        } else {
            (last, last_granularity)
        };
        let anchors = resolve::Anchors { reference, last: seen, last_granularity: seen_granularity, tense, firm, narrative, quarters, before_christ };
        let Some(mut resolved) = resolve::resolve(&m.expr, &anchors) else { continue };
        // So is "the 1988 period" beside figures for "the first nine months".
        if let grammar::Expr::Quarter { n: 0, year: Some(y), .. } = m.expr {
            if stretch_figures(&toks, m.first, m.end) {
                resolved.value = format!("{y:04}");
            }
        }
        // "will one day be": some time ahead, not a length of a day.
        let resolved = if one_day_ahead(&toks, m.first, m.end) {
            resolve::Resolved { kind: TimexType::Date, value: "FUTURE_REF".into(), anchor: None, extent: None }
        } else {
            resolved
        };
        if resolved.kind == TimexType::Date && resolved.value.starts_with(|c: char| c.is_ascii_digit() || c == 'B') {
            before_christ = resolved.value.starts_with("BC");
        }
        let (start, end) = (toks[m.first].start, toks[m.end - 1].end);
        let extent = match resolved.kind {
            TimexType::Date | TimexType::Time => match resolved.extent {
                Some((s, e)) => Some((s, e, span_granularity(s, e))),
                None => calendar::value_range(&resolved.value),
            },
            TimexType::Duration => resolved.extent.map(|(s, e)| (s, e, span_granularity(s, e))),
            TimexType::Set => None,
        };
        if let (Some((s, _, g)), TimexType::Date | TimexType::Time) = (extent, resolved.kind) {
            // Only dates at least as fine as a year move the narrative forward.
            if g <= Granularity::Year {
                last = Some(s);
                last_granularity = Some(g);
                last_end = Some(m.end);
            }
        }
        // A run of days ("6-7 May 1916", "March 5-9") is written as TimeML annotates it: its
        // first and last days apart, either side of the dash; a weekend stays one expression.
        if let (grammar::Expr::DayRange { .. } | grammar::Expr::DaysOfMonth { .. }, Some((s, e, _))) = (&m.expr, extent) {
            let dash = (m.first + 1..m.end - 1).find(|&k| grammar::is_range_word(&toks[k].text));
            // "22-23 November" may be a weekend; "April 24 and 25" names two days.
            if let (Some(dash), false) = (dash, resolved.value.ends_with("-WE") && dash.is_some_and(|d| toks[d].text == "-")) {
                for (from, to, day) in [(m.first, dash, s), (dash + 1, m.end, e)] {
                    let (start, end) = (toks[from].start, toks[to - 1].end);
                    out.push(Timex {
                        start,
                        end,
                        text: text[start..end].to_string(),
                        kind: TimexType::Date,
                        value: calendar::day_value(day),
                        modifier: None,
                        quant: None,
                        freq: None,
                        anchor: resolved.anchor,
                        extent: Some((day, day, Granularity::Day)),
                    });
                }
                continue;
            }
        }
        // "10 to 11:30 a.m. on Monday": the first time of a run is on its last one's day.
        if let (Some((k, after)), grammar::Expr::Clock { date: Some(_), .. }) = (undated_clock, &m.expr) {
            if after + 1 == m.first && grammar::joins_dates(&toks[after].text) {
                if let (Some(first), Some(t)) = (out.get_mut(k), resolved.value.find('T')) {
                    if let Some(ft) = first.value.find('T') {
                        first.value = format!("{}{}", &resolved.value[..t], &first.value[ft..]);
                        first.extent = calendar::value_range(&first.value);
                    }
                }
            }
        }
        undated_clock = matches!(m.expr, grammar::Expr::Clock { date: None, .. }).then_some((out.len(), m.end));
        let (quant, freq) = match &m.expr {
            grammar::Expr::Set { quant, freq, .. } => (*quant, freq.clone()),
            _ => (None, None),
        };
        out.push(Timex {
            start,
            end,
            text: text[start..end].to_string(),
            kind: resolved.kind,
            value: resolved.value,
            modifier: m.modifier,
            quant,
            freq,
            anchor: resolved.anchor,
            extent,
        });
    }
    out
}

/// The sentence reports figures for a stretch of months ("the nine months", "the first half").
fn stretch_figures(toks: &[scan::Tok], first: usize, end: usize) -> bool {
    tense::sentence_has(toks, first, end, &|w| lexicon::one_of(w, list!["months", "half"]))
}

/// "one day" right after a modal ("will one day", "could one day"): an indefinite future.
fn one_day_ahead(toks: &[scan::Tok], first: usize, end: usize) -> bool {
    end == first + 2
        && toks[first].is("one")
        && toks[first + 1].is("day")
        && first.checked_sub(1).is_some_and(|k| lexicon::one_of(toks[k].text.as_str(), list!["will", "would", "could", "may", "might", "can", "shall"]))
}

/// A quarter's word just before the expression or after its possessive: "the same
/// period last year", "last year's quarter".
fn beside_quarter(toks: &[scan::Tok], first: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text.as_str());
    let before = first.checked_sub(1).is_some_and(|k| is_quarter_word(word(k)));
    let possessive = lexicon::one_of(word(end), list!["'", "’"]) && word(end + 1) == "s";
    before || possessive && (end + 2..end + 5).any(|k| is_quarter_word(word(k)))
}

fn is_quarter_word(w: &str) -> bool {
    // The first byte first: asked of every token of a text.
    matches!(w.as_bytes().first(), Some(b'q' | b'p')) && lexicon::one_of(w, list!["quarter", "quarters", "quarterly", "period"])
}

/// The granularity of a stretch of days: weekends and weeks when it spans several of them.
fn span_granularity(start: NaiveDate, end: NaiveDate) -> Granularity {
    match (end - start).num_days() {
        0 => Granularity::Day,
        1..=13 => Granularity::Week,
        14..=92 => Granularity::Month,
        _ => Granularity::Year,
    }
}

/// Read an ISO date (`YYYY-MM-DD`) or the date part of an ISO datetime (`YYYY-MM-DDT…`).
pub fn parse_iso_date(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    let day = value.get(..10)?;
    let rest = &value[10..];
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) || day.as_bytes().get(4) != Some(&b'-') {
        return None;
    }
    calendar::parse_day(day)
}

/// In a narrative, a count of units before or after an event ("five days after the fall of
/// the city", "two years before the war") is a date, counted from the last date as "five days
/// later" is: the event told of stands at or near it. (Not a stretch: "for two days after".)
fn counted_to_an_event(toks: &[scan::Tok], m: &grammar::Match) -> Option<grammar::Expr> {
    let grammar::Expr::Duration { unit, amount: Some(n) } = m.expr else { return None };
    let sign = match toks.get(m.end)?.text.as_str() {
        "after" => 1,
        "before" => -1,
        _ => return None,
    };
    let stretch = m.first > 0 && lexicon::one_of(toks[m.first - 1].text.as_str(), list!["for", "within", "over", "during", "lasting", "than"]);
    let dated = toks.get(m.end + 1).is_some_and(|t| t.kind == scan::Kind::Word && !t.is("that"));
    (n >= 1.0 && n.fract() == 0.0 && m.modifier.is_none() && !stretch && dated).then(|| grammar::Expr::Shifted { unit, offset: sign * n as i64 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap()
    }

    fn values(text: &str, dct: &str) -> Vec<(String, String)> {
        tag(text, Some(d(dct))).into_iter().map(|t| (t.text, t.value)).collect()
    }

    #[test]
    fn a_month_of_that_year_is_in_the_last_dates_year() {
        let got = values(
            "The fever was first logged in March 2003. By June of that year it had faded; by May 3 of the following year it was back, and in July of next year it may return.",
            "2009-04-27",
        );
        let want = [("March 2003", "2003-03"), ("June of that year", "2003-06"), ("May 3 of the following year", "2004-05-03"), ("July of next year", "2010-07")];
        assert_eq!(got, want.map(|(t, v)| (t.to_string(), v.to_string())));
    }

    #[test]
    fn news_expressions_resolve_against_the_dct() {
        let got = values(
            "The envoys met the president yesterday. On Monday the leader flew to Paris. \
             The plan was drafted two weekends ago and refined this past weekend, after a summit in August.",
            "2025-12-03",
        );
        let want = [
            ("yesterday", "2025-12-02"),
            ("Monday", "2025-12-01"),
            ("two weekends ago", "2025-W47-WE"),
            ("this past weekend", "2025-W48-WE"),
            ("August", "2025-08"),
        ];
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn extents_carry_granularity() {
        let t = &tag("in Geneva two weekends ago", Some(d("2025-12-02")))[0];
        assert_eq!(t.extent, Some((d("2025-11-22"), d("2025-11-23"), Granularity::Weekend)));
        assert_eq!(t.anchor, Some(d("2025-12-02")));
        let span = &tag("over the past two weekends", Some(d("2025-12-02")))[0];
        assert_eq!((span.kind, span.value.as_str()), (TimexType::Duration, "P2WE"));
        assert_eq!(span.extent, Some((d("2025-11-22"), d("2025-11-30"), Granularity::Week)));
    }

    #[test]
    fn narratives_anchor_on_the_last_mentioned_date() {
        let text = "The offensive began in June 1941. On August 3 the city fell. The following year the front moved.";
        let opts = TagOptions { dct: None, mode: Mode::Narrative };
        let got: Vec<String> = tag_with(text, &opts).into_iter().map(|t| t.value).collect();
        assert_eq!(got, ["1941-06", "1941-08-03", "1942"]);
    }

    #[test]
    fn the_first_time_of_a_run_is_on_the_day_of_the_last() {
        let opts = TagOptions { dct: Some(d("2016-11-09")), mode: Mode::News };
        let values = |text: &str| tag_with(text, &opts).into_iter().map(|t| t.value).collect::<Vec<_>>();
        assert_eq!(values("The hearing runs 10 to 11:30 a.m. tomorrow."), ["2016-11-10T10:00", "2016-11-10T11:30"]);
        assert_eq!(values("Call between 2 and 4 p.m. on Friday, November 11."), ["2016-11-11T14:00", "2016-11-11T16:00"]);
        // Not a run: the first time keeps its own day.
        assert_eq!(values("We met at 9am, then had lunch at 1pm tomorrow."), ["2016-11-09T09:00", "2016-11-10T13:00"]);
    }

    #[test]
    fn a_narrative_tags_the_time_in_hand_and_news_does_not() {
        let text = "The siege began in May 1809. During this period the town starved. At this time, the king fled, and at the same time the army rested. This time, they won.";
        let narrative: Vec<(String, String)> = tag_with(text, &TagOptions { dct: None, mode: Mode::Narrative }).into_iter().map(|t| (t.text, t.value)).collect();
        let want = [("May 1809", "1809-05"), ("this period", "1809-05"), ("this time", "PRESENT_REF"), ("the same time", "1809-05")];
        assert_eq!(narrative, want.map(|(t, v)| (t.to_string(), v.to_string())));
        let news = tag_with(text, &TagOptions { dct: None, mode: Mode::News });
        assert_eq!(news.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["May 1809"]);
        let aside = tag_with("They stayed, for the time being.", &TagOptions { dct: None, mode: Mode::Narrative });
        assert_eq!((aside[0].text.as_str(), aside[0].value.as_str()), ("the time being", "PRESENT_REF"));
    }

    #[test]
    fn in_a_narrative_a_count_before_or_after_an_event_is_a_date() {
        let text = "The siege ended on 3 May 1809. Five days after the fall of the town the army left. It rested for two days after the march.";
        let opts = TagOptions { dct: None, mode: Mode::Narrative };
        let got: Vec<(String, String)> = tag_with(text, &opts).into_iter().map(|t| (t.value, format!("{:?}", t.kind))).collect();
        let want = [("1809-05-03", "Date"), ("1809-05-08", "Date"), ("P2D", "Duration")];
        assert_eq!(got, want.map(|(v, k)| (v.to_string(), k.to_string())));
        // In news, a count is a length: the event's date is unknown.
        let news = tag_with("Five days after the fall of the town the army left.", &TagOptions { dct: None, mode: Mode::News });
        assert_eq!(news[0].value, "P5D");
    }

    #[test]
    fn business_reports_compare_with_the_quarter_a_year_before() {
        let text = "Third-quarter profit rose. Net income was $5 million, up from $4 million a year ago. \
                    The quarter was strong.";
        let got: Vec<String> = tag(text, Some(d("1989-11-02"))).into_iter().map(|t| t.value).collect();
        assert_eq!(got, ["1989-Q3", "1988-Q3", "1989-Q3"]);
        let plain: Vec<String> = tag("He moved to Oslo a year ago.", Some(d("1989-11-02"))).into_iter().map(|t| t.value).collect();
        assert_eq!(plain, ["1988"]);
    }

    #[test]
    fn nine_months_figures_compare_with_the_year_before_not_a_quarter() {
        let text = "Third-quarter profit rose. For the nine months, net income was $9 million, up from $7 million a year earlier.";
        let got: Vec<String> = tag(text, Some(d("1989-11-02"))).into_iter().map(|t| t.value).collect();
        assert_eq!(got.last().map(String::as_str), Some("1988"));
        let period = "Third-quarter profit rose. In the first nine months, net was $9 million, against $7 million in the 1988 period.";
        let got: Vec<String> = tag(period, Some(d("1989-11-02"))).into_iter().map(|t| t.value).collect();
        assert_eq!(got.last().map(String::as_str), Some("1988"));
    }

    #[test]
    fn last_year_beside_quarterly_figures_is_the_year_unless_tied_to_a_quarter() {
        let text = "Sales in the third quarter fell to $8 million from $9 million last year. \
                    Margins beat the same period last year, and last year's quarter was weak.";
        let got: Vec<(String, String)> = values(text, "1989-11-02").into_iter().filter(|(t, _)| t.contains("last year")).collect();
        let want = [("last year", "1988"), ("last year", "1988-Q3"), ("last year", "1988-Q3")];
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn words_before_a_date_can_fix_its_side() {
        let got = values("Revenue for the fiscal term ended Feb. 28 rose. The ferry may return as soon as Sunday.", "1989-11-01");
        assert_eq!(got, [("Feb. 28", "1989-02-28"), ("Sunday", "1989-11-05")].map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_deadline_with_no_verb_to_place_it_lies_ahead() {
        let got = values("Send the forms by Friday. The office stays shut until Monday. By Tuesday the crews had left.", "2025-12-03");
        assert_eq!(got, [("Friday", "2025-12-05"), ("Monday", "2025-12-08"), ("Tuesday", "2025-12-02")].map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_past_verb_dates_a_year_less_date_a_whole_year_back() {
        let got = values("The envoy arrived on March 3. On April 9, he resigned. A vote is due on March 3.", "2025-12-03");
        assert_eq!(got, [("March 3", "2025-03-03"), ("April 9", "2025-04-09"), ("March 3", "2026-03-03")].map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn will_before_a_verb_dates_a_year_less_date_a_whole_year_ahead() {
        let got = values("The law will expire on Dec. 31. The vote will be held on Nov. 2. The talks ended on Dec. 31.", "2013-03-21");
        assert_eq!(got, [("Dec. 31", "2013-12-31"), ("Nov. 2", "2013-11-02"), ("Dec. 31", "2012-12-31")].map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn one_day_after_a_modal_is_the_future() {
        let got = values("The bridge may one day carry trains. The repair took one day.", "2025-12-03");
        assert_eq!(got, [("one day", "FUTURE_REF"), ("one day", "P1D")].map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_bare_clock_time_falls_on_the_day_last_named() {
        let got = values("The storm reached the coast on Friday. The first gusts came at 9:40 a.m.", "2025-12-03");
        assert_eq!(got[1], ("9:40 a.m.".to_string(), "2025-11-28T09:40".to_string()));
        let alone = values("The first gusts came at 9:40 a.m.", "2025-12-03");
        assert_eq!(alone[0].1, "2025-12-03T09:40");
    }

    #[test]
    fn the_next_morning_follows_the_day_last_named() {
        let got = values("The fleet left port on March 3, 2021, and anchored off the cape the next morning.", "2021-03-10");
        assert_eq!(got[1], ("the next morning".to_string(), "2021-03-04TMO".to_string()));
    }

    #[test]
    fn without_a_dct_relative_values_keep_placeholders() {
        let got: Vec<String> = tag("They met on Tuesday, in August, on 2 May 2024.", None).into_iter().map(|t| t.value).collect();
        assert_eq!(got, ["XXXX-WXX-2", "XXXX-08", "2024-05-02"]);
    }

    #[test]
    fn bare_numbers_are_years_only_among_years_before_christ() {
        let opts = TagOptions { dct: None, mode: Mode::Narrative };
        let text = "The first landing came in 490 BC. In 480 a larger army crossed, and by 479 it had gone home. \
                    Of 300 ships, few returned in 480.";
        let got: Vec<(String, String)> = tag_with(text, &opts).into_iter().map(|t| (t.text, t.value)).collect();
        let want = [("490 BC", "BC0490"), ("480", "BC0480"), ("479", "BC0479"), ("480", "BC0480")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
        let range: Vec<String> = tag_with("The revolt lasted from 499 to 493 BC.", &opts).into_iter().map(|t| t.value).collect();
        assert_eq!(range, ["BC0499", "BC0493"]);
        let modern = "The fleet sailed in 1805. In 480 cases the crew stayed; in 300 it left.";
        let got: Vec<String> = tag_with(modern, &opts).into_iter().map(|t| t.value).collect();
        assert_eq!(got, ["1805"]);
    }

    #[test]
    fn runs_of_days_are_tagged_at_both_ends_and_weekends_whole() {
        let got = values("The siege lasted 6-9 May 2024, and talks ended October 3-5. They met 22-23 November.", "2025-12-03");
        let want = [("6", "2024-05-06"), ("9 May 2024", "2024-05-09"), ("October 3", "2025-10-03"), ("5", "2025-10-05"), ("22-23 November", "2025-W47-WE")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn iso_dates_parse_strictly() {
        assert_eq!(parse_iso_date("2025-12-03"), Some(d("2025-12-03")));
        assert_eq!(parse_iso_date("2025-12-03T10:55:00Z"), Some(d("2025-12-03")));
        for bad in ["2025-13-01", "03.12.2025", "2025-12-03x", "yesterday", "", "0000-01-01", "2025-02-30"] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn spans_are_char_boundaries_inside_the_text() {
        let text = "Лето 2025 — «в августе» 3.12.2025 ½ ２０２５ on Tuesday";
        for t in tag(text, Some(d("2025-12-03"))) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end) && t.start < t.end);
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
}
