//! The JS-facing functions: plain JS objects in (read by [`crate::web::from_js`]) and out
//! (written as JSON text by [`crate::model::json`] and made objects by `JSON.parse`: `None` is
//! `null`, as `serde-wasm-bindgen`'s JSON-compatible serializer wrote them before), bad input
//! thrown as a JS `Error`.
//!
//! Offsets are the one thing that changes at this boundary: the core counts UTF-8 bytes, JS strings
//! count UTF-16 code units, so every `start`/`end` leaving here is converted (in [`Utf16Offsets`],
//! the one place that does it) and can be used directly with `String.prototype.slice`.

use wasm_bindgen::prelude::*;

use crate::model::json::{json_batch, to_json, Json, ToJson, WithoutEvents};
use crate::model::{Analysis, Article, Options, SentenceRef};
use crate::text::hash::FastMap;
pub use crate::text::utf16::Utf16Offsets;
use crate::web::from_js::from_js;

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
    let mut text_bytes = 0;
    for article in &articles {
        text_bytes += article.text.len();
    }
    reserve_memory(text_bytes);
    let mut analysis =
        crate::analyze(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
    analysis_to_utf16(&mut analysis, &articles);
    analysis_to_js(&analysis)
}

// The sample's texts live in a JS module next to the glue, not in the wasm (see `crate::sample`).
#[wasm_bindgen(module = "/src/sample/articles.js")]
extern "C" {
    #[wasm_bindgen(js_name = sampleArticles)]
    fn sample_articles_from_js() -> JsValue;
}

/// The built-in sample: a few short articles about one story, ready for [`analyze`] (the same
/// articles as [`crate::sample::sample_articles`], read from `src/sample/articles.js`).
#[wasm_bindgen(unchecked_return_type = "Article[]")]
pub fn sample() -> Result<JsValue, JsError> {
    Ok(sample_articles_from_js())
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

/// The analysis (as returned by [`analyze`] or [`import_analysis`]) in an export format:
/// `"timelinejs"`, `"ics"`, `"csv"`, `"md"` or `"json"` (see [`crate::timeline::export`]).
/// The `.ics` file's `DTSTAMP` is the current time. Throws an `Error` for an unknown format or
/// an object that is not an analysis.
#[wasm_bindgen(js_name = exportAnalysis)]
pub fn export_analysis(
    #[wasm_bindgen(unchecked_param_type = "Analysis")] analysis: JsValue,
    format: &str,
) -> Result<String, JsError> {
    use crate::timeline::export;
    let analysis: Analysis = from_js(analysis, "analysis")?;
    Ok(match format {
        "timelinejs" => export::timelinejs(&analysis),
        "ics" => {
            let date = crate::web::js::get(&crate::web::js::global(), "Date");
            let now = crate::web::js::call0(&date, "now").ok().and_then(|n| n.as_f64()).unwrap_or(0.0);
            let stamp = chrono::DateTime::from_timestamp((now / 1000.0) as i64, 0)
                .unwrap_or_default()
                .naive_utc();
            export::ics(&analysis, stamp)
        }
        "csv" => export::csv(&analysis),
        "md" => export::markdown(&analysis),
        // The browser's JSON.stringify writes the same JSON as `export::analysis_json` without
        // a second JSON writer for the analysis in the wasm.
        "json" => {
            let value = analysis_to_js(&analysis)?;
            let json = js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &JsValue::NULL,
                &JsValue::from(2),
            )
            .map_err(|_| JsError::new("cannot write the analysis as JSON"))?;
            String::from(json) + "\n"
        }
        other => {
            return Err(JsError::new(&format!(
                "unknown export format '{other}' (expected timelinejs, ics, csv, md or json)"
            )))
        }
    })
}

/// An analysis read back from its JSON text and checked as
/// [`crate::timeline::import::parse_analysis_json`] does (size, ids, dates, offsets); throws an
/// `Error` saying what is wrong. The text is parsed by the browser's `JSON.parse`, which keeps a
/// second JSON reader for the analysis out of the wasm.
#[wasm_bindgen(js_name = importAnalysis, unchecked_return_type = "Analysis")]
pub fn import_analysis(text: &str) -> Result<JsValue, JsError> {
    let analysis = checked_analysis(text)?;
    analysis_to_js(&analysis)
}

