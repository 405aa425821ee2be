//! Reading an [`Analysis`] back from its JSON (what [`super::export::analysis_json`] writes, or
//! the app's "Analysis JSON" download), checked so that an imported file restores the view safely.
//!
//! The file is untrusted: it may be large, hand-edited or hostile. [`parse_analysis_json`] bounds
//! its size and counts, and checks every id, date and offset the view relies on; text stays text
//! (nothing here, or in the renderer, interprets it as markup).

use crate::text::hash::FastSet as HashSet;

use crate::model::{Analysis, DateValue, SentenceRef};
use crate::time::calendar::parse_day;
use crate::Error;

/// Largest accepted JSON text, in bytes.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// Most events in one analysis.
pub const MAX_EVENTS: usize = 100_000;
/// Most articles in one analysis.
pub const MAX_ARTICLES: usize = 10_000;
/// Most sentences of one event, and most summary sentences.
pub const MAX_SENTENCES: usize = 10_000;
/// Longest id, date value, place or person name, in bytes.
pub const MAX_SHORT: usize = 1_000;
/// Longest headline or sentence, in bytes.
pub const MAX_TEXT: usize = 100_000;

/// Read and check an [`Analysis`] from JSON.
///
/// Checks, each failing with an [`Error::Input`] that names the item: the size (at most
/// [`MAX_BYTES`], [`MAX_EVENTS`], [`MAX_ARTICLES`], [`MAX_SENTENCES`], strings at most
/// [`MAX_SHORT`] or [`MAX_TEXT`] bytes); article and event ids non-empty and unique; article
/// anchor dates (`dct`) that are dates, present unless their source is `none`; event dates whose
/// `start` and `end` are `YYYY-MM-DD` with `start ≤ end`; sentences that name a listed article
/// (when articles are listed), whose `start ≤ end` span is as long as their text (counted in
/// UTF-8 bytes or UTF-16 units, so files from the CLI and from the app both pass) and holds their
/// `when` expression. The JSON itself may nest at most 128 levels (serde_json's limit).
///
/// ```
/// use datelines::timeline::{export, import};
/// let analysis = datelines::analyze(&datelines::sample::sample_articles(), &Default::default()).unwrap();
/// let back = import::parse_analysis_json(&export::analysis_json(&analysis)).unwrap();
/// assert_eq!(back, analysis);
/// assert!(import::parse_analysis_json("{\"events\": 3}").is_err());
/// ```
pub fn parse_analysis_json(text: &str) -> Result<Analysis, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_BYTES {
        return Err(Error::Input(format!(
            "the analysis JSON is {} MB; at most {} MB can be imported",
            text.len() / (1024 * 1024),
            MAX_BYTES / (1024 * 1024)
        )));
    }
    if text.trim().is_empty() {
        return Err(Error::Input("the analysis JSON is empty".into()));
    }
    let analysis: Analysis = serde_json::from_str(text).map_err(|e| {
        Error::Input(format!(
            "not an analysis at line {} column {}: {}",
            e.line(),
            e.column(),
            strip_position(&e.to_string())
        ))
    })?;
    check(&analysis)?;
    Ok(analysis)
}

/// serde_json's message without its trailing " at line L column C".
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |at| &message[..at])
}

/// Every check of [`parse_analysis_json`] on an already-read analysis.
pub fn check(analysis: &Analysis) -> Result<(), Error> {
    let fail = |message: String| Err(Error::Input(message));
    count("articles", analysis.articles.len(), MAX_ARTICLES)?;
    count("events", analysis.events.len(), MAX_EVENTS)?;
    count("summary sentences", analysis.summary.len(), MAX_SENTENCES)?;
    count("messages", analysis.messages.len(), MAX_SENTENCES)?;

    let mut articles = HashSet::default();
    for (i, article) in analysis.articles.iter().enumerate() {
        let what = format!("article {}", i + 1);
        short(&what, "id", &article.id)?;
        if !articles.insert(article.id.as_str()) {
            return fail(format!(
                "{what}: the id '{}' is used twice",
                clip(&article.id)
            ));
        }
        match (&article.dct, article.dct_source) {
            (Some(dct), _) if parse_day(dct).is_none() => {
                return fail(format!(
                    "{what}: dct '{}' is not a date (YYYY-MM-DD)",
                    clip(dct)
                ))
            }
            (None, source) if source != crate::model::DctSource::None => {
                return fail(format!(
                    "{what}: dct is missing but its source is not 'none'"
                ))
            }
            _ => {}
        }
    }

    let mut events = HashSet::default();
    for (i, event) in analysis.events.iter().enumerate() {
        let what = format!("event {}", i + 1);
        short(&what, "id", &event.id)?;
        if !events.insert(event.id.as_str()) {
            return fail(format!(
                "{what}: the id '{}' is used twice",
                clip(&event.id)
            ));
        }
        date(&what, &event.date)?;
        long(&what, "headline", &event.headline)?;
        count_of(&what, "places", event.places.len(), MAX_SENTENCES)?;
        count_of(&what, "people", event.people.len(), MAX_SENTENCES)?;
        count_of(&what, "organisations", event.organisations.len(), MAX_SENTENCES)?;
        for names in [&event.places, &event.people, &event.organisations] {
            for name in names {
                short(&what, "place, person or organisation", name)?;
            }
        }
        count_of(&what, "sentences", event.sentences.len(), MAX_SENTENCES)?;
        for (j, sentence) in event.sentences.iter().enumerate() {
            self::sentence(&format!("{what}, sentence {}", j + 1), sentence, &articles)?;
        }
    }
    for (j, sentence) in analysis.summary.iter().enumerate() {
        self::sentence(&format!("summary sentence {}", j + 1), sentence, &articles)?;
    }
    for message in &analysis.messages {
        long("a message", "text", message)?;
    }
    Ok(())
}

