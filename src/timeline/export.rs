//! Exports of an [`Analysis`]: TimelineJS JSON, iCalendar, CSV, Markdown and the analysis itself
//! as JSON. Hand-written (no format crates, to keep the wasm small), pure, and never panicking.
//!
//! | function | format |
//! | --- | --- |
//! | [`timelinejs`] | TimelineJS 3 JSON (`events[]` of slides, `title` slide for the summary) |
//! | [`ics`] | iCalendar (RFC 5545): one all-day `VEVENT` per event, spanning its days |
//! | [`csv`] | CSV (RFC 4180): one row per event, CRLF, quoted fields |
//! | [`markdown`] | Markdown: summary and events, every piece of text escaped |
//! | [`analysis_json`] | the [`Analysis`] as pretty JSON, read back by [`super::import`] |
//!
//! Article text is data in every format: TimelineJS renders its `text` fields as HTML, so they
//! are HTML-escaped; Markdown punctuation is backslash-escaped; CSV fields that a spreadsheet would
//! read as a formula get a leading `'`.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::label::{date_label, sources_label};
use crate::model::{Analysis, DateValue, Event, Granularity, SentenceRef, Status};
use crate::time::calendar::parse_day;

/// The product identifier written in `PRODID` of the `.ics` file.
const PRODID: &str = concat!(
    "-//datelines//datelines ",
    env!("CARGO_PKG_VERSION"),
    "//EN"
);

/// The CSV columns, in order.
const CSV_COLUMNS: [&str; 13] = [
    "id",
    "start",
    "end",
    "granularity",
    "value",
    "date",
    "status",
    "headline",
    "places",
    "people",
    "organisations",
    "sources",
    "articles",
];

/// The analysis as TimelineJS 3 JSON (<https://timeline.knightlab.com/docs/json-format.html>).
///
/// Each event is a slide: `start_date` with only the fields its date has (a month-level date has
/// `year` and `month`, no `day`), `end_date` when the date spans more than one day (weekends,
/// weeks, months…, ending on its last day at the same precision), `text.headline` and `text.text`
/// (the reporting sentences with their article ids), `group` (the event's first place, when it
/// has one), `display_date` (the human label, e.g. `Aug 2025`) and `unique_id` (the event id).
/// The story summary becomes the `title` slide. Events whose dates cannot be read are left out.
/// All text is HTML-escaped because TimelineJS renders it as HTML. Written by hand (one slide
/// per line) to keep the wasm build free of a JSON value type.
pub fn timelinejs(analysis: &Analysis) -> String {
    let mut out = String::from("{\n");
    if !analysis.summary.is_empty() {
        let mut text = String::new();
        for sentence in &analysis.summary {
            text.push_str("<p>");
            text.push_str(&escape_html(&sentence.text));
            text.push_str("</p>");
        }
        out.push_str("  \"title\": {\"text\": {\"headline\": \"Timeline\", \"text\": ");
        push_json_string(&mut out, &text);
        out.push_str("}},\n");
    }
    out.push_str("  \"events\": [");
    let mut first = true;
    for event in &analysis.events {
        let mut slide = String::new();
        if !timelinejs_slide(&mut slide, event) {
            continue;
        }
        out.push_str(if first { "\n    " } else { ",\n    " });
        out.push_str(&slide);
        first = false;
    }
    out.push_str(if first { "]\n}\n" } else { "\n  ]\n}\n" });
    out
}

/// Write one TimelineJS slide for an event as a JSON object; `false` when its date cannot be read.
fn timelinejs_slide(out: &mut String, event: &Event) -> bool {
    let (Some(start), Some(end)) = (parse_day(&event.date.start), parse_day(&event.date.end))
    else {
        return false;
    };
    let precision = match event.date.granularity {
        Granularity::Day | Granularity::Weekend | Granularity::Week => Precision::Day,
        Granularity::Month | Granularity::Quarter | Granularity::Season => Precision::Month,
        Granularity::Year | Granularity::Decade => Precision::Year,
    };
    out.push_str("{\"unique_id\": ");
    push_json_string(out, &event.id);
    out.push_str(", \"start_date\": ");
    push_timelinejs_date(out, start, precision);
    let same = match precision {
        Precision::Day => start == end,
        Precision::Month => (start.year(), start.month()) == (end.year(), end.month()),
        Precision::Year => start.year() == end.year(),
    };
    if !same {
        out.push_str(", \"end_date\": ");
        push_timelinejs_date(out, end, precision);
    }
    let mut text = String::new();
    if event.status != Status::Happened {
        let _ = write!(text, "<p><em>{}</em></p>", status_word(event.status));
    }
    for sentence in &event.sentences {
        let _ = write!(
            text,
            "<p>{} <small>({})</small></p>",
            escape_html(&sentence.text),
            escape_html(&sentence.article)
        );
    }
    out.push_str(", \"text\": {\"headline\": ");
    push_json_string(out, &escape_html(&event.headline));
    out.push_str(", \"text\": ");
    push_json_string(out, &text);
    out.push('}');
    if let Some(place) = event.places.first() {
        out.push_str(", \"group\": ");
        push_json_string(out, &escape_html(place));
    }
    out.push_str(", \"display_date\": ");
    push_json_string(out, &date_label(&event.date));
    out.push('}');
    true
}

