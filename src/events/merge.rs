//! Merging: the mentions of one event, from one or many articles, become one [`Event`].
//!
//! 1. Mentions with the same date value and a shared place form a group (hash buckets, linear).
//! 2. Place-less mentions join the group of the same date that shares most people with them;
//!    else they group by date and person.
//! 3. Coarse mentions (a month, a stretch of weekends) fold into the finer group of each place
//!    they name, when that place has exactly one such group inside their days.


use super::Mention;
use crate::model::{DateValue, Event, Granularity, SentenceRef, Status, WhenRef};
use crate::time::calendar::{day_value, value_range};
use crate::text::hash::{FastMap as HashMap, PairIndex};
use crate::text::chars::{has_str, trim_end_by, trim_start_by};
use crate::text::sort;

/// Longest headline, in characters.
const HEADLINE_CHARS: usize = 140;

/// Merge the mentions of a collection into events, in time order. `texts[i]` is the text of
/// the article with index `i`.
pub fn merge(mentions: &[Mention], texts: &[&str]) -> Vec<Event> {
    let mut groups = Groups::new(mentions.len());
    // 1. Same date value and a shared place.
    let mut by_key: PairIndex<&str> = PairIndex::default();
    for (i, m) in mentions.iter().enumerate() {
        for p in &m.places {
            // The first mention with this key, or `i` itself (a no-op union) when it is the first.
            groups.union(i, by_key.entry(&m.value, p, i));
        }
    }
    // 2. Place-less mentions: the placed group of that date sharing most people, else date + person.
    // The placed mentions of each date and person, in mention order: a place-less mention looks
    // only at those that share one of its people (the others share none and cannot win), not
    // at every placed mention of its date.
    // (Lists by index through a map to indices, as `by_key` is.)
    let mut placed_index: PairIndex<&str> = PairIndex::default();
    let mut placed_by_person: Vec<Vec<usize>> = Vec::new();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| !m.places.is_empty()) {
        for p in &m.people {
            let k = placed_index.entry(&m.value, p, placed_by_person.len());
            if k == placed_by_person.len() {
                placed_by_person.push(Vec::new());
            }
            if let Some(list) = placed_by_person.get_mut(k) {
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
    }
    let mut cands: Vec<usize> = Vec::new();
    let mut by_person: PairIndex<&str> = PairIndex::default();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| m.places.is_empty()) {
        // Ties go to a mention of the same sentence, then of the same article, then to the
        // first places in sort order: never to whichever article came first.
        let near = |j: usize| {
            let c = &mentions[j];
            (c.article == m.article && c.sentence == m.sentence, c.article == m.article)
        };
        cands.clear();
        for p in &m.people {
            if let Some(list) = placed_index.get(&m.value, p).and_then(|k| placed_by_person.get(k)) {
                cands.extend_from_slice(list);
            }
        }
        sort::sort(&mut cands);
        cands.dedup();
        // The most shared people, then the nearest, then the first places; the last of equals
        // (as `max_by`).
        let mut best: Option<(usize, usize)> = None;
        for &j in &cands {
            let n = shared(&m.people, &mentions[j].people);
            if n == 0 {
                continue;
            }
            let replaces = best.map_or(true, |(most, b)| {
                (n, near(j)).cmp(&(most, near(b))).then_with(|| mentions[b].places.cmp(&mentions[j].places)) != std::cmp::Ordering::Less
            });
            if replaces {
                best = Some((n, j));
            }
        }
        if let Some((_, j)) = best {
            groups.union(i, j);
            continue;
        }
        for p in &m.people {
            groups.union(i, by_person.entry(&m.value, p, i));
        }
    }
    // 3. Coarse groups fold into the one finer group of each of their places.
    // Each group's mentions by its root (a mention index), visited in root order; roots have
    // their lists, other indices empty ones. (A vector, not an ordered map: same order, and
    // no B-tree code in the wasm.)
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); mentions.len()];
    for i in 0..mentions.len() {
        members[groups.find(i)].push(i);
    }
    let groups_in_order = || members.iter().enumerate().filter(|(_, list)| !list.is_empty());
    // Per place, the non-stretch groups sorted by first day: a coarse group looks only at those
    // starting inside its days and stops at the second match (it folds into exactly one), so the
    // whole step is n log n rather than coarse × fine.
    // A group's places and stretch-ness from all its mentions, not from whichever comes first:
    // the result must not depend on the order of the articles.
    let places_of = |list: &[usize]| -> Vec<&str> {
        let mut places: Vec<&str> = Vec::new();
        for &i in list {
            for p in &mentions[i].places {
                places.push(p);
            }
        }
        sort::sort(&mut places);
        places.dedup();
        places
    };
    let span_of = |list: &[usize]| list.iter().any(|&i| mentions[i].span);
    // (By index through a map to indices, as above.)
    let mut fine_index: HashMap<&str, usize> = HashMap::default();
    let mut fine_by_place: Vec<Vec<(chrono::NaiveDate, usize)>> = Vec::new();
    for (root, list) in groups_in_order() {
        let m = &mentions[list[0]];
        if span_of(list) {
            continue;
        }
        for p in places_of(list) {
            let k = *fine_index.entry(p).or_insert_with(|| {
                fine_by_place.push(Vec::new());
                fine_by_place.len() - 1
            });
            if let Some(fine) = fine_by_place.get_mut(k) {
                fine.push((m.start, root));
            }
        }
    }
    for list in &mut fine_by_place {
        sort::sort(list);
    }
    let mut extra: Vec<Vec<usize>> = vec![Vec::new(); mentions.len()]; // by root: mentions folded in
    let mut folded = vec![false; mentions.len()]; // by root
    for (root, list) in groups_in_order() {
        let m = &mentions[list[0]];
        let span = span_of(list);
        if !(span || m.granularity >= Granularity::Month) {
            continue; // only coarse groups fold
        }
        let places = places_of(list);
        if places.is_empty() {
            continue;
        }
        let mut targets = Vec::new();
        for p in places {
            let Some(fine) = fine_index.get(p).and_then(|&k| fine_by_place.get(k)) else { continue };
            let from = fine.partition_point(|&(start, _)| start < m.start);
            let mut inside: Vec<usize> = Vec::new();
            for &(start, r) in &fine[from..] {
                if start > m.end || inside.len() > 1 {
                    break;
                }
                let f = &mentions[members[r][0]];
                if r != root && f.granularity < m.granularity.max(Granularity::Week) && f.end <= m.end {
                    inside.push(r);
                }
            }
            if inside.len() == 1 {
                targets.push(inside[0]);
            }
        }
        if !targets.is_empty() {
            folded[root] = true;
            for t in targets {
                extra[t].extend(list.iter().copied());
            }
        } else if span {
            folded[root] = true; // a vague stretch that matches nothing is no event of its own
        }
    }
    let mut events: Vec<Event> = Vec::new();
    for (root, list) in groups_in_order() {
        if folded[root] {
            continue;
        }
        if let Some(event) = build(mentions, list, &extra[root], texts) {
            events.push(event);
        }
    }
    sort::sort_by(&mut events, |a, b| {
        (&a.date.start, &a.date.end, std::cmp::Reverse(a.sources), &a.places, &a.headline).cmp(&(&b.date.start, &b.date.end, std::cmp::Reverse(b.sources), &b.places, &b.headline))
    });
    for (k, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", k + 1);
    }
    events
}

