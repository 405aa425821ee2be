//! Tests of the grammar's rules for dates as people write them in messages: short numeric
//! forms, lowercase names, spelled days, days of named weeks and months, compound lengths,
//! clock times joined to days, sets with times, periods. (Kept out of `grammar.rs`, whose
//! string literals build the prefilter's word list.)

use super::super::scan::scan;
use super::tests::{one, read};
use super::*;

#[test]
fn short_numeric_dates_of_messages() {
    let cal = |year, month, day| Expr::Calendar { year, month: Some(month), day };
    assert_eq!(one("the parcel comes 5/17"), ("5/17".into(), cal(None, 5, Some(17))));
    assert_eq!(one("the parcel comes 17/05"), ("17/05".into(), cal(None, 5, Some(17))));
    assert_eq!(one("we fly on 6-30").1, cal(None, 6, Some(30)));
    assert_eq!(one("the shop reopens 07/09,2021").1, cal(Some(2021), 7, Some(9)));
    assert_eq!(one("the shop reopens 2021-7 or so").1, cal(Some(2021), 7, None));
    assert_eq!(one("billed in 10/2023 again").1, cal(Some(2023), 10, None));
    assert_eq!(one("signed 2020-oct-5.").1, cal(Some(2020), 10, Some(5)));
    assert_eq!(one("due Nov-3").1, cal(None, 11, Some(3)));
    assert_eq!(one("due 28-Nov."), ("28-Nov".into(), cal(None, 11, Some(28))));
    assert_eq!(one("filed 1-Jan-2024 late").1, cal(Some(2024), 1, Some(1)));
    assert_eq!(one("filed 03-Dec-25 late").1, cal(Some(2025), 12, Some(3)));
    assert!(read("the 30-Feb entry").is_empty());
    // Fractions, scores and seasons are not dates.
    assert!(read("shares rose 2 3/8 to 41 1/4; they won 6-30 later; the 2010-11 season").iter().all(|(t, _)| !t.contains('/') && t != "6-30" && t != "2010-11"));
    assert!(read("a 3/4 majority").is_empty());
}

#[test]
fn numeric_dates_with_dashes_and_a_leading_year() {
    let cal = |y, m, d| Expr::Calendar { year: Some(y), month: Some(m), day: Some(d) };
    assert_eq!(one("moved out 25-06-2019").1, cal(2019, 6, 25));
    assert_eq!(one("moved out 6-25-19").1, cal(2019, 6, 25));
    assert_eq!(one("opened 2012.8.30 at last").1, cal(2012, 8, 30));
}

#[test]
fn lowercase_month_and_weekday_names_next_to_a_date() {
    let cal = |y, m, d| Expr::Calendar { year: y, month: Some(m), day: Some(d) };
    assert_eq!(one("see you august 9").1, cal(None, 8, 9));
    assert_eq!(one("see you on saturday").1, Expr::Weekday { day: 6, shift: None });
    assert_eq!(one("from 3 of feb").1, cal(None, 2, 3));
    assert_eq!(one("thursday october 3rd, 2019 works"), ("thursday october 3rd, 2019".into(), cal(Some(2019), 10, 3)));
    assert!(read("you may 4 times").is_empty());
    assert_eq!(one("paid on the 9th of march").1, cal(None, 3, 9));
    assert_eq!(one("due on may 7").1, cal(None, 5, 7));
    assert_eq!(one("due on may the twelfth").1, cal(None, 5, 12));
    assert_eq!(one("open 2nd jan").1, cal(None, 1, 2));
    assert_eq!(one("sixth of may").1, cal(None, 5, 6));
    assert!(read("they had to march 20 miles; you may 5 times; we may the 3 of us").is_empty());
    assert!(read("an august body").is_empty());
}

#[test]
fn days_of_the_month_spelled_out() {
    let cal = |y, m, d| Expr::Calendar { year: y, month: Some(m), day: Some(d) };
    assert_eq!(one("due Feb third").1, cal(None, 2, 3));
    assert_eq!(one("due April twenty-ninth").1, cal(None, 4, 29));
    assert_eq!(one("due April twenty three").1, cal(None, 4, 23));
    assert_eq!(one("due thirty first of May").1, cal(None, 5, 31));
    assert_eq!(one("on July the fourth, two thousand and nine").1, cal(Some(2009), 7, 4));
    assert_eq!(one("filed 9. Dec. 2011 in Bonn").1, cal(Some(2011), 12, 9));
    assert!(read("in June twenty people left").iter().all(|(t, _)| t == "June"));
    assert!(read("in January first-quarter sales").iter().all(|(t, _)| t != "January first"));
}

#[test]
fn a_day_of_the_month_alone_needs_a_cue() {
    assert_eq!(one("book it for the 9th").1, Expr::DayOfMonth { day: 9, weekday: None });
    assert_eq!(one("book it for the ninth.").0, "the ninth");
    assert_eq!(one("pay on 12, please").1, Expr::DayOfMonth { day: 12, weekday: None });
    assert_eq!(one("born Tuesday the 4th"), ("Tuesday the 4th".into(), Expr::DayOfMonth { day: 4, weekday: Some(2) }));
    assert!(read("for the second time, on 12 counts, the 9th grade").is_empty());
}

#[test]
fn weekdays_of_a_named_week_and_days_of_a_named_month() {
    assert_eq!(one("call me Monday next week").1, Expr::WeekdayOfWeek { day: 1, weeks: 1 });
    assert_eq!(one("call me this week Thursday").1, Expr::WeekdayOfWeek { day: 4, weeks: 0 });
    assert_eq!(one("call me next week on Tuesday").1, Expr::WeekdayOfWeek { day: 2, weeks: 1 });
    assert_eq!(one("rent is due the 5th of next month").1, Expr::DayInMonth { day: 5, months: 1 });
    assert_eq!(one("the third Thursday of March").1, Expr::NthWeekday { n: 3, day: 4, month: Some(3), offset: 0 });
    assert_eq!(one("the last Monday of next month").1, Expr::NthWeekday { n: 5, day: 1, month: None, offset: 1 });
    assert_eq!(one("meet second Tuesday").1, Expr::NthWeekday { n: 2, day: 2, month: None, offset: 0 });
    // Day 0: a month's first days or its last.
    assert_eq!(one("it closed on the last day of October").1, Expr::NthWeekday { n: 5, day: 0, month: Some(10), offset: 0 });
    assert_eq!(one("rent is due the first day of next month").1, Expr::NthWeekday { n: 1, day: 0, month: None, offset: 1 });
    assert_eq!(one("it ends on the last day of February 2024").1, Expr::Calendar { year: Some(2024), month: Some(2), day: Some(29) });
    assert!(read("on the first day they rested").is_empty());
    assert_eq!(one("this coming Friday, June 5, they vote").0, "this coming Friday, June 5");
}

