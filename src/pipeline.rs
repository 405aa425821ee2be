//! The whole analysis: articles in, [`Analysis`] out. Validates the input, anchors each
//! article on a date (given, found in its text, or borrowed from the collection), then runs
//! the rooms in order: text → time → entities → events → summary.

use chrono::NaiveDate;

use crate::entities::{self, PeopleIndex, PlaceKind};
use crate::events::{self, ArticleView, OrgRef, PersonRef, PlaceRef};
use crate::model::{Analysis, Article, ArticleInfo, DctSource, Options, SentenceRef};
use crate::summary::{self, Candidate};
use crate::text::hash::FastMap;
use crate::text::{self, BlockKind, Idf, Sentence, TermVector, Vocabulary};
use crate::time::{self, article_date, Timex};
use crate::error::Limit;
use crate::Error;

/// Least tf-idf similarity for an undated article to borrow a dated article's date.
const BORROW_SIMILARITY: f32 = 0.08;

/// Longest sentence the rooms after `text` see, in bytes. Longer "sentences" (lists without full
/// stops, text without punctuation, a megabyte on one line) are cut into pieces of at most this
/// many bytes at a space: the events room's work on a sentence grows with its length times the
/// dates in it, so an uncut 40 KB sentence took seconds and a 400 KB one minutes. News
/// sentences are far shorter (a few hundred bytes), so real text is not affected.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// One article as it moves through the rooms.
struct Prepared<'a> {
    article: &'a Article,
    sentences: Vec<Sentence>,
    dct: Option<NaiveDate>,
    dct_source: DctSource,
    dateline: Option<(usize, usize)>,
}

