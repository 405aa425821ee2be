//! A readable plain-text timeline of an [`Analysis`]: the events in time order with their
//! dates at honest granularity, places, people and source sentences; then the summary, the
//! date each article was anchored on, and any messages.
//!
//! ```text
//! Timeline: 2 events from 3 articles
//!
//! weekend of 22–23 Nov 2025 · Geneva, Switzerland · 2 sources · US and Ukrainian teams revise the plan
//!   people: Marco Rubio
//!   - [001.txt] It was this plan, worked on in Geneva two weekends ago, …
//!
//! 2 Dec 2025 · Moscow, Russia · 3 sources · Witkoff and Kushner meet Putin
//!   …
//!
//! Summary
//!   - [003.txt] …
//!
//! Article dates
//!   000.txt: 2025-12-03 (collection)
//! ```

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::label::date_label;
use crate::model::{Analysis, DateValue, DctSource, Event, Granularity, SentenceRef, Status};
use crate::text::chars::split_once_str;

/// Render `analysis` as a plain-text timeline (UTF-8, `\n` line ends, ending with a newline).
///
/// Pure: the same analysis always gives the same text.
pub fn render(analysis: &Analysis) -> String {
    let mut out = String::new();
    let events = analysis.events.len();
    let articles = analysis.articles.len();
    let _ = writeln!(
        out,
        "Timeline: {} from {}",
        plural(events, "event", "events"),
        plural(articles, "article", "articles")
    );
    if analysis.events.is_empty() {
        out.push_str("  (no events found)\n");
    }
    for event in &analysis.events {
        out.push('\n');
        render_event(&mut out, event);
    }

    out.push_str("\nSummary\n");
    if analysis.summary.is_empty() {
        out.push_str("  (no summary)\n");
    }
    for sentence in &analysis.summary {
        render_sentence(&mut out, sentence);
    }

    out.push_str("\nArticle dates\n");
    if analysis.articles.is_empty() {
        out.push_str("  (no articles)\n");
    }
    for info in &analysis.articles {
        let date = info.dct.as_deref().unwrap_or("no date");
        let _ = writeln!(
            out,
            "  {}: {date} ({})",
            one_line(&info.id),
            dct_source_name(info.dct_source)
        );
    }

    if !analysis.messages.is_empty() {
        out.push_str("\nMessages\n");
        for message in &analysis.messages {
            let _ = writeln!(out, "  - {}", one_line(message));
        }
    }
    out
}

/// One event: the heading line, the people, then the sentences.
fn render_event(out: &mut String, event: &Event) {
    let mut date = human_date(&event.date);
    if event.reported_undated() {
        date = format!("reported {date}, no date given");
    }
    let mut fields = vec![date];
    if !event.places.is_empty() {
        fields.push(event.places.join(", "));
    }
    if event.status != Status::Happened {
        fields.push(event.status.as_str().into());
    }
    fields.push(plural(event.sources, "source", "sources"));
    let headline = one_line(&event.headline);
    if !headline.is_empty() {
        fields.push(headline);
    }
    let _ = writeln!(out, "{}", fields.join(" · "));
    if !event.people.is_empty() {
        let _ = writeln!(out, "  people: {}", event.people.join(", "));
    }
    if !event.organisations.is_empty() {
        let _ = writeln!(out, "  organisations: {}", event.organisations.join(", "));
    }
    for sentence in &event.sentences {
        render_sentence(out, sentence);
    }
}

/// `  - [article-id] The sentence on one line.`
fn render_sentence(out: &mut String, sentence: &SentenceRef) {
    let _ = writeln!(
        out,
        "  - [{}] {}",
        one_line(&sentence.article),
        one_line(&sentence.text)
    );
}

/// The lowercase name of a date source, as in JSON.
fn dct_source_name(source: DctSource) -> &'static str {
    match source {
        DctSource::Given => "given",
        DctSource::Text => "text",
        DctSource::Collection => "collection",
        DctSource::None => "none",
    }
}

