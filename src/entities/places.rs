//! Finding places in text: one pass over the text's word starts, looking up the gazetteer's
//! surfaces (as written and in ALL CAPS) that begin with that word, whole words only, then rules from [`super::place_cues`] that drop organisation and
//! person names and decide whether each mention is locative.

use std::cmp::Reverse;
use crate::text::hash::{FastMap, StringSet};
use std::sync::OnceLock;

use super::gazetteer::{CITIES, COUNTRIES, REGIONS, VENUES};
use super::lexicon::{
    ceil_boundary, char_at, char_before, floor_boundary, is_all_caps, is_word_end,
    lexicon, strip_possessive, trim_punct, word_after, word_before, Lexicon,
};
use super::place_cues::{CAPS_PRONOUNS, DEMONYM_ENDINGS};
use super::{Place, PlaceKind, PlaceMention};
use crate::text::chars::{has_char, is_not_alphanumeric, trim_start_by, Lower};
use crate::text::sort;
use crate::text::walk;

/// The parsed gazetteer: every entry, a name index, and the matcher over all surfaces.
pub(super) struct Gazetteer {
    /// Every entry, countries first, then cities, regions and venues (the priority order).
    pub(super) places: Vec<Place>,
    /// Lowercased surface → its list in `name_entries` (a map to indices: a map type the wasm
    /// module has anyway).
    by_name: FastMap<String, usize>,
    /// Entries of each lowercased surface, in priority order.
    name_entries: Vec<Vec<u32>>,
    /// Every surface as written and in ALL CAPS, by its first word.
    matcher: SurfaceIndex,
    /// Matcher pattern → entries, in priority order.
    pattern_entries: Vec<Vec<u32>>,
}

/// The gazetteer, parsed and its matcher built on first use.
pub(super) fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(build)
}

fn build() -> Gazetteer {
    let mut places: Vec<Place> = Vec::new();
    let mut surfaces: Vec<(&'static str, u32)> = Vec::new();
    let mut add = |entry: &'static str,
                   kind: PlaceKind,
                   country: Option<&'static str>,
                   city: Option<&'static str>| {
        let mut names = entry.split('|').map(str::trim).filter(|n| !n.is_empty());
        let Some(first) = names.next() else { return };
        let (name, matched) = match first.strip_prefix('=') {
            Some(name) => (name, false),
            None => (first, true),
        };
        let id = places.len() as u32;
        places.push(Place { name, kind, country: country.unwrap_or(name), city });
        if matched {
            surfaces.push((name, id));
        }
        surfaces.extend(names.map(|alias| (alias, id)));
    };
    for row in COUNTRIES {
        add(row, PlaceKind::Country, None, None);
    }
    for (country, row) in CITIES {
        for entry in row.split(';') {
            add(entry, PlaceKind::City, Some(country), None);
        }
    }
    for (country, row) in REGIONS {
        for entry in row.split(';') {
            add(entry, PlaceKind::Region, Some(country), None);
        }
    }
    for (city, country, row) in VENUES {
        for entry in row.split(';') {
            add(entry, PlaceKind::Venue, Some(country), Some(city));
        }
    }

    let mut by_name: FastMap<String, usize> = FastMap::default();
    let mut name_entries: Vec<Vec<u32>> = Vec::new();
    let mut pattern_ids: FastMap<String, usize> = FastMap::default();
    let mut patterns: Vec<String> = Vec::new();
    let mut pattern_entries: Vec<Vec<u32>> = Vec::new();
    for &(surface, id) in &surfaces {
        let name = *by_name.entry(surface.lower()).or_insert_with(|| {
            name_entries.push(Vec::new());
            name_entries.len() - 1
        });
        if let Some(ids) = name_entries.get_mut(name) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        for form in [surface.to_string(), upper_latin(surface)] {
            let pattern = *pattern_ids.entry(form.clone()).or_insert_with(|| {
                patterns.push(form);
                pattern_entries.push(Vec::new());
                patterns.len() - 1
            });
            if !pattern_entries[pattern].contains(&id) {
                pattern_entries[pattern].push(id);
            }
        }
    }
    let matcher = SurfaceIndex::new(patterns);
    Gazetteer { places, by_name, name_entries, matcher, pattern_entries }
}

