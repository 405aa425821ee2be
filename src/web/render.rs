//! Draws an [`Analysis`] into a container element through web-sys: the events in time order as a
//! vertical list, then the summary.
//!
//! Every string that comes from an article (headlines, places, people, sentences, ids) goes into
//! the page as a text node (`textContent`), never as markup: nothing here parses HTML.
//!
//! The drawn structure, which the page's CSS and tests rely on:
//!
//! ```html
//! <section class="timeline" aria-label="Timeline">
//!   <h2>Timeline</h2>
//!   <ol class="events">
//!     <li class="event" data-id="e5" data-start="2025-12-02" data-end="2025-12-02"
//!         data-granularity="day" data-status="happened" data-places="Moscow|Kremlin">
//!       <time datetime="2025-12-02">2 Dec 2025</time>
//!       <p class="where"><span class="places">Moscow, Kremlin</span>
//!         <span class="status status-planned">planned</span></p>   <!-- planned/cancelled only -->
//!       <h3 class="headline">…</h3>
//!       <p class="people">…</p>                                      <!-- when any -->
//!       <details class="provenance"><summary class="sources">3 sources</summary>
//!         <ol class="sentences"><li><span class="article">a1</span> <span class="sentence">…</span></li></ol>
//!       </details>
//!     </li>
//!   </ol>
//! </section>
//! <section class="summary" aria-label="Summary">
//!   <h2>Summary</h2>
//!   <ol><li><span class="sentence">…</span> <span class="article">a1</span></li></ol>
//! </section>
//! ```

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement};

use crate::timeline::label::{date_label, datetime_attr, sources_label};
use crate::model::{Analysis, Event, SentenceRef, Status};

/// Draw `analysis` (as returned by `analyze`) into `container`, replacing what it held.
///
/// Works on attached and detached containers alike. Throws an `Error` when `analysis` is not an
/// analysis or the DOM refuses an operation.
#[wasm_bindgen]
pub fn render(
    container: &HtmlElement,
    #[wasm_bindgen(unchecked_param_type = "Analysis")] analysis: JsValue,
) -> Result<(), JsError> {
    let analysis: Analysis = serde_wasm_bindgen::from_value(analysis)
        .map_err(|e| JsError::new(&format!("analysis: {e}")))?;
    draw(container, &analysis).map_err(dom_error)
}

fn draw(container: &HtmlElement, analysis: &Analysis) -> Result<(), JsValue> {
    let doc = match container.owner_document() {
        Some(doc) => doc,
        None => web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| JsValue::from_str("no document to draw in"))?,
    };
    let timeline = timeline_section(&doc, &analysis.events)?;
    let summary = summary_section(&doc, &analysis.summary)?;
    container.replace_children_with_node_0();
    container.append_child(&timeline)?;
    container.append_child(&summary)?;
    Ok(())
}

fn timeline_section(doc: &Document, events: &[Event]) -> Result<Element, JsValue> {
    let section = element(doc, "section", "timeline")?;
    section.set_attribute("aria-label", "Timeline")?;
    append(&section, &text_element(doc, "h2", "", "Timeline")?)?;
    if events.is_empty() {
        append(
            &section,
            &text_element(doc, "p", "empty", "No dated events found.")?,
        )?;
        return Ok(section);
    }
    let mut ordered: Vec<&Event> = events.iter().collect();
    ordered.sort_by(|a, b| (&a.date.start, &a.date.end).cmp(&(&b.date.start, &b.date.end)));
    let list = element(doc, "ol", "events")?;
    for event in ordered {
        append(&list, &event_item(doc, event)?)?;
    }
    section.append_child(&list)?;
    Ok(section)
}

fn event_item(doc: &Document, event: &Event) -> Result<Element, JsValue> {
    let item = element(doc, "li", "event")?;
    item.set_attribute("data-id", &event.id)?;
    item.set_attribute("data-start", &event.date.start)?;
    item.set_attribute("data-end", &event.date.end)?;
    item.set_attribute("data-granularity", event.date.granularity.as_str())?;
    item.set_attribute("data-status", status_name(event.status))?;
    item.set_attribute("data-places", &event.places.join("|"))?;

    let time = text_element(doc, "time", "", &date_label(&event.date))?;
    if let Some(datetime) = datetime_attr(&event.date) {
        time.set_attribute("datetime", &datetime)?;
    }
    item.append_child(&time)?;

    if !event.places.is_empty() || event.status != Status::Happened {
        let place = element(doc, "p", "where")?;
        if !event.places.is_empty() {
            append(
                &place,
                &text_element(doc, "span", "places", &event.places.join(", "))?,
            )?;
        }
        if event.status != Status::Happened {
            if !event.places.is_empty() {
                place.append_child(&doc.create_text_node(" "))?;
            }
            let name = status_name(event.status);
            append(
                &place,
                &text_element(doc, "span", &format!("status status-{name}"), name)?,
            )?;
        }
        item.append_child(&place)?;
    }

    append(
        &item,
        &text_element(doc, "h3", "headline", &event.headline)?,
    )?;
    if !event.people.is_empty() {
        append(
            &item,
            &text_element(doc, "p", "people", &event.people.join(", "))?,
        )?;
    }

    let details = element(doc, "details", "provenance")?;
    append(
        &details,
        &text_element(doc, "summary", "sources", &sources_label(event.sources))?,
    )?;
    let sentences = element(doc, "ol", "sentences")?;
    for sentence in &event.sentences {
        let line = element(doc, "li", "")?;
        append(
            &line,
            &text_element(doc, "span", "article", &sentence.article)?,
        )?;
        line.append_child(&doc.create_text_node(" "))?;
        append(
            &line,
            &text_element(doc, "span", "sentence", &sentence.text)?,
        )?;
        sentences.append_child(&line)?;
    }
    details.append_child(&sentences)?;
    item.append_child(&details)?;
    Ok(item)
}

fn summary_section(doc: &Document, summary: &[SentenceRef]) -> Result<Element, JsValue> {
    let section = element(doc, "section", "summary")?;
    section.set_attribute("aria-label", "Summary")?;
    append(&section, &text_element(doc, "h2", "", "Summary")?)?;
    if summary.is_empty() {
        append(&section, &text_element(doc, "p", "empty", "No summary.")?)?;
        return Ok(section);
    }
    let list = element(doc, "ol", "")?;
    for sentence in summary {
        let line = element(doc, "li", "")?;
        line.set_attribute("data-article", &sentence.article)?;
        append(
            &line,
            &text_element(doc, "span", "sentence", &sentence.text)?,
        )?;
        line.append_child(&doc.create_text_node(" "))?;
        append(
            &line,
            &text_element(doc, "span", "article", &sentence.article)?,
        )?;
        list.append_child(&line)?;
    }
    section.append_child(&list)?;
    Ok(section)
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Happened => "happened",
        Status::Planned => "planned",
        Status::Cancelled => "cancelled",
    }
}

/// Append `child` to `parent`.
fn append(parent: &Element, child: &Element) -> Result<(), JsValue> {
    parent.append_child(child)?;
    Ok(())
}

/// A new `<tag class="…">` (no class attribute when `class` is empty).
fn element(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let element = doc.create_element(tag)?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    Ok(element)
}

/// A new `<tag class="…">` holding `text` as a text node.
fn text_element(doc: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let element = element(doc, tag, class)?;
    element.set_text_content(Some(text));
    Ok(element)
}

/// A DOM exception as a JS `Error` with its message.
fn dom_error(value: JsValue) -> JsError {
    let message = js_sys::Reflect::get(&value, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "the page refused to draw the timeline".to_owned());
    JsError::new(&message)
}
