//! The `<datelines-timeline>` widget's DOM layer, in real browsers:
//! `wasm-pack test --headless --chrome -- --test web_widget` (and `--firefox`).
//! Native `cargo test` skips this file.
//!
//! Each test draws into a container inside an open shadow root of a host element attached to the
//! document (as the element does), without the stylesheet: what is checked is the DOM, the
//! keyboard, the events and the view, not the looks (the page test covers those).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use datelines::web::{self, TimelineWidget};
use datelines::{
    Analysis, Article, ArticleInfo, DateValue, DctSource, Event, Granularity, SentenceRef, Status,
    WhenRef,
};
use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    CustomEvent, Document, Element, HtmlElement, KeyboardEvent, KeyboardEventInit, ShadowRoot,
    ShadowRootInit, ShadowRootMode, WheelEvent, WheelEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

// `SEEDS: &[(&str, &str)]`: the files of ../shared/seeds, embedded by build.rs (empty without them).
include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

// ---------------------------------------------------------------------------------------------
// helpers

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("serialisable")
}

/// A widget in a fresh host (attached to the body, 1000 px wide) with its shadow root.
struct Fixture {
    host: HtmlElement,
    shadow: ShadowRoot,
    widget: TimelineWidget,
}

impl Fixture {
    fn new() -> Fixture {
        let doc = document();
        let host: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
        host.style().set_property("width", "1000px").unwrap();
        doc.body().expect("body").append_child(&host).unwrap();
        let init = ShadowRootInit::new(ShadowRootMode::Open);
        let shadow = host.attach_shadow(&init).expect("shadow root");
        let root: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
        shadow.append_child(&root).unwrap();
        let widget = TimelineWidget::new(host.clone(), root)
            .map_err(JsValue::from)
            .expect("widget");
        widget
            .set_options(
                Some("en-GB".into()),
                Some("horizontal".into()),
                Some("none".into()),
            )
            .map_err(JsValue::from)
            .expect("options");
        widget
            .resize(1000.0)
            .map_err(JsValue::from)
            .expect("resize");
        Fixture {
            host,
            shadow,
            widget,
        }
    }

    fn with(analysis: &Analysis) -> Fixture {
        let fixture = Fixture::new();
        fixture
            .widget
            .set_analysis(to_js(analysis), None)
            .map_err(JsValue::from)
            .expect("setAnalysis");
        fixture
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.shadow.query_selector_all(selector).expect("selector");
        (0..list.length())
            .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
            .collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.shadow
            .query_selector(selector)
            .expect("selector")
            .unwrap_or_else(|| panic!("no {selector}"))
    }

    fn focused_id(&self) -> Option<String> {
        let active = self.shadow.active_element()?;
        active.closest("li.event").ok()??.get_attribute("data-id")
    }

    fn key(&self, target: &Element, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_composed(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&event).unwrap();
    }

    /// Collect the `detail` of every `name` event the host dispatches.
    fn record(&self, name: &str) -> Rc<RefCell<Vec<JsValue>>> {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let sink = seen.clone();
        let listener = Closure::<dyn FnMut(CustomEvent)>::new(move |e: CustomEvent| {
            sink.borrow_mut().push(e.detail())
        });
        self.host
            .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
            .unwrap();
        listener.forget();
        seen
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        self.host.remove();
    }
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("readable")
}

fn date(value: &str, start: &str, end: &str, granularity: Granularity) -> DateValue {
    DateValue {
        value: value.into(),
        start: start.into(),
        end: end.into(),
        granularity,
    }
}

fn sentence(article: &str, text: &str, when: Option<(&str, &str)>) -> SentenceRef {
    SentenceRef {
        article: article.into(),
        text: text.into(),
        start: 0,
        end: text.encode_utf16().count(),
        when: when.map(|(expr, anchor)| {
            let at = text.find(expr).expect("expression in sentence");
            let start = text[..at].encode_utf16().count();
            WhenRef {
                text: expr.into(),
                start,
                end: start + expr.encode_utf16().count(),
                anchor: (!anchor.is_empty()).then(|| anchor.into()),
            }
        }),
    }
}

