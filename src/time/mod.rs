//! Temporal tagger and normaliser: finds temporal expressions in text and resolves them to
//! TIMEX3 values against an anchor date (the article's date in news, the last mentioned date
//! in narratives). (Being written.)

use serde::Serialize;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2025-12-02`, `2025-W48-WE`, `2025-08`.
    Date,
    /// A time of day, possibly with a date: `2025-12-02T10:55`.
    Time,
    /// A length of time: `P3D`, `PT5H`.
    Duration,
    /// A recurrence: `P1W` with `freq`/`quant`.
    Set,
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value (`XXXX-XX-XX`-style placeholders when it cannot be anchored).
    pub value: String,
    /// TIMEX3 `mod` (START, MID, END, APPROX, …), when the expression carries one.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
}

/// Find and normalise the temporal expressions of `text`, anchored on `dct` when given.
pub fn tag(_text: &str, _dct: Option<chrono::NaiveDate>) -> Vec<Timex> {
    Vec::new()
}

/// Read an ISO date (`YYYY-MM-DD`) or the date part of an ISO datetime.
pub fn parse_iso_date(value: &str) -> Option<chrono::NaiveDate> {
    let day = value.trim().get(..10)?;
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}
