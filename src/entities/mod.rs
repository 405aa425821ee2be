//! Entities: where things happen and who is involved.
//!
//! - Places: a gazetteer embedded as data (`gazetteer`: countries, regions, cities, venues and
//!   their aliases), looked up with [`place`] and found in text with [`find_places`], which also
//!   tells whether the text puts something *there* ([`PlaceMention::locative`]).
//! - People: [`find_people`] finds person names in one text (titles stripped), and
//!   [`PeopleIndex`] clusters the names of a whole collection into people with one display name.
//! - Organisations: [`find_organisations`] finds well-known bodies by name and alias, other names
//!   by their shape (`Foreign Ministry`, `Ministry of Defence`), acronyms a text defines, and seats
//!   of power standing for their occupants (`the Kremlin said`).
//!
//! Rules and word lists are data (`place_cues`, `names`, `spelling`); the engines
//! (`places`, `people`, `clusters`) read them. Everything is built once on first use, runs
//! in time linear in the text, and never panics on any UTF-8 input. Offsets are UTF-8 byte
//! offsets on char boundaries. This module uses no other module of the crate (only its `words!`
//! macro, `src/words.rs`).

mod clusters;
mod gazetteer;
mod lexicon;
mod names;
mod organisations;
mod people;
mod place_cues;
mod places;
mod spelling;

#[cfg(test)]
mod tests;

pub use self::clusters::PeopleIndex;

/// What kind of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A sovereign state (or one widely treated as such).
    Country,
    /// A state, province, territory or a region spanning countries (`Crimea`, `Middle East`).
    Region,
    /// A city or town.
    City,
    /// A building, site or district inside a city (`the Kremlin`, `Mar-a-Lago`).
    Venue,
}

/// A gazetteer entry.
#[derive(Debug)]
pub struct Place {
    /// The canonical name (`Kyiv`, `United States`, `Kremlin`).
    pub name: &'static str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// The canonical name of its country (itself for a country); empty for regions spanning
    /// several countries or of disputed status (`Middle East`, `Kashmir`).
    pub country: &'static str,
    /// For venues: the city it is in.
    pub city: Option<&'static str>,
}

/// The gazetteer entry a canonical name or alias refers to, case-insensitively (`Kiev` → Kyiv,
/// `the Kremlin` → Kremlin). Where one name has several entries, the country wins over the city,
/// the city over the region (`Georgia` → the country, `Washington` → the city).
pub fn place(name: &str) -> Option<&'static Place> {
    places::gazetteer().lookup(name)
}

/// A place mentioned in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    /// Byte offset where the mention starts.
    pub start: usize,
    /// Byte offset where the mention ends (before any possessive `'s`).
    pub end: usize,
    /// Where an event at this mention happens, canonical: a venue gives its city ("the Kremlin"
    /// → "Moscow", "Mar-a-Lago" → "Palm Beach"); an alias gives the canonical name ("Kiev" →
    /// "Kyiv", "Washington, D.C." → "Washington", "U.S." → "United States").
    pub name: &'static str,
    /// The kind of the entry named (a venue stays [`PlaceKind::Venue`]).
    pub kind: PlaceKind,
    /// The canonical name of the entry's country (empty for multinational regions).
    pub country: &'static str,
    /// True when the text says something happens *there*: the mention follows a locative word in
    /// its clause ("in", "at", "to", "from", "near", "visited", …, possibly across determiners,
    /// adjectives and place nouns: "in the eastern city of …"), continues a locative mention
    /// ("Kyiv, Ukraine", "in Ukraine and Europe"), names the place of an event noun ("the Geneva
    /// talks"; not for countries: "the Russia talks"), is a venue, or opens a dateline
    /// ("MOSCOW (Reuters) -", "(MOSCOW, Russia) —", "KYIV, Ukraine —"). False for modifier and
    /// topic uses ("U.S. Special Envoy", "Ukraine's President", "a plan for Ukraine").
    pub locative: bool,
}

/// The place mentions of a text, in text order, non-overlapping, the longest match winning.
///
/// Matches whole words of the gazetteer's surfaces as written or in ALL CAPS. Not mentions: the
/// place in an organisation's name (`The Washington Post`, `Bank of America`), a person's name
/// (`George Washington`, `Paris Hilton`), demonyms (`Russian`), `US` as an ALL-CAPS pronoun.
pub fn find_places(text: &str) -> Vec<PlaceMention> {
    places::find_places(text)
}

/// A person's name as written in a text, titles stripped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMention {
    /// Byte offset where the name starts.
    pub start: usize,
    /// Byte offset where the name ends (before any possessive `'s`).
    pub end: usize,
    /// The name as written (`Donald J. Trump`, `Trump`), spaces normalised.
    pub name: String,
}

/// The person names of a text, in text order, non-overlapping: capitalised names after a title or
/// role word (`President Donald Trump` → `Donald Trump`), names starting with a known given name
/// (`Kirill Dmitriev`), and lone surnames of names found in the same text (`Putin`).
pub fn find_people(text: &str) -> Vec<PersonMention> {
    people::find_people(text)
}

/// [`find_people`] for a text whose place mentions are already known (`places` must be
/// [`find_places`] of the same text): the same result without finding the places twice.
pub fn find_people_with_places(text: &str, places: &[PlaceMention]) -> Vec<PersonMention> {
    people::find_people_with(text, places)
}

/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// A government's office, ministry, legislature or agency (`State Department`, `Kremlin`).
    Government,
    /// A body of several states (`NATO`, `European Union`, `UN Security Council`).
    International,
    /// A news organisation (`Reuters`, `The Washington Post`): it reports events rather than
    /// taking part in them.
    Media,
    /// Anything else: parties, companies, armed groups, foundations.
    Other,
}

/// An organisation named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    /// Byte offset where the mention starts.
    pub start: usize,
    /// Byte offset where the mention ends.
    pub end: usize,
    /// The canonical name for a well-known body (`EU` → `European Union`, `the Kremlin said` →
    /// `Kremlin`), the full name for an acronym the text defined, else the name as written
    /// (spaces normalised, a leading function word dropped).
    pub name: String,
    /// What kind of body it is.
    pub kind: OrgKind,
}

/// The organisation mentions of a text, in text order, non-overlapping, the longest winning:
/// well-known bodies and their aliases (as written, whole words), names ending in a word for an
/// organisation (`Russian Foreign Ministry`, `Ministry of Foreign Affairs`), acronyms defined in
/// brackets after a name, and buildings standing for their occupants unless the text puts
/// something in or at them (`the Kremlin said` is one; `talks at the Kremlin` is not).
pub fn find_organisations(text: &str) -> Vec<OrgMention> {
    organisations::find_organisations(text)
}