#[test]
fn counted_days_from_a_named_day_and_compound_lengths() {
    assert_eq!(one("three days from tomorrow"), ("three days from tomorrow".into(), Expr::Deictic(4)));
    assert_eq!(one("one week before yesterday").1, Expr::Deictic(-8));
    assert_eq!(one("we meet a week from today"), ("a week from today".into(), Expr::Deictic(7)));
    assert_eq!(one("it ends two days hence"), ("two days hence".into(), Expr::Relative { unit: Unit::Day, offset: 2 }));
    assert_eq!(one("it was due a day before yesterday").1, Expr::Deictic(-2));
    assert_eq!(one("it ran 3 years 2 months"), ("3 years 2 months".into(), Expr::Compound { parts: vec![(Unit::Year, 3), (Unit::Month, 2)], direction: 0 }));
    assert_eq!(one("it closed 2 months and 4 days ago").1, Expr::Compound { parts: vec![(Unit::Month, 2), (Unit::Day, 4)], direction: -1 });
    assert_eq!(one("open 24 hours a day").0, "24 hours");
}

#[test]
fn clock_times_with_seconds() {
    assert!(matches!(one("it rang at 9:15:42").1, Expr::Clock { hour: 9, minute: 15, second: Some(42), .. }));
}

#[test]
fn parts_of_day_and_sets_with_an_hour() {
    assert!(matches!(one("back tonight at 9").1, Expr::Clock { hour: 21, minute: 0, .. }));
    assert!(matches!(one("back this morning at six").1, Expr::Clock { hour: 6, .. }));
    let set = |v: &str| Expr::Set { value: v.into(), quant: None, freq: None };
    assert_eq!(one("open 8am every day"), ("8am every day".into(), Expr::Set { value: "XXXX-XX-XXT08:00".into(), quant: Some("EVERY"), freq: None }));
    assert_eq!(one("we jog Saturdays at 7"), ("Saturdays at 7".into(), set("XXXX-WXX-6T07:00")));
    assert_eq!(one("we jog Saturdays").1, set("XXXX-WXX-6"));
    assert_eq!(one("the fair is held biennially, the audit biweekly").1, set("P2W"));
    assert!(read("sales grew 8% biweekly").is_empty());
    assert!(matches!(one("every evening at 8").1, Expr::Set { ref value, .. } if value == "XXXX-XX-XXT20:00"));
}