const HOSTILE: &str = "<img src=x onerror=\"window.__widgetPwned=1\"><b>bold</b><script>window.__widgetPwned=1</script>";

/// Four events out of time order (reported month, weekend, day, cancelled month), one hostile
/// headline; the Moscow event names an organisation.
fn story() -> Analysis {
    let event = |id: &str,
                 date: DateValue,
                 place: &str,
                 person: &str,
                 status: Status,
                 headline: &str,
                 sentences: Vec<SentenceRef>| Event {
        id: id.into(),
        date,
        places: vec![place.into()],
        people: vec![person.into()],
        organisations: if place == "Moscow" { vec!["Kremlin".into()] } else { vec![] },
        headline: headline.into(),
        status,
        sources: sentences.len(),
        sentences,
    };
    Analysis {
        articles: vec![ArticleInfo {
            id: "a1".into(),
            dct: Some("2025-12-03".into()),
            dct_source: DctSource::Given,
        }],
        events: vec![
            event(
                "e4",
                date("2025-12-02", "2025-12-02", "2025-12-02", Granularity::Day),
                "Moscow",
                "Vladimir Putin",
                Status::Happened,
                "Envoys meet Putin in Moscow",
                vec![
                    sentence(
                        "a1",
                        "Zürich-born envoys met Putin on Tuesday in Moscow.",
                        Some(("Tuesday", "2025-12-03")),
                    ),
                    sentence("a2", &format!("The talks {HOSTILE} ran late."), None),
                ],
            ),
            event(
                "e1",
                date("2025-08", "2025-08-01", "2025-08-31", Granularity::Month),
                "Anchorage",
                "Donald Trump",
                Status::Reported,
                "Summit in Alaska",
                vec![sentence(
                    "a1",
                    "In August the two met in Alaska.",
                    Some(("In August", "2025-12-03")),
                )],
            ),
            event(
                "e3",
                date(
                    "2025-W47-WE",
                    "2025-11-22",
                    "2025-11-23",
                    Granularity::Weekend,
                ),
                "Geneva",
                "Marco Rubio",
                Status::Planned,
                &format!("Talks in Geneva {HOSTILE}"),
                vec![sentence("a2", "Talks are planned in Geneva.", None)],
            ),
            event(
                "e2",
                date("2025-10", "2025-10-01", "2025-10-31", Granularity::Month),
                "Budapest",
                "Donald Trump",
                Status::Cancelled,
                "Budapest summit called off",
                vec![sentence("a1", "A summit in Budapest was called off.", None)],
            ),
        ],
        summary: vec![sentence(
            "a1",
            "Zürich-born envoys met Putin on Tuesday in Moscow.",
            None,
        )],
        messages: Vec::new(),
    }
}

fn range(fixture: &Fixture) -> (f64, f64) {
    let r = fixture.widget.view_range();
    (r[0], r[1])
}

// ---------------------------------------------------------------------------------------------
// drawing

