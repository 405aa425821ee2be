//! The whole-story summary: the body sentences closest to the collection's centroid (tf-idf),
//! weighted by how widely their events are reported, by how many other articles repeat what
//! they say, and by how early they stand in their article, chosen greedily with redundancy
//! removal so no two say the same thing.

pub mod tls;

use crate::text::hash::{FastMap, PairIndex};

use crate::text::{similarity, Idf, TermVector, Vocabulary};
use crate::text::chars::{is_not_alphanumeric, trim_end_by, trim_start_by, Lower};
use crate::text::sort;
use crate::text::walk;

/// Fewest and most sentences a summary has (when the articles have that many).
pub const SENTENCES: std::ops::RangeInclusive<usize> = 3..=5;
/// Candidates more similar than this to a chosen sentence are near-duplicates.
pub const REDUNDANCY: f32 = 0.45;
/// At most this many summary sentences report the same event.
pub const PER_EVENT: usize = 2;
/// Share of an event's salience an undated sentence gets for naming the event's place.
pub const PLACE_LINKED: f32 = 0.5;
/// Share of a sentence's content-word pairs another article must hold to count as repeating it.
pub const REPEATED: f32 = 0.5;
/// Most other articles whose repetition of a sentence adds to its score.
pub const SUPPORT_CAP: usize = 3;
/// How much a sentence repeated by [`SUPPORT_CAP`] other articles gains (1 + this, as a factor).
pub const SUPPORT_WEIGHT: f32 = 0.5;
/// A content-word pair found in more articles than this is a set phrase, not a report.
const COMMON_PAIR_ARTICLES: usize = 32;
/// Words a summary sentence may have.
pub const WORDS: std::ops::RangeInclusive<usize> = 7..=55;

/// A sentence that may go into the summary.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate<'a> {
    /// The sentence.
    pub text: &'a str,
    /// Its position among its article's body sentences (0 = first).
    pub position: usize,
    /// How widely its event is reported, 0 to 1 (0 when it dates no event).
    pub salience: f32,
    /// The event it reports, if any: a summary tells more than one event.
    pub event: Option<usize>,
    /// The article it comes from (any number that tells articles apart).
    pub article: usize,
}

/// Whether a sentence is fit for a summary at all: long enough, not a question, not a lead-in,
/// and not a piece of a quotation that runs over several sentences (its quotation marks do not
/// pair up, so out of its article it would open or close a quote that is not there).
pub fn eligible(text: &str) -> bool {
    let marks = Marks::of(text);
    let t = trim_end_by(text, |c| matches!(c, '"' | '”' | '’' | '\'' | ')'));
    WORDS.contains(&marks.words) && !t.ends_with('?') && !t.ends_with(':') && marks.quotes_pair_up()
}

/// What [`eligible`] counts in a sentence, in one pass over its characters (asked of every
/// sentence of every article, this was four passes and a searcher each).
struct Marks {
    /// Runs of non-white-space characters (as `split_whitespace` gives them).
    words: usize,
    /// `"` marks.
    straight: usize,
    /// `“` and `«` marks.
    opening: usize,
    /// `”` and `»` marks.
    closing: usize,
}

impl Marks {
    fn of(text: &str) -> Marks {
        let mut marks = Marks { words: 0, straight: 0, opening: 0, closing: 0 };
        let mut in_word = false;
        for (_, c) in walk::char_indices(text) {
            if walk::is_whitespace(c) {
                in_word = false;
                continue;
            }
            if !in_word {
                marks.words += 1;
                in_word = true;
            }
            match c {
                '"' => marks.straight += 1,
                '“' | '«' => marks.opening += 1,
                '”' | '»' => marks.closing += 1,
                _ => {}
            }
        }
        marks
    }

    /// Whether every quotation opened is closed, and none is closed that was not opened.
    fn quotes_pair_up(&self) -> bool {
        // Straight quotes can open or close what the curly ones leave unpaired, and pair among themselves.
        let unpaired = self.opening.abs_diff(self.closing);
        self.straight >= unpaired && (self.straight - unpaired) % 2 == 0
    }
}

/// Words that, opening a sentence, lean on what came before it ("But he …", "This …"): out of
/// their article such sentences read badly, so they weigh [`LEANING_WEIGHT`] as much.
pub const LEANING_OPENERS: &[&str] = &[
    "but", "and", "or", "yet", "also", "he", "she", "it", "they", "his", "her", "their", "its",
    "this", "that", "these", "those", "there", "instead", "however", "meanwhile",
];
/// The weight of a sentence that opens with one of [`LEANING_OPENERS`].
pub const LEANING_WEIGHT: f32 = 0.6;

