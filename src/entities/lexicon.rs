//! Lookup sets built once from the word tables of [`super::names`] and [`super::place_cues`],
//! and the small text-scanning helpers both engines share. Offsets are UTF-8 byte offsets.

use crate::text::hash::FastSet as HashSet;
use std::sync::OnceLock;

use super::names;
use super::organisations as orgs;
use super::place_cues as cues;
use crate::text::chars::{is_not_alphanumeric, trim_by, Lower};
use crate::text::walk;

/// Words longer than this are in no table; lookups skip them without lowercasing.
const MAX_WORD: usize = 48;

/// The word tables as sets.
pub(super) struct Lexicon {
    given: HashSet<&'static str>,
    family_first: HashSet<&'static str>,
    titles: HashSet<&'static str>,
    abbreviations: HashSet<&'static str>,
    office: HashSet<&'static str>,
    org: HashSet<&'static str>,
    stop: HashSet<&'static str>,
    calendar: HashSet<&'static str>,
    particles: HashSet<&'static str>,
    suffixes: HashSet<&'static str>,
    locative: HashSet<&'static str>,
    bridge: HashSet<&'static str>,
    place_nouns: HashSet<&'static str>,
    event_nouns: HashSet<&'static str>,
    org_followers: HashSet<&'static str>,
    org_preceders: HashSet<&'static str>,
    heads: HashSet<&'static str>,
    openers: HashSet<&'static str>,
    seat_locatives: HashSet<&'static str>,
    person_like: HashSet<&'static str>,
    camel_prefixes: HashSet<&'static str>,
    word_like: HashSet<&'static str>,
}

/// The shared lexicon, built on first use.
pub(super) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let set = |words: &'static str| words.lines().collect::<HashSet<_>>();
        Lexicon {
            given: names::GIVEN_NAMES.split_whitespace().collect(),
            family_first: names::FAMILY_FIRST.split_whitespace().collect(),
            titles: set(names::TITLES),
            abbreviations: set(names::ABBREVIATIONS),
            office: set(names::OFFICE_WORDS),
            org: set(names::ORG_WORDS),
            stop: set(names::STOP_WORDS),
            calendar: set(names::CALENDAR),
            particles: set(names::PARTICLES),
            suffixes: set(names::SUFFIXES),
            locative: set(cues::LOCATIVE_WORDS),
            bridge: set(cues::BRIDGE_WORDS),
            place_nouns: set(cues::PLACE_NOUNS),
            event_nouns: set(cues::EVENT_NOUNS),
            org_followers: set(cues::ORG_FOLLOWERS),
            org_preceders: set(cues::ORG_PRECEDERS),
            heads: set(orgs::HEADS),
            openers: set(orgs::OPENERS),
            seat_locatives: set(orgs::SEAT_LOCATIVES),
            person_like: set(cues::PERSON_LIKE),
            camel_prefixes: set(names::CAMEL_PREFIXES),
            word_like: set(cues::WORD_LIKE),
        }
    })
}

/// Looks a word up case-insensitively in a lowercase set.
fn has(set: &HashSet<&'static str>, word: &str) -> bool {
    if word.is_empty() || word.len() > MAX_WORD {
        return false;
    }
    if walk::chars(word).all(|c| !walk::is_uppercase(c)) {
        return set.contains(word);
    }
    if word.is_ascii() {
        // Lowercased on the stack: most capitalised words are ASCII, and looked up often.
        let mut buf = [0u8; MAX_WORD];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|w| set.contains(w));
    }
    set.contains(word.lower().as_str())
}