/// How many fields of a TimelineJS date object are given.
#[derive(Clone, Copy)]
enum Precision {
    Day,
    Month,
    Year,
}

/// A TimelineJS date object with the fields down to `precision` (numbers, as its docs show).
fn push_timelinejs_date(out: &mut String, date: NaiveDate, precision: Precision) {
    let _ = write!(out, "{{\"year\": {}", date.year());
    if !matches!(precision, Precision::Year) {
        let _ = write!(out, ", \"month\": {}", date.month());
    }
    if matches!(precision, Precision::Day) {
        let _ = write!(out, ", \"day\": {}", date.day());
    }
    out.push('}');
}

/// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `&`, `<`, `>`, `"` and `'` as HTML character references.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The analysis as an iCalendar file (RFC 5545), with `dtstamp` (UTC) as every event's `DTSTAMP`.
///
/// Each event is an all-day `VEVENT`: `DTSTART;VALUE=DATE` its first day, `DTEND;VALUE=DATE` the
/// day after its last (DTEND is exclusive), `SUMMARY` the headline, `LOCATION` the places,
/// `DESCRIPTION` the status, people and sentences, `STATUS` `CONFIRMED`, `TENTATIVE` (planned) or
/// `CANCELLED`, and a `UID` stable for the same event and headline. Text values are escaped
/// (`\\`, `\;`, `\,`, `\n`), lines end in CRLF and are folded at 75 octets without splitting a
/// character. Events whose dates cannot be read or written (years outside 1–9999) are left out.
pub fn ics(analysis: &Analysis, dtstamp: NaiveDateTime) -> String {
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        ics_date(dtstamp.date()),
        dtstamp.hour(),
        dtstamp.minute(),
        dtstamp.second()
    );
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_prop(&mut out, "PRODID:", PRODID);
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    for event in &analysis.events {
        let Some((start, end)) = ics_days(&event.date) else {
            continue;
        };
        push_line(&mut out, "BEGIN:VEVENT");
        push_prop(&mut out, "UID:", &ics_uid(event));
        push_prop(&mut out, "DTSTAMP:", &stamp);
        push_prop(&mut out, "DTSTART;VALUE=DATE:", &start);
        push_prop(&mut out, "DTEND;VALUE=DATE:", &end);
        push_prop(&mut out, "SUMMARY:", &escape_ics(&event.headline));
        if !event.places.is_empty() {
            push_prop(&mut out, "LOCATION:", &escape_ics(&event.places.join(", ")));
        }
        push_prop(&mut out, "DESCRIPTION:", &escape_ics(&ics_description(event)));
        let status = match event.status {
            Status::Happened => "CONFIRMED",
            Status::Planned | Status::Reported => "TENTATIVE",
            Status::Cancelled => "CANCELLED",
        };
        push_prop(&mut out, "STATUS:", status);
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// `DTSTART` and the exclusive `DTEND` of a date as `YYYYMMDD`, `None` when unreadable or when a
/// year falls outside what the DATE form can write.
fn ics_days(date: &DateValue) -> Option<(String, String)> {
    let start = parse_day(&date.start)?;
    let end = parse_day(&date.end)?.max(start).succ_opt()?;
    let writable = |d: NaiveDate| (1..=9999).contains(&d.year());
    (writable(start) && writable(end)).then(|| (ics_date(start), ics_date(end)))
}

/// A date in the iCalendar DATE form, `YYYYMMDD`.
fn ics_date(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A UID that stays the same for the same event id, date and headline.
fn ics_uid(event: &Event) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325; // FNV-1a
    for text in [&event.date.value, &event.headline] {
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    // The id's first 32 ASCII letters, digits and hyphens (bytes: no other character is one).
    let mut id = String::new();
    for byte in event.id.bytes() {
        if id.len() < 32 && (byte.is_ascii_alphanumeric() || byte == b'-') {
            id.push(char::from(byte));
        }
    }
    format!("{id}-{hash:016x}@datelines")
}

/// The plain-text description of an event: status, date, people, sources and sentences.
fn ics_description(event: &Event) -> String {
    let mut text = format!(
        "{} ({}, {})",
        date_label(&event.date),
        status_word(event.status),
        sources_label(event.sources)
    );
    if !event.people.is_empty() {
        let _ = write!(text, "\nPeople: {}", event.people.join(", "));
    }
    if !event.organisations.is_empty() {
        let _ = write!(text, "\nOrganisations: {}", event.organisations.join(", "));
    }
    for sentence in &event.sentences {
        let _ = write!(text, "\n[{}] {}", sentence.article, sentence.text);
    }
    text
}

/// A TEXT value with `\`, `;`, `,` and line breaks escaped (RFC 5545 §3.3.11), other control
/// characters dropped.
fn escape_ics(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Append a content line folded at 75 octets (RFC 5545 §3.1): CRLF plus one space before each
/// continuation, never inside a UTF-8 character.
fn push_line(out: &mut String, line: &str) {
    push_prop(out, line, "");
}

/// Append the content line `name` + `value` (`name` ends with its `:`), folded as [`push_line`].
fn push_prop(out: &mut String, name: &str, value: &str) {
    let mut width = 0;
    for text in [name, value] {
        for c in text.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                out.push_str("\r\n ");
                width = 1;
            }
            out.push(c);
            width += len;
        }
    }
    out.push_str("\r\n");
}

/// `happened`, `planned`, `cancelled`, `reported`.
fn status_word(status: Status) -> &'static str {
    status.as_str()
}