#[wasm_bindgen_test]
fn draws_an_ordered_list_of_time_items_in_time_order() {
    let f = Fixture::with(&story());
    let items = f.all("ol.events > li.event");
    let ids: Vec<String> = items
        .iter()
        .filter_map(|li| li.get_attribute("data-id"))
        .collect();
    assert_eq!(ids, ["e1", "e2", "e3", "e4"]);
    let times: Vec<(String, String)> = f
        .all("ol.events > li.event time")
        .iter()
        .map(|t| (t.get_attribute("datetime").unwrap_or_default(), text(t)))
        .collect();
    assert_eq!(
        times[0],
        ("2025-08".into(), "August 2025".into()),
        "a month reads as the month"
    );
    assert_eq!(times[2].0, "2025-W47");
    assert_eq!(times[3], ("2025-12-02".into(), "2 Dec 2025".into()));
    assert!(
        text(&items[1]).contains("cancelled") && items[1].class_list().contains("status-cancelled")
    );
    assert!(items[2].class_list().contains("status-planned"));
    assert!(
        text(&items[0]).contains("reported") && items[0].class_list().contains("status-reported"),
        "an event known only at second hand says so"
    );
    assert!(items[0].class_list().contains("granularity-month"));
    // One tab stop, a labelled region, a polite live region with nothing to say yet.
    let stops = f
        .all("ol.events button")
        .iter()
        .filter(|b| b.get_attribute("tabindex").as_deref() == Some("0"))
        .count();
    assert_eq!(stops, 1);
    assert_eq!(
        f.one(".region").get_attribute("aria-label").as_deref(),
        Some("Timeline, 4 events")
    );
    assert_eq!(
        f.one("[aria-live]").get_attribute("aria-live").as_deref(),
        Some("polite")
    );
    assert_eq!(text(&f.one("[aria-live]")), "");
    // Geometry through CSSOM: the month is wider than the weekend, all inside the drawing.
    let width = |i: usize| {
        let item: &HtmlElement = items[i].dyn_ref().unwrap();
        item.style()
            .get_property_value("--w")
            .unwrap()
            .trim_end_matches("px")
            .parse::<f64>()
            .unwrap()
    };
    assert!(width(0) > width(2) * 5.0, "{} vs {}", width(0), width(2));
    assert!(!f.all(".axis .tick").is_empty(), "the axis has ticks");
}

#[wasm_bindgen_test]
fn article_strings_stay_text() {
    let f = Fixture::with(&story());
    f.widget
        .select(Some("e4".into()))
        .map_err(JsValue::from)
        .unwrap();
    f.widget
        .select(Some("e3".into()))
        .map_err(JsValue::from)
        .unwrap();
    for tag in ["img", "script", "b"] {
        assert!(
            f.shadow.query_selector(tag).unwrap().is_none(),
            "a <{tag}> was created"
        );
    }
    assert!(text(&f.one("li.event[data-id=e3] .headline")).contains("<img"));
    assert!(get(&web_sys::window().unwrap().into(), "__widgetPwned").is_undefined());
}

#[wasm_bindgen_test]
fn detail_panel_tells_how_the_date_was_found_and_highlights_it() {
    let f = Fixture::with(&story());
    let selects = f.record("select");
    f.widget
        .select(Some("e4".into()))
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(f.widget.selected().as_deref(), Some("e4"));
    let panel = f.one(".detail");
    assert!(!panel.dyn_ref::<HtmlElement>().unwrap().hidden());
    assert_eq!(text(&f.one(".detail h2")), "Envoys meet Putin in Moscow");
    // Browsers differ on a comma after the weekday (CLDR versions): compare without one.
    let resolutions: Vec<String> = f
        .all(".detail .resolutions li")
        .iter()
        .map(|li| text(li).replace("Tue,", "Tue").replace("Wed,", "Wed"))
        .collect();
    assert_eq!(resolutions, ["\u{201c}Tuesday\u{201d} \u{2192} Tue 2 Dec 2025, from the article's date Wed 3 Dec 2025"]);
    let marks: Vec<String> = f.all(".detail .sources mark").iter().map(text).collect();
    assert_eq!(
        marks,
        ["Tuesday"],
        "the expression is marked, offsets counted in UTF-16 past 'Zürich'"
    );
    let sentences: Vec<String> = f.all(".detail .sources q").iter().map(text).collect();
    assert_eq!(
        sentences[0],
        "Zürich-born envoys met Putin on Tuesday in Moscow."
    );
    let facts = text(&f.one(".detail .facts"));
    for needle in ["Moscow", "Vladimir Putin", "Organisations", "Kremlin", "happened", "2 sources"] {
        assert!(facts.contains(needle), "{needle} in {facts}");
    }
    assert_eq!(
        text(&f.one("[aria-live]")),
        "Envoys meet Putin in Moscow",
        "the live region says the headline only"
    );
    let seen = selects.borrow();
    assert_eq!(seen.len(), 1);
    assert_eq!(get(&seen[0], "id").as_string().as_deref(), Some("e4"));
    assert_eq!(
        get(&get(&seen[0], "event"), "headline")
            .as_string()
            .as_deref(),
        Some("Envoys meet Putin in Moscow")
    );
    drop(seen);
    f.widget.select(None).map_err(JsValue::from).unwrap();
    assert!(panel.dyn_ref::<HtmlElement>().unwrap().hidden());
    assert!(get(&selects.borrow()[1], "id").is_null());
}

