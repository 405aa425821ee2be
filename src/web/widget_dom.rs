//! The DOM of the `<datelines-timeline>` widget, built with web-sys: the skeleton, one list item
//! per event, the detail panel and the summary panel. Every string from an article goes in as a
//! text node; the highlighted date expression is a `<mark>` around a text node.
//!
//! The skeleton, with the `part` names the page can style through `::part()`:
//!
//! ```html
//! <section class="region" part="region" aria-label="Timeline, 5 events">
//!   <div class="toolbar" part="toolbar">            <!-- buttons: part="button" -->
//!     zoom in, zoom out, fit all, lanes, list/axis
//!   </div>
//!   <p class="message" part="message" hidden></p>
//!   <div class="viewport" part="viewport">
//!     <div class="axis" part="axis" role="group" tabindex="0" aria-label="…"> <span class="tick" part="tick">
//!     <div class="lanes" aria-hidden="true">          <div class="lane" part="lane">
//!     <div class="clusters" aria-hidden="true">       <div class="cluster" part="cluster">+12</div>
//!     <ol class="events" part="events" aria-label="Events">
//!       <li class="event status-planned granularity-month" part="event event-planned" data-id="e1">
//!         <button class="mark" part="mark" tabindex="-1"><span class="bar"></span>
//!           <time datetime="2025-08">August 2025</time> <span class="headline">…</span>
//!           <span class="status">planned</span></button></li>
//!   </div>
//!   <section class="detail" part="detail" aria-label="Selected event" hidden>…</section>
//!   <section class="summary" part="summary" aria-label="Summary">…</section>
//!   <p class="live" part="live" role="status" aria-live="polite"></p>
//! </section>
//! ```

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use crate::model::{Analysis, Article, Event, SentenceRef, Status};
use crate::timeline::detail::{anchor_words, highlight, resolution, OffsetUnit};
use crate::timeline::label::{datetime_attr, sources_label};
use crate::web::intl::DateFormatter;

/// A new `<tag class="…">` (no class attribute when `class` is empty).
pub fn el(doc: &Document, tag: &str, class: &str) -> Result<HtmlElement, JsValue> {
    let element = doc.create_element(tag)?;
    if !class.is_empty() {
        element.set_attribute("class", class)?;
    }
    // `createElement` in an HTML document (the only kind a custom element's shadow root is in)
    // makes an HTML element.
    Ok(element.unchecked_into::<HtmlElement>())
}

/// A new `<tag class="…">` holding `text` as a text node.
pub fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> Result<HtmlElement, JsValue> {
    let element = el(doc, tag, class)?;
    element.set_text_content(Some(text));
    Ok(element)
}

/// Appends `text` to `parent` as a text node.
fn add_text(doc: &Document, parent: &Element, text: &str) -> Result<(), JsValue> {
    parent.append_child(&doc.create_text_node(text))?;
    Ok(())
}

/// Appends a new `<tag class="…">` holding `text` as a text node to `parent`.
fn add_text_el(doc: &Document, parent: &Element, tag: &str, class: &str, text: &str) -> Result<(), JsValue> {
    parent.append_child(&*text_el(doc, tag, class, text)?)?;
    Ok(())
}

/// The widget's fixed elements.
pub struct Skeleton {
    /// The labelled region holding everything.
    pub region: HtmlElement,
    /// The lanes button (its text says the current mode).
    pub lanes_button: HtmlElement,
    /// The list/axis button.
    pub layout_button: HtmlElement,
    /// A message line (load errors, empty analyses).
    pub message: HtmlElement,
    /// The drawing area of the axis view.
    pub viewport: HtmlElement,
    /// The axis (focusable: arrows pan, +/- zoom).
    pub axis: HtmlElement,
    /// The lane bands.
    pub lanes: HtmlElement,
    /// The cluster marks.
    pub clusters: HtmlElement,
    /// The ordered list of events.
    pub list: HtmlElement,
    /// The detail panel.
    pub detail: HtmlElement,
    /// The summary panel.
    pub summary: HtmlElement,
    /// The polite live region.
    pub live: HtmlElement,
}