/// [`count`] of the `field` list of `what` (the message names `what: field`).
fn count_of(what: &str, field: &str, n: usize, max: usize) -> Result<(), Error> {
    if n > max {
        return Err(Error::Input(format!(
            "{what}: {field}: {n} are too many (at most {max})"
        )));
    }
    Ok(())
}

/// At most `max` items of `what`.
fn count(what: &str, n: usize, max: usize) -> Result<(), Error> {
    if n > max {
        return Err(Error::Input(format!(
            "{what}: {n} are too many (at most {max})"
        )));
    }
    Ok(())
}

/// A non-empty string of at most [`MAX_SHORT`] bytes.
fn short(what: &str, field: &str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        return Err(Error::Input(format!("{what}: the {field} is empty")));
    }
    if value.len() > MAX_SHORT {
        return Err(Error::Input(format!(
            "{what}: the {field} is longer than {MAX_SHORT} bytes"
        )));
    }
    Ok(())
}

/// A string of at most [`MAX_TEXT`] bytes.
fn long(what: &str, field: &str, value: &str) -> Result<(), Error> {
    if value.len() > MAX_TEXT {
        return Err(Error::Input(format!(
            "{what}: the {field} is longer than {MAX_TEXT} bytes"
        )));
    }
    Ok(())
}

/// An event date: a value, and `start ≤ end` as `YYYY-MM-DD` days.
fn date(what: &str, date: &DateValue) -> Result<(), Error> {
    short(what, "date value", &date.value)?;
    let (Some(start), Some(end)) = (parse_day(&date.start), parse_day(&date.end)) else {
        return Err(Error::Input(format!(
            "{what}: the date '{}'–'{}' is not two YYYY-MM-DD days",
            clip(&date.start),
            clip(&date.end)
        )));
    };
    if start > end {
        return Err(Error::Input(format!(
            "{what}: the date ends ({end}) before it starts ({start})"
        )));
    }
    Ok(())
}

/// A sentence: a listed article, a text within bounds, and offsets that fit it.
fn sentence(what: &str, sentence: &SentenceRef, articles: &HashSet<&str>) -> Result<(), Error> {
    short(what, "article", &sentence.article)?;
    if !articles.is_empty() && !articles.contains(sentence.article.as_str()) {
        return Err(Error::Input(format!(
            "{what}: the article '{}' is not among the analysis's articles",
            clip(&sentence.article)
        )));
    }
    long(what, "text", &sentence.text)?;
    let fits = |start: usize, end: usize, text: &str| {
        start <= end && (text.chars().count()..=text.len()).contains(&(end - start))
    };
    if !fits(sentence.start, sentence.end, &sentence.text) {
        return Err(Error::Input(format!(
            "{what}: the offsets {}..{} do not fit its text",
            sentence.start, sentence.end
        )));
    }
    if let Some(when) = &sentence.when {
        short(what, "date expression", &when.text)?;
        let inside = sentence.start <= when.start && when.end <= sentence.end;
        if !inside || !fits(when.start, when.end, &when.text) {
            return Err(Error::Input(format!(
                "{what}: the date expression's offsets {}..{} do not fit it inside the sentence",
                when.start, when.end
            )));
        }
        if let Some(anchor) = &when.anchor {
            if parse_day(anchor).is_none() {
                return Err(Error::Input(format!(
                    "{what}: the anchor '{}' is not a date",
                    clip(anchor)
                )));
            }
        }
    }
    Ok(())
}