/// Parse (with `JSON.parse`) and check an analysis JSON text.
fn checked_analysis(text: &str) -> Result<Analysis, JsError> {
    use crate::timeline::import;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > import::MAX_BYTES {
        return Err(JsError::new(&format!(
            "the analysis JSON is {} MB; at most {} MB can be imported",
            text.len() / (1024 * 1024),
            import::MAX_BYTES / (1024 * 1024)
        )));
    }
    let value = js_sys::JSON::parse(text).map_err(|e| {
        // `JSON.parse` throws a `SyntaxError`; its message says where.
        let reason = crate::web::js::get(&e, "message")
            .as_string()
            .unwrap_or_else(|| "malformed JSON".to_string());
        JsError::new(&format!("not an analysis: {reason}"))
    })?;
    let analysis: Analysis = from_js(value, "not an analysis")?;
    import::check(&analysis).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(analysis)
}

/// The title and text of an HTML document, markup discarded ([`crate::input::html_to_text`]).
#[wasm_bindgen(js_name = htmlToText, unchecked_return_type = "{ title: string | null, text: string }")]
pub fn html_to_text(html: &str) -> Result<JsValue, JsError> {
    let page = crate::input::html_to_text(html);
    to_js(&PageText {
        title: page.title,
        text: page.text,
    })
}

/// What a dropped or opened file holds: `{ articles }` for text, HTML and Markdown files
/// ([`crate::input::article_from_text_file`]) and for JSON articles (an array, one object or
/// JSON Lines, as [`crate::input::parse_json_articles`] reads them), or `{ analysis }` for a JSON
/// object with `events` (checked as an import). Throws an `Error` naming the file when it is
/// binary or unreadable. JSON is parsed by the browser's `JSON.parse` (no JSON reader in the wasm).
#[wasm_bindgen(
    js_name = readFile,
    unchecked_return_type = "{ articles?: Article[], analysis?: Analysis }"
)]
pub fn read_file(name: &str, bytes: &[u8]) -> Result<JsValue, JsError> {
    let named = |message: String| JsError::new(&format!("'{name}': {message}"));
    let text = crate::input::file_text(name, bytes).map_err(|e| named(e.to_string()))?;
    let limit = crate::timeline::import::MAX_BYTES;
    if text.len() > limit {
        return Err(named(format!(
            "the file is larger than {} MB",
            limit / (1024 * 1024)
        )));
    }
    let trimmed = text.trim();
    let contents = if !crate::input::is_json_name(name) {
        let article = crate::input::article_from_text_file(name, text);
        FileContents { articles: Some(article.map_or_else(Vec::new, |a| vec![a])), analysis: None }
    } else if trimmed.is_empty() {
        FileContents { articles: Some(Vec::new()), analysis: None }
    } else {
        match js_sys::JSON::parse(trimmed) {
            // (`trimmed` starts with what `JSON.parse` read first: `[` for an array.)
            Ok(value) if trimmed.starts_with('[') => {
                FileContents { articles: Some(from_js(value, &format!("'{name}': articles"))?), analysis: None }
            }
            Ok(value)
                if value.is_object()
                    // (`JSON.parse` never makes an `undefined` member.)
                    && !crate::web::js::get(&value, "events").is_undefined() =>
            {
                let analysis: Analysis = from_js(value, &format!("'{name}': not an analysis"))?;
                crate::timeline::import::check(&analysis).map_err(|e| named(e.to_string()))?;
                FileContents { articles: None, analysis: Some(analysis) }
            }
            Ok(value) => FileContents { articles: Some(vec![from_js(value, &format!("'{name}': article"))?]), analysis: None },
            Err(_) => {
                // JSON Lines: one article object per non-empty line.
                let mut articles = Vec::new();
                for (index, line) in text.lines().enumerate() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    let value = js_sys::JSON::parse(line)
                        .map_err(|_| named(format!("malformed JSON at line {}", index + 1)))?;
                    articles.push(from_js(value, &format!("'{name}': line {}", index + 1))?);
                }
                FileContents { articles: Some(articles), analysis: None }
            }
        }
    };
    to_js(&contents)
}

/// The title and text of an HTML document, as [`html_to_text`] returns them.
struct PageText {
    title: Option<String>,
    text: String,
}

impl ToJson for PageText {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("title", &self.title);
        out.field("text", &self.text);
        out.end();
    }
}

