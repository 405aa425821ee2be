//! Clustering the person names of a whole collection into people.
//!
//! Names cluster by surname: equal spelling keys, or one edit apart for long surnames (see
//! [`super::spelling`]), when the given names are compatible. Full names cluster first; names
//! with only an initial, then bare surnames, attach to the only cluster they fit.

use std::cell::OnceCell;
use crate::text::hash::FastMap;

use super::lexicon::{lexicon, strip_possessive};
use super::people::{family_name_first, surname_key};
use super::spelling::{given_compatible, is_initial, surnames_match, FUZZY_MIN_LEN};
use crate::text::chars::{join, lower_chars, trim_by};
use crate::text::sort;

/// Clusters the names of a whole collection into people.
///
/// [`add`](PeopleIndex::add) every mention of the collection first, then ask for
/// [`canonical`](PeopleIndex::canonical) names: `Steve Witkoff`, `Witkoff` and `Whitkoff` all give
/// `Steve Witkoff`; `Volodymyr Zelenskiy`, `Vladimir Zelensky` and `Zelensky` are one person, and
/// `Vladimir Putin` another.
#[derive(Debug, Clone, Default)]
pub struct PeopleIndex {
    names: Vec<Name>,
    by_text: FastMap<String, usize>,
    mentions: usize,
    built: OnceCell<Clusters>,
}

/// One distinct name as written, parsed.
#[derive(Debug, Clone)]
struct Name {
    text: String,
    /// Everything but the surname, as written (`Donald J.`, `Jong Un`); empty for a bare surname.
    given: String,
    /// The surname as written.
    family: String,
    /// Whether the surname is written first (`Xi Jinping`).
    family_first: bool,
    /// The surname's spelling key.
    key: String,
    /// Mentions added with this exact text.
    count: usize,
    /// The order of this text's first mention.
    first_seen: usize,
}

impl Name {
    fn parse(text: &str) -> Option<Name> {
        let lex = lexicon();
        let mut words: Vec<&str> = Vec::new();
        for w in text.split_whitespace() {
            let w = strip_possessive(trim_by(w, |c| matches!(c, ',' | ';' | ':' | '"' | '“' | '”')));
            if !w.is_empty() {
                words.push(w);
            }
        }
        while words.len() > 1 && words.last().is_some_and(|w| lex.is_suffix(w)) {
            words.pop();
        }
        let last = *words.last()?;
        let (given, family, family_first) = if family_name_first(&words) {
            (join(&words[1..], " "), words[0], true)
        } else {
            (join(&words[..words.len() - 1], " "), last, false)
        };
        Some(Name {
            text: join(&words, " "),
            given,
            key: surname_key(family),
            family: family.to_string(),
            family_first,
            count: 0,
            first_seen: 0,
        })
    }

    /// The first given-name word (`Donald` of `Donald J.`), or the whole given part when the
    /// surname is written first (`Jong Un`).
    fn first_given(&self) -> &str {
        if self.family_first {
            &self.given
        } else {
            self.given.split_whitespace().next().unwrap_or("")
        }
    }

    fn is_bare(&self) -> bool {
        self.given.is_empty()
    }

    fn is_initial_only(&self) -> bool {
        !self.is_bare() && !self.family_first && is_initial(self.first_given())
    }

    fn is_full(&self) -> bool {
        !self.is_bare() && !self.is_initial_only()
    }

    /// Whether two given parts may belong to one person.
    fn given_fits(&self, other: &Name) -> bool {
        if self.family_first || other.family_first {
            let key = |g: &str| {
                g.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(lower_chars)
                    .collect::<String>()
            };
            return self.given.is_empty()
                || other.given.is_empty()
                || key(&self.given) == key(&other.given);
        }
        given_compatible(self.first_given(), other.first_given())
    }

    fn display(&self, family: &str) -> String {
        match (self.given.is_empty(), self.family_first) {
            (true, _) => family.to_string(),
            (false, true) => format!("{family} {}", self.given),
            (false, false) => format!("{} {family}", self.given),
        }
    }
}