/// `1 source`, `4 sources`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Collapse runs of whitespace (line breaks included) to single spaces, and trim.
fn one_line(text: &str) -> String {
    crate::text::chars::one_line(text)
}

/// A date as people write it, no finer than it is known: `2 Dec 2025`,
/// `weekend of 22–23 Nov 2025`, `week 48 of 2025`, `Aug 2025`, `Q3 2025`, `summer 2025`,
/// `2025`, `2020s`.
///
/// The labels of [`super::label::date_label`], with weekends named as such and weeks by number
/// (from the TIMEX3 `value` when it has one). A value it cannot read is shown as it is.
///
/// ```
/// use datelines::model::{DateValue, Granularity};
/// use datelines::timeline::text::human_date;
/// let weekend = DateValue {
///     value: "2025-W47-WE".into(),
///     start: "2025-11-22".into(),
///     end: "2025-11-23".into(),
///     granularity: Granularity::Weekend,
/// };
/// assert_eq!(human_date(&weekend), "weekend of 22–23 Nov 2025");
/// ```
pub fn human_date(date: &DateValue) -> String {
    let first = crate::time::parse_iso_date(&date.start);
    match (date.granularity, first) {
        (Granularity::Weekend, Some(_)) => format!("weekend of {}", date_label(date)),
        (Granularity::Week, Some(first)) => week(&date.value, first),
        _ => date_label(date),
    }
}

