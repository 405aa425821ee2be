//! Events: dated statements with their places, people and status ([`extract`](mod@extract)),
//! and the same event reported by several articles merged into one ([`merge`](mod@merge)).
//!
//! The room reads what the rooms below it found in each article (sentences, temporal
//! expressions, place and person mentions) through an [`ArticleView`]; it never tags text itself.

pub mod extract;
pub mod merge;
pub mod status;

use chrono::NaiveDate;

use crate::model::{Granularity, Status};
use crate::text::Sentence;
use crate::time::Timex;

pub use extract::extract;
pub use merge::merge;

/// A place mentioned in an article, as the events room needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceRef {
    /// Byte offset where the mention starts.
    pub start: usize,
    /// Byte offset past its end.
    pub end: usize,
    /// Canonical name of where an event there happens (a venue gives its city).
    pub name: String,
    /// Whether the text says something happens there (after "in", "at", a venue, a dateline).
    pub locative: bool,
    /// Whether it is a city or venue rather than a country or region.
    pub specific: bool,
}

/// A person mentioned in an article, by canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRef {
    /// Byte offset where the mention starts.
    pub start: usize,
    /// Byte offset past its end.
    pub end: usize,
    /// The person's display name across the collection.
    pub name: String,
}

/// An organisation mention, as the events room needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRef {
    /// Byte offset of the mention.
    pub start: usize,
    /// Byte offset past its end.
    pub end: usize,
    /// The organisation's name.
    pub name: String,
}

/// Everything the rooms below found in one article.
#[derive(Debug, Clone, Copy)]
pub struct ArticleView<'a> {
    /// The article's id.
    pub id: &'a str,
    /// Its position in the input (for stable ordering).
    pub index: usize,
    /// Its text.
    pub text: &'a str,
    /// Its sentences, with line kinds.
    pub sentences: &'a [Sentence],
    /// Its temporal expressions, resolved against its date.
    pub timexes: &'a [Timex],
    /// Its place mentions.
    pub places: &'a [PlaceRef],
    /// Its person mentions.
    pub people: &'a [PersonRef],
    /// Its mentions of organisations that act in events (news organisations left out).
    pub organisations: &'a [OrgRef],
    /// The date it was anchored on.
    pub dct: Option<NaiveDate>,
    /// The span of the expression that states the article's own date (not an event).
    pub dateline: Option<(usize, usize)>,
}

/// One dated statement of one article: the raw material of events.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the article in the input.
    pub article: usize,
    /// The article's id.
    pub article_id: String,
    /// Sentence span in the article text.
    pub sentence: (usize, usize),
    /// The sentence is a photo caption.
    pub caption: bool,
    /// The temporal expression's span in the article text; `None` for a plan reported without
    /// a date, which is dated by the article's own date.
    pub when: Option<(usize, usize)>,
    /// The date the expression was anchored on, if relative.
    pub anchor: Option<NaiveDate>,
    /// TIMEX3 value of the date.
    pub value: String,
    /// First day covered.
    pub start: NaiveDate,
    /// Last day covered.
    pub end: NaiveDate,
    /// How fine the date is.
    pub granularity: Granularity,
    /// Whether the expression is a stretch of several units ("the past two weekends").
    pub span: bool,
    /// Places the statement sets the event in.
    pub places: Vec<String>,
    /// Of `places`, those that are cities or venues.
    pub specific_places: Vec<String>,
    /// People named in the sentence.
    pub people: Vec<String>,
    /// Organisations named in the sentence.
    pub organisations: Vec<String>,
    /// Happened, planned, cancelled or reported.
    pub status: Status,
}