#[wasm_bindgen_test]
fn summary_sentences_link_to_their_event() {
    let f = Fixture::with(&story());
    let link = f.one(".summary button.source");
    assert_eq!(
        link.get_attribute("data-index").as_deref(),
        Some("0"),
        "the event holding that sentence"
    );
    link.dyn_ref::<HtmlElement>().unwrap().click();
    assert_eq!(f.widget.selected().as_deref(), Some("e4"));
}

// ---------------------------------------------------------------------------------------------
// keyboard

#[wasm_bindgen_test]
fn arrows_walk_every_event_with_one_tab_stop() {
    let f = Fixture::with(&story());
    let first = f.one("ol.events button[tabindex='0']");
    first.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    assert_eq!(f.focused_id().as_deref(), Some("e1"));
    let mut walked = vec!["e1".to_string()];
    for _ in 0..3 {
        f.key(&f.shadow.active_element().unwrap(), "ArrowRight");
        walked.push(f.focused_id().unwrap_or_default());
    }
    assert_eq!(walked, ["e1", "e2", "e3", "e4"]);
    f.key(&f.shadow.active_element().unwrap(), "ArrowRight");
    assert_eq!(f.focused_id().as_deref(), Some("e4"), "stops at the last");
    f.key(&f.shadow.active_element().unwrap(), "Home");
    assert_eq!(f.focused_id().as_deref(), Some("e1"));
    f.key(&f.shadow.active_element().unwrap(), "End");
    assert_eq!(f.focused_id().as_deref(), Some("e4"));
    f.key(&f.shadow.active_element().unwrap(), "ArrowUp");
    assert_eq!(f.focused_id().as_deref(), Some("e3"));
    let stops: Vec<String> = f
        .all("ol.events button")
        .iter()
        .filter(|b| b.get_attribute("tabindex").as_deref() == Some("0"))
        .filter_map(|b| b.closest("li").ok().flatten()?.get_attribute("data-id"))
        .collect();
    assert_eq!(stops, ["e3"], "the tab stop moved with the focus");
    f.key(&f.shadow.active_element().unwrap(), "Enter");
    assert_eq!(f.widget.selected().as_deref(), Some("e3"));
    // Escape from inside the detail panel (its close button) closes it and returns to the event.
    let close = f.one(".detail .action-close");
    close.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    f.key(&close, "Escape");
    assert_eq!(f.widget.selected(), None);
    assert_eq!(f.focused_id().as_deref(), Some("e3"));
}

#[wasm_bindgen_test]
fn keys_on_the_axis_pan_and_zoom() {
    let f = Fixture::with(&story());
    let changes = f.record("change");
    let axis = f.one(".axis");
    let (s0, e0) = range(&f);
    f.key(&axis, "ArrowRight");
    let (s1, e1) = range(&f);
    assert!(
        s1 > s0 && (e1 - s1 - (e0 - s0)).abs() < 1.0,
        "pans later, same span"
    );
    f.key(&axis, "ArrowLeft");
    assert!((range(&f).0 - s0).abs() < 1.0, "and back");
    f.key(&axis, "+");
    let (s2, e2) = range(&f);
    assert!(e2 - s2 < (e0 - s0) * 0.8, "+ zooms in");
    f.key(&axis, "-");
    f.key(&axis, "-");
    let (s3, e3) = range(&f);
    assert!(e3 - s3 > e2 - s2, "- zooms out");
    f.key(&axis, "0");
    assert_eq!(range(&f), (s0, e0), "0 fits all");
    let seen = changes.borrow();
    assert_eq!(seen.len(), 6);
    assert!(seen
        .iter()
        .all(|c| get(c, "reason").as_string().as_deref() == Some("view")));
    assert!(
        get(&seen[0], "start").as_string().unwrap() <= get(&seen[0], "end").as_string().unwrap()
    );
}

