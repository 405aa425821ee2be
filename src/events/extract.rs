//! From one article's sentences to [`Mention`]s: every dated statement with the places set
//! next to its date, the people of its sentence and its status.

use super::status::{any_words, cues, doubted, first_words_end, hearsay, statement_status};
use super::{ArticleView, Mention, OrgRef, PersonRef, PlaceRef};
use crate::model::{Granularity, Status};
use crate::text::BlockKind;
use crate::time::calendar::day_value;
use crate::time::{Timex, TimexType};
use crate::text::chars::Lower;
use crate::text::walk;

/// References to `items`, ordered by start (stable: equal starts keep their order).
fn by_start<T>(items: &[T], start: impl Fn(&T) -> usize) -> Vec<&T> {
    let mut refs: Vec<&T> = Vec::with_capacity(items.len());
    for item in items {
        refs.push(item);
    }
    crate::text::sort::sort_by_key(&mut refs, |t| start(t));
    refs
}

/// The items of `sorted` (ordered by start) that start inside `[from, to)`: one run of it.
fn starting_in<'s, 'a, T>(sorted: &'s [&'a T], from: usize, to: usize, start: impl Fn(&T) -> usize) -> &'s [&'a T] {
    let first = sorted.partition_point(|t| start(t) < from);
    let end = sorted.partition_point(|t| start(t) < to).max(first);
    &sorted[first..end]
}

/// The distinct names of the mentions in `sorted` (ordered by start) that lie inside
/// `[from, to)`, in text order.
fn names_within<T>(sorted: &[&T], from: usize, to: usize, span: impl Fn(&T) -> (usize, usize) + Copy, name: impl Fn(&T) -> &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for &m in starting_in(sorted, from, to, |m| span(m).0) {
        if span(m).1 <= to && !names.iter().any(|n| n == name(m)) {
            names.push(name(m).to_string());
        }
    }
    names
}

/// Nouns after a place name that make the place the event's location even without a
/// preposition ("the Budapest summit", "the Geneva talks").
pub const EVENT_NOUNS: &str = crate::words![
    "summit", "talks", "meeting", "meetings", "conference", "negotiations", "discussions",
    "visit", "accord", "accords", "agreement", "ceremony", "rally", "attack", "attacks",
    "bombing", "earthquake", "protest", "protests", "games", "olympics", "round", "session",
];

/// Words (lowercase, whole) that announce a plan still to come when no date is given.
pub const PROSPECTIVE: &str = crate::words![
    "will", "is preparing", "are preparing", "plans to", "is planning", "are planning", "is scheduled",
    "are scheduled", "is set to", "are set to", "is due to", "are due to", "is expected to",
    "are expected to", "ahead of", "upcoming",
];

/// Words (lowercase, whole) that deny or doubt a plan: such sentences date no plan.
pub const NEGATIONS: &str = crate::words!["not", "no", "never", "won't", "unlikely", "if", "whether", "could", "would"];