/// The skeleton, one element a line: `depth|tag|class|attributes|text`, an element's parent
/// the nearest line above it of a smaller depth (see [`tree`]). The toolbar's buttons are
/// `<button class="action action-…" type="button" data-action="…" part="button">`.
const SKELETON: &str = "\
0|section|region|part=region;aria-label=Timeline|
1|div|toolbar|part=toolbar|
2|button|action action-zoom-in|type=button;data-action=zoom-in;part=button;aria-label=Zoom in|+
2|button|action action-zoom-out|type=button;data-action=zoom-out;part=button;aria-label=Zoom out|\u{2212}
2|button|action action-fit|type=button;data-action=fit;part=button|Fit all
2|button|action action-lanes|type=button;data-action=lanes;part=button|Lanes: none
2|button|action action-layout|type=button;data-action=layout;part=button|List view
1|p|message|part=message;hidden=|
1|div|viewport|part=viewport|
2|div|axis|part=axis;role=group;tabindex=0;aria-label=Time axis|
2|div|lanes|aria-hidden=true|
2|div|clusters|aria-hidden=true|
2|ol|events|part=events;aria-label=Events|
1|section|detail|part=detail;aria-label=Selected event;hidden=|
1|section|summary|part=summary;aria-label=Summary;hidden=|
1|p|live|part=live;role=status;aria-live=polite|";

/// The detail panel's close button.
const CLOSE_BUTTON: &str = "0|button|action action-close|type=button;data-action=close;part=button;aria-label=Close the details|\u{00d7}";

/// Builds the elements `spec` describes (lines of `depth|tag|class|attributes|text`: the
/// attributes as [`set_attrs`] reads them, the text as a text node), those of depth 0
/// appended to `parent`, the others to the nearest line above of a smaller depth; returns them
/// in the order of the lines. `spec` is static text of the widget's own.
fn tree(doc: &Document, parent: &Element, spec: &str) -> Result<Vec<HtmlElement>, JsValue> {
    let mut made: Vec<(&str, HtmlElement)> = Vec::new();
    for line in spec.lines() {
        let mut fields = line.split('|');
        let mut field = || fields.next().unwrap_or_default();
        let (depth, tag, class, attrs, text) = (field(), field(), field(), field(), field());
        let element = el(doc, tag, class)?;
        set_attrs(&element, attrs)?;
        if !text.is_empty() {
            element.set_text_content(Some(text));
        }
        let above = made.iter().rev().find(|(d, _)| *d < depth);
        above.map_or(parent, |(_, e)| e).append_child(&element)?;
        made.push((depth, element));
    }
    Ok(made.into_iter().map(|(_, e)| e).collect())
}

impl Skeleton {
    /// Build the skeleton into `root`, replacing what it held.
    pub fn build(doc: &Document, root: &HtmlElement) -> Result<Skeleton, JsValue> {
        root.set_text_content(None);
        let made = tree(doc, root, SKELETON)?;
        let [region, _toolbar, _zoom_in, _zoom_out, _fit, lanes_button, layout_button, message, viewport, axis, lanes, clusters, list, detail, summary, live] =
            <[HtmlElement; 16]>::try_from(made).map_err(|_| JsValue::from_str("the skeleton"))?;
        Ok(Skeleton {
            region,
            lanes_button,
            layout_button,
            message,
            viewport,
            axis,
            lanes,
            clusters,
            list,
            detail,
            summary,
            live,
        })
    }
}

/// Sets the attributes `attrs` gives, in its order: `name=value` pairs joined by `;` (static
/// text of the widget's own, never a string from an article).
fn set_attrs(element: &Element, attrs: &str) -> Result<(), JsValue> {
    for pair in attrs.split(';') {
        if let Some((name, value)) = pair.split_once('=') {
            element.set_attribute(name, value)?;
        }
    }
    Ok(())
}

/// Replaces the children of `parent` with `node` (a fragment: with its children).
pub fn replace_children(parent: &Element, node: &web_sys::Node) -> Result<(), JsValue> {
    parent.set_text_content(None);
    parent.append_child(node)?;
    Ok(())
}

/// Shows or hides `element`, as its `hidden` property does (the attribute set empty or removed).
pub fn set_hidden(element: &Element, hidden: bool) -> Result<(), JsValue> {
    if hidden {
        element.set_attribute("hidden", "")
    } else {
        crate::web::js::call1(element, "removeAttribute", &"hidden".into()).map(drop)
    }
}

/// Adds (`on`) or removes the class `name` as `classList.toggle(name, on)` does: the list
/// rewritten without repeats, an added class last, one already there left in its place.
pub fn toggle_class(element: &Element, name: &str, on: bool) -> Result<(), JsValue> {
    let Some(old) = element.get_attribute("class") else {
        return if on { element.set_attribute("class", name) } else { Ok(()) };
    };
    let mut classes: Vec<&str> = Vec::new();
    for class in old.split_ascii_whitespace() {
        if (on || class != name) && !classes.contains(&class) {
            classes.push(class);
        }
    }
    if on && !classes.contains(&name) {
        classes.push(name);
    }
    element.set_attribute("class", &classes.join(" "))
}