/// Whether a sentence opens with a word that leans on the sentence before it.
fn leans_on_context(text: &str) -> bool {
    // The first word's letters, up to an apostrophe (`It's` → `it`).
    let first: String = trim_start_by(text, is_not_alphanumeric)
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .lower();
    LEANING_OPENERS.contains(&first.as_str())
}


/// Indices into `candidates` of the summary sentences, best first, at most `max`.
pub fn summarize(candidates: &[Candidate], max: usize) -> Vec<usize> {
    let mut vocab = Vocabulary::new();
    let sequences: Vec<Vec<u32>> = candidates.iter().map(|c| vocab.sequence(c.text)).collect();
    summarize_terms(candidates, sequences, max)
}

/// [`summarize`] given each candidate's terms ([`Vocabulary::sequence`] of its text, from any
/// vocabulary: the ids are renumbered here), so a caller that has them need not stem again.
pub fn summarize_terms(candidates: &[Candidate], mut sequences: Vec<Vec<u32>>, max: usize) -> Vec<usize> {
    similarity::renumber(&mut sequences);
    let mut raw: Vec<TermVector> = Vec::with_capacity(sequences.len());
    for s in &sequences {
        raw.push(TermVector::from_ids(s));
    }
    let support = support(candidates, &sequences);
    let idf = Idf::from_vectors(raw.iter());
    let vectors = idf.weigh_all(&raw);
    let centroid = TermVector::sum(&vectors);
    let centroid_norm = centroid.norm();
    let mut scored: Vec<(f32, usize)> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        if !eligible(c.text) || vectors[i].is_empty() {
            continue;
        }
        let position = 1.0 / (1.0 + c.position as f32 / 8.0);
        let repeated = 1.0 + SUPPORT_WEIGHT * support[i].min(SUPPORT_CAP) as f32 / SUPPORT_CAP as f32;
        let leaning = if leans_on_context(c.text) { LEANING_WEIGHT } else { 1.0 };
        scored.push((vectors[i].cosine_with(&centroid, centroid_norm) * (1.0 + c.salience) * repeated * leaning * (0.6 + 0.4 * position), i));
    }
    sort::sort_by(&mut scored, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = Vec::new();
    for (_, i) in scored {
        if chosen.len() >= max {
            break;
        }
        let same_event = candidates[i].event.map_or(0, |e| chosen.iter().filter(|&&j| candidates[j].event == Some(e)).count());
        if same_event < PER_EVENT && chosen.iter().all(|&j| vectors[i].cosine(&vectors[j]) < REDUNDANCY) {
            chosen.push(i);
        }
    }
    chosen
}