/// The clusters, computed once after the last `add`.
#[derive(Debug, Clone)]
struct Clusters {
    /// Cluster of each name.
    root: Vec<usize>,
    /// Display name of each cluster, by root (indexed by name; empty for names that are not
    /// roots).
    display: Vec<String>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// The keys under which a surname key is filed so that keys one edit apart meet in one bucket.
fn buckets(key: &str) -> Vec<String> {
    let mut out = vec![format!("={key}")];
    let chars: Vec<char> = key.chars().collect();
    if chars.len() >= FUZZY_MIN_LEN {
        out.push(format!("-{key}"));
        for skip in 0..chars.len() {
            let shorter: String =
                chars.iter().enumerate().filter(|&(k, _)| k != skip).map(|(_, c)| c).collect();
            out.push(format!("-{shorter}"));
        }
    }
    out
}

impl PeopleIndex {
    /// An empty index.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records one mention of a name (as found in a text, titles stripped).
    pub fn add(&mut self, name: &str) {
        let Some(mut parsed) = Name::parse(name) else { return };
        self.built = OnceCell::new();
        let order = self.mentions;
        self.mentions += 1;
        let id = *self.by_text.entry(parsed.text.clone()).or_insert_with(|| {
            parsed.first_seen = order;
            self.names.push(parsed);
            self.names.len() - 1
        });
        self.names[id].count += 1;
    }

    /// The display name of the person a mention names: the most frequent full form of its
    /// cluster, spelled with the cluster's most frequent surname spelling. A name never added is
    /// matched against the clusters the same way, or returned as written.
    pub fn canonical(&self, name: &str) -> String {
        let Some(parsed) = Name::parse(name) else { return name.trim().to_string() };
        let clusters = self.built.get_or_init(|| self.cluster());
        let id = self.by_text.get(&parsed.text).copied().or_else(|| {
            let mut uf = UnionFind(clusters.root.clone());
            self.attach(&parsed, &mut uf, |_| true)
        });
        match id {
            Some(id) => clusters.display[clusters.root[id]].clone(),
            None => parsed.text,
        }
    }

    /// The one cluster a name that is not a full name belongs to, if it fits only one (or one
    /// holds strictly the most mentions): exact surname keys first, then near ones. Only names
    /// passing `eligible` count as members.
    fn attach(
        &self,
        name: &Name,
        uf: &mut UnionFind,
        eligible: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        for exact in [true, false] {
            let mut weight: FastMap<usize, usize> = FastMap::default();
            // Candidates share a surname with `name` (`exact` keys, or one edit apart).
            for (i, other) in self.names.iter().enumerate() {
                let similar = if exact { other.key == name.key } else { surnames_match(&other.key, &name.key) };
                if !similar || !eligible(i) || other.is_bare() || !name.given_fits(other) {
                    continue;
                }
                *weight.entry(uf.find(i)).or_default() += other.count;
            }
            let mut ranked: Vec<(usize, usize)> = Vec::with_capacity(weight.len());
            for (&root, &w) in &weight {
                ranked.push((root, w));
            }
            sort::sort_by_key(&mut ranked, |&(root, w)| (std::cmp::Reverse(w), root));
            match ranked.as_slice() {
                [] => continue,
                [(root, _)] => return Some(*root),
                [(root, a), (_, b), ..] if a > b => return Some(*root),
                _ => return None,
            }
        }
        None
    }