impl Lexicon {
    /// A common given name, as written (`Donald`); a hyphenated one by its first part too.
    pub(super) fn is_given(&self, word: &str) -> bool {
        self.given.contains(word)
            || word.split_once('-').is_some_and(|(first, _)| self.given.contains(first))
    }
    /// An East Asian family name written first (`Xi`, `Kim`).
    pub(super) fn is_family_first(&self, word: &str) -> bool {
        self.family_first.contains(word)
    }
    /// A title or role word (`President`, `spokeswoman`, `Dr`).
    pub(super) fn is_title(&self, word: &str) -> bool {
        has(&self.titles, word)
    }
    /// A title that may be abbreviated with a period (`Gen`, `Sen`).
    pub(super) fn is_abbreviation(&self, word: &str) -> bool {
        has(&self.abbreviations, word)
    }
    /// A word that ends an organisation's name, as written (`Ministry`).
    pub(super) fn is_head(&self, word: &str) -> bool {
        self.heads.contains(word)
    }
    /// A lowercase word that opens sentences rather than names (`the`, `after`).
    pub(super) fn is_opener(&self, lowercase: &str) -> bool {
        self.openers.contains(lowercase)
    }
    /// A lowercase word before a seat that makes it a place (`at the Kremlin`).
    pub(super) fn is_seat_locative(&self, lowercase: &str) -> bool {
        self.seat_locatives.contains(lowercase)
    }
    /// A place name that is also a common given name or surname, any case (`Jackson`).
    pub(super) fn is_person_like(&self, word: &str) -> bool {
        has(&self.person_like, word)
    }
    /// A surname prefix that capitalises mid-word, as written (`Mc` in `McDonald`).
    pub(super) fn is_camel_prefix(&self, prefix: &str) -> bool {
        self.camel_prefixes.contains(prefix)
    }
    /// A place name that is also a common English word, any case (`Nice`, `Reading`).
    pub(super) fn is_word_like(&self, word: &str) -> bool {
        has(&self.word_like, word)
    }
    /// A word naming an office (`State` in `Secretary of State`).
    pub(super) fn is_office(&self, word: &str) -> bool {
        has(&self.office, word)
    }
    /// A word that makes the words before it an organisation (`Group`, `administration`).
    pub(super) fn is_org(&self, word: &str) -> bool {
        has(&self.org, word)
    }
    /// A function word or headline verb, never part of a name.
    pub(super) fn is_stop(&self, word: &str) -> bool {
        has(&self.stop, word)
    }
    /// A month or weekday name.
    pub(super) fn is_calendar(&self, word: &str) -> bool {
        has(&self.calendar, word)
    }
    /// A lowercase name particle (`von`, `bin`).
    pub(super) fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }
    /// A name suffix (`Jr`, `III`).
    pub(super) fn is_suffix(&self, word: &str) -> bool {
        has(&self.suffixes, word.trim_end_matches('.'))
    }
    /// A locative preposition or verb of place (`in`, `visited`).
    pub(super) fn is_locative(&self, word: &str) -> bool {
        has(&self.locative, word)
    }
    /// A word that may stand between a locative word and its place (`the`, `eastern`, `city`).
    pub(super) fn is_bridge(&self, word: &str) -> bool {
        has(&self.bridge, word)
    }
    /// A noun for a kind of place (`city` in `the city of …`).
    pub(super) fn is_place_noun(&self, word: &str) -> bool {
        has(&self.place_nouns, word)
    }
    /// A noun for an event held somewhere (`talks`, `summit`).
    pub(super) fn is_event_noun(&self, word: &str) -> bool {
        has(&self.event_nouns, word)
    }
    /// A word that makes the place before it part of an organisation's name (`Post`).
    pub(super) fn is_org_follower(&self, word: &str) -> bool {
        has(&self.org_followers, word)
    }
    /// A word that makes the place after it part of an organisation's name (`Bank` of …).
    pub(super) fn is_org_preceder(&self, word: &str) -> bool {
        has(&self.org_preceders, word)
    }
}

/// The character starting at byte `i`, if any (none inside a character).
pub(super) use crate::text::walk::char_at;

/// The character ending at byte `i`, if any (none inside a character).
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|k| text.as_bytes().get(k)) {
        Some(&b) if b < 0x80 && text.is_char_boundary(i) => Some(char::from(b)),
        Some(_) => text.get(..i).and_then(|head| head.chars().next_back()),
        None => None,
    }
}

