//! Exports for `make bench` only (cargo feature `bench`): the timeline summarisation of
//! [`crate::summary::tls`], so its cost per Timeline17 topic can be measured in a browser tab as
//! issue 4 asks. The shipped module leaves it out to stay small.

use wasm_bindgen::prelude::*;

use crate::summary::tls::{timeline, TlsArticle, TlsOptions};

/// One article as the bench passes it: a Timeline17 document with its publication day.
struct BenchArticle {
    id: String,
    published: String,
    text: String,
    tokenized: bool,
}

impl crate::model::json::FromValue for BenchArticle {
    fn from_value(value: crate::model::json::Value) -> Result<Self, crate::model::json::Error> {
        use crate::model::json::{put, read_object, required};
        const FIELDS: &[&str] = &["id", "published", "text", "tokenized"];
        let (mut id, mut published, mut text, mut tokenized) = (None, None, None, None);
        read_object(value, "struct BenchArticle", FIELDS, &mut |i, v| match i {
            0 => put(&mut id, v),
            1 => put(&mut published, v),
            2 => put(&mut text, v),
            _ => put(&mut tokenized, v),
        })?;
        Ok(BenchArticle {
            id: required(id, "id")?,
            published: required(published, "published")?,
            text: required(text, "text")?,
            tokenized: tokenized.unwrap_or_default(),
        })
    }
}

/// The timeline of `articles` (`[{ id, published: "YYYY-MM-DD", text, tokenized }]`) with at
/// most `max_dates` dates and `sentences_per_date` sentences each; returns the number of dates
/// (the bench times the work, not the transfer of the result).
#[wasm_bindgen(js_name = timelineSummary)]
pub fn timeline_summary(
    articles: JsValue,
    max_dates: u32,
    sentences_per_date: u32,
) -> Result<u32, JsError> {
    let given: Vec<BenchArticle> = crate::web::from_js::from_js(articles, "articles")?;
    let mut articles = Vec::with_capacity(given.len());
    for a in given {
        let published = crate::time::parse_iso_date(&a.published).ok_or_else(|| {
            JsError::new(&format!(
                "article {}: '{}' is not a date",
                a.id, a.published
            ))
        })?;
        articles.push(TlsArticle {
            id: a.id,
            published,
            text: a.text,
            tokenized: a.tokenized,
        });
    }
    let options = TlsOptions {
        max_dates: max_dates as usize,
        sentences_per_date: sentences_per_date as usize,
        ..TlsOptions::default()
    };
    Ok(timeline(&articles, &options).len() as u32)
}