impl Gazetteer {
    /// The entry a name or alias refers to (case-insensitive; a leading `the ` is ignored).
    pub(super) fn lookup(&self, name: &str) -> Option<&Place> {
        let key = name.trim().lower();
        let name = self
            .by_name
            .get(&key)
            .or_else(|| key.strip_prefix("the ").and_then(|rest| self.by_name.get(rest.trim())))?;
        let ids = self.name_entries.get(*name)?;
        ids.first().map(|&id| &self.places[id as usize])
    }

    /// Whether a word is some place's surface (`U.S.` in `the U.S. capital`).
    fn is_surface(&self, word: &str) -> bool {
        word.len() <= 64 && self.by_name.contains_key(&word.lower())
    }
}

/// Exact-case surfaces indexed by their first word (the leading run of letters and digits), so
/// that every surface starting at a word start of a text is found with one hash lookup per word:
/// linear in the text, and a few bytes of code instead of a general multi-pattern automaton.
pub(super) struct SurfaceIndex {
    patterns: Vec<String>,
    /// First word → its list in `word_patterns` (a map to indices, as in [`Gazetteer`]).
    by_first_word: FastMap<String, usize>,
    /// The patterns starting with each first word.
    word_patterns: Vec<Vec<usize>>,
    /// The first bytes of the keys of `by_first_word`: a word starting with another byte (most
    /// words: lowercase ones) needs no look-up.
    first_bytes: [bool; 256],
}

/// The leading run of letters and digits of `s`.
fn first_word(s: &str) -> &str {
    // A plain loop over `walk`: asked at every word start of every text.
    for (i, c) in walk::char_indices(s) {
        if !walk::is_alphanumeric(c) {
            return &s[..i];
        }
    }
    s
}

impl SurfaceIndex {
    /// Index `patterns` (each should start with a letter or digit; others are never found).
    pub(super) fn new(patterns: Vec<String>) -> Self {
        let mut by_first_word: FastMap<String, usize> = FastMap::default();
        let mut word_patterns: Vec<Vec<usize>> = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let key = first_word(p);
            if !key.is_empty() {
                let k = *by_first_word.entry(key.to_string()).or_insert_with(|| {
                    word_patterns.push(Vec::new());
                    word_patterns.len() - 1
                });
                if let Some(list) = word_patterns.get_mut(k) {
                    list.push(i);
                }
            }
        }
        let mut first_bytes = [false; 256];
        for key in by_first_word.keys() {
            first_bytes[usize::from(key.as_bytes()[0])] = true;
        }
        SurfaceIndex { patterns, by_first_word, word_patterns, first_bytes }
    }

    /// Every `(start, end, pattern)` where a pattern occurs in `text` starting at a word start
    /// (overlapping matches included), in text order.
    pub(super) fn find_all(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut prev_alnum = false;
        for (i, c) in walk::char_indices(text) {
            let alnum = walk::is_alphanumeric(c);
            if alnum && !prev_alnum && self.first_bytes[usize::from(text.as_bytes()[i])] {
                let rest = &text[i..];
                let ids = self.by_first_word.get(first_word(rest)).and_then(|&k| self.word_patterns.get(k));
                if let Some(ids) = ids {
                    for &id in ids {
                        if rest.starts_with(self.patterns[id].as_str()) {
                            out.push((i, i + self.patterns[id].len(), id));
                        }
                    }
                }
            }
            prev_alnum = alnum;
        }
        out
    }
}