/// The events as CSV (RFC 4180): a header row, then one row per event with the columns `id`,
/// `start`, `end`, `granularity`, `value`, `date` (the human label), `status`, `headline`,
/// `places`, `people` and `organisations` (joined with `; `), `sources` (count) and `articles` (the distinct
/// article ids, joined with `; `). Rows end in CRLF; fields holding a comma, quote, CR or LF are
/// quoted with inner quotes doubled. A text field that starts with `=`, `+`, `-`, `@`, tab or CR
/// gets a leading `'` so that spreadsheets do not run it as a formula.
pub fn csv(analysis: &Analysis) -> String {
    let mut out = String::new();
    push_row(&mut out, &CSV_COLUMNS);
    for event in &analysis.events {
        let mut articles: Vec<&str> = Vec::new();
        for sentence in &event.sentences {
            if !articles.contains(&sentence.article.as_str()) {
                articles.push(&sentence.article);
            }
        }
        let label = date_label(&event.date);
        let headline = defuse_formula(&event.headline);
        let places = defuse_formula(&event.places.join("; "));
        let people = defuse_formula(&event.people.join("; "));
        let organisations = defuse_formula(&event.organisations.join("; "));
        let sources = event.sources.to_string();
        let articles = defuse_formula(&articles.join("; "));
        push_row(
            &mut out,
            &[
                &event.id,
                &event.date.start,
                &event.date.end,
                event.date.granularity.as_str(),
                &event.date.value,
                &label,
                status_word(event.status),
                &headline,
                &places,
                &people,
                &organisations,
                &sources,
                &articles,
            ],
        );
    }
    out
}