#[wasm_bindgen_test]
fn ctrl_wheel_zooms_and_sideways_wheel_pans() {
    let f = Fixture::with(&story());
    let viewport = f.one(".viewport");
    let (s0, e0) = range(&f);
    let wheel = |dx: f64, dy: f64, ctrl: bool| {
        let init = WheelEventInit::new();
        init.set_delta_x(dx);
        init.set_delta_y(dy);
        init.set_ctrl_key(ctrl);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = WheelEvent::new_with_event_init_dict("wheel", &init).unwrap();
        // The widget took it when it prevented the default.
        !viewport.dispatch_event(&event).unwrap()
    };
    assert!(
        wheel(0.0, -300.0, true),
        "Ctrl+wheel is the widget's (default prevented)"
    );
    let (s1, e1) = range(&f);
    assert!(e1 - s1 < e0 - s0, "zoomed in");
    assert!(wheel(200.0, 0.0, false));
    assert!(range(&f).0 > s1, "panned later");
    assert!(
        !wheel(0.0, 100.0, false),
        "a plain wheel over the events scrolls the page"
    );
}

// ---------------------------------------------------------------------------------------------
// options, zoom API, robustness

#[wasm_bindgen_test]
fn zoom_pan_fit_through_the_api() {
    let f = Fixture::with(&story());
    let (s0, e0) = range(&f);
    f.widget.zoom(4.0).map_err(JsValue::from).unwrap();
    let (s1, e1) = range(&f);
    assert!(((e0 - s0) / (e1 - s1) - 4.0).abs() < 0.01);
    f.widget.pan(1e9).map_err(JsValue::from).unwrap();
    let (s2, _) = range(&f);
    assert!(s2 < e0, "panning stops with events still in sight");
    f.widget.fit().map_err(JsValue::from).unwrap();
    assert_eq!(range(&f), (s0, e0));
    f.widget.zoom(f64::NAN).map_err(JsValue::from).unwrap();
    assert_eq!(range(&f), (s0, e0), "a bad factor changes nothing");
}

#[wasm_bindgen_test]
fn lanes_by_place_and_list_layout() {
    let f = Fixture::with(&story());
    f.widget
        .set_options(None, None, Some("place".into()))
        .map_err(JsValue::from)
        .unwrap();
    let names: Vec<String> = f.all(".lane .lane-name").iter().map(text).collect();
    assert_eq!(names, ["Anchorage", "Budapest", "Geneva", "Moscow"]);
    f.widget
        .set_options(None, None, Some("person".into()))
        .map_err(JsValue::from)
        .unwrap();
    let names: Vec<String> = f.all(".lane .lane-name").iter().map(text).collect();
    assert_eq!(names, ["Donald Trump", "Marco Rubio", "Vladimir Putin"]);
    f.widget
        .set_options(None, Some("vertical".into()), None)
        .map_err(JsValue::from)
        .unwrap();
    let region = f.one(".region");
    assert!(
        region.class_list().contains("vertical") && !region.class_list().contains("horizontal")
    );
    f.widget
        .set_options(None, Some("auto".into()), None)
        .map_err(JsValue::from)
        .unwrap();
    f.widget.resize(400.0).map_err(JsValue::from).unwrap();
    assert!(
        f.one(".region").class_list().contains("vertical"),
        "narrow auto is the list"
    );
    f.widget.resize(900.0).map_err(JsValue::from).unwrap();
    assert!(f.one(".region").class_list().contains("horizontal"));
}

