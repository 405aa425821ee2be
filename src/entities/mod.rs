//! Entities: where things happen and who is involved.
//!
//! - Places: a gazetteer embedded as data (`gazetteer`: countries, regions, cities, venues and
//!   their aliases), looked up with [`place`] and found in text with [`find_places`], which also
//!   tells whether the text puts something *there* ([`PlaceMention::locative`]).
//! - People: [`find_people`] finds person names in one text (titles stripped), and
//!   [`PeopleIndex`] clusters the names of a whole collection into people with one display name.
//!
//! Rules and word lists are data (`place_cues`, `names`, `spelling`); the engines
//! (`places`, `people`, `clusters`) read them. Everything is built once on first use, runs
//! in time linear in the text, and never panics on any UTF-8 input. Offsets are UTF-8 byte
//! offsets on char boundaries. This module uses no other module of the crate.

mod clusters;
mod gazetteer;
mod lexicon;
mod names;
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
