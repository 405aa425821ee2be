//! Timeline summarisation (TLS): many articles about one story in, a list of the story's key
//! dates out, each with a few sentences that say what happened on it.
//!
//! The method follows DATEWISE (Gholipour Ghalandari & Ifrim 2020) without its trained parts:
//!
//! 1. **Sentences and dates.** Every sentence that may name a day is tagged with the article's
//!    publication date as its anchor ([`crate::time::tag`]); the days it names (day
//!    granularity only) are its *mentioned* dates. A sentence that names no day is dated by
//!    its publication instead: it is a candidate for the publication day and the day before
//!    (news reports yesterday's events).
//! 2. **Date ranking.** A day scores by how many distinct articles mention it, (the square
//!    root of) how many sentences do, and how many articles were published on it or the day
//!    after (bursts); only days in the wanted range count.
//! 3. **Per-date summaries.** Each ranked day gets a tf-idf centroid of its candidate
//!    sentences (mentions and publication-dated ones, weighted by [`Weights`]). A candidate
//!    scores by its weight times (cosine with the day's centroid + its similarity to the
//!    whole collection's centroid, so off-topic lines lose); the best are taken greedily,
//!    skipping near-duplicates of sentences already chosen for this day or any other. Days
//!    left without a fit sentence are skipped and the next-ranked day takes their place.
//!
//! Everything is linear in the number of sentences (plus sorts): candidates are kept in hash
//! buckets per day, no two sentences of the collection are ever compared all-pairs, and a day
//! looks at a bounded number of its best candidates, each compared only with the sentences
//! already chosen.

use crate::text::hash::FastMap;

use chrono::NaiveDate;

use crate::model::Granularity;
use crate::text::{self, BlockKind, Idf, TermVector};
use crate::time::{self, TimexType};
use crate::text::chars::{has_str, Lower};
use crate::text::sort;

/// One article as timeline summarisation needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsArticle {
    /// The article's identifier (shown as the source of its sentences).
    pub id: String,
    /// Its publication date: the anchor of its relative dates.
    pub published: NaiveDate,
    /// Its text.
    pub text: String,
    /// Whether the text is PTB-tokenised with one sentence per line (Timeline17 input): such
    /// lines are detokenised for tagging and display, and kept as they are for scoring.
    pub tokenized: bool,
}

impl TlsArticle {
    /// An [`Article`](crate::model::Article) for timeline summarisation: dated by its
    /// `published` field, else by the date its text states (a dateline); `None` when neither
    /// gives a date. Plain text (not tokenised).
    pub fn from_article(article: &crate::model::Article) -> Option<TlsArticle> {
        let published = article.published.as_deref().and_then(time::parse_iso_date).or_else(|| {
            let sentences = text::sentences(&article.text);
            time::article_date::find(&article.text, &sentences).map(|f| f.date)
        })?;
        Some(TlsArticle { id: article.id.clone(), published, text: article.text.clone(), tokenized: false })
    }
}

/// Settings of one timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsOptions {
    /// Most dates in the timeline.
    pub max_dates: usize,
    /// Most sentences per date.
    pub sentences_per_date: usize,
    /// First day the timeline may have (and articles published before it are ignored).
    pub from: Option<NaiveDate>,
    /// Last day the timeline may have (and articles published after it are ignored).
    pub to: Option<NaiveDate>,
    /// Optional query terms (case-insensitive): when given, a summary sentence must contain
    /// one of them, as in DATEWISE. Empty: no such filter.
    pub keywords: Vec<String>,
}

impl Default for TlsOptions {
    fn default() -> Self {
        TlsOptions { max_dates: 10, sentences_per_date: 2, from: None, to: None, keywords: Vec::new() }
    }
}

/// A sentence of a timeline, with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsSentence {
    /// The sentence as it stands in the article (PTB tokens for tokenised input).
    pub text: String,
    /// The sentence for reading (detokenised when the input was tokenised).
    pub display: String,
    /// The id of the article it comes from.
    pub article: String,
}

/// One date of a timeline and its summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsDate {
    /// The day.
    pub date: NaiveDate,
    /// Its summary sentences, best first.
    pub sentences: Vec<TlsSentence>,
}