#[wasm_bindgen_test]
fn dates_follow_lang_and_bad_langs_fall_back() {
    let f = Fixture::with(&story());
    f.widget
        .set_options(Some("de".into()), None, None)
        .map_err(JsValue::from)
        .unwrap();
    let times: Vec<String> = f.all("ol.events time").iter().map(text).collect();
    assert_eq!(times[0], "August 2025");
    assert!(times[3].contains("Dez"), "{times:?}");
    f.widget
        .set_options(Some("not a language!".into()), None, None)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(f.all("ol.events time").len(), 4, "still drawn");
}

#[wasm_bindgen_test]
fn empty_and_bad_analyses() {
    let f = Fixture::new();
    let empty = Analysis {
        messages: vec!["no article text given".into()],
        ..Default::default()
    };
    f.widget
        .set_analysis(to_js(&empty), None)
        .map_err(JsValue::from)
        .unwrap();
    assert!(f.all("li.event").is_empty());
    assert_eq!(text(&f.one(".message")), "no article text given");
    let bad = f
        .widget
        .set_analysis(JsValue::from_str("not an analysis"), None);
    let message = get(&JsValue::from(bad.expect_err("an error")), "message")
        .as_string()
        .unwrap_or_default();
    assert!(message.contains("analysis"), "{message}");
    // Articles cite sources by outlet and title.
    let articles = js_sys::JSON::parse(
        r#"[{"id": "a1", "text": "x", "source": "The Ledger", "title": "Talks end"}]"#,
    )
    .unwrap();
    f.widget
        .set_analysis(to_js(&story()), Some(articles))
        .map_err(JsValue::from)
        .unwrap();
    f.widget
        .select(Some("e1".into()))
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        text(&f.one(".detail .sources cite")),
        "The Ledger: Talks end"
    );
    // A new analysis clears the selection and its panel.
    f.widget
        .set_analysis(to_js(&story()), None)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(f.widget.selected(), None);
    assert!(f.one(".detail").dyn_ref::<HtmlElement>().unwrap().hidden());
    assert_eq!(text(&f.one("[aria-live]")), "");
}

#[wasm_bindgen_test]
fn five_thousand_events_draw_and_zoom() {
    let mut analysis = story();
    let base = analysis.events[0].clone();
    analysis.events = (0..5000)
        .map(|i| {
            let day =
                chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(i / 3);
            let iso = day.format("%Y-%m-%d").to_string();
            Event {
                id: format!("s{i}"),
                date: date(&iso, &iso, &iso, Granularity::Day),
                ..base.clone()
            }
        })
        .collect();
    let f = Fixture::with(&analysis);
    assert_eq!(f.all("li.event").len(), 5000);
    assert!(!f.all(".cluster").is_empty(), "crowded: clusters");
    for _ in 0..14 {
        f.widget.zoom(1.6).map_err(JsValue::from).unwrap();
    }
    assert!(
        f.all(".cluster").is_empty(),
        "zoomed in: the clusters split"
    );
    let stop = f.one("ol.events button[tabindex='0']");
    assert!(
        !stop
            .closest("li")
            .unwrap()
            .unwrap()
            .class_list()
            .contains("off"),
        "the tab stop is on a drawn event"
    );
}

// ---------------------------------------------------------------------------------------------
// analysed articles, drawn (what the app does: `analyze`, then the widget)

/// The message of a thrown `JsError`.
fn message_of(error: wasm_bindgen::JsError) -> String {
    get(&JsValue::from(error), "message")
        .as_string()
        .unwrap_or_default()
}

/// `analyze` (the wasm API) over `articles`, as the JS value the app hands the element.
fn analyze_js(articles: &[Article]) -> JsValue {
    web::analyze(to_js(&articles.to_vec()), None)
        .map_err(JsValue::from)
        .expect("analyze")
}