/// `s` in capitals, for the Latin letters gazetteer names are written in (ASCII and Latin-1;
/// others are kept as they are). Small by design: the full Unicode case tables would add about
/// 12 KB to the wasm for names no newspaper prints in capitals.
fn upper_latin(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => c.to_ascii_uppercase(),
            'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A candidate match that survived the per-match rules.
struct Candidate {
    start: usize,
    end: usize,
    pattern: usize,
}

/// All place mentions of `text`, in order, non-overlapping, longest match first.
pub(super) fn find_places(text: &str) -> Vec<PlaceMention> {
    let gaz = gazetteer();
    let lex = lexicon();
    let mut candidates: Vec<Candidate> = Vec::new();
    // Person-like place names this text uses as a person's name (`Michael Jackson`): their other
    // mentions count only in a locative context (`a Jackson family evening` is no place).
    let mut names_of_people = StringSet::default();
    for (start, end, pattern) in gaz.matcher.find_all(text) {
        if !is_word_end(text, end) {
            continue;
        }
        match verdict(text, start, end, gaz, lex) {
            Verdict::Place => candidates.push(Candidate { start, end, pattern }),
            Verdict::NotPlace => {}
            Verdict::Person => {
                if is_person_like(&text[start..end]) {
                    names_of_people.insert(text[start..end].lower());
                }
            }
        }
    }
    if !names_of_people.is_empty() {
        candidates.retain(|c| {
            let surface = &text[c.start..c.end];
            !is_person_like(surface)
                || !names_of_people.contains(&surface.lower())
                || dateline_head(text, c.start, c.end).is_some()
                || (!possessive_after(text, c.end)
                    && locative_word(text, c.start, gaz, lex)
                        .is_some_and(|w| !w.eq_ignore_ascii_case("to")))
        });
    }
    sort::sort_by_key(&mut candidates, |c| (c.start, Reverse(c.end)));

    let mut out: Vec<PlaceMention> = Vec::new();
    let mut last_end = 0;
    let mut dateline_until = 0;
    for cand in candidates {
        if cand.start < last_end {
            continue;
        }
        last_end = cand.end;
        let (start, end) = (cand.start, cand.end);
        let prev = out.last();
        let gap = prev.map(|p| text.get(p.end..start).unwrap_or(""));
        let place = choose_entry(gaz, &gaz.pattern_entries[cand.pattern], prev, gap);

        let dateline = if start < dateline_until {
            true
        } else if let Some(until) = dateline_head(text, start, end) {
            dateline_until = until;
            true
        } else {
            false
        };
        // Venues too are locative only where the text puts something there ("in the
        // Kremlin"), not where they speak ("the Kremlin said") or modify ("Kremlin aide").
        let locative = if possessive_after(text, end) {
            false
        } else if dateline {
            true
        } else if word_after(text, end).is_some_and(|(w, _)| lex.is_event_noun(trim_punct(w))) {
            place.kind != PlaceKind::Country
        } else {
            prep_locative(text, start, gaz, lex) || continues_locative(prev, gap, place.kind)
        };
        out.push(PlaceMention {
            start,
            end,
            name: place.city.unwrap_or(place.name),
            kind: place.kind,
            country: place.country,
            locative,
        });
    }
    out
}

/// Picks among the entries of one surface: the first, unless the previous mention is a city
/// right before (`Atlanta, Georgia`), when a region or country of that city's country wins.
fn choose_entry<'g>(
    gaz: &'g Gazetteer,
    ids: &[u32],
    prev: Option<&PlaceMention>,
    gap: Option<&str>,
) -> &'g Place {
    let first = &gaz.places[ids[0] as usize];
    if let (Some(prev), Some(", ")) = (prev, gap) {
        if matches!(prev.kind, PlaceKind::City | PlaceKind::Venue)
            && (first.kind == PlaceKind::City || first.country != prev.country)
        {
            let inside = ids.iter().map(|&id| &gaz.places[id as usize]).find(|p| {
                matches!(p.kind, PlaceKind::Region | PlaceKind::Country)
                    && p.country == prev.country
            });
            if let Some(inside) = inside {
                return inside;
            }
        }
    }
    first
}

/// A place right after a locative one, in apposition (`Kyiv, Ukraine`) or coordination
/// (`in Ukraine and Europe`), is locative too.
fn continues_locative(prev: Option<&PlaceMention>, gap: Option<&str>, kind: PlaceKind) -> bool {
    let (Some(prev), Some(gap)) = (prev, gap) else { return false };
    if !prev.locative {
        return false;
    }
    match gap {
        " and " | ", and " | " or " | " & " => true,
        ", " => {
            matches!(prev.kind, PlaceKind::City | PlaceKind::Venue | PlaceKind::Region)
                && matches!(kind, PlaceKind::Region | PlaceKind::Country)
        }
        _ => false,
    }
}

/// Whether a possessive ending follows (`Ukraine's`, or `Ukraine 's` in tokenised text).
fn possessive_after(text: &str, end: usize) -> bool {
    ["'s", "’s", "‘s", "'S", "’S", " 's", " ’s"]
        .iter()
        .any(|p| text[end..].starts_with(p) && is_word_end(text, end + p.len()))
}

/// What a gazetteer match is.
enum Verdict {
    /// A place mention.
    Place,
    /// Part of an organisation's name, or a word that is no place here.
    NotPlace,
    /// Part of a person's name (`George Washington`, `Paris Hilton`).
    Person,
}

fn is_person_like(surface: &str) -> bool {
    // ASCII only: the table is, and `eq_ignore_ascii_case` folded nothing else.
    surface.is_ascii() && super::lexicon::lexicon().is_person_like(surface)
}