/// What makes a mention one statement: its sentence's words, its date value, and where the
/// date stands in the sentence.
fn statement_key<'a>(m: &'a Mention, texts: &[&'a str]) -> (Option<&'a str>, &'a str, Option<(usize, usize)>) {
    let at = m.when.map(|(s, e)| (s.saturating_sub(m.sentence.0), e.saturating_sub(m.sentence.0)));
    (texts.get(m.article).and_then(|t| t.get(m.sentence.0..m.sentence.1)), m.value.as_str(), at)
}

fn shared(a: &[String], b: &[String]) -> usize {
    let mut n = 0;
    for x in a {
        if b.contains(x) {
            n += 1;
        }
    }
    n
}

/// One event from its own mentions (`list`) and those folded into it (`extra`).
fn build<'a>(mentions: &'a [Mention], list: &[usize], extra: &[usize], texts: &[&'a str]) -> Option<Event> {
    let reported = mentions_at(mentions, list);
    let own = statements(&reported, texts);
    // The date: the most common value among the finest mentions.
    let finest = own.iter().map(|m| m.granularity).min()?;
    let value = most_common(own.iter().filter(|m| m.granularity == finest).map(|m| m.value.as_str()))?;
    let (start, end, granularity) = match value_range(value) {
        Some(r) => r,
        None => {
            let m = own.iter().find(|m| m.value == value)?;
            (m.start, m.end, m.granularity)
        }
    };
    if own.iter().all(|m| m.places.is_empty() && m.people.is_empty()) {
        return None;
    }
    let folded = mentions_at(mentions, extra);
    let folded_once = statements(&folded, texts);
    let mut places = Tally::default();
    for m in &own {
        places.add(&m.specific_places);
        places.add(&m.places);
    }
    let (mut people, mut organisations) = (Tally::default(), Tally::default());
    for m in own.iter().chain(&folded_once) {
        people.add(&m.people);
        organisations.add(&m.organisations);
    }
    let (places, people, organisations) = (places.ranked(), people.ranked(), organisations.ranked());
    let mut all: Vec<&Mention> = reported.clone();
    all.extend_from_slice(&folded);
    let status = if own.iter().any(|m| m.status == Status::Cancelled) {
        Status::Cancelled
    } else if own.iter().filter(|m| m.status == Status::Planned).count() * 2 > own.len() {
        Status::Planned
    } else if own.iter().any(|m| m.status == Status::Reported) && !own.iter().any(|m| m.status == Status::Happened) {
        // Second hand only while no source states it.
        Status::Reported
    } else {
        Status::Happened
    };
    let mut sentences: Vec<(usize, SentenceRef)> = Vec::new();
    let mut listed: Vec<(usize, usize)> = Vec::new(); // sorted
    for m in &all {
        match listed.binary_search(&(m.article, m.sentence.0)) {
            Ok(_) => continue,
            Err(at) => listed.insert(at, (m.article, m.sentence.0)),
        }
        let text = texts.get(m.article)?;
        sentences.push((
            m.article,
            SentenceRef {
                article: m.article_id.clone(),
                text: text.get(m.sentence.0..m.sentence.1)?.to_string(),
                start: m.sentence.0,
                end: m.sentence.1,
                when: match m.when {
                    Some((start, end)) => Some(WhenRef {
                        text: text.get(start..end)?.to_string(),
                        start,
                        end,
                        anchor: m.anchor.map(day_value),
                    }),
                    None => None,
                },
            },
        ));
    }
    sort::sort_by_key(&mut sentences, |(a, s)| (*a, s.start));
    // Sources: the articles of the sentences (sorted by article).
    let mut sources = 0;
    let mut last = None;
    for (a, _) in &sentences {
        if last != Some(*a) {
            sources += 1;
            last = Some(*a);
        }
    }
    let mut refs = Vec::with_capacity(sentences.len());
    for (_, s) in sentences {
        refs.push(s);
    }
    let headline = headline(&own, texts, &places, &people);
    Some(Event {
        id: String::new(),
        date: DateValue { value: value.to_string(), start: fmt(start), end: fmt(end), granularity },
        places,
        people,
        organisations,
        headline,
        status,
        sentences: refs,
        sources,
    })
}