/// Tunable weights of the method (the defaults are what [`timeline`] uses).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Date score per distinct article that mentions the day.
    pub doc_mention: f32,
    /// Date score per sentence that mentions the day (square-rooted count).
    pub sentence_mention: f32,
    /// Date score per article published on the day or the day after.
    pub published: f32,
    /// Weight of a publication-dated candidate sentence, relative to a mention (1). Above 1 on
    /// Timeline17: the day's own reporting describes the day better than later references.
    pub pub_sentence: f32,
    /// How many leading sentences of an article may be dated by its publication (DATEWISE
    /// takes 6; long features tell less of the day further down).
    pub lead_sentences: usize,
    /// How much the collection centroid counts in a sentence's score, against the day's (1).
    pub topic: f32,
    /// Candidates more similar than this (cosine) to a chosen sentence are redundant.
    pub redundancy: f32,
    /// How many days an undated sentence is dated by: its publication day and the days before.
    pub publication_days: u64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            doc_mention: 1.0,
            sentence_mention: 0.5,
            published: 0.3,
            pub_sentence: 1.5,
            lead_sentences: 100,
            topic: 1.0,
            redundancy: 0.5,
            publication_days: 2,
        }
    }
}

/// Words a summary sentence may have.
pub const WORDS: std::ops::RangeInclusive<usize> = 6..=60;
/// How many of a day's best candidates are looked at per sentence wanted.
const CANDIDATES_PER_SENTENCE: usize = 25;
/// Most days one sentence may mention and still be a candidate for each of them.
const MAX_DATES_PER_SENTENCE: usize = 3;

/// One sentence of the collection.
struct Sent {
    article: usize,
    raw: String,
    display: String,
    /// Days it names (day granularity), distinct.
    dates: Vec<NaiveDate>,
    /// Position among its article's sentences.
    position: usize,
}

/// Builds a timeline of `articles`: at most `options.max_dates` days, most important first
/// chosen, returned in date order, each with at most `options.sentences_per_date` sentences.
pub fn timeline(articles: &[TlsArticle], options: &TlsOptions) -> Vec<TlsDate> {
    timeline_with(articles, options, &Weights::default())
}