/// Analyse a collection of articles about one story.
///
/// Errors name input the caller must fix (a date that is not a date, binary data); an empty
/// collection is not an error but an empty [`Analysis`] with a message.
pub fn analyze(articles: &[Article], options: &Options) -> Result<Analysis, Error> {
    let forced = match &options.dct {
        Some(v) => Some(time::parse_iso_date(v).ok_or_else(|| Error::InvalidDate { field: "dct".into(), value: v.clone() })?),
        None => None,
    };
    if articles.len() > Limit::Articles.max() {
        return Err(Error::TooLarge { limit: Limit::Articles, size: articles.len() });
    }
    let total: usize = articles.iter().map(article_bytes).sum();
    if total > Limit::TotalBytes.max() {
        return Err(Error::TooLarge { limit: Limit::TotalBytes, size: total });
    }
    let mut prepared = Vec::with_capacity(articles.len());
    for article in articles {
        if article.text.chars().any(|c| c == '\0' || (c.is_control() && !c.is_whitespace())) {
            return Err(Error::Binary { article: article.id.clone() });
        }
        let published = match &article.published {
            Some(v) if !v.trim().is_empty() => Some(time::parse_iso_date(v).ok_or_else(|| Error::InvalidDate {
                field: format!("published of article '{}'", article.id),
                value: v.clone(),
            })?),
            _ => None,
        };
        if article.text.trim().is_empty() {
            continue;
        }
        let sentences = cap_sentences(&article.text, text::sentences(&article.text));
        let found = article_date::find(&article.text, &sentences);
        let dateline = found.as_ref().filter(|f| f.found == article_date::Found::Dateline).map(|f| (f.start, f.end));
        let (dct, dct_source) = match (forced.or(published), &found) {
            (Some(d), _) => (Some(d), DctSource::Given),
            (None, Some(f)) => (Some(f.date), DctSource::Text),
            (None, None) => (None, DctSource::None),
        };
        prepared.push(Prepared { article, sentences, dct, dct_source, dateline });
    }
    if prepared.is_empty() {
        return Ok(Analysis {
            articles: article_infos(articles, &[]),
            messages: vec![if articles.is_empty() { "no articles given".into() } else { "the articles have no text".into() }],
            ..Analysis::default()
        });
    }

    // Terms of each body and heading sentence, stemmed once for the article vectors (for
    // borrowing dates) and the summary.
    // (Plain loops pushing into vectors here and below: each `collect` of a mapped iterator
    // is three functions of its own in the wasm module.)
    let n = prepared.len();
    let mut vocab = Vocabulary::new();
    let mut terms: Vec<Vec<Vec<u32>>> = Vec::with_capacity(n);
    let mut raw: Vec<TermVector> = Vec::with_capacity(n);
    for p in &prepared {
        let t = sentence_terms(&mut vocab, p);
        raw.push(TermVector::from_ids(&t.concat()));
        terms.push(t);
    }
    let idf = Idf::from_vectors(raw.iter());
    let vectors = idf.weigh_all(&raw);
    borrow_dates(&mut prepared, &vectors);

    // Time and entities per article, one room at a time. People's names go into the index in
    // article order; their canonical names (in the events loop) need all of them.
    let mut timexes: Vec<Vec<Timex>> = Vec::with_capacity(n);
    let mut place_mentions: Vec<Vec<PlaceRef>> = Vec::with_capacity(n);
    let mut person_mentions: Vec<Vec<entities::PersonMention>> = Vec::with_capacity(n);
    // Organisations that act in events; news organisations report them.
    let mut organisations: Vec<Vec<OrgRef>> = Vec::with_capacity(n);
    let mut index = PeopleIndex::new();
    for p in &prepared {
        timexes.push(time::tag(&p.article.text, p.dct));
    }
    for p in &prepared {
        let found_places = entities::find_places(&p.article.text);
        place_mentions.push(place_refs(&found_places));
        let found_people = entities::find_people_with_places(&p.article.text, &found_places);
        for m in &found_people {
            index.add(&m.name);
        }
        person_mentions.push(found_people);
    }
    for p in &prepared {
        let mut acting = Vec::new();
        for m in entities::find_organisations(&p.article.text) {
            if m.kind != entities::OrgKind::Media {
                acting.push(OrgRef { start: m.start, end: m.end, name: m.name });
            }
        }
        organisations.push(acting);
    }

    // Events.
    let mut mentions: Vec<events::Mention> = Vec::new();
    let mut texts: Vec<&str> = Vec::with_capacity(n);
    for (i, p) in prepared.iter().enumerate() {
        let mut people: Vec<PersonRef> = Vec::new();
        for m in &person_mentions[i] {
            people.push(PersonRef { start: m.start, end: m.end, name: index.canonical(&m.name) });
        }
        let view = ArticleView {
            id: &p.article.id,
            index: i,
            text: &p.article.text,
            sentences: &p.sentences,
            timexes: &timexes[i],
            places: &place_mentions[i],
            people: &people,
            organisations: &organisations[i],
            dct: p.dct,
            dateline: p.dateline,
        };
        mentions.append(&mut events::extract(&view));
        texts.push(&p.article.text);
    }
    drop((timexes, person_mentions, organisations));
    let events = events::merge(&mentions, &texts);

    // Summary.
    let max_sources = events.iter().map(|e| e.sources).max().unwrap_or(1).max(1) as f32;
    // Each event sentence's most widely reported event: (event index, salience) in `best`, by
    // article (`event_of`'s row for each article id) and start. (Maps to indices into vectors,
    // of the map types the wasm module has anyway, rather than a map keyed by (article, start).)
    let mut article_row: FastMap<&str, usize> = FastMap::default();
    let mut event_of: Vec<FastMap<usize, usize>> = Vec::new();
    let mut best: Vec<(usize, f32)> = Vec::new();
    for (k, e) in events.iter().enumerate() {
        let salience = e.sources as f32 / max_sources;
        for r in &e.sentences {
            let row = *article_row.entry(r.article.as_str()).or_insert_with(|| {
                event_of.push(FastMap::default());
                event_of.len() - 1
            });
            let Some(starts) = event_of.get_mut(row) else { continue };
            let b = *starts.entry(r.start).or_insert_with(|| {
                best.push((k, salience));
                best.len() - 1
            });
            if let Some(slot) = best.get_mut(b) {
                if salience > slot.1 {
                    *slot = (k, salience);
                }
            }
        }
    }
    // Undated sentences that name an event's place tell about it too ("the Kremlin talks").
    // (Indices into a vector: the map type is one the wasm module has anyway.)
    let mut place_index: FastMap<&str, usize> = FastMap::default();
    let mut place_salience: Vec<f32> = Vec::new();
    for e in events.iter().filter(|e| !e.reported_undated()) {
        let salience = e.sources as f32 / max_sources;
        for place in &e.places {
            let k = *place_index.entry(place.as_str()).or_insert_with(|| {
                place_salience.push(0.0);
                place_salience.len() - 1
            });
            if let Some(slot) = place_salience.get_mut(k) {
                *slot = slot.max(salience);
            }
        }
    }
    let mut candidates = Vec::new();
    let mut candidate_terms = Vec::new();
    let mut origin = Vec::new();
    for (i, p) in prepared.iter().enumerate() {
        let body = p.sentences.iter().zip(std::mem::take(&mut terms[i])).filter(|(s, _)| s.kind == BlockKind::Body);
        for (position, (s, sentence_terms)) in body.enumerate() {
            let found = article_row.get(p.article.id.as_str()).and_then(|&row| event_of.get(row)?.get(&s.start));
            let (event, salience) = match found.and_then(|&b| best.get(b)) {
                Some(&(k, salience)) => (Some(k), salience),
                None => {
                    // Place mentions are in text order: the sentence's own are one slice.
                    let places = &place_mentions[i];
                    let from = places.partition_point(|m| m.start < s.start);
                    let named = places[from..]
                        .iter()
                        .take_while(|m| m.start < s.end)
                        .filter(|m| m.end <= s.end)
                        .filter_map(|m| place_index.get(m.name.as_str()).and_then(|&k| place_salience.get(k)))
                        .fold(0.0f32, |a, &b| a.max(b));
                    (None, summary::PLACE_LINKED * named)
                }
            };
            candidates.push(Candidate { text: &p.article.text[s.start..s.end], position, salience, event, article: i });
            candidate_terms.push(sentence_terms);
            origin.push((i, *s));
        }
    }
    let mut summary = Vec::new();
    for k in summary::summarize_terms(&candidates, candidate_terms, *summary::SENTENCES.end()) {
        let (i, s) = origin[k];
        summary.push(SentenceRef { article: prepared[i].article.id.clone(), text: candidates[k].text.to_string(), start: s.start, end: s.end, when: None });
    }

    let mut messages = Vec::new();
    if events.is_empty() {
        messages.push("no dated event found in the articles".to_string());
    }
    Ok(Analysis { articles: article_infos(articles, &prepared), events, summary, messages })
}

