//! Bag-of-words similarity shared by event merging and summarisation: a term interner
//! ([`Vocabulary`]), sparse term vectors ([`TermVector`]), document frequencies ([`Idf`]) and
//! cosine similarity. Everything is linear in the size of its input (plus a sort per vector).

use super::hash::FastMap;

use super::chars::is_hyphen;
use super::stem::{normalize_word, stem_normalized};
use super::stopwords::is_stopword;
use super::tokens::{tokens, TokenKind};
use super::sort;

/// Surface forms mapped to a fixed term before stemming (acronyms that would otherwise be
/// lowercased into a stopword).
pub static TERM_ALIASES: &[(&str, &str)] = &[("US", "u.s"), ("U.S", "u.s")];

/// Marks a cached surface form that produces no term.
const NO_TERM: u32 = u32::MAX;

/// A term interner: stems ↔ dense ids, with a cache from surface forms to ids. The maps hold
/// the `u32` ids as `usize`: the same map type as other string maps of the wasm module (one copy
/// of hashbrown's code instead of two; no larger natively, where entries pad to 32 bytes anyway).
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: FastMap<String, usize>,
    names: Vec<String>,
    surfaces: FastMap<String, usize>,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Self {
        Self::default()
    }

    /// The term vector of `text`: raw counts of its stemmed, lowercase word terms. Numbers,
    /// punctuation, stopwords and one-letter words are dropped; hyphenated compounds count as
    /// their parts; the final period of abbreviations is dropped (`U.S.` → `u.s`).
    pub fn vector(&mut self, text: &str) -> TermVector {
        TermVector::from_ids(&self.sequence(text))
    }

    /// The terms of `text` in reading order (the same terms [`Vocabulary::vector`] counts).
    pub fn sequence(&mut self, text: &str) -> Vec<u32> {
        let mut ids = Vec::new();
        for tok in tokens(text) {
            if tok.kind != TokenKind::Word {
                continue;
            }
            for part in tok.text(text).split(is_hyphen) {
                let part = part.trim_end_matches('.');
                if part.is_empty() {
                    continue;
                }
                let id = match self.surfaces.get(part) {
                    Some(&id) => id as u32,
                    None => {
                        let id = self.intern_surface(part);
                        self.surfaces.insert(part.to_string(), id as usize);
                        id
                    }
                };
                if id != NO_TERM {
                    ids.push(id);
                }
            }
        }
        ids
    }

    fn intern_surface(&mut self, surface: &str) -> u32 {
        let term = match TERM_ALIASES.iter().find(|(from, _)| *from == surface) {
            Some(&(_, to)) => to.to_string(),
            None => {
                let lower = normalize_word(surface);
                if lower.chars().count() < 2 || is_stopword(&lower) || !lower.chars().any(char::is_alphabetic) {
                    return NO_TERM;
                }
                stem_normalized(lower)
            }
        };
        self.intern(&term)
    }

    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id as u32;
        }
        let id = self.names.len() as u32;
        self.ids.insert(term.to_string(), id as usize);
        self.names.push(term.to_string());
        id
    }

    /// The number of distinct terms.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether no term has been seen yet.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The stem a term id stands for.
    pub fn term(&self, id: u32) -> Option<&str> {
        self.names.get(id as usize).map(String::as_str)
    }

    /// The id of a stem, if it has been seen.
    pub fn id(&self, term: &str) -> Option<u32> {
        self.ids.get(term).map(|&id| id as u32)
    }
}

/// Renumbers the term ids of `sequences` in order of first appearance, as a fresh
/// [`Vocabulary`] reading the same texts would number them: term sequences taken from a
/// larger, shared vocabulary (stemming each word form once per analysis) then weigh and sum in
/// exactly the order their own vocabulary would give. The ids are a [`Vocabulary`]'s (dense,
/// below its length): a table as long as the largest maps them.
pub fn renumber(sequences: &mut [Vec<u32>]) {
    let size = sequences.iter().flatten().max().map_or(0, |&id| id as usize + 1);
    let mut local = vec![NO_TERM; size];
    let mut next = 0;
    for id in sequences.iter_mut().flatten() {
        let slot = &mut local[*id as usize];
        if *slot == NO_TERM {
            *slot = next;
            next += 1;
        }
        *id = *slot;
    }
}