/// A new `<tag class="…">` with the attributes of `attrs` (see [`set_attrs`]), appended to
/// `parent`.
fn child(doc: &Document, parent: &Element, tag: &str, class: &str, attrs: &str) -> Result<HtmlElement, JsValue> {
    let element = el(doc, tag, class)?;
    set_attrs(&element, attrs)?;
    parent.append_child(&element)?;
    Ok(element)
}

/// The lowercase name of a status.
pub fn status_name(status: Status) -> &'static str {
    status.as_str()
}

/// A `<time>` with the date as people read it and, when one exists, its `datetime`.
fn time_element(
    doc: &Document,
    fmt: &mut DateFormatter,
    event: &Event,
) -> Result<HtmlElement, JsValue> {
    let time = text_el(doc, "time", "", &fmt.date(&event.date))?;
    if let Some(datetime) = datetime_attr(&event.date) {
        time.set_attribute("datetime", &datetime)?;
    }
    Ok(time)
}

/// The list item of one event (class `off`: not drawn yet) and its focusable mark (a button).
pub fn event_item(
    doc: &Document,
    fmt: &mut DateFormatter,
    event: &Event,
    index: usize,
) -> Result<(HtmlElement, HtmlElement), JsValue> {
    let status = status_name(event.status);
    let granularity = event.date.granularity.as_str();
    let item = el(
        doc,
        "li",
        &format!("event status-{status} granularity-{granularity} off"),
    )?;
    item.set_attribute("part", &format!("event event-{status}"))?;
    item.set_attribute("data-id", &event.id)?;
    item.set_attribute("data-index", &index.to_string())?;
    item.set_attribute("data-start", &event.date.start)?;
    item.set_attribute("data-end", &event.date.end)?;
    item.set_attribute("data-granularity", granularity)?;
    item.set_attribute("data-status", status)?;

    let mark = el(doc, "button", "mark")?;
    set_attrs(&mark, "type=button;part=mark;tabindex=-1")?;
    mark.set_attribute("data-index", &index.to_string())?;
    child(doc, &mark, "span", "bar", "aria-hidden=true")?;
    mark.append_child(&*time_element(doc, fmt, event)?)?;
    add_text(doc, &mark, " ")?;
    add_text_el(doc, &mark, "span", "headline", &event.headline)?;
    if event.status != Status::Happened {
        add_text(doc, &mark, " ")?;
        add_text_el(doc, &mark, "span", "status", status)?;
    }
    if !event.places.is_empty() {
        add_text(doc, &mark, " ")?;
        add_text_el(doc, &mark, "span", "places", &event.places.join(", "))?;
    }
    item.append_child(&mark)?;
    Ok((item, mark))
}

/// A sentence as a `<q>` of text nodes, its date expression wrapped in `<mark>`.
pub fn highlighted_sentence(
    doc: &Document,
    sentence: &SentenceRef,
) -> Result<HtmlElement, JsValue> {
    let quote = el(doc, "q", "sentence")?;
    let range =
        highlight(sentence, OffsetUnit::Utf16).or_else(|| highlight(sentence, OffsetUnit::Utf8));
    match range {
        Some((from, to)) => {
            let text = &sentence.text;
            add_text(doc, &quote, &text[..from])?;
            add_text_el(doc, &quote, "mark", "", &text[from..to])?;
            add_text(doc, &quote, &text[to..])?;
        }
        None => {
            quote.set_text_content(Some(&sentence.text));
        }
    }
    Ok(quote)
}

/// How an article is cited: its outlet and headline when known, else its id.
pub fn citation(articles: &[Article], id: &str) -> String {
    let meta = articles.iter().find(|a| a.id == id);
    match meta {
        Some(Article {
            source: Some(source),
            title: Some(title),
            ..
        }) => format!("{source}: {title}"),
        Some(
            Article {
                source: Some(name), ..
            }
            | Article {
                title: Some(name), ..
            },
        ) => name.clone(),
        _ => id.to_owned(),
    }
}

/// A `<dt>`/`<dd>` pair appended to `list`.
fn term(doc: &Document, list: &Element, name: &str, value: &str) -> Result<(), JsValue> {
    add_text_el(doc, list, "dt", "", name)?;
    add_text_el(doc, list, "dd", "", value)?;
    Ok(())
}

