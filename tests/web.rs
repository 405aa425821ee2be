//! The wasm API, in real browsers:
//! `wasm-pack test --headless --chrome -- --test web` (and `--firefox`); `make test-wasm`.
//! Native `cargo test` skips this file. The DOM drawing (the `<datelines-timeline>` widget) is
//! tested in `web_widget.rs`.
#![cfg(target_arch = "wasm32")]

use datelines::web::{self, api::Utf16Offsets};
use datelines::{Analysis, Article, Event, Status};
use js_sys::{Array, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsError, JsValue};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

// `SEEDS: &[(&str, &str)]`: the files of ../shared/seeds, embedded by build.rs (empty without them).
include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

// ---------------------------------------------------------------------------------------------
// helpers

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON parses")
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("serialisable")
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("readable property")
}

fn error_message(error: JsError) -> String {
    let value = JsValue::from(error);
    assert!(
        value.is_instance_of::<js_sys::Error>(),
        "thrown value is an Error"
    );
    get(&value, "message").as_string().unwrap_or_default()
}

fn analysis_of(value: JsValue) -> Analysis {
    serde_wasm_bindgen::from_value(value).expect("analyze returns an Analysis")
}

fn articles_js(articles: &[Article]) -> JsValue {
    to_js(&articles.to_vec())
}

// ---------------------------------------------------------------------------------------------
// analyze

#[wasm_bindgen_test]
fn analyze_returns_plain_object_with_arrays() {
    let articles = js(
        r#"[{"id": "a1", "text": "On Tuesday the envoys met in Moscow.", "published": "2025-12-03"}]"#,
    );
    let result = web::analyze(articles, None)
        .map_err(error_message)
        .expect("analyze succeeds");
    assert!(result.is_object());
    assert!(
        !result.is_instance_of::<js_sys::Map>(),
        "a plain object, not a Map"
    );
    for key in ["articles", "events", "summary"] {
        assert!(Array::is_array(&get(&result, key)), "{key} is an array");
    }
    let infos = Array::from(&get(&result, "articles"));
    assert_eq!(infos.length(), 1);
    assert_eq!(get(&infos.get(0), "id").as_string().as_deref(), Some("a1"));
    // JSON-compatible: it stringifies as is.
    let json = JSON::stringify(&result)
        .expect("stringify")
        .as_string()
        .unwrap_or_default();
    assert!(json.contains("\"events\""), "{json}");
    // The documented example of the crate, through the JS door.
    let analysis = analysis_of(result);
    assert_eq!(
        analysis.events.first().map(|e| e.date.value.as_str()),
        Some("2025-12-02")
    );
}