/// At most 40 characters of `value`, for messages.
fn clip(value: &str) -> String {
    let mut clipped = String::new();
    for c in value.chars().take(40) {
        clipped.push(c);
    }
    if clipped.len() < value.len() {
        clipped.push('…');
    }
    clipped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::export::analysis_json;

    fn sample() -> Analysis {
        crate::analyze(&crate::sample::sample_articles(), &Default::default()).unwrap()
    }

    fn rejects(analysis: &Analysis, needle: &str) {
        let json = serde_json::to_string(analysis).unwrap();
        match parse_analysis_json(&json) {
            Err(Error::Input(message)) => assert!(message.contains(needle), "{message}"),
            other => panic!("expected an error with {needle:?}, got {other:?}"),
        }
    }

    #[test]
    fn an_exported_analysis_comes_back_whole() {
        let analysis = sample();
        assert!(!analysis.events.is_empty());
        assert_eq!(
            parse_analysis_json(&analysis_json(&analysis)).unwrap(),
            analysis
        );
        let with_bom = format!("\u{feff}{}", analysis_json(&analysis));
        assert_eq!(parse_analysis_json(&with_bom).unwrap(), analysis);
    }

    #[test]
    fn analyses_saved_before_organisations_existed_still_import() {
        let analysis = sample();
        let mut value = serde_json::to_value(&analysis).unwrap();
        for event in value["events"].as_array_mut().unwrap() {
            event.as_object_mut().unwrap().remove("organisations");
        }
        let back = parse_analysis_json(&value.to_string()).unwrap();
        assert!(back.events.iter().all(|e| e.organisations.is_empty()));
        assert_eq!(back.events.len(), analysis.events.len());
    }

    #[test]
    fn malformed_json_names_the_position() {
        let message = parse_analysis_json("{\n \"articles\": [],\n \"events\": 5 }")
            .unwrap_err()
            .to_string();
        assert!(message.contains("line 3"), "{message}");
        assert!(parse_analysis_json("  ").is_err());
        assert!(parse_analysis_json("[1, 2]").is_err());
        let deep = "[".repeat(10_000);
        assert!(parse_analysis_json(&deep).is_err());
    }

    #[test]
    fn bad_ids_dates_and_offsets_are_refused() {
        let good = sample();

        let mut a = good.clone();
        a.events[0].id = " ".into();
        rejects(&a, "id is empty");

        let mut a = good.clone();
        let first = a.events[0].id.clone();
        a.events.last_mut().unwrap().id = first;
        rejects(&a, "used twice");

        let mut a = good.clone();
        a.events[0].date.start = "2025-13-01".into();
        rejects(&a, "not two YYYY-MM-DD days");

        let mut a = good.clone();
        a.events[0].date.start = "2030-01-01".into();
        a.events[0].date.end = "2029-01-01".into();
        rejects(&a, "ends");

        let mut a = good.clone();
        a.articles[0].dct = Some("yesterday".into());
        rejects(&a, "not a date");

        let mut a = good.clone();
        a.events[0].sentences[0].article = "nowhere".into();
        rejects(&a, "not among");

        let mut a = good.clone();
        a.events[0].sentences[0].end = a.events[0].sentences[0].start + 1_000_000;
        rejects(&a, "do not fit its text");

        let mut a = good.clone();
        let s = &mut a.events[0].sentences[0];
        if let Some(when) = &mut s.when {
            when.start = s.end + 10;
            when.end = s.end + 10 + when.text.len();
            rejects(&a, "inside the sentence");
        }

        let mut a = good.clone();
        a.events[0].headline = "x".repeat(MAX_TEXT + 1);
        rejects(&a, "longer than");
    }

    #[test]
    fn utf16_offsets_from_the_app_pass() {
        let mut a = sample();
        let s = &mut a.events[0].sentences[0];
        s.text = "Élysée talks — ended".into();
        s.when = None;
        s.start = 10;
        s.end = 10 + s.text.chars().count(); // UTF-16 units == chars here
        assert!(parse_analysis_json(&analysis_json(&a)).is_ok());
    }

    #[test]
    fn markup_in_text_is_kept_as_text() {
        let mut a = sample();
        a.events[0].headline = "<img src=x onerror=alert(1)>".into();
        let back = parse_analysis_json(&analysis_json(&a)).unwrap();
        assert_eq!(back.events[0].headline, "<img src=x onerror=alert(1)>");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]

            /// Any text, and any JSON-looking text, is an analysis or an error, never a panic.
            #[test]
            fn any_text_imports_or_errs(text in ".{0,200}", json in "[\\[\\]{}:,\"0-9a-z_ -]{0,200}") {
                let _ = parse_analysis_json(&text);
                let _ = parse_analysis_json(&json);
            }

            /// Every analysis the pipeline makes passes the import checks.
            #[test]
            fn analyses_of_any_text_pass(text in "[A-Za-z0-9 ,.\n]{0,300}") {
                let articles = [crate::Article::new("a", text)];
                let analysis = crate::analyze(&articles, &Default::default()).unwrap();
                prop_assert!(check(&analysis).is_ok(), "{:?}", check(&analysis));
            }
        }
    }
}