/// One CSV row of `fields`, quoted where RFC 4180 needs it, ended by CRLF.
fn push_row(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// `text` with a leading `'` when a spreadsheet would take it for a formula.
fn defuse_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The analysis as Markdown: a `# Timeline` heading, the summary as a list, then one `###`
/// section per event (date label and headline) with its status, places, people and quoted
/// sentences naming their article. Every piece of article text is put on one line and its
/// Markdown and HTML punctuation is backslash-escaped, so it renders as the text it is.
pub fn markdown(analysis: &Analysis) -> String {
    let mut out = String::from("# Timeline\n");
    if !analysis.summary.is_empty() {
        out.push_str("\n## Summary\n\n");
        for sentence in &analysis.summary {
            push_md_sentence(&mut out, "- ", sentence);
        }
    }
    out.push_str("\n## Events\n");
    if analysis.events.is_empty() {
        out.push_str("\nNo dated events.\n");
    }
    for event in &analysis.events {
        let _ = write!(
            out,
            "\n### {} — {}\n\n",
            escape_md(&date_label(&event.date)),
            escape_md(&event.headline)
        );
        let mut facts = vec![format!(
            "{}, {}",
            status_word(event.status),
            sources_label(event.sources)
        )];
        if !event.places.is_empty() {
            facts.push(format!("where: {}", escape_md(&event.places.join(", "))));
        }
        if !event.people.is_empty() {
            facts.push(format!("who: {}", escape_md(&event.people.join(", "))));
        }
        if !event.organisations.is_empty() {
            facts.push(format!("organisations: {}", escape_md(&event.organisations.join(", "))));
        }
        let _ = writeln!(out, "*{}*\n", facts.join("; "));
        for sentence in &event.sentences {
            push_md_sentence(&mut out, "> ", sentence);
            out.push_str(">\n");
        }
        if !event.sentences.is_empty() {
            out.truncate(out.len() - 2);
        }
    }
    out
}

/// One sentence as a Markdown line after `prefix`, with its article id.
fn push_md_sentence(out: &mut String, prefix: &str, sentence: &SentenceRef) {
    let _ = writeln!(
        out,
        "{prefix}{} ({})",
        escape_md(&sentence.text),
        escape_md(&sentence.article)
    );
}

/// Text on one line with Markdown/HTML punctuation backslash-escaped (CommonMark allows a
/// backslash before any ASCII punctuation).
fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' | '('
            | ')' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The analysis as pretty JSON with a final newline: the format [`super::import`] reads back.
pub fn analysis_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(analysis).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleInfo, DctSource, WhenRef};
    use serde_json::{json, Value};

    fn date(value: &str, start: &str, end: &str, granularity: Granularity) -> DateValue {
        DateValue {
            value: value.into(),
            start: start.into(),
            end: end.into(),
            granularity,
        }
    }

    fn sentence(article: &str, text: &str) -> SentenceRef {
        SentenceRef {
            article: article.into(),
            text: text.into(),
            start: 0,
            end: text.len(),
            when: Some(WhenRef {
                text: "Tuesday".into(),
                start: 0,
                end: 7,
                anchor: None,
            }),
        }
    }

    fn event(id: &str, date: DateValue, headline: &str, status: Status) -> Event {
        Event {
            id: id.into(),
            date,
            places: vec!["Moscow".into(), "Russia".into()],
            people: vec!["Ann Example".into()],
            organisations: vec![],
            headline: headline.into(),
            status,
            sentences: vec![sentence("a1", "Envoys met, talks ran late; \"no deal\".")],
            sources: 1,
        }
    }

    fn analysis() -> Analysis {
        Analysis {
            articles: vec![ArticleInfo {
                id: "a1".into(),
                dct: Some("2025-12-03".into()),
                dct_source: DctSource::Given,
            }],
            events: vec![
                event(
                    "e1",
                    date("2025-08", "2025-08-01", "2025-08-31", Granularity::Month),
                    "Summit <b>held</b>",
                    Status::Happened,
                ),
                event(
                    "e2",
                    date(
                        "2025-W47-WE",
                        "2025-11-22",
                        "2025-11-23",
                        Granularity::Weekend,
                    ),
                    "=cmd|' /C calc'!A0",
                    Status::Planned,
                ),
                event(
                    "e3",
                    date("2025-12-02", "2025-12-02", "2025-12-02", Granularity::Day),
                    "Talks in Moscow, late",
                    Status::Cancelled,
                ),
                event(
                    "e4",
                    date("2014", "2014-01-01", "2014-12-31", Granularity::Year),
                    "A year",
                    Status::Happened,
                ),
            ],
            summary: vec![sentence("a1", "The summit <script>x</script> ended.")],
            messages: vec![],
        }
    }

    #[test]
    fn timelinejs_dates_have_only_the_fields_the_date_has() {
        let json: Value = serde_json::from_str(&timelinejs(&analysis())).unwrap();
        let events = json["events"].as_array().unwrap();
        assert_eq!(events.len(), 4);
        assert_eq!(events[0]["start_date"], json!({"year": 2025, "month": 8}));
        assert!(events[0].get("end_date").is_none());
        assert_eq!(events[0]["display_date"], "Aug 2025");
        assert_eq!(
            events[1]["start_date"],
            json!({"year": 2025, "month": 11, "day": 22})
        );
        assert_eq!(
            events[1]["end_date"],
            json!({"year": 2025, "month": 11, "day": 23})
        );
        assert_eq!(
            events[2]["start_date"],
            json!({"year": 2025, "month": 12, "day": 2})
        );
        assert!(events[2].get("end_date").is_none());
        assert_eq!(events[3]["start_date"], json!({"year": 2014}));
        assert_eq!(events[2]["group"], "Moscow");
        assert_eq!(events[2]["unique_id"], "e3");
        assert_eq!(
            events[0]["text"]["headline"],
            "Summit &lt;b&gt;held&lt;/b&gt;"
        );
        let text = events[2]["text"]["text"].as_str().unwrap();
        assert!(text.contains("<em>cancelled</em>"), "{text}");
        assert!(text.contains("&quot;no deal&quot;"), "{text}");
        let title = json["title"]["text"]["text"].as_str().unwrap();
        assert!(title.contains("&lt;script&gt;") && !title.contains("<script>"));
    }

    #[test]
    fn timelinejs_of_nothing_is_an_empty_event_list() {
        let json: Value = serde_json::from_str(&timelinejs(&Analysis::default())).unwrap();
        assert_eq!(json, json!({"events": []}));
        let mut odd = analysis();
        odd.events[0].headline = "quote \" backslash \\ bell \u{7} line\u{2028}".into();
        let json: Value = serde_json::from_str(&timelinejs(&odd)).unwrap();
        assert_eq!(
            json["events"][0]["text"]["headline"],
            "quote &quot; backslash \\ bell \u{7} line\u{2028}"
        );
    }

    fn stamp() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 12, 4)
            .unwrap()
            .and_hms_opt(9, 30, 0)
            .unwrap()
    }

    /// Unfold an iCalendar text into its logical lines.
    fn unfold(text: &str) -> Vec<String> {
        text.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn ics_all_day_events_with_exclusive_end() {
        let text = ics(&analysis(), stamp());
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "only CRLF line ends"
        );
        let lines = unfold(&text);
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 4);
        for expected in [
            "DTSTART;VALUE=DATE:20250801",
            "DTEND;VALUE=DATE:20250901",
            "DTSTART;VALUE=DATE:20251122",
            "DTEND;VALUE=DATE:20251124",
            "DTSTART;VALUE=DATE:20251202",
            "DTEND;VALUE=DATE:20251203",
            "DTEND;VALUE=DATE:20150101",
            "DTSTAMP:20251204T093000Z",
            "SUMMARY:Talks in Moscow\\, late",
            "LOCATION:Moscow\\, Russia",
            "STATUS:CANCELLED",
            "STATUS:TENTATIVE",
        ] {
            assert!(
                lines.iter().any(|l| l == expected),
                "{expected} in {lines:#?}"
            );
        }
        let description = lines
            .iter()
            .find(|l| l.starts_with("DESCRIPTION:"))
            .unwrap();
        assert!(description.contains("\\n[a1] Envoys met\\, talks ran late\\; \"no deal\"."));
        let uids: Vec<_> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), 4);
        assert!(uids[0].ends_with("@datelines") && uids[0] != uids[1]);
        assert_eq!(ics(&analysis(), stamp()), text, "same input, same file");
    }

    #[test]
    fn ics_folds_long_lines_at_75_octets_between_characters() {
        let mut long = analysis();
        long.events[0].headline = "ü".repeat(100) + &"x".repeat(80);
        let text = ics(&long, stamp());
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let summary = unfold(&text)
            .into_iter()
            .find(|l| l.starts_with("SUMMARY:ü"))
            .unwrap();
        assert_eq!(summary, format!("SUMMARY:{}", long.events[0].headline));
    }

    #[test]
    fn ics_escapes_backslashes_and_line_breaks() {
        assert_eq!(
            escape_ics("a\\b;c,d\r\ne\nf\rg"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
        assert_eq!(escape_ics("tab\there\u{7}"), "tab here");
    }

    #[test]
    fn ics_skips_unreadable_dates() {
        let mut odd = analysis();
        odd.events[0].date.start = "XXXX".into();
        odd.events[1].date = date("BC0241", "-0240-01-01", "-0240-12-31", Granularity::Year);
        let text = ics(&odd, stamp());
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let mut a = analysis();
        a.events[2].organisations = vec!["Foreign Ministry".into(), "NATO".into()];
        let text = csv(&a);
        let rows: Vec<&str> = text.split_terminator("\r\n").collect();
        assert_eq!(rows.len(), 5);
        assert_eq!(
            rows[0],
            "id,start,end,granularity,value,date,status,headline,places,people,organisations,sources,articles"
        );
        assert_eq!(
            rows[3],
            "e3,2025-12-02,2025-12-02,day,2025-12-02,2 Dec 2025,cancelled,\"Talks in Moscow, late\",Moscow; Russia,Ann Example,Foreign Ministry; NATO,1,a1"
        );
        assert!(rows[2].contains(",'=cmd|' /C calc'!A0,"), "{}", rows[2]);
        let mut quoted = analysis();
        quoted.events[0].headline = "He said \"no\"\nthen left".into();
        assert!(csv(&quoted).contains(",\"He said \"\"no\"\"\nthen left\","));
    }

    #[test]
    fn markdown_escapes_article_text() {
        let text = markdown(&analysis());
        assert!(text.starts_with(
            "# Timeline\n\n## Summary\n\n- The summit \\<script\\>x\\</script\\> ended. (a1)\n"
        ));
        assert!(
            text.contains("\n### Aug 2025 — Summit \\<b\\>held\\</b\\>\n"),
            "{text}"
        );
        assert!(text.contains("*cancelled, 1 source; where: Moscow, Russia; who: Ann Example*"));
        let mut a = analysis();
        a.events[2].organisations = vec!["Foreign Ministry".into()];
        assert!(markdown(&a).contains("; who: Ann Example; organisations: Foreign Ministry*"));
        assert!(text.contains("> Envoys met, talks ran late; \"no deal\". (a1)\n"));
        assert_eq!(
            escape_md("[x](javascript:alert(1))\n# h"),
            "\\[x\\]\\(javascript:alert\\(1\\)\\) \\# h"
        );
        assert!(markdown(&Analysis::default()).contains("No dated events."));
    }

    #[test]
    fn analysis_json_round_trips() {
        let a = analysis();
        let back: Analysis = serde_json::from_str(&analysis_json(&a)).unwrap();
        assert_eq!(back, a);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// An escaped iCalendar TEXT value read back.
        fn unescape(value: &str) -> String {
            let mut out = String::new();
            let mut chars = value.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    match chars.next() {
                        Some('n') => out.push('\n'),
                        Some(c) => out.push(c),
                        None => out.push('\\'),
                    }
                } else {
                    out.push(c);
                }
            }
            out
        }

        /// RFC 4180 fields of the first data row.
        fn csv_row(text: &str) -> Vec<String> {
            let body = &text[text.find("\r\n").unwrap() + 2..];
            let (mut fields, mut field, mut quoted, mut chars) =
                (Vec::new(), String::new(), false, body.chars().peekable());
            while let Some(c) = chars.next() {
                match (quoted, c) {
                    (true, '"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    (true, '"') => quoted = false,
                    (false, '"') => quoted = true,
                    (false, ',') => fields.push(std::mem::take(&mut field)),
                    (false, '\r') if chars.peek() == Some(&'\n') => break,
                    (_, c) => field.push(c),
                }
            }
            fields.push(field);
            fields
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(200))]

            /// Any headline survives the .ics (folded, escaped) and the CSV (quoted) intact.
            #[test]
            fn ics_and_csv_round_trip_any_headline(headline in "\\PC{0,200}", sentence in "[a-z,;\\\\\"\n\r ü€]{0,120}") {
                let mut a = analysis();
                a.events.truncate(1);
                a.events[0].headline = headline.clone();
                a.events[0].sentences[0].text = sentence;
                let text = ics(&a, stamp());
                for line in text.split("\r\n") {
                    prop_assert!(line.len() <= 75);
                }
                let unfolded = text.replace("\r\n ", "");
                let summary = unfolded.split("\r\n").find_map(|l| l.strip_prefix("SUMMARY:")).unwrap();
                let expected: String = headline.chars().map(|c| if c == '\t' { ' ' } else { c }).filter(|c| !c.is_control() || *c == '\n').collect();
                prop_assert_eq!(unescape(summary), expected.replace("\r\n", "\n"));

                let row = csv_row(&csv(&a));
                prop_assert_eq!(row.len(), CSV_COLUMNS.len());
                prop_assert_eq!(&row[7], &defuse_formula(&headline));
                let json: serde_json::Value = serde_json::from_str(&timelinejs(&a)).unwrap();
                prop_assert_eq!(json["events"][0]["text"]["headline"].as_str().unwrap(), escape_html(&headline));
            }
        }
    }
}