#[test]
fn clock_times_joined_to_a_day() {
    let clock_on = |text: &str| match one(text).1 {
        Expr::Clock { date: Some(d), hour, minute, .. } => (*d, hour, minute),
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(clock_on("leave 9pm on the 14"), (Expr::DayOfMonth { day: 14, weekday: None }, 21, 0));
    assert_eq!(clock_on("leave 11pm tonight"), (Expr::Deictic(0), 23, 0));
    assert_eq!(clock_on("leave 7am this morning"), (Expr::Deictic(0), 7, 0));
    assert_eq!(clock_on("leave 7:00, 2024-03-05").1, 7);
    assert_eq!(clock_on("leave 9pm in the evening, Friday"), (Expr::Weekday { day: 5, shift: None }, 21, 0));
    assert_eq!(clock_on("leave Oct 23 at seven").1, 7);
    assert_eq!(clock_on("leave 4 May 2021 - 6:10am").2, 10);
    assert_eq!(clock_on("leave Oct 26 15:50:06 2016").0, Expr::Calendar { year: Some(2016), month: Some(10), day: Some(26) });
    assert_eq!(clock_on("leave 8.45pm today"), (Expr::Deictic(0), 20, 45));
    assert_eq!(clock_on("leave tomorrow morning at 7"), (Expr::Deictic(1), 7, 0));
    assert_eq!(clock_on("leave 9, tonight"), (Expr::Deictic(0), 21, 0));
    assert!(read("bought on Jan. 1, 1990 at 1,015 francs").iter().all(|(_, e)| !matches!(e, Expr::Clock { .. })));
    assert!(read("it rose 8.45 percent").is_empty());
}

#[test]
fn whole_units_fortnights_and_sets_on_dates() {
    assert_eq!(one("closed for all week").1, Expr::Duration { unit: Unit::Week, amount: Some(1.0) });
    assert_eq!(one("an all-day session").0, "all-day");
    assert_eq!(one("away for a fortnight").1, Expr::Duration { unit: Unit::Week, amount: Some(2.0) });
    assert!(read("protests went on all day").is_empty());
    assert_eq!(one("paid each 5/20").1, Expr::Set { value: "XXXX-05-20".into(), quant: Some("EACH"), freq: None });
    assert_eq!(one("every other Tuesday").1, Expr::Set { value: "XXXX-WXX-2".into(), quant: Some("EVERY"), freq: None });
    let toks = scan("more than 3 days after today");
    let m = &recognise("more than 3 days after today", &toks)[0];
    assert_eq!((m.first, m.end, m.modifier, &m.expr), (0, 6, Some("MORE_THAN"), &Expr::Deictic(3)));
}

#[test]
fn periods_of_messages() {
    let month = |y, m| Expr::Calendar { year: Some(y), month: Some(m), day: None };
    assert_eq!(one("out 2019 October").1, month(2019, 10));
    assert_eq!(one("out 2019, oct").1, month(2019, 10));
    assert_eq!(one("out 2019 - 10").1, month(2019, 10));
    assert_eq!(one("out 10 / 2019").1, month(2019, 10));
    assert_eq!(one("records for March 87").1, month(1987, 3));
    assert!(read("the 2010 - 11 season").iter().all(|(t, _)| t != "2010 - 11"));
    assert_eq!(one("from 4 to January 22, 1995").1, Expr::DayRange { year: Some(1995), month: 1, from: 4, to: 22 });
    assert_eq!(one("off between 3 and 12 of Sept").1, Expr::DayRange { year: None, month: 9, from: 3, to: 12 });
    assert_eq!(one("over next 4 days").1, Expr::Duration { unit: Unit::Day, amount: Some(4.0) });
    assert_eq!(one("over past 4 weeks").1, Expr::PastSpan { unit: Unit::Week, amount: Some(4) });
    assert_eq!(one("in the second week of 2019").1, Expr::WeekOfYear { n: 2, year: Some(2019), offset: 0 });
    assert_eq!(one("the last week of next year").1, Expr::WeekOfYear { n: 53, year: None, offset: 1 });
    assert_eq!(one("due in Week 12").1, Expr::WeekOfYear { n: 12, year: None, offset: 0 });
    assert!(read("a week 2 later").iter().all(|(_, e)| !matches!(e, Expr::WeekOfYear { .. })));
    assert_eq!(one("sales in Q2 next year").1, Expr::QuarterOfYear { n: 2, offset: 1 });
    assert_eq!(one("sales in 2019 Q2").1, Expr::Quarter { letter: 'Q', n: 2, year: Some(2019), shift: None });
    assert_eq!(one("the month after next").1, Expr::Relative { unit: Unit::Month, offset: 2 });
    assert_eq!(one("in the nineteen eighties").1, Expr::Decade(198));
    assert_eq!(one("in the noughties").1, Expr::Decade(200));
    assert_eq!(one("leave july next year").1, Expr::OfYear { part: Box::new(Expr::Month { month: 7, shift: None }), offset: 1, that: false });
}

#[test]
fn runs_of_days_of_a_relative_month_and_weekdays_ahead() {
    assert_eq!(one("off from 3 to 19 next month").1, Expr::DaysOfMonth { from: 3, to: 19, months: 1 });
    assert_eq!(one("off 2 till 9 of this month").1, Expr::DaysOfMonth { from: 2, to: 9, months: 0 });
    assert_eq!(one("off between 1-25 July 2020").1, Expr::DayRange { year: Some(2020), month: 7, from: 1, to: 25 });
    assert_eq!(one("back three fridays from now").1, Expr::WeekdaysOn { day: 5, n: 3 });
    assert_eq!(one("back the day after tmrw").1, Expr::Deictic(2));
    assert_eq!(one("the fourth week of two thousand and nine").1, Expr::WeekOfYear { n: 4, year: Some(2009), offset: 0 });
    assert_eq!(one("music of the 60s").1, Expr::Decade(196));
    assert!(read("highs in the 80s degrees").iter().all(|(_, e)| !matches!(e, Expr::Decade(_))));
}

#[test]
fn times_told_in_words_and_the_unit_earlier_or_later() {
    let clock = |text: &str| match one(text).1 {
        Expr::Clock { hour, minute, .. } => (hour, minute),
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(clock("meet at a quarter to six tomorrow"), (5, 45));
    assert_eq!(clock("meet at half past four"), (4, 30));
    assert_eq!(clock("meet ten minutes past nine tomorrow evening"), (21, 10));
    assert_eq!(clock("meet on June 3, 2021, 5 min past seven in the evening"), (19, 5));
    assert!(read("they won by two to one").is_empty());
    assert_eq!(one("we spoke earlier in the week"), ("earlier in the week".into(), Expr::TheUnit(Unit::Week)));
    let run = read("off from 3/2 to 3/9");
    assert_eq!(run.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["3/2", "3/9"]);
    assert!(read("a price of 6,107.31 August 2019").iter().all(|(t, _)| !t.starts_with("31")));
}

#[test]
fn a_month_then_a_run_of_days_between() {
    assert_eq!(one("off March between 9 and 12").1, Expr::DayRange { year: None, month: 3, from: 9, to: 12 });
    assert_eq!(one("off Feb between 2-7 2019").1, Expr::DayRange { year: Some(2019), month: 2, from: 2, to: 7 });
}

#[test]
fn a_clause_opening_now_with_a_comma_is_a_discourse_marker() {
    assert!(read("Now, the mayor argued, the plan was doomed.").is_empty());
    assert!(read("Now for the weather on the coast.").is_empty());
    assert_eq!(one("Now the river is rising.").1, Expr::Reference("PRESENT_REF"));
    assert_eq!(one("The bridge is closed now, officials said.").1, Expr::Reference("PRESENT_REF"));
}

#[test]
fn the_next_morning_is_a_part_of_the_following_day() {
    let day = |offset| Box::new(Expr::Anaphoric { unit: Unit::Day, offset });
    assert_eq!(one("they sailed the next morning").1, Expr::PartOfDay { date: day(1), code: "MO" });
    assert_eq!(one("on the previous evening he wrote").1, Expr::PartOfDay { date: day(-1), code: "EV" });
}

#[test]
fn years_spoken_with_oh_or_zero() {
    let cal = |y, m, d| Expr::Calendar { year: Some(y), month: Some(m), day: Some(d) };
    assert_eq!(one("born May 3, nineteen oh seven, in Leeds").1, cal(1907, 5, 3));
    assert_eq!(one("on June 1, nineteen zero two").1, cal(1902, 6, 1));
    assert_eq!(one("in nineteen oh four").1, Expr::Year(1904));
    assert!(read("nineteen oh no").iter().all(|(_, e)| *e != Expr::Year(1900)));
}

#[test]
fn two_thousand_and_a_number_is_a_year_when_it_counts_nothing() {
    assert_eq!(one("it lasted from two thousand and six, they said").1, Expr::Year(2006));
    assert_eq!(read("two thousand and eleven until now")[0].0, "two thousand and eleven");
    assert!(read("two thousand and six soldiers marched").iter().all(|(_, e)| !matches!(e, Expr::Year(_))));
}

#[test]
fn a_year_followed_by_its_half_or_quarter() {
    let q = |letter, n, y| Expr::Quarter { letter, n, year: Some(y), shift: None };
    assert_eq!(one("results for 2016 H2 are due"), ("2016 H2".into(), q('H', 2, 2016)));
    assert_eq!(one("sales in 2019Q3 fell"), ("2019Q3".into(), q('Q', 3, 2019)));
    assert_eq!(one("in 2016 h2 fell").1, Expr::Year(2016));
    assert_eq!(one("in 2016 H3 fell").1, Expr::Year(2016));
}

#[test]
fn that_morning_is_the_part_of_the_day_last_named() {
    let that = |code| Expr::PartOfDay { date: Box::new(Expr::Anaphoric { unit: Unit::Day, offset: 0 }), code };
    assert_eq!(one("the bridge fell that afternoon"), ("that afternoon".into(), that("AF")));
    assert_eq!(one("they crossed that night").1, that("NI"));
    assert!(read("he said that overnight rates rose").iter().all(|(t, _)| t != "that overnight"));
}

#[test]
fn a_span_of_years_may_end_in_two_digits() {
    assert_eq!(read("during 1915-17, they fought"), [("1915".into(), Expr::Year(1915)), ("17".into(), Expr::Year(1917))]);
    assert_eq!(read("the 1999–00 season")[1], ("00".into(), Expr::Year(2000)));
    assert!(read("scores of 12-17 and 1915-17-3").iter().all(|(t, _)| t != "17"));
}

#[test]
fn a_year_clipped_to_two_digits_after_an_apostrophe() {
    assert_eq!(one("the class of '89 met"), ("'89".into(), Expr::ClippedYear(89)));
    assert_eq!(one("back in ’99, they said").1, Expr::ClippedYear(99));
    assert!(read("the players' 12 goals and ''60 Songs''").is_empty());
    assert!(read("songs of the '60s").iter().all(|(_, e)| !matches!(e, Expr::ClippedYear(_))));
}

#[test]
fn a_quarter_of_something_is_a_fraction() {
    assert!(read("three quarters of the troops left").is_empty());
    assert!(read("more than a quarter of its sales").is_empty());
    assert_eq!(one("after two quarters of growth").1, Expr::Duration { unit: Unit::Quarter, amount: Some(2.0) });
}

#[test]
fn units_later_or_earlier_without_an_amount_are_a_vague_shift() {
    assert_eq!(one("but days later, they won"), ("days later".into(), Expr::VagueShift { unit: Unit::Day }));
    assert_eq!(one("as planned weeks earlier.").1, Expr::VagueShift { unit: Unit::Week });
    assert!(read("hours later the rain").iter().all(|(_, e)| !matches!(e, Expr::VagueShift { .. })));
}

#[test]
fn the_week_of_a_named_day() {
    let of = |m, d| Expr::WeekOf(Box::new(Expr::Calendar { year: None, month: Some(m), day: Some(d) }));
    assert_eq!(one("planned for the week of March 6."), ("the week of March 6".into(), of(3, 6)));
    assert_eq!(one("book the week beginning on 4 February").1, of(2, 4));
    assert_eq!(one("the week starting february 4 is free").1, of(2, 4));
    assert_eq!(one("the week of talks").1, Expr::TheUnit(Unit::Week));
}

#[test]
fn a_part_of_the_day_with_its_phase() {
    let part = |offset, code| Expr::PartOfDay { date: Box::new(Expr::Deictic(offset)), code };
    assert_eq!(one("by mid-afternoon yesterday, shares fell"), ("mid-afternoon yesterday".into(), part(-1, "AF")));
    assert_eq!(one("talks resumed in mid afternoon").1, part(0, "AF"));
    assert_eq!(one("a late evening walk").1, part(0, "EV"));
    assert!(read("in the early morning hours of 2 May").iter().all(|(t, _)| !t.starts_with("early")));
    assert!(read("a late noon meal").iter().all(|(t, _)| !t.starts_with("late")));
}

#[test]
fn the_end_of_a_unit_said_as_a_noun() {
    let toks = scan("sales should recover by year-end.");
    let m = recognise("sales should recover by year-end.", &toks);
    assert_eq!((m.len(), &m[0].expr, m[0].modifier), (1, &Expr::UnitEnd(Unit::Year), Some("END")));
    assert_eq!(one("held until month's end, then").1, Expr::UnitEnd(Unit::Month));
    assert_eq!(one("around year end.").0, "around year end");
    assert!(read("when year-end net was low").is_empty());
}

#[test]
fn trading_days_and_shifts_said_roughly() {
    assert_eq!(one("in eight trading days"), ("eight trading days".into(), Expr::Duration { unit: Unit::Day, amount: Some(8.0) }));
    assert_eq!(one("it began a week or so ago").1, Expr::Relative { unit: Unit::Week, offset: -1 });
    assert_eq!(read("a week or so").len(), 0);
}

#[test]
fn a_unit_and_a_half_or_an_additional_unit_is_a_length_on_its_own() {
    assert_eq!(one("the clip ran a minute and a half"), ("a minute and a half".into(), Expr::Duration { unit: Unit::Minute, amount: Some(1.5) }));
    assert_eq!(one("it won an additional year of talks").1, Expr::Duration { unit: Unit::Year, amount: Some(1.0) });
    assert!(read("it was a year of talks").is_empty());
}

#[test]
fn the_day_before_or_after_a_named_day() {
    let next_to = |date, days| Expr::DayNextTo { date: Box::new(date), days };
    assert_eq!(one("on the day before last Tuesday's vote"), ("the day before last Tuesday".into(), next_to(Expr::Weekday { day: 2, shift: Some(-1) }, -1)));
    assert_eq!(one("the day after March 3 it rained").1, next_to(Expr::Calendar { year: None, month: Some(3), day: Some(3) }, 1));
    assert!(read("the day after the vote").iter().all(|(t, _)| !t.contains("after")));
}

#[test]
fn pre_and_post_prefixed_years() {
    let text = "in post-1959 politics and pre-2000 rules, post 1990";
    let toks = scan(text);
    let found: Vec<(&str, Option<&str>)> = recognise(text, &toks).iter().map(|m| (&text[toks[m.first].start..toks[m.end - 1].end], m.modifier)).collect();
    assert_eq!(found, [("post-1959", Some("AFTER")), ("pre-2000", Some("BEFORE")), ("1990", None)]);
}

#[test]
fn a_holiday_after_last_next_or_this() {
    let rule = lexicon::Holiday::Nth(11, 4, 4);
    assert_eq!(one("since last Thanksgiving, sales"), ("last Thanksgiving".into(), Expr::HolidayShifted { rule, shift: -1 }));
    assert!(read("the last thanksgiving meal").is_empty());
}

#[test]
fn the_last_half_or_quarter_of_a_year() {
    let q = |letter, n| Expr::Quarter { letter, n, year: Some(1989), shift: None };
    assert_eq!(one("in the last half of 1989 sales"), ("the last half of 1989".into(), q('H', 2)));
    assert_eq!(one("by the last quarter of 1989").1, q('Q', 4));
    assert_eq!(one("in the last quarter, sales").1, Expr::Relative { unit: Unit::Quarter, offset: -1 });
}

#[test]
fn the_previous_or_following_weekday() {
    assert_eq!(one("down from the previous Friday"), ("the previous Friday".into(), Expr::WeekdayFromLast { day: 5, shift: -1 }));
    assert_eq!(one("on the following Monday they met").1, Expr::WeekdayFromLast { day: 1, shift: 1 });
}

#[test]
fn a_length_or_shift_said_roughly_takes_its_or_so() {
    let text = "over the next two years or so, and for a week or so-called rest";
    let toks = scan(text);
    let found: Vec<(&str, Option<&str>)> = recognise(text, &toks).iter().map(|m| (&text[toks[m.first].start..toks[m.end - 1].end], m.modifier)).collect();
    assert_eq!(found, [("the next two years or so", Some("APPROX")), ("a week", None)]);
}

fn modified(text: &str) -> Vec<(&str, Expr, Option<&'static str>)> {
    let toks = scan(text);
    recognise(text, &toks).into_iter().map(|m| (&text[toks[m.first].start..toks[m.end - 1].end], m.expr, m.modifier)).collect()
}

/// [`modified`] without the expressions: each reading's words and `mod`.
fn mods(text: &str) -> Vec<(&str, Option<&'static str>)> {
    modified(text).into_iter().map(|(words, _, code)| (words, code)).collect()
}

#[test]
fn the_end_of_the_day_is_the_day_with_mod_end() {
    assert_eq!(modified("please send it by end of day"), [("end of day", Expr::UnitEnd(Unit::Day), Some("END"))]);
    assert_eq!(modified("he filed the report at the end of the day.")[0].0, "the end of the day");
    assert_eq!(modified("reply by EOD, thanks")[0].1, Expr::UnitEnd(Unit::Day));
    // The idiom "at the end of the day" (when all is said) names no day.
    assert!(read("At the end of the day voters decide.").is_empty());
    assert!(read("and at the end of the day, it is their call").is_empty());
    // A weekday with its article after a phase.
    assert_eq!(modified("due by end of the Friday"), [("end of the Friday", Expr::Weekday { day: 5, shift: None }, Some("END"))]);
}

#[test]
fn the_rest_of_a_unit_is_the_unit() {
    assert_eq!(one("we are away the rest of the week"), ("the rest of the week".into(), Expr::Relative { unit: Unit::Week, offset: 0 }));
    assert_eq!(one("away for rest of my month").1, Expr::Relative { unit: Unit::Month, offset: 0 });
    assert_eq!(one("busy rest of year").0, "rest of year");
    // "rest" the verb before a unit is no part of it.
    assert_eq!(one("I will rest this week").0, "this week");
}

#[test]
fn my_own_day_week_or_weekend() {
    assert_eq!(one("how does my weekend look"), ("my weekend".into(), Expr::Relative { unit: Unit::Weekend, offset: 0 }));
    assert_eq!(one("plan my week, please").1, Expr::Relative { unit: Unit::Week, offset: 0 });
    assert!(read("that really made my day").is_empty());
    assert!(read("I want my day in court").is_empty());
    assert!(read("took my day off").is_empty());
    assert!(read("in my day we walked").is_empty());
}

#[test]
fn a_weekend_without_its_article() {
    assert_eq!(one("we hike on weekend"), ("weekend".into(), Expr::TheUnit(Unit::Weekend)));
    assert!(read("a weekend-long party").is_empty());
    assert!(read("on weekend trips").is_empty());
}

#[test]
fn weeks_named_by_a_day_or_counted_in_a_month() {
    let thursday = |n, month, offset| Expr::WeekOf(Box::new(Expr::NthWeekday { n, day: 4, month, offset }));
    assert_eq!(one("off the second week of this month").1, thursday(2, None, 0));
    assert_eq!(one("off the last week of August").1, thursday(5, Some(8), 0));
    assert_eq!(one("off the first week of Oct").0, "the first week of Oct");
    assert_eq!(one("book the week of the 21st."), ("the week of the 21st".into(), Expr::WeekOf(Box::new(Expr::DayOfMonth { day: 21, weekday: None }))));
    let march_9 = Expr::Calendar { year: None, month: Some(3), day: Some(9) };
    assert_eq!(one("book w/c March 9 please"), ("w/c March 9".into(), Expr::WeekOf(Box::new(march_9.clone()))));
    assert_eq!(one("week of March 9 works").1, Expr::WeekOf(Box::new(march_9)));
    assert!(read("a week of the 21st century").iter().all(|(t, _)| !t.starts_with("week")));
}

#[test]
fn hours_on_days_and_ordinal_days_at_hours() {
    let clock = |date, hour| Expr::Clock { date: Some(Box::new(date)), hour, minute: 0, second: None };
    assert_eq!(one("come back at eight on 12"), ("eight on 12".into(), clock(Expr::DayOfMonth { day: 12, weekday: None }, 8)));
    assert_eq!(one("meet at 6 on Friday").1, clock(Expr::Weekday { day: 5, shift: None }, 6));
    assert_eq!(one("back the 9th at 3 p.m."), ("9th at 3 p.m.".into(), clock(Expr::DayOfMonth { day: 9, weekday: None }, 15)));
    assert!(read("at seven on average").is_empty());
}

#[test]
fn next_weekday_is_in_next_week() {
    assert_eq!(one("see you next Thursday").1, Expr::WeekdayOfWeek { day: 4, weeks: 1 });
    assert_eq!(one("see you this coming Thursday").1, Expr::Weekday { day: 4, shift: Some(1) });
    assert_eq!(one("at 9:00 on next Tuesday morning").1, Expr::Clock { date: Some(Box::new(Expr::WeekdayOfWeek { day: 2, weeks: 1 })), hour: 9, minute: 0, second: None });
}

#[test]
fn years_by_the_word_year_or_spelled_with_hundreds() {
    assert_eq!(one("founded in year 312."), ("year 312".into(), Expr::Year(312)));
    assert_eq!(one("by the Year three hundred and four,"), ("the Year three hundred and four".into(), Expr::Year(304)));
    assert_eq!(one("built in one thousand six hundred and two"), ("one thousand six hundred and two".into(), Expr::Year(1602)));
    assert_eq!(one("in eighteen hundred and twelve.").1, Expr::Year(1812));
    assert!(read("in one thousand six hundred cases").is_empty());
    assert!(read("in year 3 of the war").is_empty());
}

#[test]
fn counted_weekdays_later_and_compound_spans_ahead() {
    assert_eq!(one("free three fridays later").1, Expr::WeekdaysOn { day: 5, n: 3 });
    assert_eq!(one("done within the coming 2 years 3 months"), ("the coming 2 years 3 months".into(), Expr::Compound { parts: vec![(Unit::Year, 2), (Unit::Month, 3)], direction: 0 }));
    // A run of articles is read once, not once from each of them.
    let articles = format!("{}coming 2 years 3 months", "the ".repeat(20_000));
    assert_eq!(read(&articles).len(), 1);
}

#[test]
fn everyday_asap_and_a_stray_period_after_a_month() {
    assert_eq!(one("we jog everyday").1, Expr::Set { value: "P1D".into(), quant: None, freq: None });
    assert_eq!(one("we jog everyday at six").0, "everyday");
    assert!(read("their everyday lives").is_empty());
    assert!(read("such risks are an everyday affair").is_empty());
    assert_eq!(one("reply as soon as possible.").1, Expr::Reference("FUTURE_REF"));
    assert_eq!(one("due on November. 4").1, Expr::Calendar { year: None, month: Some(11), day: Some(4) });
    assert!(read("in November. 4 more came").iter().all(|(t, _)| t == "November"));
}

#[test]
fn current_before_a_noun_is_the_present() {
    assert_eq!(one("the current mayor opposes the plan"), ("current".into(), Expr::Reference("PRESENT_REF")));
    assert_eq!(one("given current market prices").1, Expr::Reference("PRESENT_REF"));
    assert!(read("the swimmers fought against the current.").is_empty());
    assert!(read("a deficit on the current account").is_empty());
    assert!(read("shares at the then current price").is_empty());
}

#[test]
fn annually_recurs_unless_it_gives_a_rate() {
    let set = |v: &str| Expr::Set { value: v.into(), quant: None, freq: None };
    assert_eq!(one("the festival is held annually in the old town"), ("annually".into(), set("P1Y")));
    assert_eq!(one("prizes are awarded annually.").1, set("P1Y"));
    assert!(read("exports should grow 6% annually").is_empty());
    assert!(read("the fund has doubled its assets annually").is_empty());
    assert!(read("costs are expected to rise by nine percent annually").is_empty());
    assert!(read("the plant makes 5,000 cars annually").is_empty());
}

#[test]
fn earlier_and_later_join_this_day_and_that_day() {
    assert_eq!(one("the talks ended later that day.").0, "later that day");
    assert_eq!(one("Earlier yesterday, the board met.").0, "Earlier yesterday");
    assert_eq!(one("she will speak later this afternoon").0, "later this afternoon");
    assert_eq!(one("Earlier that year the plant closed").0, "Earlier that year");
    // A weekday keeps its own extent.
    assert_eq!(one("Earlier Friday, the court ruled").0, "Friday");
}

#[test]
fn todays_before_a_noun_of_the_age_is_no_day() {
    assert!(read("a hard lesson for today's youth").is_empty());
    assert!(read("cheap by today's standards").is_empty());
    assert!(read("two million in today's dollars").is_empty());
    assert_eq!(one("the offer ran in today's editions").1, Expr::Deictic(0));
}

#[test]
fn terms_and_stretches_ahead() {
    assert_eq!(one("profits will suffer in the near term").1, Expr::Reference("FUTURE_REF"));
    assert_eq!(one("to please investors in the short term.").1, Expr::Reference("FUTURE_REF"));
    assert_eq!(one("the shares will be sold at a later date").1, Expr::Reference("FUTURE_REF"));
    assert_eq!(one("prices may fall in the weeks ahead"), ("the weeks ahead".into(), Expr::Duration { unit: Unit::Week, amount: None }));
}

#[test]
fn an_average_per_unit_is_no_recurrence() {
    assert!(read("the average daily volume was 3 million shares").is_empty());
    assert!(read("average hourly earnings rose").is_empty());
    assert_eq!(one("the paper is published daily").1, Expr::Set { value: "P1D".into(), quant: None, freq: None });
}

#[test]
fn today_after_an_acronym_is_a_title() {
    assert!(read("she told USA Today that the plan failed").is_empty());
    assert_eq!(one("Today the USA signed").1, Expr::Deictic(0));
    assert_eq!(one("the USA today signed").1, Expr::Deictic(0));
}

#[test]
fn a_vague_past_stretch_placed_by_in_or_over_is_the_past() {
    assert_eq!(one("rates have fallen in the last few months").1, Expr::Reference("PAST_REF"));
    assert_eq!(one("weak over the past several quarters").1, Expr::Reference("PAST_REF"));
    assert_eq!(one("for the past few weeks he hid").1, Expr::PastSpan { unit: Unit::Week, amount: None });
    assert_eq!(one("in the past two years").1, Expr::PastSpan { unit: Unit::Year, amount: Some(2) });
}

#[test]
fn recent_quarters_is_a_vague_length_as_recent_months() {
    assert_eq!(one("a tough business in recent quarters").1, Expr::Duration { unit: Unit::Quarter, amount: None });
    assert_eq!(one("prices soared in recent years").1, Expr::Reference("PAST_REF"));
}

#[test]
fn hours_said_with_o_clock_or_their_part_of_the_day() {
    let clock = |text: &str| match one(text) {
        (span, Expr::Clock { hour, minute, .. }) => (span, hour, minute),
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(clock("doors open at 8 o'clock sharp"), ("8 o'clock".into(), 8, 0));
    assert_eq!(clock("doors open at seven o\u{2019}clock"), ("seven o\u{2019}clock".into(), 7, 0));
    assert_eq!(clock("the ferry left at 4 in the morning"), ("4 in the morning".into(), 4, 0));
    assert_eq!(clock("the ferry left at 10 at night"), ("10 at night".into(), 22, 0));
    assert_eq!(clock("the ferry left at 2 at night"), ("2 at night".into(), 2, 0));
    assert_eq!(clock("she rang at three in the afternoon"), ("three in the afternoon".into(), 15, 0));
    assert_eq!(clock("she rang at 10:30 in the evening"), ("10:30 in the evening".into(), 22, 30));
    assert_eq!(clock("lunch is at 12 noon"), ("12 noon".into(), 12, 0));
    assert_eq!(clock("the bells rang at 12 midnight"), ("12 midnight".into(), 0, 0));
    // Minutes in words, with a.m. or p.m.; hour and minutes run together.
    assert_eq!(clock("the train is due seven thirty pm"), ("seven thirty pm".into(), 19, 30));
    assert_eq!(clock("wake me at six forty-five a.m."), ("six forty-five a.m.".into(), 6, 45));
    assert_eq!(clock("wake me at ten oh five pm"), ("ten oh five pm".into(), 22, 5));
    assert_eq!(clock("wake me at 1140 a.m."), ("1140 a.m.".into(), 11, 40));
    // Minutes past an hour, without the word "minutes".
    assert_eq!(clock("he paid at 10 past 9"), ("10 past 9".into(), 9, 10));
    assert_eq!(clock("we met at ten to nine p.m."), ("ten to nine p.m.".into(), 20, 50));
    assert_eq!(clock("it rang twenty past six in the evening"), ("twenty past six in the evening".into(), 18, 20));
    assert_eq!(clock("the clock said half past seven o'clock"), ("half past seven o'clock".into(), 7, 30));
    // The first hour of a run takes the half of the day its last one says; minutes in digits
    // before an hour start such a run.
    let hours = |text: &str| read(text).into_iter().map(|(span, e)| match e {
        Expr::Clock { hour, .. } => (span, hour),
        other => panic!("{text}: {other:?}"),
    }).collect::<Vec<_>>();
    assert_eq!(hours("out 5 to 6pm"), [("5".to_string(), 17), ("6pm".to_string(), 18)]);
    assert_eq!(hours("open between 9 and 11:30 a.m."), [("9".to_string(), 9), ("11:30 a.m.".to_string(), 11)]);
    assert_eq!(hours("open 11 to 1pm"), [("11".to_string(), 11), ("1pm".to_string(), 13)]);
    assert_eq!(hours("out 5-6 in the afternoon"), [("5".to_string(), 17), ("6 in the afternoon".to_string(), 18)]);
    assert!(read("it rose 5 to 6 percent").is_empty());
    // Counts, ratios and scores are not hours.
    for text in [
        "the index was 4 in the morning session and 6 in the afternoon trading",
        "they won by two to one",
        "odds stood at 10 to 1",
        "seven thirty people came",
        "it costs seven pounds",
        "room 1375 pm",
        "the bill passed 12 to 8",
    ] {
        assert!(read(text).is_empty(), "{text}: {:?}", read(text));
    }
}

#[test]
fn sets_of_a_counted_length_or_every_other_unit() {
    let set = |text: &str| match one(text).1 {
        Expr::Set { value, quant, .. } => (value, quant),
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(set("buses leave every 15 minutes"), ("PT15M".into(), Some("EVERY")));
    assert_eq!(set("checks run every 2 hours"), ("PT2H".into(), Some("EVERY")));
    assert_eq!(set("the club meets every other week"), ("P2W".into(), Some("EVERY")));
    assert_eq!(set("we call every other day"), ("P2D".into(), Some("EVERY")));
    assert!(read("every other reporter agreed").is_empty());
    assert!(read("they phoned each other day after day").iter().all(|(_, e)| !matches!(e, Expr::Set { .. })));
}

#[test]
fn a_part_of_a_day_takes_the_hour_said_with_it() {
    let clock = |text: &str| match one(text) {
        (span, Expr::Clock { date: Some(date), hour, minute, .. }) => (span, *date, hour, minute),
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(clock("we leave tonight 8pm"), ("tonight 8pm".into(), Expr::Deictic(0), 20, 0));
    assert_eq!(clock("we left Tuesday night at 11"), ("Tuesday night at 11".into(), Expr::Weekday { day: 2, shift: None }, 23, 0));
    assert_eq!(clock("she called last night at 10:15"), ("last night at 10:15".into(), Expr::Deictic(-1), 22, 15));
    assert_eq!(clock("they met at 7 this morning"), ("7 this morning".into(), Expr::Deictic(0), 7, 0));
    assert_eq!(clock("we leave at 10 tonight"), ("10 tonight".into(), Expr::Deictic(0), 22, 0));
    assert_eq!(clock("polls close at 8 o'clock tonight"), ("8 o'clock tonight".into(), Expr::Deictic(0), 20, 0));
    // Midnight with its day is the midnight that ends the day.
    assert_eq!(clock("the offer ends at midnight tonight"), ("midnight tonight".into(), Expr::DayNextTo { date: Box::new(Expr::Deictic(0)), days: 1 }, 0, 0));
    // A number before a unit of this year or week is no hour.
    assert!(read("prices stood at 7 this week").iter().all(|(_, e)| !matches!(e, Expr::Clock { .. })));
}

#[test]
fn utc_offsets_belong_to_iso_times_and_gmt() {
    for (text, span) in [
        ("logged 2014-11-30T08:15:30-05:30 here", "2014-11-30T08:15:30-05:30"),
        ("logged 2025-12-03T10:55Z here", "2025-12-03T10:55Z"),
        ("logged 2025-12-03T10:55:00+0100 here", "2025-12-03T10:55:00+0100"),
        ("posted Aug 17 2013 18:40 GMT+09:00 here", "Aug 17 2013 18:40 GMT+09:00"),
    ] {
        assert!(matches!(one(text), (s, Expr::Clock { .. }) if s == span), "{text}: {:?}", read(text));
    }
    assert_eq!(one("logged 2025-12-03T10:55-99:99 here").0, "2025-12-03T10:55");
    // A dash between two times is a range, not an offset.
    assert_eq!(read("the talk runs 10:55-11:30").len(), 2);
}

#[test]
fn two_months_joined_share_the_year_written_after_the_last() {
    let cal = |y, m, d| Expr::Calendar { year: Some(y), month: Some(m), day: d };
    let exprs = |text: &str| read(text).into_iter().map(|(_, e)| e).collect::<Vec<_>>();
    assert_eq!(exprs("harvests in August and September 1873 failed"), [cal(1873, 8, None), cal(1873, 9, None)]);
    assert_eq!(exprs("prices between March and April 1921 rose"), [cal(1921, 3, None), cal(1921, 4, None)]);
    assert_eq!(exprs("the fair (July 4 to July 6, 1904) closed"), [cal(1904, 7, Some(4)), cal(1904, 7, Some(6))]);
    // A month later in the year than the last one is in the year before; abbreviations count.
    assert_eq!(exprs("the exhibition ran Oct 3-Nov 12, 2011"), [cal(2011, 10, Some(3)), cal(2011, 11, Some(12))]);
    assert_eq!(exprs("the season ran Oct-Mar 2019"), [cal(2018, 10, None), cal(2019, 3, None)]);
    assert_eq!(exprs("closed Feb-Apr 2020"), [cal(2020, 2, None), cal(2020, 4, None)]);
    // A month with a year of its own keeps it; a verb between stops the pairing.
    assert_eq!(exprs("from June 2016 to Oct 2017"), [cal(2016, 6, None), cal(2017, 10, None)]);
    assert_eq!(read("Jan and the others left in 2022").iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["2022"]);
}

#[test]
fn a_single_unit_is_a_length_after_a_verb_of_lasting() {
    let week = Expr::Duration { unit: Unit::Week, amount: Some(1.0) };
    assert_eq!(one("The strike lasted a week."), ("a week".into(), week.clone()));
    assert_eq!(one("The repairs took a week").1, week.clone());
    assert_eq!(one("She spent a week in Rome").1, week);
    // Without such a frame, "a week" is no time of its own: "a week that saw the index fall".
    assert!(read("He walks a mile a week; a week of rain").is_empty());
}

#[test]
fn open_ended_dates_carry_on_or_before_and_on_or_after() {
    assert_eq!(mods("not in profit until 2031 or later."), [("2031 or later", Some("ON_OR_AFTER"))]);
    assert_eq!(mods("budgets for 2030 and beyond"), [("2030 and beyond", Some("ON_OR_AFTER"))]);
    assert_eq!(mods("due on or before June 30"), [("on or before June 30", Some("ON_OR_BEFORE"))]);
    assert_eq!(mods("file no later than Friday"), [("no later than Friday", Some("ON_OR_BEFORE"))]);
    assert_eq!(mods("open on or after May 2"), [("on or after May 2", Some("ON_OR_AFTER"))]);
    assert_eq!(mods("Late in the year, prices rose"), [("Late in the year", Some("END"))]);
    assert_eq!(mods("rose early in 1907"), [("early in 1907", Some("START"))]);
    // "or later" before a noun belongs to the noun.
    assert_eq!(mods("in 2031 or later years"), [("2031", None)]);
}

#[test]
fn march_alone_is_the_month_where_the_words_around_say_so() {
    let texts = |text: &str| read(text).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
    let march = Expr::Month { month: 3, shift: None };
    assert_eq!(one("The vote was pushed back to March."), ("March".into(), march.clone()));
    assert_eq!(one("Sales could pick up as early as March, the firm says").1, march.clone());
    assert_eq!(one("the reading list for March is short").1, march.clone());
    assert_eq!(one("They recalled the March rescue of the lender").1, march.clone());
    assert_eq!(one("Chronicle\nMarch: a lender is sold").1, march.clone());
    assert_eq!(one("It was settled in mid-March.").0, "mid-March");
    assert_eq!(one("It was settled around mid-May.").0, "mid-May");
    // The noun: a walk, a parade, a name.
    assert!(texts("They joined the March on the capital, then the Long March.").is_empty());
    assert!(texts("the March for Jobs; flights to March Field; the March.").is_empty());
    assert!(texts("Troops march to the river. March to the sea!").is_empty());
}

#[test]
fn abbreviated_months_alone_with_their_period_after_a_date_word() {
    let month = |m, shift| Expr::Month { month: m, shift };
    assert_eq!(one("The poll falls in Nov. and the count after."), ("Nov.".into(), month(11, None)));
    assert_eq!(one("She had a checkup last Sept. and none since").0, "last Sept.");
    assert_eq!(one("A new board takes over next Jan. so we wait").1, month(1, Some(1)));
    // A day after the month makes a date of it; a name is no month.
    assert_eq!(one("He left last Oct. 12 for good").0, "Oct. 12");
    assert!(read("Jan. Smit and Jan Novak spoke").is_empty());
}

#[test]
fn a_reading_glued_to_a_word_after_it_is_a_name() {
    let texts = |text: &str| read(text).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
    // Flu strains and user names, not a half-year or a year.
    assert!(texts("the H1N1 strain and the H5N1 one").is_empty());
    assert!(texts("a post by 1999skater").is_empty());
    // A half-year alone, and a time with a unit glued on, still are.
    assert_eq!(texts("sales in H1 2009 rose"), ["H1 2009"]);
    assert_eq!(texts("the gates shut at 05:30hrs"), ["05:30"]);
}

#[test]
fn a_holiday_of_a_year() {
    let texts = |text: &str| read(text).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
    assert_eq!(texts("a speech on Labor Day of 1936 in Ohio"), ["Labor Day of 1936"]);
    assert_eq!(texts("the truce of Christmas Day of 1914 held"), ["Christmas Day of 1914"]);
    assert!(matches!(one("on Christmas Eve of 1914").1, Expr::Holiday { year: Some(1914), .. }));
}

#[test]
fn half_a_unit_hyphenated_or_in_a_past_span_keeps_its_half() {
    let half = |unit| Expr::Duration { unit, amount: Some(0.5) };
    assert_eq!(one("a half-century of quarrels"), ("half-century".into(), half(Unit::Century)));
    assert_eq!(one("the worst in the past half-century").1, half(Unit::Century));
    assert_eq!(one("prices jumped in the past half hour").1, half(Unit::Hour));
    // "the past half" alone is no half-year.
    assert!(read("the past half of the decade").iter().all(|(t, _)| t != "the past half"));
}

#[test]
fn about_before_a_day_is_the_topic_not_a_rough_day() {
    assert_eq!(read("nothing to talk about today"), [("today".to_string(), Expr::Deictic(0))]);
    assert_eq!(read("they worried about Friday").len(), 1);
    assert_eq!(read("they worried about Friday")[0].0, "Friday");
    // A length said roughly keeps its "about".
    assert_eq!(one("it lasted about two weeks").0, "about two weeks");
}

#[test]
fn halves_of_decades_and_centuries_are_their_start_or_end() {
    assert_eq!(mods("wages rose in the first half of the 1970s"), [("the first half of the 1970s", Some("START"))]);
    assert_eq!(mods("during the latter half of the 18th century"), [("the latter half of the 18th century", Some("END"))]);
    // Of a year, a half is the year's half.
    assert_eq!(one("in the latter half of 2003").1, Expr::Quarter { letter: 'H', n: 2, year: Some(2003), shift: None });
    assert_eq!(one("in the first half of 2003").1, Expr::Quarter { letter: 'H', n: 1, year: Some(2003), shift: None });
}