/// A cosine kept in [-1, 1] against rounding: max/min rather than clamp, whose panic message
/// would link float printing into the wasm; a NaN stays NaN as with clamp.
#[allow(clippy::manual_clamp)]
fn unit_range(cosine: f32) -> f32 {
    if cosine.is_nan() {
        cosine
    } else {
        cosine.max(-1.0).min(1.0)
    }
}

/// A sparse vector of (term id, weight), sorted by id, ids unique.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermVector {
    entries: Vec<(u32, f32)>,
}

impl TermVector {
    /// Raw counts of a sequence of term ids (as [`Vocabulary::sequence`] gives them).
    pub fn from_ids(ids: &[u32]) -> Self {
        let mut ids = ids.to_vec();
        sort::sort(&mut ids);
        let mut entries: Vec<(u32, f32)> = Vec::new();
        for id in ids {
            match entries.last_mut() {
                Some((last, count)) if *last == id => *count += 1.0,
                _ => entries.push((id, 1.0)),
            }
        }
        TermVector { entries }
    }

    /// A vector from (id, weight) pairs in any order; weights of repeated ids are summed.
    pub fn from_pairs(mut pairs: Vec<(u32, f32)>) -> Self {
        sort::sort_by_key(&mut pairs, |&(id, _)| id);
        let mut entries: Vec<(u32, f32)> = Vec::with_capacity(pairs.len());
        for (id, w) in pairs {
            match entries.last_mut() {
                Some((last, sum)) if *last == id => *sum += w,
                _ => entries.push((id, w)),
            }
        }
        TermVector { entries }
    }

    /// The (id, weight) entries, sorted by id.
    pub fn entries(&self) -> &[(u32, f32)] {
        &self.entries
    }

    /// The weight of one term (0 when absent).
    pub fn weight(&self, id: u32) -> f32 {
        self.entries.binary_search_by_key(&id, |&(i, _)| i).map_or(0.0, |k| self.entries[k].1)
    }

    /// The tf-idf vector: each weight times the term's idf, then L2-normalised.
    pub fn weighted(&self, idf: &Idf) -> TermVector {
        let mut entries: Vec<(u32, f32)> = Vec::with_capacity(self.entries.len());
        for &(id, w) in &self.entries {
            entries.push((id, w * idf.idf(id)));
        }
        let norm = entries.iter().map(|&(_, w)| f64::from(w) * f64::from(w)).sum::<f64>().sqrt();
        if norm > 0.0 {
            for e in &mut entries {
                e.1 = (f64::from(e.1) / norm) as f32;
            }
        }
        TermVector { entries }
    }

    /// The Euclidean length.
    pub fn norm(&self) -> f32 {
        self.entries.iter().map(|&(_, w)| f64::from(w) * f64::from(w)).sum::<f64>().sqrt() as f32
    }