/// Whether the text puts something at the mention: a locative word before it, or a dateline.
fn strong_context(text: &str, start: usize, end: usize, gaz: &Gazetteer, lex: &Lexicon) -> bool {
    prep_locative(text, start, gaz, lex) || dateline_head(text, start, end).is_some()
}

/// Rules that make a gazetteer match not a place mention at all.
fn verdict(text: &str, start: usize, end: usize, gaz: &Gazetteer, lex: &Lexicon) -> Verdict {
    let surface = &text[start..end];
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let after = word_after(text, end).map(|(w, _)| w);
    let before = word_before(text, start);

    // Part of an organisation's name: `The Washington Post`, `Bank of America`.
    if let Some(w) = after {
        let w = strip_possessive(trim_punct(w));
        if capitalised(w) && lex.is_org_follower(w) {
            return Verdict::NotPlace;
        }
    }
    if let Some((w, w_start)) = before {
        if capitalised(w) && lex.is_org_preceder(w) {
            return Verdict::NotPlace;
        }
        if w == "of" {
            if let Some((w2, _)) = word_before(text, w_start) {
                if capitalised(w2) && lex.is_org_preceder(w2) {
                    return Verdict::NotPlace;
                }
            }
        }
        // Part of a person's name: `George Washington`, `Mayor London Breed`, `Gen. Jackson`,
        // `Frank G. Jackson`.
        let initial = w.len() == 2 && w.ends_with('.') && capitalised(w);
        if capitalised(w) && (initial || lex.is_given(w) || lex.is_title(w.trim_end_matches('.'))) {
            return Verdict::Person;
        }
    }

    // A given name or surname next to a capitalised word is a person: `Paris Hilton`,
    // `La Toya Jackson` (but `northern Georgia`, `Georgia Tuesday` are places).
    if is_person_like(surface) && !strong_context(text, start, end, gaz, lex) {
        let name_like = |raw: &str| {
            let w = trim_punct(raw);
            capitalised(raw)
                && w.len() == raw.len()
                && !lex.is_stop(w)
                && !lex.is_calendar(w)
                && !lex.is_bridge(w)
                && !gaz.is_surface(w)
        };
        if after.is_some_and(|raw| capitalised(raw) && name_like(trim_punct(raw)))
            || before.is_some_and(|(raw, _)| name_like(raw))
        {
            return Verdict::Person;
        }
    }
    // A common English word is a place only where the text puts something there.
    if surface.is_ascii() && lex.is_word_like(surface)
        && !strong_context(text, start, end, gaz, lex)
    {
        return Verdict::NotPlace;
    }
    // `US` in ALL-CAPS text is usually the pronoun: `LET US KNOW`.
    if CAPS_PRONOUNS.contains(&surface) {
        if char_at(text, end) == Some('$') {
            return Verdict::NotPlace;
        }
        if let Some((w, _)) = before {
            let w = trim_punct(w);
            if is_all_caps(w)
                && w != "THE"
                && char_at(text, end) != Some('-')
                && dateline_head(text, start, end).is_none()
            {
                return Verdict::NotPlace;
            }
        }
    }
    Verdict::Place
}

/// Whether the words before `start`, in the same clause, put the place after a locative word,
/// possibly across determiners, adjectives, place nouns (`in the eastern city of`), demonyms and
/// possessive place names (`in Russia's`).
fn prep_locative(text: &str, start: usize, gaz: &Gazetteer, lex: &Lexicon) -> bool {
    locative_word(text, start, gaz, lex).is_some()
}

/// The locative word that makes the place at `start` locative, if any (see [`prep_locative`]).
fn locative_word<'t>(
    text: &'t str,
    start: usize,
    gaz: &Gazetteer,
    lex: &Lexicon,
) -> Option<&'t str> {
    match char_before(text, start) {
        Some(c) if c.is_whitespace() && c != '\n' && c != '\r' => {}
        _ => return None,
    }
    let lo = ceil_boundary(text, start.saturating_sub(160));
    let mut window = &text[lo..start];
    if let Some(k) = window.bytes().rposition(|b| b == b'\n' || b == b'\r') {
        window = &window[k + 1..];
    }
    let mut words = walk::words_rev(window).peekable();
    for _ in 0..8 {
        let raw = words.next()?;
        let last = raw.chars().next_back()?;
        if matches!(last, ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '”' | '—' | '–') {
            return None;
        }
        if last == '.' && !is_abbreviation(raw) {
            return None;
        }
        let w = trim_start_by(raw, is_not_alphanumeric);
        if lex.is_locative(w) {
            return Some(w);
        }
        if lex.is_bridge(w) {
            continue;
        }
        if w.eq_ignore_ascii_case("of") {
            match words.peek() {
                Some(noun) if lex.is_place_noun(trim_punct(noun)) => continue,
                _ => return None,
            }
        }
        if w.chars().next().is_some_and(char::is_uppercase) {
            let stem = strip_possessive(w);
            if stem.len() != w.len() || gaz.is_surface(w) {
                continue;
            }
            if w.chars().count() >= 4 && DEMONYM_ENDINGS.iter().any(|d| w.ends_with(d)) {
                continue;
            }
        }
        return None;
    }
    None
}