/// What the analysis says of each article: its date, from `prepared` (the articles with text,
/// in their order: one cursor finds each), none for the others.
fn article_infos(articles: &[Article], prepared: &[Prepared]) -> Vec<ArticleInfo> {
    let mut infos = Vec::with_capacity(articles.len());
    let mut next = 0;
    for a in articles {
        infos.push(match prepared.get(next).filter(|p| std::ptr::eq(p.article, a)) {
            Some(p) => {
                next += 1;
                ArticleInfo { id: a.id.clone(), dct: p.dct.map(time::calendar::day_value), dct_source: p.dct_source }
            }
            None => ArticleInfo { id: a.id.clone(), dct: None, dct_source: DctSource::None },
        });
    }
    infos
}

/// Bytes of every field of an article, for [`Limit::TotalBytes`].
fn article_bytes(a: &Article) -> usize {
    let optional = [&a.title, &a.source, &a.url, &a.published];
    a.id.len() + a.text.len() + optional.iter().map(|f| f.as_ref().map_or(0, String::len)).sum::<usize>()
}

/// `sentences` with every sentence longer than [`MAX_SENTENCE_BYTES`] cut into pieces of at most
/// that size, at the last space before the limit (inside a word only when there is none).
fn cap_sentences(text: &str, sentences: Vec<Sentence>) -> Vec<Sentence> {
    if sentences.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES) {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut start = s.start;
        while s.end - start > MAX_SENTENCE_BYTES {
            let mut limit = start + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let cut = match text[start..limit].rfind(char::is_whitespace) {
                Some(i) if i > 0 => start + i,
                _ => limit,
            };
            let end = start + text[start..cut].trim_end().len();
            out.push(Sentence { start, end, ..s });
            start = cut + (text[cut..s.end].len() - text[cut..s.end].trim_start().len());
        }
        if start < s.end {
            out.push(Sentence { start, ..s });
        }
    }
    out
}

/// The terms of each of the article's sentences, in order: [`Vocabulary::sequence`] of its text
/// for body and heading sentences (what the article's vector counts), none for the others.
/// Tokens never span the space between sentences, so these are the terms of the body and
/// heading text joined.
fn sentence_terms(vocab: &mut Vocabulary, p: &Prepared) -> Vec<Vec<u32>> {
    let mut terms = Vec::with_capacity(p.sentences.len());
    for s in &p.sentences {
        terms.push(match s.kind {
            BlockKind::Body | BlockKind::Heading => vocab.sequence(&p.article.text[s.start..s.end]),
            _ => Vec::new(),
        });
    }
    terms
}

/// Undated articles borrow the date of the most similar dated article, if it is similar enough.
fn borrow_dates(prepared: &mut [Prepared], vectors: &[TermVector]) {
    let mut dated: Vec<usize> = Vec::new();
    for (i, p) in prepared.iter().enumerate() {
        if p.dct.is_some() {
            dated.push(i);
        }
    }
    for i in 0..prepared.len() {
        if prepared[i].dct.is_some() {
            continue;
        }
        // The most similar, the first of equals.
        let mut best: Option<(f32, usize)> = None;
        for &j in &dated {
            let s = vectors[i].cosine(&vectors[j]);
            if s >= BORROW_SIMILARITY && best.map_or(true, |(most, _)| s.total_cmp(&most).is_gt()) {
                best = Some((s, j));
            }
        }
        if let Some((_, j)) = best {
            prepared[i].dct = prepared[j].dct;
            prepared[i].dct_source = DctSource::Collection;
        }
    }
}

/// Place mentions as the events room needs them.
fn place_refs(mentions: &[entities::PlaceMention]) -> Vec<PlaceRef> {
    let mut refs = Vec::with_capacity(mentions.len());
    for m in mentions {
        refs.push(PlaceRef {
            start: m.start,
            end: m.end,
            name: m.name.to_string(),
            locative: m.locative,
            specific: matches!(m.kind, PlaceKind::City | PlaceKind::Venue),
        });
    }
    refs
}