/// Fill the detail panel with `event`: headline, date and granularity, how the date was
/// resolved, places, people, status, and every source sentence with its date highlighted.
pub fn fill_detail(
    doc: &Document,
    panel: &HtmlElement,
    fmt: &mut DateFormatter,
    analysis: &Analysis,
    articles: &[Article],
    event: &Event,
) -> Result<(), JsValue> {
    panel.set_text_content(None);
    panel.set_attribute("data-id", &event.id)?;
    let status = status_name(event.status);
    panel.set_attribute("class", &format!("detail status-{status}"))?;

    tree(doc, panel, CLOSE_BUTTON)?;
    add_text_el(doc, panel, "h2", "headline", &event.headline)?;

    let when = el(doc, "p", "when")?;
    when.append_child(&*time_element(doc, fmt, event)?)?;
    add_text(doc, &when, " ")?;
    when.append_child(&*text_el(
        doc,
        "span",
        "granularity",
        &format!("({})", event.date.granularity.as_str()),
    )?)?;
    panel.append_child(&when)?;

    // How the date was resolved, once per distinct expression and anchor.
    let resolved = el(doc, "ul", "resolutions")?;
    let mut seen: Vec<(String, Option<String>)> = Vec::new();
    for sentence in &event.sentences {
        let Some(r) = resolution(analysis, sentence) else {
            continue;
        };
        let key = (r.expression.clone(), r.anchor.as_ref().map(|a| a.0.clone()));
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let shown = if event.date.start == event.date.end {
            fmt.day_with_weekday(&event.date.start)
        } else {
            fmt.date(&event.date)
        };
        let mut line = format!("\u{201c}{}\u{201d} \u{2192} {shown}", r.expression);
        if let Some((anchor, kind)) = &r.anchor {
            line.push_str(&format!(
                ", {} {}",
                anchor_words(*kind),
                fmt.day_with_weekday(anchor)
            ));
        }
        add_text_el(doc, &resolved, "li", "", &line)?;
    }
    if !seen.is_empty() {
        add_text_el(doc, panel, "h3", "", "How the date was found")?;
        panel.append_child(&resolved)?;
    }

    let facts = el(doc, "dl", "facts")?;
    if !event.places.is_empty() {
        term(doc, &facts, "Where", &event.places.join(", "))?;
    }
    if !event.people.is_empty() {
        term(doc, &facts, "Who", &event.people.join(", "))?;
    }
    if !event.organisations.is_empty() {
        term(doc, &facts, "Organisations", &event.organisations.join(", "))?;
    }
    term(doc, &facts, "Status", status)?;
    term(doc, &facts, "Reported by", &sources_label(event.sources))?;
    panel.append_child(&facts)?;

    add_text_el(doc, panel, "h3", "", "Sources")?;
    let sources = el(doc, "ol", "sources")?;
    for sentence in &event.sentences {
        let line = el(doc, "li", "")?;
        line.set_attribute("data-article", &sentence.article)?;
        line.append_child(&*text_el(
            doc,
            "cite",
            "",
            &citation(articles, &sentence.article),
        )?)?;
        add_text(doc, &line, ": ")?;
        line.append_child(&*highlighted_sentence(doc, sentence)?)?;
        sources.append_child(&line)?;
    }
    panel.append_child(&sources)?;
    set_hidden(panel, false)
}

/// Fill the summary panel: each sentence with a button to the event it reports (its source
/// sentence shown in the detail panel), or its citation when no event holds it.
pub fn fill_summary(
    doc: &Document,
    panel: &HtmlElement,
    analysis: &Analysis,
    articles: &[Article],
) -> Result<(), JsValue> {
    panel.set_text_content(None);
    add_text_el(doc, panel, "h2", "", "Summary")?;
    let list = el(doc, "ol", "")?;
    for sentence in &analysis.summary {
        let line = el(doc, "li", "")?;
        line.set_attribute("data-article", &sentence.article)?;
        add_text_el(doc, &line, "span", "sentence", &sentence.text)?;
        add_text(doc, &line, " ")?;
        let holder = analysis.events.iter().position(|e| {
            e.sentences
                .iter()
                .any(|s| s.article == sentence.article && s.start == sentence.start)
        });
        let cite = citation(articles, &sentence.article);
        match holder {
            Some(index) => {
                let link = text_el(doc, "button", "source", &cite)?;
                set_attrs(&link, "type=button;data-action=source")?;
                link.set_attribute("data-index", &index.to_string())?;
                set_attrs(&link, "part=button source")?;
                link.set_attribute("aria-label", &format!("Source: {cite}, show the event"))?;
                line.append_child(&link)?;
            }
            None => {
                add_text_el(doc, &line, "cite", "source", &cite)?;
            }
        }
        list.append_child(&line)?;
    }
    panel.append_child(&list)?;
    set_hidden(panel, analysis.summary.is_empty())
}
