//! No input makes the pipeline panic, and every offset it returns points into its article on
//! character boundaries. Property tests over arbitrary text and over text assembled from
//! date-laden fragments (the tagger's and merger's hard cases).
#![cfg(not(target_arch = "wasm32"))]

use datelines::{analyze, time, Analysis, Article, Options};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "On Tuesday", "two weekends ago", "in August", "3.12.2025, 10:55", "yesterday", " the envoys met in Moscow",
    " at the Kremlin", "the weekend of 22–23 November", "Dec. 2, 2025", "“Tuesday,” he said", "99999999", "February 30",
    " in Geneva and Florida over the past two weekends", "Whitkoff", " Zelenskiy", "—", "\n", "\n---\n", ". ", "U.S.",
    "0000-00-00", "9999-12-31", "last week", "every Tuesday", "the 1990s", "Q3 2025", "twice a week", "½", "２０２５",
    "cancelled", "will meet", "REUTERS/Jane Roe", "Share", "Read More: x", "[embed id=”1”]", "(MOSCOW, Russia) —",
];

fn check(articles: &[Article], analysis: &Analysis) {
    let text_of = |id: &str| &articles.iter().find(|a| a.id == id).expect("known article").text;
    let spans = analysis.events.iter().flat_map(|e| e.sentences.iter()).chain(analysis.summary.iter());
    for s in spans {
        let text = text_of(&s.article);
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(&text[s.start..s.end], s.text);
        if let Some(w) = &s.when {
            assert_eq!(&text[w.start..w.end], w.text);
        }
    }
    for e in &analysis.events {
        assert!(e.date.start <= e.date.end, "{:?}", e.date);
        assert!(e.sources >= 1 && e.sources <= articles.len());
    }
    assert!(analysis.summary.len() <= 5);
}

fn assembled() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}", dct in prop::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        let articles = vec![Article::new("a", text.clone())];
        let options = Options { dct: dct.clone() };
        match analyze(&articles, &options) {
            Ok(analysis) => check(&articles, &analysis),
            Err(e) => prop_assert!(dct.is_some() || text.chars().any(char::is_control), "unexpected error {e}"),
        }
        for t in time::tag(&text, None) {
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end) && t.start < t.end);
        }
    }

    #[test]
    fn date_laden_collections_give_consistent_timelines(a in assembled(), b in assembled(), c in assembled()) {
        let articles = vec![Article::new("a", a), Article::new("b", b), Article::new("c", c)];
        let analysis = analyze(&articles, &Options { dct: Some("2025-12-03".into()) }).unwrap();
        check(&articles, &analysis);
        // The same input gives the same result.
        prop_assert_eq!(analyze(&articles, &Options { dct: Some("2025-12-03".into()) }).unwrap(), analysis);
    }
}

#[test]
fn huge_and_degenerate_inputs_finish() {
    let cases = [
        "9".repeat(10_000),
        "x".repeat(1_000_000),
        ".".repeat(200_000),
        "\"".repeat(100_000),
        "On Tuesday. ".repeat(20_000),
    ];
    for text in cases {
        let articles = vec![Article::new("a", text)];
        let analysis = analyze(&articles, &Options::default()).unwrap();
        check(&articles, &analysis);
    }
}

#[test]
fn empty_input_is_an_empty_analysis_with_a_reason() {
    let none = analyze(&[], &Options::default()).unwrap();
    assert!(none.events.is_empty() && !none.messages.is_empty());
    let blank = analyze(&[Article::new("a", "  \n\t ")], &Options::default()).unwrap();
    assert_eq!(blank.articles.len(), 1);
    assert!(blank.events.is_empty() && !blank.messages.is_empty());
}

#[test]
fn binary_text_and_bad_dates_are_clear_errors() {
    let err = analyze(&[Article::new("bin", "abc\0def")], &Options::default()).unwrap_err();
    assert!(err.to_string().contains("bin") && err.to_string().contains("binary"));
    let err = analyze(&[Article::new("a", "text")], &Options { dct: Some("3.12.2025".into()) }).unwrap_err();
    assert!(err.to_string().contains("3.12.2025"));
    let mut article = Article::new("a", "text");
    article.published = Some("yesterday".into());
    assert!(analyze(&[article], &Options::default()).unwrap_err().to_string().contains("yesterday"));
}