/// [`timeline`] with explicit weights.
pub fn timeline_with(articles: &[TlsArticle], options: &TlsOptions, weights: &Weights) -> Vec<TlsDate> {
    let in_range = |d: NaiveDate| options.from.map_or(true, |f| d >= f) && options.to.map_or(true, |t| d <= t);
    let articles: Vec<&TlsArticle> = articles.iter().filter(|a| in_range(a.published)).collect();
    if articles.is_empty() || options.max_dates == 0 || options.sentences_per_date == 0 {
        return Vec::new();
    }

    // 1. Sentences and their dates.
    let mut sents: Vec<Sent> = Vec::new();
    for (ai, article) in articles.iter().enumerate() {
        collect_sentences(ai, article, &mut sents);
    }

    // Term vectors (tf-idf over sentences) and the collection centroid.
    let mut vocab = Terms::default();
    let raw_vectors: Vec<TermVector> = sents.iter().map(|s| vocab.vector(&s.display)).collect();
    let idf = Idf::from_vectors(raw_vectors.iter());
    let vectors: Vec<TermVector> = idf.weigh_all(&raw_vectors);
    drop(raw_vectors);
    let mut centroid = vec![0.0f32; vocab.ids.len()];
    for v in &vectors {
        for &(id, w) in v.entries() {
            centroid[id as usize] += w;
        }
    }
    let centroid_norm = centroid.iter().map(|w| w * w).sum::<f32>().sqrt();
    if centroid_norm > 0.0 {
        centroid.iter_mut().for_each(|w| *w /= centroid_norm);
    }
    let topic_of = |v: &TermVector| v.entries().iter().map(|&(id, w)| w * centroid[id as usize]).sum::<f32>();

    // 2. Date statistics, in hash buckets per day.
    #[derive(Default)]
    struct Stat {
        sentences: u32,
        docs: u32,
        last_doc: Option<usize>,
        published: u32,
        mentions: Vec<usize>,
        by_publication: Vec<usize>,
    }
    let mut stats: FastMap<NaiveDate, Stat> = FastMap::default();
    for (i, s) in sents.iter().enumerate() {
        for &d in &s.dates {
            let st = stats.entry(d).or_default();
            st.sentences += 1;
            if st.last_doc != Some(s.article) {
                st.docs += 1;
                st.last_doc = Some(s.article);
            }
            st.mentions.push(i);
        }
        if s.dates.is_empty() && s.position < weights.lead_sentences {
            let p = articles[s.article].published;
            for back in 0..weights.publication_days {
                if let Some(d) = p.checked_sub_days(chrono::Days::new(back)) {
                    stats.entry(d).or_default().by_publication.push(i);
                }
            }
        }
    }
    for a in &articles {
        for back in 0..2 {
            if let Some(d) = a.published.checked_sub_days(chrono::Days::new(back)) {
                stats.entry(d).or_default().published += 1;
            }
        }
    }
    let mut ranked: Vec<(f32, NaiveDate)> = stats
        .iter()
        .filter(|(d, _)| in_range(**d))
        .map(|(d, st)| {
            let score = weights.doc_mention * st.docs as f32
                + weights.sentence_mention * (st.sentences as f32).sqrt()
                + weights.published * st.published as f32;
            (score, *d)
        })
        .filter(|(s, _)| *s > 0.0)
        .collect();
    sort::sort_by(&mut ranked, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    // 3. Per-date summaries, in rank order, until enough days have one.
    let keywords: Vec<String> = options.keywords.iter().map(|k| k.lower()).filter(|k| !k.is_empty()).collect();
    let passes = |s: &Sent| {
        keywords.is_empty() || {
            let lower = s.display.lower();
            keywords.iter().any(|k| has_str(&lower, k))
        }
    };
    let mut fit: Vec<Option<bool>> = vec![None; sents.len()];
    let mut chosen_all: Vec<usize> = Vec::new();
    let mut out: Vec<TlsDate> = Vec::new();
    for &(_, date) in &ranked {
        if out.len() >= options.max_dates {
            break;
        }
        let st = &stats[&date];
        let candidates: Vec<(usize, f32)> = st
            .mentions
            .iter()
            .map(|&i| (i, 1.0))
            .chain(st.by_publication.iter().map(|&i| (i, weights.pub_sentence)))
            .collect();
        let mut day_centroid = weighted_sum(candidates.iter().map(|&(i, w)| (&vectors[i], w)));
        let norm = day_centroid.norm();
        if norm > 0.0 {
            day_centroid.scale(1.0 / norm);
        }
        // Vectors are unit length, so dot products are cosines.
        let mut scored: Vec<(f32, usize)> = candidates
            .iter()
            .filter(|&&(i, _)| !vectors[i].is_empty())
            .map(|&(i, w)| (w * (vectors[i].dot(&day_centroid) + weights.topic * topic_of(&vectors[i])), i))
            .collect();
        sort::sort_by(&mut scored, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut picked: Vec<usize> = Vec::new();
        let mut looked_at = 0;
        for &(_, i) in &scored {
            if picked.len() >= options.sentences_per_date
                || looked_at >= CANDIDATES_PER_SENTENCE * options.sentences_per_date
            {
                break;
            }
            if picked.contains(&i)
                || !*fit[i].get_or_insert_with(|| fit_for_summary(&sents[i].display))
                || !passes(&sents[i])
            {
                continue;
            }
            looked_at += 1;
            let redundant = picked
                .iter()
                .chain(chosen_all.iter())
                .any(|&j| sents[j].raw == sents[i].raw || vectors[i].dot(&vectors[j]) > weights.redundancy);
            if !redundant {
                picked.push(i);
            }
        }
        if picked.is_empty() {
            continue;
        }
        chosen_all.extend(&picked);
        out.push(TlsDate {
            date,
            sentences: picked
                .iter()
                .map(|&i| TlsSentence {
                    text: sents[i].raw.clone(),
                    display: sents[i].display.clone(),
                    article: articles[sents[i].article].id.clone(),
                })
                .collect(),
        });
    }
    sort::sort_by_key(&mut out, |d| d.date);
    out
}

/// Cuts one article into sentences, tags its dates and appends them to `out`.
fn collect_sentences(ai: usize, article: &TlsArticle, out: &mut Vec<Sent>) {
    // (raw, display) per sentence.
    let mut pieces: Vec<(String, String)> = Vec::new();
    if article.tokenized {
        for line in article.text.lines() {
            let raw = line.trim();
            if !raw.is_empty() {
                pieces.push((raw.to_string(), text::detokenize_ptb(raw)));
            }
        }
    } else {
        for s in text::sentences(&article.text) {
            if s.kind == BlockKind::Body {
                let t = s.text(&article.text).to_string();
                pieces.push((t.clone(), t));
            }
        }
    }
    // Only sentences that may name a day are tagged, one per line.
    let mut joined = String::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    for (k, (_, display)) in pieces.iter().enumerate() {
        if may_name_a_day(display) {
            let start = joined.len();
            joined.push_str(display);
            spans.push((start, joined.len(), k));
            joined.push('\n');
        }
    }
    let mut dates: Vec<Vec<NaiveDate>> = vec![Vec::new(); pieces.len()];
    for t in time::tag(&joined, Some(article.published)) {
        if !matches!(t.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        let Some((s, e, g)) = t.extent else { continue };
        if g != Granularity::Day || s != e {
            continue;
        }
        // The sentence holding the expression (spans are sorted).
        let at = spans.partition_point(|&(_, end, _)| end < t.start);
        let Some(&(_, _, k)) = spans.get(at) else { continue };
        if !dates[k].contains(&s) && dates[k].len() < MAX_DATES_PER_SENTENCE {
            dates[k].push(s);
        }
    }
    for (position, ((raw, display), dates)) in pieces.into_iter().zip(dates).enumerate() {
        out.push(Sent { article: ai, raw, display, dates, position });
    }
}

/// The sum of weighted vectors, in time linear in their entries.
fn weighted_sum<'a>(vectors: impl Iterator<Item = (&'a TermVector, f32)>) -> TermVector {
    let mut sum: FastMap<u32, f32> = FastMap::default();
    for (v, w) in vectors {
        for &(id, x) in v.entries() {
            *sum.entry(id).or_insert(0.0) += w * x;
        }
    }
    TermVector::from_pairs(sum.into_iter().collect())
}

/// Words (ASCII, any case) without which a sentence names no particular day: digits aside,
/// month names and their abbreviations, `day` (weekdays, today, yesterday), and the other
/// words of relative days. A cheap filter in front of the tagger.
static DAY_CUES: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "day",
    "tomorrow",
    "tonight",
    "night",
    "morning",
    "afternoon",
    "evening",
    "noon",
    "ago",
    "christmas",
    "easter",
    "eve",
    "thanksgiving",
    "halloween",
];