/// The dated statements of one article, and the plans it reports without a date.
pub fn extract(a: &ArticleView) -> Vec<Mention> {
    let mut out = Vec::new();
    // Mentions by start, so that each sentence finds its own in a slice (a binary search) rather
    // than a scan of the whole article: n log n, not sentences × mentions.
    let timexes = by_start(a.timexes, |t| t.start);
    let all_places = by_start(a.places, |p| p.start);
    let all_people = by_start(a.people, |p| p.start);
    let all_orgs = by_start(a.organisations, |o| o.start);
    for s in a.sentences.iter().filter(|s| matches!(s.kind, BlockKind::Body | BlockKind::Caption)) {
        let mut dates: Vec<&Timex> = Vec::new();
        for &t in starting_in(&timexes, s.start, s.end, |t| t.start) {
            if t.start >= s.start
                && t.end <= s.end
                && is_event_date(t)
                && a.dateline.map_or(true, |(ds, de)| t.end <= ds || t.start >= de)
                // A relative date inside a quotation counts from when it was said, which is unknown.
                && (t.anchor.is_none() || !inside_quote(&a.text[s.start..t.start]))
            {
                dates.push(t);
            }
        }
        if dates.is_empty() {
            if let Some(plan) = undated_plan(a, s, &all_people, &all_orgs) {
                out.push(plan);
            }
            continue;
        }
        let mut places: Vec<&PlaceRef> = Vec::new();
        for &p in starting_in(&all_places, s.start, s.end, |p| p.start) {
            if p.end <= s.end && (p.locative || followed_by_event_noun(a.text, p.end)) {
                places.push(p);
            }
        }
        let people = names_within(&all_people, s.start, s.end, |p| (p.start, p.end), |p| &p.name);
        let organisations = names_within(&all_orgs, s.start, s.end, |o| (o.start, o.end), |o| &o.name);
        let mut second_hand: Option<bool> = None; // whether the sentence is hearsay, once asked
        for (k, t) in dates.iter().enumerate() {
            let (start, end, granularity) = t.extent.expect("filtered on extent");
            // The places nearest this date, the specific ones first.
            let mut names: Vec<String> = Vec::new();
            let mut specific: Vec<String> = Vec::new();
            for want_specific in [true, false] {
                for &p in &places {
                    if p.specific != want_specific || nearest(p, &dates) != k || names.contains(&p.name) {
                        continue;
                    }
                    names.push(p.name.clone());
                    if p.specific {
                        specific.push(p.name.clone());
                    }
                }
            }
            let seg_start = if k == 0 { s.start } else { midpoint(a.text, dates[k - 1].end, t.start) };
            let seg_end = if k + 1 == dates.len() { s.end } else { midpoint(a.text, t.end, dates[k + 1].start) };
            let segment = &a.text[seg_start..seg_end];
            let status = statement_status(segment, start, end, a.dct, || *second_hand.get_or_insert_with(|| hearsay(&a.text[s.start..s.end])));
            if status == Status::Planned && doubted(segment) {
                continue; // A denied or doubted expectation is no event.
            }
            out.push(Mention {
                article: a.index,
                article_id: a.id.to_string(),
                sentence: (s.start, s.end),
                caption: s.kind == BlockKind::Caption,
                when: Some((t.start, t.end)),
                anchor: t.anchor,
                value: if t.kind == TimexType::Duration { range_value(start, end) } else { t.value.split('T').next().unwrap_or_default().to_string() },
                start,
                end,
                granularity,
                span: t.kind == TimexType::Duration,
                places: names,
                specific_places: specific,
                people: people.clone(),
                organisations: organisations.clone(),
                status,
            });
        }
    }
    out
}

/// A plan reported without a date ("the government is preparing for talks in Vienna", "the envoy will
/// brief ministers in Brussels ahead of the talks"): in the article's body, a prospective cue
/// outside quotes and not negated, then a place the sentence sets something in, and an event noun.
/// Dated by the article's own date, the day the plan was reported, with status planned.
fn undated_plan(a: &ArticleView, s: &crate::text::Sentence, people: &[&PersonRef], orgs: &[&OrgRef]) -> Option<Mention> {
    let dct = a.dct?;
    if s.kind != BlockKind::Body {
        return None;
    }
    let sentence = &a.text[s.start..s.end];
    let lower = sentence.lower();
    let cue = prospective_cue(&lower)?;
    if inside_quote(&sentence[..cue.min(sentence.len())]) || !has_event_noun(&lower) {
        return None;
    }
    let place = a
        .places
        .iter()
        .find(|p| p.start >= s.start + cue && p.end <= s.end && p.locative && !inside_quote(&a.text[s.start..p.start]))?;
    let people = names_within(people, s.start, s.end, |p| (p.start, p.end), |p| &p.name);
    let organisations = names_within(orgs, s.start, s.end, |o| (o.start, o.end), |o| &o.name);
    Some(Mention {
        article: a.index,
        article_id: a.id.to_string(),
        sentence: (s.start, s.end),
        caption: false,
        when: None,
        anchor: None,
        value: day_value(dct),
        start: dct,
        end: dct,
        granularity: Granularity::Day,
        span: false,
        places: vec![place.name.clone()],
        specific_places: if place.specific { vec![place.name.clone()] } else { Vec::new() },
        people,
        organisations,
        status: Status::Planned,
    })
}

