//! The JS-facing functions: plain JS objects in and out through `serde-wasm-bindgen`
//! (JSON-compatible: `None` is `null`, maps are plain objects), bad input thrown as a JS `Error`.
//!
//! Offsets are the one thing that changes at this boundary: the core counts UTF-8 bytes, JS strings
//! count UTF-16 code units, so every `start`/`end` leaving here is converted (in [`Utf16Offsets`],
//! the one place that does it) and can be used directly with `String.prototype.slice`.

use std::collections::HashMap;

use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::prelude::*;

use crate::model::{Analysis, Article, Options, SentenceRef};
pub use crate::text::utf16::Utf16Offsets;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** One news article. `text` is plain text, never interpreted as HTML. */
export interface Article {
  /** Caller-chosen identifier, unique within one analysis. */
  id: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** ISO date (`2025-12-03`) or datetime. */
  published?: string | null;
  text: string;
}

/** Settings for one analysis. */
export interface Options {
  /** Anchor every article on this date (`YYYY-MM-DD`). */
  dct?: string | null;
}

export type Granularity = "day" | "weekend" | "week" | "month" | "quarter" | "season" | "year" | "decade";
export type Status = "happened" | "planned" | "cancelled";

/** A resolved calendar value with its inclusive extent (`YYYY-MM-DD`). */
export interface DateValue { value: string; start: string; end: string; granularity: Granularity; }

/** A temporal expression; offsets are UTF-16 code units into the article text. */
export interface WhenRef { text: string; start: number; end: number; anchor?: string; }

/** A sentence of one article; offsets are UTF-16 code units into that article's text. */
export interface SentenceRef { article: string; text: string; start: number; end: number; when?: WhenRef; }

/** One event of the story. */
export interface Event {
  id: string;
  date: DateValue;
  places: string[];
  people: string[];
  headline: string;
  status: Status;
  sentences: SentenceRef[];
  sources: number;
}

/** The date an article was anchored on, and where it came from. */
export interface ArticleInfo { id: string; dct: string | null; dct_source: "given" | "text" | "collection" | "none"; }

/** The result of analysing a collection of articles. */
export interface Analysis {
  articles: ArticleInfo[];
  events: Event[];
  summary: SentenceRef[];
  /** Why a result is empty or partial; absent when all went well. */
  messages?: string[];
}

/** Analyse articles with the default options (see the two-argument form below). */
export function analyze(articles: Article[]): Analysis;

/** A temporal expression found by `tag`; offsets are UTF-16 code units into the text. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  value: string;
  mod?: string;
}
"#;

/// Analyse a collection of articles about one story.
///
/// `articles` is an array of `{ id, text, title?, source?, url?, published? }`; `options` is
/// `{ dct? }` or may be left out. Returns the [`Analysis`] as a plain JS object. Throws an `Error`
/// naming the problem when the input is not articles or a date in it is not a date.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "Article[]")] articles: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | null | undefined")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let articles: Vec<Article> = from_js(articles, "articles")?;
    let options: Options = match options {
        Some(options) if !options.is_undefined() && !options.is_null() => {
            from_js(options, "options")?
        }
        _ => Options::default(),
    };
    let mut analysis =
        crate::analyze(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
    analysis_to_utf16(&mut analysis, &articles);
    to_js(&analysis)
}

/// The built-in sample: a few short articles about one story, ready for [`analyze`].
#[wasm_bindgen(unchecked_return_type = "Article[]")]
pub fn sample() -> Result<JsValue, JsError> {
    to_js(&crate::sample::sample_articles())
}

/// Split pasted text into articles: one or more articles separated by a line holding `---`.
#[wasm_bindgen(js_name = splitPasted, unchecked_return_type = "Article[]")]
pub fn split_pasted(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::input::split_pasted(text))
}

/// The temporal expressions of `text`, resolved against `dct` (`YYYY-MM-DD`) when it is given.
///
/// A missing, `null` or empty `dct` leaves relative expressions unresolved; a `dct` that is not
/// a date throws an `Error`.
#[wasm_bindgen(unchecked_return_type = "Timex[]")]
pub fn tag(text: &str, dct: Option<String>) -> Result<JsValue, JsError> {
    let dct = match dct.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(value) => Some(crate::time::parse_iso_date(value).ok_or_else(|| {
            JsError::new(
                &crate::Error::InvalidDate {
                    field: "dct".into(),
                    value: value.into(),
                }
                .to_string(),
            )
        })?),
    };
    let offsets = Utf16Offsets::new(text);
    let mut timexes = crate::time::tag(text, dct);
    for timex in &mut timexes {
        timex.start = offsets.at(timex.start);
        timex.end = offsets.at(timex.end);
    }
    to_js(&timexes)
}

/// A JS value read as `T`; the error names `what` was being read.
fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// `value` as a plain JS value (objects, arrays, `null` for `None`).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot return the result to JS: {e}")))
}

/// Rewrite every offset of `analysis` from UTF-8 bytes to UTF-16 code units of its article's text.
fn analysis_to_utf16(analysis: &mut Analysis, articles: &[Article]) {
    let mut texts: HashMap<&str, Utf16Offsets<'_>> = HashMap::new();
    for article in articles {
        texts
            .entry(article.id.as_str())
            .or_insert_with(|| Utf16Offsets::new(&article.text));
    }
    let sentences = analysis
        .events
        .iter_mut()
        .flat_map(|e| e.sentences.iter_mut());
    for sentence in sentences.chain(analysis.summary.iter_mut()) {
        if let Some(offsets) = texts.get(sentence.article.as_str()) {
            sentence_to_utf16(sentence, offsets);
        }
    }
}

fn sentence_to_utf16(sentence: &mut SentenceRef, offsets: &Utf16Offsets<'_>) {
    sentence.start = offsets.at(sentence.start);
    sentence.end = offsets.at(sentence.end);
    if let Some(when) = &mut sentence.when {
        when.start = offsets.at(when.start);
        when.end = offsets.at(when.end);
    }
}