fn fmt(d: chrono::NaiveDate) -> String {
    day_value(d)
}

fn most_common<'a>(values: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(c, _)| *c == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    // The most common, the first seen among equals.
    let mut best: Option<(&str, usize)> = None;
    for &(v, n) in &counts {
        if best.map_or(true, |(_, most)| n > most) {
            best = Some((v, n));
        }
    }
    best.map(|(v, _)| v)
}

/// The mentions at `indices`.
fn mentions_at<'a>(mentions: &'a [Mention], indices: &[usize]) -> Vec<&'a Mention> {
    let mut out = Vec::with_capacity(indices.len());
    for &i in indices {
        out.push(&mentions[i]);
    }
    out
}

/// `mentions` with copies of one statement (the same sentence with the same date, e.g. a
/// syndicated article given twice) once, so that a duplicated article leaves the event as it
/// was for its date, places, people, status and headline (every copy still counts as a
/// source). Two dates of one sentence are two statements: the key holds where the date stands
/// in it. The statements come in a canonical order (by their words), not the articles' order:
/// ties in the rankings ("first seen first") then do not depend on the order articles were
/// given. A stable sort, then the first of each run of one statement: its first copy.
fn statements<'a>(mentions: &[&'a Mention], texts: &[&'a str]) -> Vec<&'a Mention> {
    let statement = |m: &&'a Mention| statement_key(m, texts);
    let mut once = mentions.to_vec();
    sort::sort_by_cached_key(&mut once, statement);
    once.dedup_by(|later, first| statement(later) == statement(first));
    once
}

/// Names counted in the order they are added.
#[derive(Default)]
struct Tally<'a> {
    counts: Vec<(&'a String, usize)>,
}

impl<'a> Tally<'a> {
    fn add(&mut self, names: &'a [String]) {
        for n in names {
            match self.counts.iter_mut().find(|(c, _)| *c == n) {
                Some((_, k)) => *k += 1,
                None => self.counts.push((n, 1)),
            }
        }
    }

    /// The names by how often they occur, first seen first among equals.
    fn ranked(self) -> Vec<String> {
        let counts = self.counts;
        let mut order: Vec<usize> = (0..counts.len()).collect();
        sort::sort_by_key(&mut order, |&i| (std::cmp::Reverse(counts[i].1), i));
        let mut names = Vec::with_capacity(order.len());
        for i in order {
            names.push(counts[i].0.clone());
        }
        names
    }
}

/// The sentence that best says what happened, shortened: a body sentence naming most of the
/// event's places and people, the shorter the better.
fn headline(own: &[&Mention], texts: &[&str], places: &[String], people: &[String]) -> String {
    /// What makes a headline better: not a caption, names named, shortness.
    type Merit = (bool, usize, std::cmp::Reverse<usize>);
    // The best by merit; the last of equals (as `max_by_key`).
    let mut best: Option<(Merit, &str)> = None;
    for m in own {
        let Some(s) = texts.get(m.article).and_then(|t| t.get(m.sentence.0..m.sentence.1)) else { continue };
        let mut named = 0;
        for n in places.iter().chain(people) {
            if has_str(s, n.split(' ').next_back().unwrap_or(n)) {
                named += 1;
            }
        }
        let key = (!m.caption, named, std::cmp::Reverse(s.len()));
        if best.as_ref().map_or(true, |(most, _)| key >= *most) {
            best = Some((key, s));
        }
    }
    best.map(|(_, s)| shorten(s)).unwrap_or_default()
}

/// A sentence cut to at most [`HEADLINE_CHARS`] characters at a word boundary.
fn shorten(sentence: &str) -> String {
    let s = trim_start_by(sentence.trim(), |c| matches!(c, '"' | '“' | '\'' | '‘')).trim();
    if s.chars().count() <= HEADLINE_CHARS {
        return s.to_string();
    }
    let cut: String = s.chars().take(HEADLINE_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(i) => &cut[..i],
        None => &cut[..],
    };
    format!("{}…", trim_end_by(cut, |c| matches!(c, ',' | ';' | ':' | ' ')))
}

/// Union–find over mention indices.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(n: usize) -> Self {
        Groups { parent: (0..n).collect() }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn mention(article: usize, text: &str, value: &str, places: &[&str], people: &[&str]) -> Mention {
        let (start, end, granularity) = value_range(value).unwrap();
        Mention {
            article,
            article_id: format!("a{article}"),
            sentence: (0, text.len()),
            caption: false,
            when: Some((0, 1)),
            anchor: None,
            value: value.into(),
            start,
            end,
            granularity,
            span: false,
            places: places.iter().map(|s| s.to_string()).collect(),
            specific_places: places.iter().map(|s| s.to_string()).collect(),
            people: people.iter().map(|s| s.to_string()).collect(),
            organisations: Vec::new(),
            status: Status::Happened,
        }
    }

    #[test]
    fn same_day_and_place_across_articles_is_one_event() {
        let texts = ["Envoys met in Moscow.", "Talks were held in Moscow.", "Ministers met in Paris."];
        let mentions = vec![
            mention(0, texts[0], "2025-12-02", &["Moscow"], &["Ann Lee"]),
            mention(1, texts[1], "2025-12-02", &["Moscow"], &[]),
            mention(2, texts[2], "2025-12-02", &["Paris"], &[]),
        ];
        let events = merge(&mentions, &texts);
        assert_eq!(events.len(), 2);
        let moscow = events.iter().find(|e| e.places == ["Moscow"]).unwrap();
        assert_eq!(moscow.sources, 2);
        assert_eq!(moscow.people, ["Ann Lee"]);
        assert_eq!(events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["e1", "e2"]);
    }

    #[test]
    fn placeless_mentions_join_by_shared_people() {
        let texts = ["Ann Lee and Bo Chan met in Moscow.", "Bo Chan spoke with Ann Lee on Tuesday."];
        let mentions = vec![
            mention(0, texts[0], "2025-12-02", &["Moscow"], &["Ann Lee", "Bo Chan"]),
            mention(1, texts[1], "2025-12-02", &[], &["Bo Chan", "Ann Lee"]),
        ];
        let events = merge(&mentions, &texts);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].sources, 2);
    }

    #[test]
    fn coarse_mentions_fold_into_the_finer_event_of_each_place() {
        let texts = ["Work in Geneva two weekends ago.", "Work in Florida last weekend.", "Refined in Geneva and Florida over two weekends."];
        let mut span = mention(2, texts[2], "2025-11", &["Geneva", "Florida"], &[]);
        span.span = true;
        span.start = NaiveDate::from_ymd_opt(2025, 11, 22).unwrap();
        span.end = NaiveDate::from_ymd_opt(2025, 11, 30).unwrap();
        span.granularity = Granularity::Week;
        span.value = "2025-11-22/2025-11-30".into();
        let mentions = vec![mention(0, texts[0], "2025-W47-WE", &["Geneva"], &[]), mention(1, texts[1], "2025-W48-WE", &["Florida"], &[]), span];
        let events = merge(&mentions, &texts);
        assert_eq!(events.len(), 2);
        assert!(events.iter().all(|e| e.sources == 2 && e.date.granularity == Granularity::Weekend));
    }

    #[test]
    fn cancellation_in_any_report_marks_the_event() {
        let texts = ["A summit in Budapest in October was cancelled.", "The Budapest summit in October."];
        let mut a = mention(0, texts[0], "2025-10", &["Budapest"], &[]);
        a.status = Status::Cancelled;
        let events = merge(&[a, mention(1, texts[1], "2025-10", &["Budapest"], &[])], &texts);
        assert_eq!(events[0].status, Status::Cancelled);
        assert_eq!(events[0].date.granularity, Granularity::Month);
    }

    #[test]
    fn an_event_is_reported_only_while_no_source_states_it() {
        let texts = ["Talks in Oslo on Friday reportedly ended early.", "Talks in Oslo on Friday ended early."];
        let mut a = mention(0, texts[0], "2025-11-21", &["Oslo"], &[]);
        a.status = Status::Reported;
        let events = merge(std::slice::from_ref(&a), &texts);
        assert_eq!(events[0].status, Status::Reported);
        let events = merge(&[a, mention(1, texts[1], "2025-11-21", &["Oslo"], &[])], &texts);
        assert_eq!(events[0].status, Status::Happened);
    }

    #[test]
    fn a_placeless_mention_joins_the_same_group_in_any_article_order() {
        // Article 0 names a person on a day twice, once with a place; article 1 names the same
        // person on that day elsewhere. The place-less mention belongs with its own sentence.
        let texts = ["Ann Lee spoke on Tuesday; on Tuesday Ann Lee was in Oslo.", "Ann Lee was in Rome on Tuesday."];
        let day = "2025-12-02";
        let mut own = mention(0, texts[0], day, &["Oslo"], &["Ann Lee"]);
        let mut bare = mention(0, texts[0], day, &[], &["Ann Lee"]);
        own.sentence = (0, texts[0].len());
        bare.sentence = own.sentence;
        bare.when = Some((16, 23));
        own.when = Some((29, 36));
        let other = mention(1, texts[1], day, &["Rome"], &["Ann Lee"]);
        let swapped = |m: &Mention| Mention { article: 1 - m.article, ..m.clone() };
        let with_sources = |events: Vec<Event>| -> Vec<(Vec<String>, usize)> {
            let mut v: Vec<_> = events.into_iter().map(|e| (e.places, e.sentences.len())).collect();
            v.sort();
            v
        };
        let a = with_sources(merge(&[bare.clone(), own.clone(), other.clone()], &texts));
        let texts_swapped = [texts[1], texts[0]];
        let b = with_sources(merge(&[swapped(&other), swapped(&bare), swapped(&own)], &texts_swapped));
        assert_eq!(a, b);
        assert_eq!(a, vec![(vec!["Oslo".to_string()], 1), (vec!["Rome".to_string()], 1)]);
    }

    #[test]
    fn long_headlines_are_cut_at_a_word() {
        let long = "word ".repeat(60);
        let h = shorten(&long);
        assert!(h.chars().count() <= HEADLINE_CHARS + 1 && h.ends_with('…'));
    }
}