/// `week 48 of 2025`, from a value like `2025-W48`, else from the ISO week of the start.
fn week(value: &str, first: NaiveDate) -> String {
    let parsed = split_once_str(value, "-W").and_then(|(year, rest)| {
        let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
        Some((year.parse::<i32>().ok()?, number.parse::<u32>().ok()?))
    });
    let (year, number) = parsed.unwrap_or_else(|| {
        let iso = first.iso_week();
        (iso.year(), iso.week())
    });
    format!("week {number} of {year}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleInfo, WhenRef};

    fn date(value: &str, start: &str, end: &str, granularity: Granularity) -> DateValue {
        DateValue {
            value: value.into(),
            start: start.into(),
            end: end.into(),
            granularity,
        }
    }

    #[test]
    fn human_dates_at_every_granularity() {
        use Granularity::*;
        let cases = [
            (
                date("2025-12-02", "2025-12-02", "2025-12-02", Day),
                "2 Dec 2025",
            ),
            (
                date("2025-W47-WE", "2025-11-22", "2025-11-23", Weekend),
                "weekend of 22–23 Nov 2025",
            ),
            (
                date("2026-W05-WE", "2026-01-31", "2026-02-01", Weekend),
                "weekend of 31 Jan – 1 Feb 2026",
            ),
            (
                date("2022-W52-WE", "2022-12-31", "2023-01-01", Weekend),
                "weekend of 31 Dec 2022 – 1 Jan 2023",
            ),
            (
                date("2025-W48", "2025-11-24", "2025-11-30", Week),
                "week 48 of 2025",
            ),
            (
                date("XXXX", "2025-11-24", "2025-11-30", Week),
                "week 48 of 2025",
            ),
            (
                date("2025-08", "2025-08-01", "2025-08-31", Month),
                "Aug 2025",
            ),
            (
                date("2025-10", "2025-10-01", "2025-10-31", Month),
                "Oct 2025",
            ),
            (
                date("2025-Q3", "2025-07-01", "2025-09-30", Quarter),
                "Q3 2025",
            ),
            (date("", "2025-10-01", "2025-12-31", Quarter), "Q4 2025"),
            (
                date("2025-SU", "2025-06-01", "2025-08-31", Season),
                "summer 2025",
            ),
            (
                date("2025-WI", "2025-12-01", "2026-02-28", Season),
                "winter 2025–26",
            ),
            (date("2025", "2025-01-01", "2025-12-31", Year), "2025"),
            (date("202", "2020-01-01", "2029-12-31", Decade), "2020s"),
            (date("", "1990-01-01", "1999-12-31", Decade), "1990s"),
            (date("2025-12-XX", "", "", Day), "2025-12-XX"),
        ];
        for (value, expected) in cases {
            assert_eq!(human_date(&value), expected, "{value:?}");
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
                start: 3,
                end: 10,
                anchor: None,
            }),
        }
    }

    fn sample_analysis() -> Analysis {
        Analysis {
            articles: vec![
                ArticleInfo {
                    id: "000.txt".into(),
                    dct: Some("2025-12-03".into()),
                    dct_source: DctSource::Text,
                },
                ArticleInfo {
                    id: "001.txt".into(),
                    dct: None,
                    dct_source: DctSource::None,
                },
            ],
            events: vec![
                Event {
                    id: "e1".into(),
                    date: date("2025-10", "2025-10-01", "2025-10-31", Granularity::Month),
                    places: vec!["Budapest".into(), "Hungary".into()],
                    people: vec![],
                    organisations: vec![],
                    headline: "Budapest summit".into(),
                    status: Status::Cancelled,
                    sentences: vec![sentence(
                        "001.txt",
                        "The Budapest summit\n  was called off.",
                    )],
                    sources: 1,
                },
                Event {
                    id: "e2".into(),
                    date: date("2025-12-02", "2025-12-02", "2025-12-02", Granularity::Day),
                    places: vec!["Moscow".into()],
                    people: vec!["Vladimir Putin".into(), "Steve Witkoff".into()],
                    organisations: vec![],
                    headline: "Envoys meet Putin".into(),
                    status: Status::Happened,
                    sentences: vec![
                        sentence("000.txt", "On Tuesday the envoys met Putin."),
                        sentence("001.txt", "Putin met Witkoff."),
                    ],
                    sources: 2,
                },
            ],
            summary: vec![sentence("000.txt", "On Tuesday the envoys met Putin.")],
            messages: vec!["article '001.txt' has no date".into()],
        }
    }

    #[test]
    fn renders_every_section_in_order() {
        let text = render(&sample_analysis());
        let expected = "\
Timeline: 2 events from 2 articles

Oct 2025 · Budapest, Hungary · cancelled · 1 source · Budapest summit
  - [001.txt] The Budapest summit was called off.

2 Dec 2025 · Moscow · 2 sources · Envoys meet Putin
  people: Vladimir Putin, Steve Witkoff
  - [000.txt] On Tuesday the envoys met Putin.
  - [001.txt] Putin met Witkoff.

Summary
  - [000.txt] On Tuesday the envoys met Putin.

Article dates
  000.txt: 2025-12-03 (text)
  001.txt: no date (none)

Messages
  - article '001.txt' has no date
";
        assert_eq!(text, expected);
    }

    #[test]
    fn planned_status_and_missing_fields() {
        let mut analysis = sample_analysis();
        let event = &mut analysis.events[1];
        event.status = Status::Planned;
        event.places.clear();
        event.headline = "  ".into();
        let text = render(&analysis);
        assert!(
            text.contains("\n2 Dec 2025 · planned · 2 sources\n"),
            "{text}"
        );
    }

    #[test]
    fn reported_status_and_organisations_are_named() {
        let mut analysis = sample_analysis();
        analysis.events[1].status = Status::Reported;
        analysis.events[1].organisations = vec!["Foreign Ministry".into()];
        let text = render(&analysis);
        assert!(
            text.contains("\n2 Dec 2025 · Moscow · reported · 2 sources · Envoys meet Putin\n  people: Vladimir Putin, Steve Witkoff\n  organisations: Foreign Ministry\n"),
            "{text}"
        );
    }

    #[test]
    fn empty_analysis() {
        let text = render(&Analysis::default());
        assert_eq!(
            text,
            "Timeline: 0 events from 0 articles\n  (no events found)\n\nSummary\n  (no summary)\n\n\
             Article dates\n  (no articles)\n"
        );
        let with_message = Analysis {
            messages: vec!["no article text given".into()],
            ..Analysis::default()
        };
        assert!(render(&with_message).ends_with("\nMessages\n  - no article text given\n"));
    }
}
