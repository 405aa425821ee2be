//! The serde data model shared by every room: what goes in ([`Article`], [`Options`]) and what
//! comes out ([`Analysis`] with its [`ArticleInfo`], [`Event`] and [`SentenceRef`] items).
//!
//! The JSON form of these types is the public contract of the CLI and the wasm API; the README
//! documents it as a JSON schema. Offsets are UTF-8 byte offsets into the article's `text`.

use serde::{Deserialize, Serialize};

#[cfg(any(test, target_arch = "wasm32"))]
// The path is spelled out so that the size probe (`scripts/bench/size`), which compiles this
// file by `#[path]`, finds the module too.
#[path = "model/json.rs"]
pub(crate) mod json;

/// One news article, as given to datelines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Article {
    /// A caller-chosen identifier, unique within one analysis (the CLI uses the file name).
    pub id: String,
    /// The headline, if known separately from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publisher or outlet, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the article was published, if known. Shown as text, never followed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date as an ISO date (`2025-12-03`) or datetime (`2025-12-03T10:55:00Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The article body: plain UTF-8 text (never interpreted as HTML).
    pub text: String,
}

impl Article {
    /// An article with just an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article { id: id.into(), text: text.into(), ..Default::default() }
    }
}

/// Settings for one analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Options {
    /// Anchor every article on this date (`YYYY-MM-DD`), overriding given and inferred dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dct: Option<String>,
}

/// Where the date an article was anchored on came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DctSource {
    /// The caller gave it (`Article::published` or `Options::dct`).
    Given,
    /// Found in the article's own text (a dateline such as `3.12.2025, 10:55`).
    Text,
    /// Borrowed from other articles of the same collection that report the same events.
    Collection,
    /// No date could be found: relative expressions stay unresolved.
    None,
}

/// The date an article was anchored on, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// The article's id, as given.
    pub id: String,
    /// The anchor date (`YYYY-MM-DD`), absent when `dct_source` is `none`.
    pub dct: Option<String>,
    /// Where `dct` came from.
    pub dct_source: DctSource,
}

/// How fine a date is: the widest unit the value pins down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// One calendar day.
    Day,
    /// A Saturday–Sunday weekend.
    Weekend,
    /// An ISO week (Monday–Sunday).
    Week,
    /// A calendar month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// A season (meteorological, northern hemisphere).
    Season,
    /// A calendar year.
    Year,
    /// A decade (`202` = 2020–2029).
    Decade,
}

impl Granularity {
    /// The lowercase name used in JSON and text output.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Weekend => "weekend",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Season => "season",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
        }
    }
}

/// A resolved calendar value with its honest extent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// TIMEX3 value: `2025-12-02`, `2025-W48-WE`, `2025-08`, `2025-Q3`, `2025-SU`, `2025`, `202`.
    pub value: String,
    /// First day covered (inclusive), `YYYY-MM-DD`.
    pub start: String,
    /// Last day covered (inclusive), `YYYY-MM-DD`.
    pub end: String,
    /// How fine the value is.
    pub granularity: Granularity,
}

/// Whether an event took place, is still to come, was called off, or is only claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Stated as having taken place.
    Happened,
    /// Announced, expected or being prepared.
    Planned,
    /// Cancelled, called off or postponed indefinitely.
    Cancelled,
    /// Known only at second hand: every source attributes it to a report, a claim or unnamed
    /// sources ("reportedly", "allegedly", "according to a report in …"), none states it.
    Reported,
}

impl Status {
    /// The lowercase name, as in the JSON (`happened`, `planned`, `cancelled`, `reported`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Happened => "happened",
            Status::Planned => "planned",
            Status::Cancelled => "cancelled",
            Status::Reported => "reported",
        }
    }
}

/// The temporal expression a sentence dates its event with (offsets into the article text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhenRef {
    /// The expression as written ("two weekends ago").
    pub text: String,
    /// Byte offset where it starts in the article text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The date it was anchored on, when it is relative (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

/// A sentence of one article, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRef {
    /// The id of the article it comes from.
    pub article: String,
    /// The sentence as it stands in the article.
    pub text: String,
    /// Byte offset where it starts in the article text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The expression that dates the event in this sentence, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<WhenRef>,
}

/// One event of the story: when, where, who, what, and who reported it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable within one analysis: `e1`, `e2`, … in time order.
    pub id: String,
    /// When it happened (or is to happen).
    pub date: DateValue,
    /// Where: canonical place names (cities, regions, countries), most specific first.
    pub places: Vec<String>,
    /// Who: canonical person names.
    pub people: Vec<String>,
    /// Which bodies: organisations taking part or acting (`Kremlin`, `NATO`, `Foreign Ministry`),
    /// news organisations left out. Absent in analyses saved before it existed.
    #[serde(default)]
    pub organisations: Vec<String>,
    /// A short line saying what happened.
    pub headline: String,
    /// Happened, planned, cancelled or reported.
    pub status: Status,
    /// The sentences that report it, from every source.
    pub sentences: Vec<SentenceRef>,
    /// Number of distinct articles that report it.
    pub sources: usize,
}

impl Event {
    /// Whether the event is dated only by the day it was reported: a plan whose sentences give no
    /// date expression (the date is the reporting article's own date, not when it will happen).
    pub fn reported_undated(&self) -> bool {
        !self.sentences.is_empty() && self.sentences.iter().all(|s| s.when.is_none())
    }
}

/// The result of analysing a collection of articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Analysis {
    /// Each article's anchor date, in input order.
    pub articles: Vec<ArticleInfo>,
    /// The events of the story, in time order.
    pub events: Vec<Event>,
    /// Three to five sentences summarising the whole story.
    pub summary: Vec<SentenceRef>,
    /// Why a result is empty or partial (e.g. "no article text given"). Empty when all went well.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<String>,
}