/// An abbreviation with a final period that does not end a sentence: `U.S.`, `D.C.`, `J.`.
fn is_abbreviation(word: &str) -> bool {
    let body = &word[..word.len() - 1];
    has_char(body, '.') || (body.chars().count() == 1 && body.chars().all(char::is_uppercase))
}

/// If the mention at `start..end` opens a dateline (`MOSCOW (Reuters) -`, `(MOSCOW, Russia) —`,
/// `KYIV, Ukraine —`), the byte offset of the dateline's dash.
fn dateline_head(text: &str, start: usize, end: usize) -> Option<usize> {
    let mut i = start;
    let mut paren = false;
    for _ in 0..5 {
        match char_before(text, i) {
            None | Some('\n') | Some('\r') => break,
            Some(c @ (' ' | '\t' | '(' | '[')) => {
                paren |= c == '(' || c == '[';
                i -= c.len_utf8();
            }
            Some(_) => return None,
        }
    }
    if !matches!(char_before(text, i), None | Some('\n') | Some('\r')) {
        return None;
    }
    let tail = &text[end..floor_boundary(text, end + 90)];
    let tail = tail.split(['\n', '\r']).next().unwrap_or("");
    let mut words = 0;
    let mut prev = '\0';
    for (k, c) in tail.char_indices() {
        let next = tail[k + c.len_utf8()..].chars().next();
        let dash = c == '—'
            || c == '–'
            || (c == '-' && prev == ' ' && matches!(next, None | Some(' ') | Some('-')));
        if dash {
            let caps = is_all_caps(&text[start..end]);
            let comma_cap = tail[..k]
                .strip_prefix(", ")
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase);
            return ((caps || paren || comma_cap) && words <= 8).then_some(end + k);
        }
        if matches!(c, '!' | '?' | ';' | ':' | '"' | '“' | '”') {
            return None;
        }
        if c == ' ' && prev != ' ' {
            words += 1;
        }
        prev = c;
    }
    None
}

#[cfg(test)]
mod surface_index_tests {
    use super::SurfaceIndex;

    #[test]
    fn finds_every_surface_at_word_starts_overlapping_and_exact_case() {
        let index = SurfaceIndex::new(
            ["New York", "New York City", "York", "U.S.", "Port-au-Prince", "ROME"].map(String::from).to_vec(),
        );
        let text = "From New York City to the U.S. and Port-au-Prince; not Yorkshire, not ROMEO, but ROME and new york.";
        let got: Vec<&str> = index.find_all(text).into_iter().map(|(s, e, _)| &text[s..e]).collect();
        // "York" inside "New York" starts a word too; "Yorkshire" and "ROMEO" are other words
        // (a surface must match the text's whole first word); case must match exactly.
        assert_eq!(got, ["New York", "New York City", "York", "U.S.", "Port-au-Prince", "ROME"]);
    }

    #[test]
    fn capitals_of_latin_names() {
        assert_eq!(super::upper_latin("São Paulo"), "SÃO PAULO");
        assert_eq!(super::upper_latin("Zürich ÷ Kraków"), "ZÜRICH ÷ KRAKÓW");
        // Beyond Latin-1, letters stay as written.
        assert_eq!(super::upper_latin("Łódź"), "ŁÓDź");
        assert_eq!(super::upper_latin("U.S."), "U.S.");
    }

    #[test]
    fn no_surface_in_text_without_words() {
        let index = SurfaceIndex::new(vec!["Oslo".to_string()]);
        assert!(index.find_all("").is_empty());
        assert!(index.find_all("12 — ... ¶").is_empty());
    }
}