/// Whether a sentence may name a day (see [`DAY_CUES`]): it has a digit or holds a cue
/// (ASCII case-insensitive, anywhere: a quick filter before the tagger).
fn may_name_a_day(s: &str) -> bool {
    if s.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let lower = s.to_ascii_lowercase();
    DAY_CUES.iter().any(|cue| has_str(&lower, cue))
}

/// Stemmed term vectors, quick: words are cut at every non-alphanumeric character, stopwords,
/// one-letter words and numbers dropped, the rest lowercased and stemmed (cached per surface).
#[derive(Default)]
struct Terms {
    ids: FastMap<String, u32>,
    surfaces: FastMap<String, Option<u32>>,
}

impl Terms {
    fn vector(&mut self, text: &str) -> TermVector {
        let mut pairs = Vec::new();
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            if w.len() < 2 {
                continue;
            }
            let id = match self.surfaces.get(w) {
                Some(&id) => id,
                None => {
                    let lower = text::normalize_word(w);
                    let id = if text::is_stopword(&lower) || !lower.chars().any(char::is_alphabetic) {
                        None
                    } else {
                        let stem = text::stem(&lower);
                        let next = self.ids.len() as u32;
                        Some(*self.ids.entry(stem).or_insert(next))
                    };
                    self.surfaces.insert(w.to_string(), id);
                    id
                }
            };
            if let Some(id) = id {
                pairs.push((id, 1.0));
            }
        }
        TermVector::from_pairs(pairs)
    }
}

/// Whether a sentence may go into a timeline: running text (not boilerplate, a caption or a
/// heading) and [`eligible`].
fn fit_for_summary(display: &str) -> bool {
    eligible(display) && text::classify_line(display) == BlockKind::Body
}