#[wasm_bindgen_test]
fn analyze_accepts_options_and_null() {
    let articles = js(r#"[{"id": "a1", "text": "On Tuesday the envoys met in Moscow."}]"#);
    let with_dct =
        web::analyze(articles.clone(), Some(js(r#"{"dct": "2025-12-03"}"#))).map_err(error_message);
    assert!(with_dct.is_ok(), "{with_dct:?}");
    let with_null = web::analyze(articles.clone(), Some(JsValue::NULL)).map_err(error_message);
    assert!(with_null.is_ok(), "{with_null:?}");
    let with_undefined = web::analyze(articles, Some(JsValue::UNDEFINED)).map_err(error_message);
    assert!(with_undefined.is_ok(), "{with_undefined:?}");
}

#[wasm_bindgen_test]
fn analyze_offsets_are_js_string_indices() {
    // Non-ASCII before the sentences: byte and UTF-16 offsets differ.
    let text = "Zürich — „Gespräche“ 🕊️. On Tuesday the envoys met Putin in Moscow. The talks ended late on Tuesday.";
    let articles = vec![Article {
        published: Some("2025-12-03".into()),
        ..Article::new("a1", text)
    }];
    let result = web::analyze(articles_js(&articles), None)
        .map_err(error_message)
        .expect("analyze");
    let js_text = js_sys::JsString::from(text);
    let analysis = analysis_of(result);
    let sentences = analysis
        .events
        .iter()
        .flat_map(|e| e.sentences.iter())
        .chain(analysis.summary.iter());
    for s in sentences {
        let slice = String::from(js_text.slice(s.start as u32, s.end as u32));
        assert_eq!(
            slice, s.text,
            "sentence offsets {}..{} slice the JS string",
            s.start, s.end
        );
        if let Some(when) = &s.when {
            assert_eq!(
                String::from(js_text.slice(when.start as u32, when.end as u32)),
                when.text
            );
        }
    }
}

#[wasm_bindgen_test]
fn utf16_offsets_convert_bytes_to_code_units() {
    let text = "aé🕊b";
    let offsets = Utf16Offsets::new(text);
    assert_eq!(offsets.at(0), 0);
    assert_eq!(offsets.at(1), 1); // after 'a'
    assert_eq!(offsets.at(3), 2); // after 'é' (2 bytes, 1 unit)
    assert_eq!(offsets.at(7), 4); // after '🕊' (4 bytes, 2 units)
    assert_eq!(offsets.at(8), 5);
    assert_eq!(offsets.at(2), 1, "inside a character: its start");
    assert_eq!(offsets.at(99), 5, "past the end: the end");
    assert_eq!(Utf16Offsets::new("ascii").at(3), 3);
}

#[wasm_bindgen_test]
fn empty_input_gives_empty_analysis_with_a_message() {
    for input in [r#"[]"#, r#"[{"id": "a1", "text": "   "}]"#] {
        let result = web::analyze(js(input), None)
            .map_err(error_message)
            .expect("empty input is not an error");
        let analysis = analysis_of(result);
        assert!(analysis.events.is_empty(), "{input}: no events");
        assert!(analysis.summary.is_empty(), "{input}: no summary");
        assert!(
            !analysis.messages.is_empty(),
            "{input}: a message says why the result is empty"
        );
    }
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_with_messages() {
    let ok_articles = js(r#"[{"id": "a1", "text": "On Tuesday they met."}]"#);

    let bad_dct = web::analyze(ok_articles.clone(), Some(js(r#"{"dct": "2025-13-45"}"#)));
    assert!(bad_dct.is_err(), "an invalid dct is thrown");
    assert!(error_message(bad_dct.unwrap_err()).contains("2025-13-45"));

    let bad_published = web::analyze(
        js(r#"[{"id": "a1", "text": "x", "published": "yesterday"}]"#),
        None,
    );
    assert!(
        bad_published.is_err(),
        "an invalid published date is thrown"
    );

    for (articles, needle) in [
        (JsValue::from_str("not articles"), "articles"),
        (js(r#"[{"id": "a1"}]"#), "text"),
        (js(r#"[{"id": 7, "text": "x"}]"#), "articles"),
        (JsValue::UNDEFINED, "articles"),
    ] {
        let result = web::analyze(articles, None);
        assert!(result.is_err());
        let message = error_message(result.unwrap_err());
        assert!(message.contains(needle), "{message:?} names {needle}");
    }
    let bad_options = web::analyze(ok_articles, Some(JsValue::from_str("options?")));
    assert!(bad_options.is_err());
}

// ---------------------------------------------------------------------------------------------
// sample, splitPasted, tag

#[wasm_bindgen_test]
fn sample_is_articles_that_analyse_to_events() {
    let sample = web::sample().map_err(error_message).expect("sample");
    assert!(Array::is_array(&sample));
    let articles: Vec<Article> = serde_wasm_bindgen::from_value(sample.clone()).expect("articles");
    assert!(!articles.is_empty(), "the sample holds articles");
    for article in &articles {
        assert!(
            !article.id.is_empty() && !article.text.trim().is_empty(),
            "{article:?}"
        );
    }
    let analysis = analysis_of(
        web::analyze(sample, None)
            .map_err(error_message)
            .expect("analyze"),
    );
    assert!(!analysis.events.is_empty(), "the sample has events");
}

#[wasm_bindgen_test]
fn split_pasted_splits_on_dash_lines() {
    let result = web::split_pasted("First story here.\n---\nSecond story here.\n")
        .map_err(error_message)
        .expect("split");
    let articles: Vec<Article> = serde_wasm_bindgen::from_value(result).expect("articles");
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0].text, "First story here.");
    assert_eq!(articles[1].text, "Second story here.");
    assert_ne!(articles[0].id, articles[1].id);
    let none: Vec<Article> = serde_wasm_bindgen::from_value(
        web::split_pasted("  \n---\n")
            .map_err(error_message)
            .expect("split"),
    )
    .expect("articles");
    assert!(none.is_empty());
}

#[wasm_bindgen_test]
fn tag_resolves_against_dct_and_rejects_bad_dates() {
    let text = "Zürich: on Tuesday the envoys met.";
    let result = web::tag(text, Some("2025-12-03".into()))
        .map_err(error_message)
        .expect("tag");
    assert!(Array::is_array(&result));
    let found = Array::from(&result);
    let js_text = js_sys::JsString::from(text);
    for timex in found.iter() {
        let start = get(&timex, "start").as_f64().expect("start") as u32;
        let end = get(&timex, "end").as_f64().expect("end") as u32;
        assert_eq!(
            String::from(js_text.slice(start, end)),
            get(&timex, "text").as_string().unwrap_or_default()
        );
    }
    let tuesday = found.iter().find(|t| {
        get(t, "text")
            .as_string()
            .is_some_and(|s| s.contains("Tuesday"))
    });
    assert_eq!(
        tuesday
            .map(|t| get(&t, "value").as_string().unwrap_or_default())
            .as_deref(),
        Some("2025-12-02")
    );

    assert!(web::tag(text, None).is_ok(), "no dct is fine");
    assert!(
        web::tag(text, Some(String::new())).is_ok(),
        "an empty dct counts as none"
    );
    let bad = web::tag(text, Some("not-a-date".into()));
    assert!(bad.is_err(), "an invalid dct is thrown");
    assert!(error_message(bad.unwrap_err()).contains("not-a-date"));
    assert!(web::tag(text, Some("2025-02-30".into())).is_err());
}

// ---------------------------------------------------------------------------------------------
// the seed story, end to end in the browser

/// The first event that lists `place`, starts after `after` and passes `also`.
fn first_after<'a>(
    events: &'a [Event],
    place: &str,
    after: &str,
    also: impl Fn(&Event) -> bool,
) -> Option<&'a Event> {
    events
        .iter()
        .filter(|e| e.places.iter().any(|p| p == place) && e.date.start.as_str() > after && also(e))
        .min_by(|a, b| a.date.start.cmp(&b.date.start))
}

#[wasm_bindgen_test]
fn seed_articles_give_the_story_in_order() {
    if SEEDS.is_empty() {
        console_log!("seed check skipped: ../shared/seeds was not found when the tests were built (add it, then `touch build.rs`)");
        return;
    }
    let articles: Vec<Article> = SEEDS
        .iter()
        .map(|(name, text)| Article::new(*name, *text))
        .collect();
    let result = web::analyze(articles_js(&articles), None)
        .map_err(error_message)
        .expect("analyze the seeds");
    let analysis = analysis_of(result.clone());
    let listing: Vec<String> = analysis
        .events
        .iter()
        .map(|e| {
            format!(
                "{} {:?} {:?} {}",
                e.date.start, e.places, e.status, e.headline
            )
        })
        .collect();
    let listing = listing.join("\n  ");

    // Anchorage, Budapest (called off), Geneva, Florida, Moscow (2 Dec 2025), in order of start.
    let mut after = String::new();
    type Also = fn(&Event) -> bool;
    let expected: [(&str, Also); 5] = [
        ("Anchorage", |_| true),
        ("Budapest", |e| e.status == Status::Cancelled),
        ("Geneva", |_| true),
        ("Florida", |_| true),
        ("Moscow", |e| e.date.start == "2025-12-02"),
    ];
    for (place, also) in expected {
        let found = first_after(&analysis.events, place, &after, also);
        let found =
            found.unwrap_or_else(|| panic!("no {place} event after {after:?} in:\n  {listing}"));
        after = found.date.start.clone();
    }
}

// ---------------------------------------------------------------------------------------------
// reading JS values (src/web/from_js.rs: JSON.stringify, then a small reader)

#[wasm_bindgen_test]
fn strings_cross_with_escapes_and_astral_characters() {
    let text =
        "On Tuesday \"the envoys\" met in Zürich 😀 with a \\ backslash.\tThey left.\nNo deal.";
    let mut article = Article::new("a\"1", text);
    article.published = Some("2025-12-03".into());
    let articles = to_js(&vec![article]);
    let analysis = analysis_of(
        web::analyze(articles, None)
            .map_err(error_message)
            .expect("analyses"),
    );
    assert_eq!(analysis.articles[0].id, "a\"1");
    assert!(analysis
        .events
        .iter()
        .any(|e| e.sentences.iter().any(|s| s.text.contains("😀"))));
    let json = web::export_analysis(to_js(&analysis), "json")
        .map_err(error_message)
        .expect("json");
    let back: Analysis = serde_json::from_str(&json).expect("the export is an analysis");
    assert_eq!(
        back, analysis,
        "an analysis read from JS is the analysis written to JS"
    );
}

#[wasm_bindgen_test]
fn fractions_wrong_types_and_deep_nesting_are_errors() {
    let fraction = web::import_analysis(
        r#"{"articles": [], "events": [], "summary": [{"article": "a", "text": "x", "start": 0.5, "end": 1}]}"#,
    );
    let message = error_message(fraction.expect_err("a fractional offset is refused"));
    assert!(
        message.contains("not an analysis") && message.contains("whole number"),
        "{message}"
    );

    let wrong = web::analyze(js(r#"[{"id": "a1", "text": ["x"]}]"#), None);
    let message = error_message(wrong.expect_err("a text that is an array is refused"));
    assert!(
        message.starts_with("articles: invalid type: an array"),
        "{message}"
    );

    // Deeper than the reader's limit (256), shallow enough for every browser's JSON.stringify.
    let deep = "[".repeat(300) + &"]".repeat(300);
    let nested = web::read_file("deep.json", deep.as_bytes());
    let message = error_message(nested.expect_err("deep nesting is refused, not a trap"));
    assert!(message.contains("nested too deeply"), "{message}");
}