/// Byte offset (in `lower`) just past the first prospective cue, unless the sentence negates it.
fn prospective_cue(lower: &str) -> Option<usize> {
    if any_words(lower, &cues().negations) {
        return None;
    }
    first_words_end(lower, &cues().prospective)
}

/// Whether the sentence names a kind of event (talks, a summit, a visit …).
fn has_event_noun(lower: &str) -> bool {
    any_words(lower, &cues().event_nouns)
}

/// Dates that can carry an event: calendar days up to a year, or a stretch with known days.
fn is_event_date(t: &Timex) -> bool {
    matches!(t.extent, Some((_, _, g)) if g <= Granularity::Year)
        && matches!(t.kind, TimexType::Date | TimexType::Time | TimexType::Duration)
}

/// TIMEX3-style value of a stretch of days (`2025-11-22/2025-11-30`).
fn range_value(start: chrono::NaiveDate, end: chrono::NaiveDate) -> String {
    format!("{}/{}", day_value(start), day_value(end))
}

/// Index of the date nearest to a place (ties go to the earlier date).
fn nearest(p: &PlaceRef, dates: &[&Timex]) -> usize {
    let distance = |t: &Timex| t.start.saturating_sub(p.end).max(p.start.saturating_sub(t.end));
    let mut best: Option<(usize, usize)> = None; // (distance, index)
    for (k, t) in dates.iter().enumerate() {
        let d = distance(t);
        if best.map_or(true, |(least, _)| d < least) {
            best = Some((d, k));
        }
    }
    best.map_or(0, |(_, k)| k)
}

/// A char boundary halfway between two offsets.
fn midpoint(text: &str, a: usize, b: usize) -> usize {
    let mut m = a + b.saturating_sub(a) / 2;
    while !text.is_char_boundary(m) {
        m -= 1;
    }
    m
}

/// Whether a position is inside a direct quotation, given the sentence text before it.
fn inside_quote(before: &str) -> bool {
    // One pass over the characters (three searches before: this is asked for every date).
    let (mut opening, mut closing, mut straight) = (0usize, 0usize, 0usize);
    for (_, c) in walk::char_indices(before) {
        match c {
            '“' | '«' => opening += 1,
            '”' | '»' => closing += 1,
            '"' => straight += 1,
            _ => {}
        }
    }
    opening > closing || straight % 2 == 1
}