/// What [`read_file`] found in a file: articles or an analysis (the one given).
struct FileContents {
    articles: Option<Vec<Article>>,
    analysis: Option<Analysis>,
}

impl ToJson for FileContents {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.optional("articles", &self.articles);
        out.optional("analysis", &self.analysis);
        out.end();
    }
}

/// Bytes of the module's memory an analysis takes per byte of article text, a little under what
/// it was measured to peak at (about 19 for the synthetic stories of `make bench`).
const MEMORY_PER_TEXT_BYTE: usize = 16;

/// Grow the module's memory in one step for an analysis of `text_bytes` of text, instead of the
/// allocator growing it 64 KB at a time as the analysis allocates (1,500 times for a 5 MB
/// story; each growth is a call out to the engine and detaches the JS views of the memory).
/// Allocating and freeing one block does it: the allocator keeps the freed memory for what
/// follows, and wasm memory never shrinks anyway. Small inputs are left alone.
fn reserve_memory(text_bytes: usize) {
    let bytes = text_bytes.saturating_mul(MEMORY_PER_TEXT_BYTE);
    if bytes >= 8 << 20 {
        // A failed reservation only means the analysis grows the memory as before.
        let mut block: Vec<u8> = Vec::new();
        let _ = block.try_reserve_exact(bytes);
        // Kept opaque so the optimiser cannot drop the allocation as unused.
        std::hint::black_box(&block);
    }
}

/// `value` as a plain JS value (objects, arrays, `null` for `None`): its JSON text, parsed by
/// the browser's `JSON.parse`.
pub(crate) fn to_js<T: ToJson + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&to_json(value)).map_err(|_| JsError::new("cannot return the result to JS"))
}

/// Bytes of JSON parsed at a time by [`analysis_to_js`].
const JSON_BATCH_BYTES: usize = 1 << 20;

/// The analysis as a plain JS object, as [`to_js`] makes it, but parsed a part at a time: the
/// object with an empty `events` array, then the events in batches of about
/// [`JSON_BATCH_BYTES`] of JSON. The module's memory then never holds much more than one batch
/// (all of a 5 MB story's analysis is about 20 MB of JSON, which would otherwise be added to the
/// module's peak memory).
fn analysis_to_js(analysis: &Analysis) -> Result<JsValue, JsError> {
    let fail = || JsError::new("cannot return the result to JS");
    let object = to_js(&WithoutEvents(analysis))?;
    // Its `events` (an empty array) is filled in place.
    let events = crate::web::js::get(&object, "events");
    let mut count = 0u32;
    let mut from = 0;
    while from < analysis.events.len() {
        let (text, next) = json_batch(&analysis.events, from, JSON_BATCH_BYTES);
        let batch = js_sys::JSON::parse(&text).map_err(|_| fail())?;
        // Appended one by one (not `concat`, which copies what is there for every batch:
        // quadratic in the batches of a large story).
        for k in 0..crate::web::js::num(&batch, "length") as u32 {
            let event = js_sys::Reflect::get(&batch, &k.into()).unwrap_or_default();
            js_sys::Reflect::set(&events, &count.into(), &event).map_err(|_| fail())?;
            count += 1;
        }
        from = next;
    }
    Ok(object)
}

/// Rewrite every offset of `analysis` from UTF-8 bytes to UTF-16 code units of its article's text.
fn analysis_to_utf16(analysis: &mut Analysis, articles: &[Article]) {
    // The first article of each id, as the offsets of the analysis refer to it (a map to
    // indices: the map type is one the module has anyway).
    let mut index: FastMap<&str, usize> = FastMap::default();
    let mut texts: Vec<Utf16Offsets<'_>> = Vec::new();
    for article in articles {
        index.entry(article.id.as_str()).or_insert_with(|| {
            texts.push(Utf16Offsets::new(&article.text));
            texts.len() - 1
        });
    }
    let convert = |sentence: &mut SentenceRef| {
        if let Some(offsets) = index.get(sentence.article.as_str()).and_then(|&i| texts.get(i)) {
            sentence_to_utf16(sentence, offsets);
        }
    };
    for event in &mut analysis.events {
        for sentence in &mut event.sentences {
            convert(sentence);
        }
    }
    for sentence in &mut analysis.summary {
        convert(sentence);
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
