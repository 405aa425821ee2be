//! The whole pipeline on arbitrary articles: it must not panic, and on success every offset it
//! returns must point into its article's text on character boundaries, and ids must be sound.
//!
//! Input format (readable seeds): an optional first line `dct:VALUE`, then articles separated by
//! lines `---`; an article whose first line is `published:VALUE` is published on VALUE.
#![no_main]

use std::collections::HashSet;

use datelines::{analyze, Article, Options, SentenceRef};
use libfuzzer_sys::fuzz_target;

fn check_ref(articles: &[Article], s: &SentenceRef) {
    let article = articles
        .iter()
        .find(|a| a.id == s.article)
        .expect("sentence of a known article");
    let text = &article.text;
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "sentence {}..{} outside 0..{}",
        s.start,
        s.end,
        text.len()
    );
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    assert_eq!(&text[s.start..s.end], s.text);
    if let Some(w) = &s.when {
        assert!(
            w.start < w.end
                && w.end <= text.len()
                && text.is_char_boundary(w.start)
                && text.is_char_boundary(w.end)
        );
        assert_eq!(&text[w.start..w.end], w.text);
    }
}

/// The options and articles an input stands for.
fn read(input: &str) -> (Options, Vec<Article>) {
    let (dct, rest) = match input.strip_prefix("dct:") {
        Some(after) => {
            let (line, rest) = after.split_once('\n').unwrap_or((after, ""));
            (Some(line.to_string()), rest)
        }
        None => (None, input),
    };
    let articles = rest
        .split("\n---\n")
        .take(32)
        .enumerate()
        .map(|(i, part)| match part.strip_prefix("published:") {
            Some(after) => {
                let (line, text) = after.split_once('\n').unwrap_or((after, ""));
                Article {
                    published: Some(line.to_string()),
                    ..Article::new(format!("a{i}"), text)
                }
            }
            None => Article::new(format!("a{i}"), part),
        })
        .collect();
    (Options { dct }, articles)
}

fuzz_target!(|input: &str| {
    let (options, articles) = read(input);
    let Ok(analysis) = analyze(&articles, &options) else {
        return;
    };
    let ids: Vec<&str> = analysis.articles.iter().map(|a| a.id.as_str()).collect();
    let given: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, given, "one ArticleInfo per article, in input order");
    let mut event_ids = HashSet::new();
    for (k, e) in analysis.events.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", k + 1));
        assert!(event_ids.insert(e.id.as_str()));
        assert!(e.date.start <= e.date.end, "{:?}", e.date);
        assert!(e.sources >= 1 && e.sources <= articles.len());
        assert!(!e.sentences.is_empty());
        e.sentences.iter().for_each(|s| check_ref(&articles, s));
    }
    assert!(analysis.summary.len() <= 5);
    analysis
        .summary
        .iter()
        .for_each(|s| check_ref(&articles, s));
});