    fn cluster(&self) -> Clusters {
        let n = self.names.len();
        let mut uf = UnionFind((0..n).collect());

        // Full names: same or near surname and compatible given names.
        // Names by bucket, in vectors through a map to indices (a map type the module has anyway).
        let mut by_bucket: FastMap<String, usize> = FastMap::default();
        let mut buckets_of: Vec<Vec<usize>> = Vec::new();
        for (i, name) in self.names.iter().enumerate().filter(|(_, m)| m.is_full()) {
            for b in buckets(&name.key) {
                let k = *by_bucket.entry(b).or_insert_with(|| {
                    buckets_of.push(Vec::new());
                    buckets_of.len() - 1
                });
                if let Some(list) = buckets_of.get_mut(k) {
                    list.push(i);
                }
            }
        }
        let mut groups: Vec<&Vec<usize>> = Vec::new();
        for g in &buckets_of {
            if g.len() > 1 {
                groups.push(g);
            }
        }
        sort::sort(&mut groups);
        for group in groups {
            for (x, &a) in group.iter().enumerate() {
                for &b in &group[x + 1..] {
                    let (na, nb) = (&self.names[a], &self.names[b]);
                    if surnames_match(&na.key, &nb.key) && na.given_fits(nb) {
                        uf.union(a, b);
                    }
                }
            }
        }
        // Initials, then bare surnames, join the one cluster they fit, or each other.
        for (pass, allow_initials) in
            [(Name::is_initial_only as fn(&Name) -> bool, false), (Name::is_bare, true)]
        {
            let mut members: Vec<usize> = Vec::new();
            for (i, name) in self.names.iter().enumerate() {
                if pass(name) {
                    members.push(i);
                }
            }
            for &i in &members {
                let name = &self.names[i];
                let eligible = |j: usize| {
                    self.names[j].is_full() || (allow_initials && self.names[j].is_initial_only())
                };
                if let Some(root) = self.attach(name, &mut uf, eligible) {
                    uf.union(i, root);
                }
            }
            // Keyed by initial, newline, surname key (an initial is never a newline): one string
            // key, so the map type is one the module has anyway.
            let mut alone: FastMap<String, usize> = FastMap::default();
            for &i in &members {
                let name = &self.names[i];
                if uf.find(i) != i {
                    continue;
                }
                let mut key: String = name.first_given().chars().take(1).collect();
                key.push('\n');
                key.push_str(&name.key);
                match alone.get(&key) {
                    Some(&other) => uf.union(i, other),
                    None => {
                        alone.insert(key, i);
                    }
                }
            }
        }

        // Members and display names by root, in vectors indexed by name (roots are names).
        let mut root: Vec<usize> = Vec::with_capacity(n);
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); n];
        for i in 0..n {
            let r = uf.find(i);
            root.push(r);
            members[r].push(i);
        }
        let mut display = Vec::with_capacity(n);
        for ids in &members {
            display.push(if ids.is_empty() { String::new() } else { self.display_of(ids) });
        }
        Clusters { root, display }
    }

    /// The display name of a cluster: its most frequent full form (first seen on ties), with the
    /// most frequent surname spelling.
    fn display_of(&self, ids: &[usize]) -> String {
        let top = |key_of: &dyn Fn(&Name) -> Option<String>| -> Option<(String, usize)> {
            // (count, first seen, name) by key, through a map to indices (a map type the module
            // has anyway); visited in the map's order, as the tally map itself was.
            let mut index: FastMap<String, usize> = FastMap::default();
            let mut tally: Vec<(usize, usize, usize)> = Vec::new();
            for &i in ids {
                let name = &self.names[i];
                if let Some(key) = key_of(name) {
                    let k = *index.entry(key).or_insert_with(|| {
                        tally.push((0, usize::MAX, i));
                        tally.len() - 1
                    });
                    if let Some(slot) = tally.get_mut(k) {
                        slot.0 += name.count;
                        if name.first_seen < slot.1 {
                            slot.1 = name.first_seen;
                            slot.2 = i;
                        }
                    }
                }
            }
            // The most counted, first seen on equal counts; of equal ones the last visited (as
            // `max_by_key` picks).
            let mut best: Option<(&String, (usize, usize, usize))> = None;
            for (key, &k) in &index {
                let Some(&entry) = tally.get(k) else { continue };
                if best.map_or(true, |(_, b)| (entry.0, std::cmp::Reverse(entry.1)) >= (b.0, std::cmp::Reverse(b.1))) {
                    best = Some((key, entry));
                }
            }
            best.map(|(key, (_, _, i))| (key.clone(), i))
        };
        let family = top(&|n: &Name| Some(n.family.clone())).map(|(f, _)| f).unwrap_or_default();
        let form = top(&|n: &Name| n.is_full().then(|| n.given.clone()))
            .or_else(|| top(&|n: &Name| (!n.is_bare()).then(|| n.given.clone())));
        match form {
            Some((_, i)) => self.names[i].display(&family),
            None => family,
        }
    }
}