fn followed_by_event_noun(text: &str, end: usize) -> bool {
    let next: String = text[end..].trim_start().chars().take_while(|c| c.is_alphabetic()).collect::<String>().lower();
    cues().event_nouns.contains(&next.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::text::sentences;
    use crate::time::tag;
    use chrono::NaiveDate;

    fn place(text: &str, word: &str, name: &str, locative: bool) -> PlaceRef {
        let start = text.find(word).unwrap();
        PlaceRef { start, end: start + word.len(), name: name.into(), locative, specific: true }
    }

    #[test]
    fn each_place_goes_to_its_nearest_date_with_its_own_status() {
        let text = "Earlier tries failed: a summit in Anchorage in August and the proposed Budapest summit in October that was cancelled days later.";
        let dct = NaiveDate::from_ymd_opt(2025, 12, 3);
        let sentences = sentences(text);
        let timexes = tag(text, dct);
        let places = vec![place(text, "Anchorage", "Anchorage", true), place(text, "Budapest", "Budapest", false)];
        let view = ArticleView { id: "a", index: 0, text, sentences: &sentences, timexes: &timexes, places: &places, people: &[], organisations: &[], dct, dateline: None };
        let got: Vec<(String, Vec<String>, Status)> = extract(&view).into_iter().map(|m| (m.value, m.places, m.status)).collect();
        assert_eq!(
            got,
            vec![
                ("2025-08".to_string(), vec!["Anchorage".to_string()], Status::Happened),
                ("2025-10".to_string(), vec!["Budapest".to_string()], Status::Cancelled),
            ]
        );
    }

    #[test]
    fn relative_dates_inside_quotes_date_no_event() {
        let text = "\"There is nothing to sign today,\" the minister said in Oslo on Monday.";
        let dct = NaiveDate::from_ymd_opt(2025, 12, 3);
        let sentences = sentences(text);
        let timexes = tag(text, dct);
        let places = vec![place(text, "Oslo", "Oslo", true)];
        let view = ArticleView { id: "a", index: 0, text, sentences: &sentences, timexes: &timexes, places: &places, people: &[], organisations: &[], dct, dateline: None };
        let got: Vec<String> = extract(&view).into_iter().map(|m| m.value).collect();
        assert_eq!(got, ["2025-12-01"]);
    }

    #[test]
    fn boilerplate_and_the_dateline_carry_no_event() {
        let text = "Last update: 5 minutes ago\n4.12.2025, 09:40\nThe envoys met in Oslo on Tuesday.";
        let dct = NaiveDate::from_ymd_opt(2025, 12, 4);
        let sentences = sentences(text);
        let timexes = tag(text, dct);
        let dl = text.find("4.12").unwrap();
        let places = vec![place(text, "Oslo", "Oslo", true)];
        let view = ArticleView { id: "a", index: 0, text, sentences: &sentences, timexes: &timexes, places: &places, people: &[], organisations: &[], dct, dateline: Some((dl, dl + 16)) };
        let got: Vec<String> = extract(&view).into_iter().map(|m| m.value).collect();
        assert_eq!(got, ["2025-12-02"]);
    }

    fn plans(text: &str, places: Vec<PlaceRef>) -> Vec<(String, Vec<String>, Status, bool)> {
        let dct = NaiveDate::from_ymd_opt(2025, 12, 3);
        let sentences = sentences(text);
        let timexes = tag(text, dct);
        let view = ArticleView { id: "a", index: 0, text, sentences: &sentences, timexes: &timexes, places: &places, people: &[], organisations: &[], dct, dateline: None };
        extract(&view).into_iter().map(|m| (m.value, m.places, m.status, m.when.is_none())).collect()
    }

    #[test]
    fn plans_without_a_date_are_dated_by_the_article_and_planned() {
        let text = "The mediator will brief the ministers in Lisbon ahead of the next round.";
        let got = plans(text, vec![place(text, "Lisbon", "Lisbon", true)]);
        assert_eq!(got, vec![("2025-12-03".to_string(), vec!["Lisbon".to_string()], Status::Planned, true)]);
        let text = "The government is preparing for negotiations in Vienna with the rebels.";
        let got = plans(text, vec![place(text, "Vienna", "Vienna", true)]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, Status::Planned);
    }

    #[test]
    fn doubted_expectations_date_no_event() {
        let text = "Diplomats in Oslo were gloomy: nobody expected a truce before the end of the year.";
        assert!(plans(text, vec![place(text, "Oslo", "Oslo", true)]).is_empty());
        // The same sentence without the doubt is a plan.
        let text = "Diplomats in Oslo expected a truce before the end of the year.";
        let got = plans(text, vec![place(text, "Oslo", "Oslo", true)]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, Status::Planned);
    }

    #[test]
    fn denied_quoted_past_or_eventless_plans_are_not_events() {
        // Negated.
        let text = "A summit in Vienna will not take place, the spokesman said.";
        assert!(plans(text, vec![place(text, "Vienna", "Vienna", true)]).is_empty());
        // The cue is inside a quotation.
        let text = "\"We will hold talks in Vienna,\" he once said.";
        assert!(plans(text, vec![place(text, "Vienna", "Vienna", true)]).is_empty());
        // No prospective cue: a past report without a date dates nothing.
        let text = "The envoys held talks in Vienna with the rebels.";
        assert!(plans(text, vec![place(text, "Vienna", "Vienna", true)]).is_empty());
        // No kind of event named.
        let text = "Prices in Vienna will rise sharply, analysts say.";
        assert!(plans(text, vec![place(text, "Vienna", "Vienna", true)]).is_empty());
        // The place comes before the cue: it is not where the plan happens.
        let text = "In Vienna, officials say the talks will be hard.";
        assert!(plans(text, vec![place(text, "Vienna", "Vienna", true)]).is_empty());
    }
}