/// Whether a sentence may go into a timeline: a statement of reasonable length, not a
/// question, a lead-in or a quotation fragment.
pub fn eligible(display: &str) -> bool {
    let words = display.split_whitespace().count();
    let t = display.trim_end_matches(['"', '”', '’', '\'', ')']);
    WORDS.contains(&words) && !t.ends_with('?') && !t.ends_with(':') && !t.ends_with(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        time::parse_iso_date(s).unwrap()
    }

    fn art(id: &str, published: &str, text: &str) -> TlsArticle {
        TlsArticle { id: id.into(), published: d(published), text: text.into(), tokenized: false }
    }

    /// A tiny story: a storm hits a coastal town on 3 March, the bridge reopens on 10 March.
    fn collection() -> Vec<TlsArticle> {
        vec![
            art(
                "a1",
                "2021-03-04",
                "A powerful storm hit the coastal town of Harwick on March 3, flooding hundreds of homes.\n\
                 Emergency crews worked through the night to rescue stranded residents from the flooded streets.\n\
                 The mayor said the old river bridge was closed after the storm damaged its supports.",
            ),
            art(
                "a2",
                "2021-03-05",
                "Residents began cleaning up on Thursday after the storm flooded hundreds of homes in Harwick.\n\
                 The storm of March 3 was the worst the town had seen in forty years, officials said.\n\
                 Insurers expect claims worth millions after the flooding of the harbour district.",
            ),
            art(
                "a3",
                "2021-03-11",
                "The river bridge in Harwick reopened on March 10 after a week of repairs to its supports.\n\
                 Engineers said the bridge was safe for cars again but trucks would wait another month.\n\
                 The storm on March 3 had closed the bridge and cut the town in two.",
            ),
            art(
                "a4",
                "2021-03-12",
                "Traffic returned to the Harwick river bridge, which reopened on March 10 to cars.\n\
                 Shop owners near the bridge said business picked up as soon as it reopened to traffic.",
            ),
        ]
    }

    #[test]
    fn the_most_mentioned_days_make_the_timeline() {
        let opts = TlsOptions { max_dates: 2, sentences_per_date: 1, ..Default::default() };
        let tl = timeline(&collection(), &opts);
        let dates: Vec<NaiveDate> = tl.iter().map(|t| t.date).collect();
        assert_eq!(dates, [d("2021-03-03"), d("2021-03-10")]);
        assert!(tl[0].sentences[0].display.contains("storm"), "{tl:?}");
        assert!(tl[1].sentences[0].display.contains("bridge"), "{tl:?}");
        assert!(tl.iter().all(|t| t.sentences.len() == 1));
    }

    #[test]
    fn the_range_limits_dates_and_articles() {
        let opts = TlsOptions {
            max_dates: 5,
            sentences_per_date: 2,
            from: Some(d("2021-03-06")),
            to: None,
            ..Default::default()
        };
        let tl = timeline(&collection(), &opts);
        assert!(!tl.is_empty());
        assert!(tl.iter().all(|t| t.date >= d("2021-03-06")), "{tl:?}");
        assert!(tl.iter().flat_map(|t| &t.sentences).all(|s| s.article == "a3" || s.article == "a4"));
    }

    #[test]
    fn no_sentence_is_used_twice_and_near_duplicates_are_dropped() {
        let mut arts = collection();
        arts.push(art(
            "a5",
            "2021-03-05",
            "A powerful storm hit the coastal town of Harwick on March 3, flooding hundreds of homes.",
        ));
        let opts = TlsOptions { max_dates: 4, sentences_per_date: 3, ..Default::default() };
        let tl = timeline(&arts, &opts);
        let all: Vec<&str> = tl.iter().flat_map(|t| t.sentences.iter().map(|s| s.text.as_str())).collect();
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(all.len(), unique.len(), "{all:?}");
    }

    #[test]
    fn keywords_filter_sentences() {
        let opts =
            TlsOptions { max_dates: 3, sentences_per_date: 2, keywords: vec!["Bridge".into()], ..Default::default() };
        let tl = timeline(&collection(), &opts);
        assert!(!tl.is_empty());
        assert!(tl.iter().flat_map(|t| &t.sentences).all(|s| s.display.to_lowercase().contains("bridge")));
    }

    #[test]
    fn tokenised_input_is_detokenised_for_display_and_kept_for_scoring() {
        let a = TlsArticle {
            id: "t1".into(),
            published: d("2021-03-04"),
            text: "The storm -LRB- the worst in years -RRB- hit Harwick on March 3 , officials said .\n\
                   Crews `` worked all night '' to rescue residents from flooded homes in Harwick .\n"
                .into(),
            tokenized: true,
        };
        let tl = timeline(&[a], &TlsOptions { max_dates: 1, sentences_per_date: 2, ..Default::default() });
        assert_eq!(tl.len(), 1);
        assert_eq!(tl[0].date, d("2021-03-03"));
        let s = tl[0].sentences.iter().find(|s| s.text.contains("-LRB-")).expect("the dated sentence is chosen");
        assert!(s.display.contains("(the worst in years)"), "{}", s.display);
    }

    #[test]
    fn empty_input_and_zero_limits_give_nothing() {
        assert!(timeline(&[], &TlsOptions::default()).is_empty());
        let opts = TlsOptions { max_dates: 0, ..Default::default() };
        assert!(timeline(&collection(), &opts).is_empty());
    }
}