    /// The dot product with another vector.
    pub fn dot(&self, other: &TermVector) -> f32 {
        let (a, b) = (&self.entries, &other.entries);
        let (mut i, mut j, mut sum) = (0, 0, 0.0f64);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += f64::from(a[i].1) * f64::from(b[j].1);
                    i += 1;
                    j += 1;
                }
            }
        }
        sum as f32
    }

    /// Cosine similarity in [-1, 1] (in [0, 1] for non-negative weights); 0 when either
    /// vector is empty or all zero.
    pub fn cosine(&self, other: &TermVector) -> f32 {
        let denom = self.norm() * other.norm();
        if denom <= 0.0 || !denom.is_finite() {
            return 0.0;
        }
        unit_range(self.dot(other) / denom)
    }

    /// [`TermVector::cosine`] with a long vector (a centroid) whose norm is given: the same
    /// value, found by looking this vector's terms up in `other` rather than walking both.
    pub fn cosine_with(&self, other: &TermVector, other_norm: f32) -> f32 {
        let denom = self.norm() * other_norm;
        if denom <= 0.0 || !denom.is_finite() {
            return 0.0;
        }
        let mut sum = 0.0f64;
        for &(id, w) in &self.entries {
            if let Ok(k) = other.entries.binary_search_by_key(&id, |&(i, _)| i) {
                sum += f64::from(w) * f64::from(other.entries[k].1);
            }
        }
        unit_range(sum as f32 / denom)
    }

    /// Adds another vector into this one (for centroids).
    pub fn add(&mut self, other: &TermVector) {
        let (a, b) = (&self.entries, &other.entries);
        let mut merged = Vec::with_capacity(a.len() + b.len());
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
                merged.push(a[i]);
                i += 1;
            } else if i == a.len() || b[j].0 < a[i].0 {
                merged.push(b[j]);
                j += 1;
            } else {
                merged.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
        self.entries = merged;
    }

    /// The sum of `vectors` (a centroid before scaling): the weights [`TermVector::add`] would
    /// give adding them one by one, in one pass rather than one merge per vector.
    pub fn sum(vectors: &[TermVector]) -> TermVector {
        let mut size = 0;
        for v in vectors {
            if let Some(&(id, _)) = v.entries.last() {
                size = size.max(id as usize + 1);
            }
        }
        let mut sums: Vec<Option<f32>> = vec![None; size];
        for v in vectors {
            for &(id, w) in &v.entries {
                let slot = &mut sums[id as usize];
                *slot = Some(slot.map_or(w, |s| s + w));
            }
        }
        let mut entries = Vec::new();
        for (id, w) in sums.into_iter().enumerate() {
            if let Some(w) = w {
                entries.push((id as u32, w));
            }
        }
        TermVector { entries }
    }

    /// Multiplies every weight by `factor` (e.g. to average a centroid).
    pub fn scale(&mut self, factor: f32) {
        for e in &mut self.entries {
            e.1 *= factor;
        }
    }

    /// Whether the vector has no terms.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The number of distinct terms.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

/// Document frequencies of terms over a collection, giving smoothed idf weights
/// `ln((1 + N) / (1 + df)) + 1` (always ≥ 1; a term never seen gets the largest weight).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Idf {
    df: Vec<u32>,
    docs: u32,
}