/// The largest char boundary at or below `i`.
pub(super) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i`.
pub(super) fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether a word may end at byte `i`: no letter or digit right after.
pub(super) fn is_word_end(text: &str, i: usize) -> bool {
    char_at(text, i).map_or(true, |c| !c.is_alphanumeric())
}

fn is_inline_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}'
}

/// The word right before byte `i`, separated from it by exactly one space: the maximal run of
/// non-space characters, returned with its start. `None` across a line break or a longer gap.
pub(super) fn word_before(text: &str, i: usize) -> Option<(&str, usize)> {
    let space = char_before(text, i).filter(|&c| is_inline_space(c))?;
    let end = i - space.len_utf8();
    let head = &text[ceil_boundary(text, end.saturating_sub(MAX_WORD * 2))..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(end - head.len(), |(j, c)| end - head.len() + j + c.len_utf8());
    (start < end).then(|| (&text[start..end], start))
}

/// The word right after byte `i`, separated from it by exactly one space, with its start.
pub(super) fn word_after(text: &str, i: usize) -> Option<(&str, usize)> {
    let space = char_at(text, i).filter(|&c| is_inline_space(c))?;
    let start = i + space.len_utf8();
    let limit = ceil_boundary(text, start + MAX_WORD * 2);
    let tail = &text[start..limit];
    let len = tail.find(char::is_whitespace).unwrap_or(tail.len());
    (len > 0).then(|| (&tail[..len], start))
}

/// Strips punctuation from both ends of a word (`“Moscow,”` → `Moscow`), keeping a possessive.
pub(super) fn trim_punct(word: &str) -> &str {
    trim_by(word, is_not_alphanumeric)
}

/// Strips a possessive ending (`Trump's`, `Trump’s`) from a word.
pub(super) fn strip_possessive(word: &str) -> &str {
    for ending in ["'s", "’s", "‘s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(ending) {
            return stem;
        }
    }
    word
}

/// Whether a word has at least two letters and all its letters are capitals (`MOSCOW`, `US`).
pub(super) fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in walk::chars(word).filter(|&c| walk::is_alphabetic(c)) {
        if !walk::is_uppercase(c) {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbouring_words_need_exactly_one_space() {
        let text = "talks in  Geneva and\nMoscow now";
        let geneva = text.find("Geneva").unwrap();
        assert_eq!(word_before(text, geneva), None);
        let moscow = text.find("Moscow").unwrap();
        assert_eq!(word_before(text, moscow), None);
        let and = text.find("and").unwrap();
        assert_eq!(word_before(text, and), Some(("Geneva", geneva)));
        assert_eq!(word_after(text, moscow + 6), Some(("now", moscow + 7)));
    }

    #[test]
    fn word_boundaries_and_case_helpers() {
        let text = "Kyivan Kyiv’s ÉLYSÉE";
        assert!(!is_word_end(text, 4));
        assert!(is_word_end(text, 11));
        assert!(is_all_caps("ÉLYSÉE"));
        assert!(!is_all_caps("A"));
        assert_eq!(strip_possessive("Kyiv’s"), "Kyiv");
        assert_eq!(trim_punct("“Moscow,”"), "Moscow");
        assert_eq!(floor_boundary("É", 1), 0);
        assert_eq!(ceil_boundary("É", 1), 2);
    }

    #[test]
    fn lexicon_lookups_ignore_case_where_documented() {
        let lex = lexicon();
        assert!(lex.is_title("President") && lex.is_title("spokeswoman") && lex.is_title("Dr"));
        assert!(lex.is_given("Jean-Yves") && lex.is_given("Volodymyr"));
        assert!(!lex.is_given("donald"), "given names match as written");
        assert!(lex.is_calendar("Tuesday") && lex.is_calendar("MAY"));
        assert!(lex.is_org("Administration") && lex.is_locative("In"));
    }
}