#[wasm_bindgen_test]
fn hostile_article_text_is_drawn_as_text() {
    const IMG: &str = "<img src=x onerror=\"window.__widgetPwned=1\">";
    const SCRIPT: &str = "<script>window.__widgetPwned=1</script>";
    let text_of_article = format!(
        "{SCRIPT} On Tuesday {IMG} envoys met Vladimir Putin in Moscow. They talked for five hours on Tuesday."
    );
    let articles = vec![Article {
        published: Some("2025-12-03".into()),
        ..Article::new(IMG, text_of_article)
    }];
    let result = analyze_js(&articles);
    let analysis: Analysis = serde_wasm_bindgen::from_value(result.clone()).expect("an analysis");
    let f = Fixture::new();
    f.widget
        .set_analysis(result, None)
        .map_err(JsValue::from)
        .expect("setAnalysis");
    assert_eq!(f.all("li.event").len(), analysis.events.len());
    for event in &analysis.events {
        f.widget
            .select(Some(event.id.clone()))
            .map_err(JsValue::from)
            .unwrap();
    }
    for tag in ["img", "script"] {
        assert!(
            f.shadow.query_selector(tag).unwrap().is_none(),
            "a <{tag}> was created"
        );
    }
    assert!(get(&web_sys::window().unwrap().into(), "__widgetPwned").is_undefined());
    if !analysis.events.is_empty() {
        let shown = f.shadow.text_content().unwrap_or_default();
        assert!(
            shown.contains(IMG),
            "the article id is shown as text: {shown}"
        );
    }
}

#[wasm_bindgen_test]
fn what_is_not_an_analysis_is_refused_and_empty_replaces_a_drawing() {
    let f = Fixture::with(&story());
    for value in [
        JsValue::UNDEFINED,
        js_sys::JSON::parse(r#"{"events": 3}"#).unwrap(),
        JsValue::from_str("<p>"),
    ] {
        let result = f.widget.set_analysis(value, None);
        assert!(message_of(result.expect_err("refused")).starts_with("analysis:"));
    }
    assert_eq!(
        f.all("li.event").len(),
        4,
        "a refused value leaves the drawing"
    );
    f.widget
        .set_analysis(to_js(&Analysis::default()), None)
        .map_err(JsValue::from)
        .unwrap();
    assert!(f.all("li.event").is_empty(), "the old drawing is gone");
}

#[wasm_bindgen_test]
fn seed_articles_are_drawn_in_order() {
    if SEEDS.is_empty() {
        wasm_bindgen_test::console_log!("seed check skipped: ../shared/seeds was not found when the tests were built (add it, then `touch build.rs`)");
        return;
    }
    let articles: Vec<Article> = SEEDS
        .iter()
        .map(|(name, text)| Article::new(*name, *text))
        .collect();
    let result = analyze_js(&articles);
    let analysis: Analysis = serde_wasm_bindgen::from_value(result.clone()).expect("an analysis");
    let f = Fixture::new();
    f.widget
        .set_analysis(result, None)
        .map_err(JsValue::from)
        .expect("setAnalysis");
    let items = f.all("ol.events > li.event");
    assert_eq!(items.len(), analysis.events.len());
    let starts: Vec<String> = items
        .iter()
        .map(|li| li.get_attribute("data-start").unwrap_or_default())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted, "drawn in order of start");
    let places = |li: &Element| {
        li.query_selector(".places")
            .unwrap()
            .map(|p| text(&p))
            .unwrap_or_default()
    };
    assert!(
        items
            .iter()
            .any(|li| places(li).split(", ").any(|p| p == "Moscow")
                && li.get_attribute("data-start").as_deref() == Some("2025-12-02")),
        "Moscow on 2025-12-02 is drawn"
    );
    assert!(
        items
            .iter()
            .any(|li| places(li).split(", ").any(|p| p == "Budapest")
                && li.get_attribute("data-status").as_deref() == Some("cancelled")),
        "Budapest is drawn as cancelled"
    );
}