impl Idf {
    /// Counts, for every term, how many of the vectors contain it (with a positive weight).
    pub fn from_vectors<'a>(docs: impl IntoIterator<Item = &'a TermVector>) -> Self {
        let mut idf = Idf::default();
        for doc in docs {
            idf.docs = idf.docs.saturating_add(1);
            for &(id, w) in &doc.entries {
                if w > 0.0 {
                    let k = id as usize;
                    if k >= idf.df.len() {
                        idf.df.resize(k + 1, 0);
                    }
                    idf.df[k] = idf.df[k].saturating_add(1);
                }
            }
        }
        idf
    }

    /// Each of `vectors` weighted by these frequencies ([`TermVector::weighted`]).
    pub fn weigh_all(&self, vectors: &[TermVector]) -> Vec<TermVector> {
        let mut weighted = Vec::with_capacity(vectors.len());
        for v in vectors {
            weighted.push(v.weighted(self));
        }
        weighted
    }

    /// The number of documents counted.
    pub fn docs(&self) -> usize {
        self.docs as usize
    }

    /// How many documents contain the term.
    pub fn df(&self, id: u32) -> u32 {
        self.df.get(id as usize).copied().unwrap_or(0)
    }

    /// The idf weight of a term.
    pub fn idf(&self, id: u32) -> f32 {
        let n = f64::from(self.docs);
        let df = f64::from(self.df(id));
        (((1.0 + n) / (1.0 + df)).ln() + 1.0) as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_stem_and_drop_noise() {
        let mut v = Vocabulary::new();
        let a = v.vector("The talks in Moscow failed, and the U.S. envoy's talks were 5 hours long.");
        let terms: Vec<&str> = a.entries().iter().map(|&(id, _)| v.term(id).unwrap()).collect();
        for t in ["talk", "moscow", "fail", "u.s", "envoy", "hour", "long"] {
            assert!(terms.contains(&t), "{t} missing from {terms:?}");
        }
        for t in ["the", "and", "in", "5", ",", "."] {
            assert!(!terms.contains(&t), "{t} kept in {terms:?}");
        }
        assert_eq!(a.weight(v.id("talk").unwrap()), 2.0);
        assert!(a.entries().windows(2).all(|w| w[0].0 < w[1].0));
        let b = v.vector("US talk");
        assert_eq!(b.len(), 2);
        assert!(b.weight(v.id("u.s").unwrap()) > 0.0);
        assert!(v.vector("cease-fire").entries().len() == 2);
        assert!(v.vector("").is_empty());
    }

    #[test]
    fn idf_and_weighting() {
        let mut v = Vocabulary::new();
        let docs = [v.vector("peace talks Moscow"), v.vector("peace talks Kyiv"), v.vector("peace plan")];
        let idf = Idf::from_vectors(&docs);
        assert_eq!(idf.docs(), 3);
        let peace = v.id("peac").unwrap();
        let kyiv = v.id("kyiv").unwrap();
        assert_eq!(idf.df(peace), 3);
        assert!(idf.idf(kyiv) > idf.idf(peace));
        let w = docs[1].weighted(&idf);
        assert!((w.norm() - 1.0).abs() < 1e-5);
        assert!(w.weight(kyiv) > w.weight(peace));
    }

    #[test]
    fn cosine_similarity() {
        let mut v = Vocabulary::new();
        let a = v.vector("Envoys met in the Kremlin for peace talks");
        let b = v.vector("Peace talks were held at the Kremlin by envoys");
        let c = v.vector("Floods hit the coast");
        assert!(a.cosine(&b) > 0.7);
        assert_eq!(a.cosine(&c), 0.0);
        assert!((a.cosine(&a) - 1.0).abs() < 1e-5);
        assert_eq!(a.cosine(&TermVector::default()), 0.0);
    }

    #[test]
    fn shared_terms_renumber_to_a_fresh_vocabulary() {
        let texts = ["Floods hit the coast", "Peace talks in Moscow", "Moscow talks on floods"];
        let mut shared = Vocabulary::new();
        shared.sequence("Envoys met in the Kremlin for peace talks");
        let mut seqs: Vec<Vec<u32>> = texts.iter().map(|t| shared.sequence(t)).collect();
        renumber(&mut seqs);
        let mut fresh = Vocabulary::new();
        let expected: Vec<Vec<u32>> = texts.iter().map(|t| fresh.sequence(t)).collect();
        assert_eq!(seqs, expected);
    }

    #[test]
    fn sums_and_lookups_match_merges() {
        let vs = [
            TermVector::from_pairs(vec![(3, 0.25), (1, 0.5)]),
            TermVector::from_pairs(vec![(2, 0.125), (3, 0.75), (9, 0.3)]),
            TermVector::default(),
        ];
        let mut merged = TermVector::default();
        for v in &vs {
            merged.add(v);
        }
        assert_eq!(TermVector::sum(&vs), merged);
        assert!(TermVector::sum(&[]).is_empty());
        for v in &vs {
            assert_eq!(v.cosine_with(&merged, merged.norm()), v.cosine(&merged));
        }
    }

    #[test]
    fn centroids_add_and_scale() {
        let mut c = TermVector::from_pairs(vec![(3, 1.0), (1, 2.0), (3, 1.0)]);
        assert_eq!(c.entries(), &[(1, 2.0), (3, 2.0)]);
        c.add(&TermVector::from_pairs(vec![(2, 1.0), (3, 1.0), (9, 4.0)]));
        assert_eq!(c.entries(), &[(1, 2.0), (2, 1.0), (3, 3.0), (9, 4.0)]);
        c.scale(0.5);
        assert_eq!(c.weight(9), 2.0);
        assert_eq!(c.len(), 4);
        let mut e = TermVector::default();
        e.add(&c);
        assert_eq!(e, c);
    }
}