/// For each candidate, how many other articles repeat it: hold at least [`REPEATED`] of its
/// content-word pairs (adjacent terms). Syndicated copies, quotations of one another and close
/// paraphrases all count: a statement several outlets carry is central to the story. Linear in
/// the words of the collection (each pair remembers at most `COMMON_PAIR_ARTICLES` articles).
pub fn support(candidates: &[Candidate], sequences: &[Vec<u32>]) -> Vec<usize> {
    // Each candidate's distinct pairs, sorted.
    let mut pairs: Vec<Vec<(u32, u32)>> = Vec::with_capacity(sequences.len());
    for seq in sequences {
        let mut own: Vec<(u32, u32)> = Vec::with_capacity(seq.len());
        for w in seq.windows(2) {
            own.push((w[0], w[1]));
        }
        sort::sort(&mut own);
        own.dedup();
        pairs.push(own);
    }
    // The articles of each pair, in `articles_of` by the pair's index (see `PairIndex`).
    let mut pair_index: PairIndex<usize> = PairIndex::default();
    let mut articles_of: Vec<Vec<usize>> = Vec::new();
    for (c, pairs) in candidates.iter().zip(&pairs) {
        for &(a, b) in pairs {
            let k = pair_index.entry(a as usize, b as usize, articles_of.len());
            if k == articles_of.len() {
                articles_of.push(Vec::new());
            }
            let Some(list) = articles_of.get_mut(k) else { continue };
            if list.len() <= COMMON_PAIR_ARTICLES && !list.contains(&c.article) {
                list.push(c.article);
            }
        }
    }
    let mut support = Vec::with_capacity(candidates.len());
    for (c, pairs) in candidates.iter().zip(&pairs) {
        if pairs.is_empty() {
            support.push(0);
            continue;
        }
        let mut shared: FastMap<usize, usize> = FastMap::default();
        for &(a, b) in pairs {
            let Some(list) = pair_index.get(a as usize, b as usize).and_then(|k| articles_of.get(k)) else { continue };
            if list.len() > COMMON_PAIR_ARTICLES {
                continue;
            }
            for &a in list {
                if a != c.article {
                    *shared.entry(a).or_default() += 1;
                }
            }
        }
        let mut repeating = 0;
        for &n in shared.values() {
            if n as f32 >= REPEATED * pairs.len() as f32 {
                repeating += 1;
            }
        }
        support.push(repeating);
    }
    support
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(text: &str, position: usize) -> Candidate<'_> {
        Candidate { text, position, salience: 0.0, event: None, article: position }
    }

    #[test]
    fn near_duplicates_are_chosen_once() {
        let texts = [
            "The envoys met the president in the capital for five hours without a deal on territory.",
            "The envoys met the president in the capital for five hours without any deal on territory.",
            "Security guarantees for the country remained the main obstacle to a deal, officials said.",
            "The weather in the region was mild for the season and markets were calm across the board.",
            "A deal on territory and security guarantees stayed out of reach after the talks with the president.",
        ];
        let cands: Vec<Candidate> = texts.iter().enumerate().map(|(i, t)| cand(t, i)).collect();
        let chosen = summarize(&cands, 3);
        assert_eq!(chosen.len(), 3);
        assert!(!(chosen.contains(&0) && chosen.contains(&1)), "{chosen:?}");
    }

    #[test]
    fn one_event_gives_at_most_two_summary_sentences() {
        let texts = [
            "The envoys met the president in the capital on Tuesday for five long hours of talks.",
            "A delegation sat with the president for hours in the capital, officials said on Tuesday.",
            "The two envoys spent an evening with the president in his capital this week.",
            "No side moved on territory or on security guarantees, the main sticking points.",
        ];
        let cands: Vec<Candidate> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Candidate { text: t, position: 0, salience: if i < 3 { 1.0 } else { 0.0 }, event: (i < 3).then_some(0), article: i })
            .collect();
        let chosen = summarize(&cands, 4);
        assert_eq!(chosen.iter().filter(|&&i| i < 3).count(), 2, "{chosen:?}");
        assert!(chosen.contains(&3));
    }

    #[test]
    fn questions_lead_ins_and_fragments_are_not_eligible() {
        assert!(!eligible("How did we get here and what comes next for the talks?"));
        assert!(!eligible("Share"));
        assert!(!eligible("These are the options the officials are weighing now:"));
        assert!(eligible("The talks in the capital ended without a compromise on the main issues."));
        assert!(eligible("\u{201c}Nothing is agreed,\u{201d} the aide said after the long talks in the capital."));
        assert!(eligible("\u{201c}Nothing is agreed,\" the aide said after the long talks in the capital."));
        // Pieces of a quotation that runs over several sentences.
        assert!(!eligible("The columnist wrote: \"The president never bargained in good faith since the war began."));
        assert!(!eligible("These are the usual tactics of the palace and the envoys fell for them,\u{201d} he notes."));
    }

    #[test]
    fn statements_other_articles_repeat_are_supported_and_preferred() {
        let texts = [
            // Article 0.
            "The ministers left the capital without any agreement on the border line after long talks.",
            "The weather in the capital was cold and the streets were quiet during the long talks.",
            // Article 1 repeats the first statement in other surroundings.
            "Reports said the ministers left the capital without any agreement on the border line.",
            // Article 2 paraphrases it.
            "Ministers left the capital with no agreement on the border line, officials said.",
        ];
        let articles = [0, 0, 1, 2];
        let cands: Vec<Candidate> = texts
            .iter()
            .zip(articles)
            .map(|(t, a)| Candidate { text: t, position: 0, salience: 0.0, event: None, article: a })
            .collect();
        let mut vocab = Vocabulary::new();
        let seqs: Vec<Vec<u32>> = texts.iter().map(|t| vocab.sequence(t)).collect();
        let support = support(&cands, &seqs);
        assert_eq!(support[0], 2, "{support:?}");
        assert_eq!(support[1], 0, "{support:?}");
        assert!(support[2] >= 1, "{support:?}");
        assert_eq!(summarize(&cands, 1), vec![0]);
    }

    #[test]
    fn sentences_leaning_on_the_one_before_weigh_less() {
        assert!(leans_on_context("But he was not in the capital for the talks."));
        assert!(leans_on_context("That’s no surprise to anyone who followed the talks."));
        assert!(leans_on_context("\u{201c}This is a setback,\u{201d} the aide said."));
        assert!(!leans_on_context("Thai officials met the envoys in the capital."));
        assert!(!leans_on_context("The envoys met the president in the capital."));
        let texts = [
            "But the envoys met the president in the capital for five hours without a deal.",
            "The envoys met the president in the capital for five hours without any deal.",
        ];
        let cands: Vec<Candidate> = texts.iter().enumerate().map(|(i, t)| cand(t, i)).collect();
        assert_eq!(summarize(&cands, 1), vec![1]);
    }

    #[test]
    fn empty_input_gives_an_empty_summary() {
        assert!(summarize(&[], 5).is_empty());
    }
}
