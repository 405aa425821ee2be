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
        use crate::model::json::{read, read_object};
        const FIELDS: &[&str] = &["id", "published", "text", "tokenized"];
        let mut a = BenchArticle {
            id: String::new(),
            published: String::new(),
            text: String::new(),
            tokenized: false,
        };
        read_object(value, "struct BenchArticle", FIELDS, 0b0111, &mut |i, v| {
            match i {
                0 => a.id = read(v)?,
                1 => a.published = read(v)?,
                2 => a.text = read(v)?,
                _ => a.tokenized = read(v)?,
            }
            Ok(())
        })?;
        Ok(a)
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
