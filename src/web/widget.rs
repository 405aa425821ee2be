//! The `<datelines-timeline>` widget in Rust: the element (`www/datelines-timeline.js`) makes a
//! [`TimelineWidget`] over a container in its shadow root and hands it the analysis, the options
//! and its width; the widget draws through web-sys and handles every key, click, wheel and
//! pointer gesture itself, with listeners on its own container (never on `document`).
//!
//! Geometry comes from [`crate::timeline::layout`]; the DOM is built by [`super::widget_dom`].
//! Geometry is set through CSSOM (`style.setProperty("--x", …)`), which a `style-src 'self'`
//! Content-Security-Policy allows.
//!
//! Keys: on an event, Arrow keys move focus to the previous/next event (one tab stop, roving
//! `tabindex`), Home/End to the first/last, Enter/Space select, Escape closes the detail, `+`/`-`
//! zoom around the event, `0` fits all. On the axis, Left/Right pan, `+`/`-` zoom, Home/End/`0`
//! fit all. Wheel: Ctrl+wheel (and trackpad pinch) zooms anywhere, a plain wheel zooms over the
//! axis, a sideways or Shift+wheel pans. Drag pans; two fingers pinch-zoom.
//!
//! Emits on the host element: `select` (`detail: { id, event }`, `event` the selected event or
//! `null`) and `change` (`detail: { reason, start, end, lanes, layout }`, `reason` one of
//! `analysis`, `view`, `lanes`, `layout`), both bubbling and composed.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleDeclaration, Document, Element, Event, HtmlElement};

use crate::model::json::to_json;
use crate::model::{Analysis, Article};
use crate::timeline::layout::{
    self, date_of, event_spans, extent, focus_order, LaneMode, Layout, View,
};
use crate::web::intl::DateFormatter;
use crate::web::js::{call0, call1, call2, call3, flag, get, global, num};
use crate::web::widget_dom::{
    el, event_item, fill_detail, fill_summary, replace_children, set_hidden, text_el,
    toggle_class, Skeleton,
};

/// Below this width (px) the `auto` layout shows the vertical list.
const NARROW_PX: f64 = 600.0;
/// Zoom factor of one button press or key press.
const ZOOM_STEP: f64 = 1.6;
/// Share of the width one arrow key pans.
const PAN_STEP: f64 = 0.15;

/// `layout` attribute: `auto`, `horizontal` or `vertical`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LayoutMode {
    Auto,
    Horizontal,
    Vertical,
}

impl LayoutMode {
    fn parse(value: &str) -> LayoutMode {
        match value.trim().to_ascii_lowercase().as_str() {
            "horizontal" => LayoutMode::Horizontal,
            "vertical" => LayoutMode::Vertical,
            _ => LayoutMode::Auto,
        }
    }
}

/// An event to dispatch on the host once the state is no longer borrowed.
enum Outgoing {
    Select(Option<usize>),
    Change(&'static str),
}

/// A pointer held down on the viewport.
#[derive(Debug, Clone, Copy)]
struct Pointer {
    id: i32,
    x: f64,
}

struct State {
    doc: Document,
    host: HtmlElement,
    parts: Skeleton,
    analysis: Analysis,
    articles: Vec<Article>,
    fmt: DateFormatter,
    /// Event indices in focus order (time order).
    order: Vec<usize>,
    /// Position in `order` of each event index.
    position: Vec<usize>,
    items: Vec<HtmlElement>,
    marks: Vec<HtmlElement>,
    /// What was last drawn for each event: `(x, width, row)`, `None` when hidden.
    drawn: Vec<Option<(f64, f64, usize)>>,
    extent: Option<(i32, i32)>,
    view: View,
    width: f64,
    lanes: LaneMode,
    layout_mode: LayoutMode,
    vertical: bool,
    /// Position in `order` of the event holding the tab stop.
    focus: usize,
    selected: Option<usize>,
    pointers: Vec<Pointer>,
    pinch: Option<f64>,
    last: Option<Layout>,
}

type Listener = Closure<dyn FnMut(Event)>;

/// The widget: create it over a container element, then feed it.
#[wasm_bindgen]
pub struct TimelineWidget {
    state: Rc<RefCell<State>>,
    root: HtmlElement,
    listeners: Vec<(&'static str, Listener)>,
}

fn busy() -> JsError {
    JsError::new("the timeline is busy drawing")
}

fn dom(error: JsValue) -> JsError {
    let message = js_sys::Reflect::get(&error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the page refused to draw the timeline".to_owned());
    JsError::new(&message)
}

#[wasm_bindgen]
impl TimelineWidget {
    /// A widget drawn into `root` (an element in the shadow root of `host`); `select` and
    /// `change` events are dispatched on `host`.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: HtmlElement) -> Result<TimelineWidget, JsError> {
        let doc = [get(&root, "ownerDocument"), get(&global(), "document")]
            .into_iter()
            .find(|d| d.is_object())
            .ok_or_else(|| JsError::new("no document to draw in"))?
            .unchecked_into::<Document>();
        let parts = Skeleton::build(&doc, &root).map_err(dom)?;
        let width = num(&root, "clientWidth").max(1.0);
        let state = State {
            doc,
            host,
            parts,
            analysis: Analysis::default(),
            articles: Vec::new(),
            fmt: DateFormatter::new(""),
            order: Vec::new(),
            position: Vec::new(),
            items: Vec::new(),
            marks: Vec::new(),
            drawn: Vec::new(),
            extent: None,
            view: View::new(0.0, 365.0, width),
            width,
            lanes: LaneMode::None,
            layout_mode: LayoutMode::Auto,
            vertical: false,
            focus: 0,
            selected: None,
            pointers: Vec::new(),
            pinch: None,
            last: None,
        };
        let mut widget = TimelineWidget {
            state: Rc::new(RefCell::new(state)),
            root,
            listeners: Vec::new(),
        };
        widget.listen("keydown", State::on_key)?;
        widget.listen("click", State::on_click)?;
        widget.listen("wheel", State::on_wheel)?;
        widget.listen("pointerdown", State::on_pointer_down)?;
        widget.listen("pointermove", State::on_pointer_move)?;
        widget.listen("pointerup", State::on_pointer_up)?;
        widget.listen("pointercancel", State::on_pointer_up)?;
        {
            let mut state = widget.state.borrow_mut();
            state.apply_layout_mode().map_err(dom)?;
            state.draw_all().map_err(dom)?;
        }
        Ok(widget)
    }

    /// Draw `analysis` (as returned by `analyze`, or read from an `Analysis` JSON file);
    /// `articles` (optional, the analysed `Article`s) lets sources be cited by outlet and title.
    /// Throws an `Error` when `analysis` is not an analysis.
    #[wasm_bindgen(js_name = setAnalysis)]
    pub fn set_analysis(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Analysis")] analysis: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Article[] | null | undefined")] articles: Option<
            JsValue,
        >,
    ) -> Result<(), JsError> {
        let analysis: Analysis = crate::web::from_js::from_js(analysis, "analysis")?;
        let articles: Vec<Article> = match articles {
            Some(a) if !a.is_null() && !a.is_undefined() => {
                crate::web::from_js::from_js(a, "articles")?
            }
            _ => Vec::new(),
        };
        let out = {
            let mut state = self.state.try_borrow_mut().map_err(|_| busy())?;
            state.analysis = analysis;
            state.articles = articles;
            state.selected = None;
            set_hidden(&state.parts.detail, true).map_err(dom)?;
            state.parts.detail.set_text_content(None);
            state.parts.live.set_text_content(Some(""));
            state.focus = 0;
            state.message("").map_err(dom)?;
            state.build_items().map_err(dom)?;
            state.fit();
            state.draw_all().map_err(dom)?;
            Some(Outgoing::Change("analysis"))
        };
        self.dispatch(out);
        Ok(())
    }

    /// Set the options (`null`/`undefined` keeps one as it is): `lang` (a BCP 47 tag), `layout`
    /// (`auto`, `horizontal` or `vertical`), `lanes` (`none`, `place` or `person`). A new `lang`
    /// redraws every date.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(
        &self,
        lang: Option<String>,
        layout: Option<String>,
        lanes: Option<String>,
    ) -> Result<(), JsError> {
        let mut state = self.state.try_borrow_mut().map_err(|_| busy())?;
        let mut rebuild = false;
        if let Some(lang) = lang {
            if lang.trim() != state.fmt.lang() {
                state.fmt = DateFormatter::new(&lang);
                rebuild = true;
            }
        }
        if let Some(mode) = layout {
            state.layout_mode = LayoutMode::parse(&mode);
        }
        if let Some(lanes) = lanes {
            state.lanes = LaneMode::parse(&lanes);
        }
        state.apply_layout_mode().map_err(dom)?;
        if rebuild {
            state.build_items().map_err(dom)?;
        }
        state.draw_all().map_err(dom)
    }

    /// Tell the widget its drawing width in px (the element calls this from a ResizeObserver).
    pub fn resize(&self, width: f64) -> Result<(), JsError> {
        let mut state = self.state.try_borrow_mut().map_err(|_| busy())?;
        if !(width.is_finite() && width > 0.0) || (width - state.width).abs() < 0.5 {
            return Ok(());
        }
        state.width = width;
        state.view = state.view.resized(width);
        state.apply_layout_mode().map_err(dom)?;
        state.draw_view().map_err(dom)
    }

    /// Show a message instead of (or above) the timeline: a load error, say. Empty hides it.
    #[wasm_bindgen(js_name = setMessage)]
    pub fn set_message(&self, text: &str) -> Result<(), JsError> {
        let state = self.state.try_borrow_mut().map_err(|_| busy())?;
        state.message(text).map_err(dom)
    }

    /// Select the event with this id (`null` or an unknown id clears the selection).
    pub fn select(&self, id: Option<String>) -> Result<(), JsError> {
        let out = {
            let mut state = self.state.try_borrow_mut().map_err(|_| busy())?;
            let index = id.and_then(|id| state.analysis.events.iter().position(|e| e.id == id));
            state.select(index, false).map_err(dom)?
        };
        self.dispatch(out);
        Ok(())
    }

    /// The id of the selected event, if any.
    #[wasm_bindgen(getter)]
    pub fn selected(&self) -> Option<String> {
        let state = self.state.try_borrow().ok()?;
        state
            .selected
            .and_then(|i| state.analysis.events.get(i))
            .map(|e| e.id.clone())
    }

    /// Zoom by `factor` (> 1 in) around the middle of the view.
    pub fn zoom(&self, factor: f64) -> Result<(), JsError> {
        self.view_change(|s| {
            let middle = s.width / 2.0;
            s.view = s.view.zoom(factor, middle);
        })
    }

    /// Pan by `dx` px (positive shows later days).
    pub fn pan(&self, dx: f64) -> Result<(), JsError> {
        self.view_change(|s| s.view = s.view.pan(dx, s.extent))
    }

    /// Show every event.
    pub fn fit(&self) -> Result<(), JsError> {
        self.view_change(State::fit)
    }

    /// The visible range as `[startDay, endDay]` in ms since 1970 (for tests and hosts).
    #[wasm_bindgen(js_name = viewRange)]
    pub fn view_range(&self) -> Vec<f64> {
        self.state
            .try_borrow()
            .map(|s| vec![ms_of(s.view.start), ms_of(s.view.end)])
            .unwrap_or_default()
    }
}

impl TimelineWidget {
    fn listen(
        &mut self,
        kind: &'static str,
        handler: fn(&mut State, &Event) -> Option<Outgoing>,
    ) -> Result<(), JsError> {
        let state = Rc::downgrade(&self.state);
        let closure: Listener = Closure::new(move |event: Event| {
            let Some(state) = state.upgrade() else { return };
            let out = match state.try_borrow_mut() {
                Ok(mut s) => handler(&mut s, &event),
                Err(_) => return,
            };
            let host = state.borrow().host.clone();
            dispatch_on(&host, &state, out);
        });
        let options = js_sys::JSON::parse(r#"{"passive":false}"#).map_err(dom)?;
        call3(&self.root, "addEventListener", &kind.into(), closure.as_ref(), &options)
            .map_err(dom)?;
        self.listeners.push((kind, closure));
        Ok(())
    }

    fn view_change(&self, change: impl FnOnce(&mut State)) -> Result<(), JsError> {
        let out = {
            let mut state = self.state.try_borrow_mut().map_err(|_| busy())?;
            change(&mut state);
            state.draw_view().map_err(dom)?;
            Some(Outgoing::Change("view"))
        };
        self.dispatch(out);
        Ok(())
    }

    fn dispatch(&self, out: Option<Outgoing>) {
        let host = self.state.borrow().host.clone();
        dispatch_on(&host, &self.state, out);
    }
}

impl Drop for TimelineWidget {
    fn drop(&mut self) {
        for (kind, closure) in &self.listeners {
            let _ = call2(&self.root, "removeEventListener", &(*kind).into(), closure.as_ref());
        }
    }
}

/// Ms since 1970 of a fractional day number.
fn ms_of(day: f64) -> f64 {
    layout::epoch_ms(0) + day * 86_400_000.0
}

/// Dispatch `out` on `host` (the state is not borrowed by then: listeners may call the widget).
fn dispatch_on(host: &HtmlElement, state: &Rc<RefCell<State>>, out: Option<Outgoing>) {
    let Some(outgoing) = out else { return };
    // The event's init dictionary as JSON text for `JSON.parse` (as the API returns objects).
    let (name, detail) = {
        let Ok(s) = state.try_borrow() else { return };
        match outgoing {
            Outgoing::Select(index) => {
                let (id, event) = match index.and_then(|i| s.analysis.events.get(i)) {
                    Some(e) => (to_json(&e.id), to_json(e)),
                    None => ("null".to_owned(), "null".to_owned()),
                };
                ("select", format!("{{\"id\":{id},\"event\":{event}}}"))
            }
            Outgoing::Change(reason) => {
                // Dates of years 1 to 9999 and fixed words: nothing to escape.
                let start = date_of(s.view.start.floor() as i32);
                let end = date_of(s.view.end.ceil() as i32 - 1);
                let lanes = s.lanes.as_str();
                let layout = if s.vertical { "vertical" } else { "horizontal" };
                let detail = format!(
                    "{{\"reason\":\"{reason}\",\"start\":\"{start}\",\"end\":\"{end}\",\"lanes\":\"{lanes}\",\"layout\":\"{layout}\"}}"
                );
                ("change", detail)
            }
        }
    };
    let args = format!("[\"{name}\",{{\"bubbles\":true,\"composed\":true,\"detail\":{detail}}}]");
    let Ok(args) = js_sys::JSON::parse(&args) else { return };
    let event = get(&global(), "CustomEvent").dyn_into::<js_sys::Function>();
    if let Ok(event) = event.and_then(|c| js_sys::Reflect::construct(&c, args.unchecked_ref())) {
        let _ = call1(host, "dispatchEvent", &event);
    }
}

/// The nearest element at or above the event's target that matches `selector` (none when the
/// target is not an element: it has no `closest`).
fn closest(event: &Event, selector: &str) -> Option<Element> {
    let found = call1(&get(event, "target"), "closest", &selector.into()).ok()?;
    // `closest` gives an element or null.
    (!found.is_null()).then(|| found.unchecked_into::<Element>())
}

/// Whether the event's target is an element that matches `selector`.
fn is_target(event: &Event, selector: &str) -> bool {
    call1(&get(event, "target"), "matches", &selector.into()).ok().and_then(|m| m.as_bool()) == Some(true)
}

/// Whether the event's target is at or inside an element that matches `selector`.
fn within(event: &Event, selector: &str) -> bool {
    closest(event, selector).is_some()
}



impl State {
    // ---- building -----------------------------------------------------------------------

    fn message(&self, text: &str) -> Result<(), JsValue> {
        self.parts.message.set_text_content(Some(text));
        set_hidden(&self.parts.message, text.is_empty())
    }

    /// One list item per event, in focus order; the summary panel.
    fn build_items(&mut self) -> Result<(), JsValue> {
        let order = focus_order(&self.analysis);
        let mut position = vec![0; order.len()];
        for (p, &i) in order.iter().enumerate() {
            position[i] = p;
        }
        let count = self.analysis.events.len();
        let mut items = Vec::with_capacity(count);
        let mut marks = Vec::with_capacity(count);
        for (i, event) in self.analysis.events.iter().enumerate() {
            let (item, mark) = event_item(&self.doc, &mut self.fmt, event, i)?;
            items.push(item);
            marks.push(mark);
        }
        // The list holds them in focus order (a permutation of the events).
        let fragment = fragment(&self.doc)?;
        for &i in &order {
            fragment.append_child(&items[i])?;
        }
        self.items = items;
        self.marks = marks;
        replace_children(&self.parts.list, &fragment)?;
        self.drawn = vec![None; count];
        self.order = order;
        self.position = position;
        self.extent = extent(&event_spans(&self.analysis));
        self.focus = self.focus.min(self.order.len().saturating_sub(1));
        if let Some(&first) = self.order.get(self.focus) {
            self.marks[first].set_attribute("tabindex", "0")?;
        }
        let label = match count {
            0 => "Timeline, no events".to_owned(),
            1 => "Timeline, 1 event".to_owned(),
            n => format!("Timeline, {n} events"),
        };
        self.parts.region.set_attribute("aria-label", &label)?;
        fill_summary(
            &self.doc,
            &self.parts.summary,
            &self.analysis,
            &self.articles,
        )?;
        if count == 0 {
            let why = self
                .analysis
                .messages
                .first()
                .cloned()
                .unwrap_or_else(|| "No dated events.".to_owned());
            self.message(&why)?;
        }
        if let Some(selected) = self.selected {
            self.show_detail(selected)?;
        }
        Ok(())
    }

    fn fit(&mut self) {
        self.view = match self.extent {
            Some(extent) => View::fit(extent, self.width),
            None => View::new(self.view.start, self.view.end, self.width),
        };
    }

    fn apply_layout_mode(&mut self) -> Result<(), JsValue> {
        self.vertical = match self.layout_mode {
            LayoutMode::Vertical => true,
            LayoutMode::Horizontal => false,
            LayoutMode::Auto => self.width < NARROW_PX,
        };
        let region = &self.parts.region;
        toggle_class(region, "vertical", self.vertical)?;
        toggle_class(region, "horizontal", !self.vertical)?;
        self.parts
            .layout_button
            .set_text_content(Some(if self.vertical {
                "Axis view"
            } else {
                "List view"
            }));
        self.parts
            .lanes_button
            .set_text_content(Some(match self.lanes {
                LaneMode::None => "Lanes: none",
                LaneMode::Place => "Lanes: place",
                LaneMode::Person => "Lanes: person",
            }));
        Ok(())
    }

    // ---- drawing ------------------------------------------------------------------------

    fn draw_all(&mut self) -> Result<(), JsValue> {
        self.apply_layout_mode()?;
        self.draw_view()
    }

    /// Ticks, lanes, clusters and the geometry of every event for the current view; only
    /// events whose geometry changed are touched.
    fn draw_view(&mut self) -> Result<(), JsValue> {
        let layout = layout::layout(&self.analysis, &self.view, self.lanes);
        style(&self.parts.region).set_property("--rows", &layout.rows.max(1).to_string())?;

        // Axis.
        let ticks = fragment(&self.doc)?;
        for tick in &layout.ticks {
            let label = self
                .fmt
                .tick(tick.day, layout.unit, tick.major, &tick.label);
            let span = text_el(
                &self.doc,
                "span",
                if tick.major { "tick major" } else { "tick" },
                &label,
            )?;
            span.set_attribute("part", "tick")?;
            style(&span).set_property("--x", &px(tick.x))?;
            ticks.append_child(&span)?;
        }
        replace_children(&self.parts.axis, &ticks)?;
        self.parts
            .axis
            .set_attribute("data-unit", layout.unit.as_str())?;
        let from = date_of(self.view.start.floor() as i32).to_string();
        let to = date_of(self.view.end.ceil() as i32 - 1).to_string();
        self.parts.axis.set_attribute("data-start", &from)?;
        self.parts.axis.set_attribute("data-end", &to)?;
        self.parts.axis.set_attribute(
            "aria-label",
            &format!("Time axis, {from} to {to}. Left and right arrows pan, plus and minus zoom, 0 fits all."),
        )?;

        // Lanes.
        let lanes = fragment(&self.doc)?;
        for lane in &layout.lanes {
            let band = el(&self.doc, "div", "lane")?;
            band.set_attribute("part", "lane")?;
            style(&band)
                .set_property("--row", &lane.first_row.to_string())?;
            style(&band)
                .set_property("--lane-rows", &lane.rows.to_string())?;
            if !lane.name.is_empty() || self.lanes != LaneMode::None {
                let name = if lane.name.is_empty() {
                    "(unknown)"
                } else {
                    lane.name.as_str()
                };
                band.append_child(&*text_el(&self.doc, "span", "lane-name", name)?)?;
            }
            lanes.append_child(&band)?;
        }
        replace_children(&self.parts.lanes, &lanes)?;

        // Clusters.
        let clusters = fragment(&self.doc)?;
        for cluster in &layout.clusters {
            let mark = text_el(&self.doc, "div", "cluster", &format!("+{}", cluster.count))?;
            mark.set_attribute("part", "cluster")?;
            mark.set_attribute("data-from", &cluster.from.to_string())?;
            mark.set_attribute("data-to", &cluster.to.to_string())?;
            mark.set_attribute(
                "title",
                &format!("{} more events: click to zoom in", cluster.count),
            )?;
            let s = style(&mark);
            s.set_property("--x", &px(cluster.x))?;
            s.set_property("--w", &px(cluster.width))?;
            s.set_property("--row", &cluster.row.to_string())?;
            clusters.append_child(&mark)?;
        }
        replace_children(&self.parts.clusters, &clusters)?;

        // Events: only what changed.
        let mut shown = vec![None; self.items.len()];
        for mark in &layout.marks {
            if mark.visible && mark.cluster.is_none() {
                shown[mark.event] = Some((mark.x, mark.width, mark.row));
            }
        }
        for (i, now) in shown.into_iter().enumerate() {
            if self.drawn.get(i).copied().flatten() == now && self.drawn.len() == self.items.len() {
                continue;
            }
            let item = &self.items[i];
            match now {
                Some((x, w, row)) => {
                    let s = style(item);
                    s.set_property("--x", &px(x))?;
                    s.set_property("--w", &px(w))?;
                    s.set_property("--row", &row.to_string())?;
                    toggle_class(item, "off", false)?;
                }
                None => toggle_class(item, "off", true)?,
            }
            if let Some(slot) = self.drawn.get_mut(i) {
                *slot = now;
            }
        }
        self.last = Some(layout);
        self.keep_tab_stop_drawn()
    }

    /// In the axis view, keep the one tab stop on a drawn event (a hidden one cannot take focus).
    fn keep_tab_stop_drawn(&mut self) -> Result<(), JsValue> {
        if self.vertical || self.order.is_empty() {
            return Ok(());
        }
        let current = self.order[self.focus.min(self.order.len() - 1)];
        if self.drawn.get(current).copied().flatten().is_some() {
            return Ok(());
        }
        if let Some(position) = self
            .order
            .iter()
            .position(|&i| self.drawn.get(i).copied().flatten().is_some())
        {
            self.set_focus(position, false)?;
        }
        Ok(())
    }

    // ---- selection and focus ------------------------------------------------------------

    fn show_detail(&mut self, index: usize) -> Result<(), JsValue> {
        let event = &self.analysis.events[index];
        fill_detail(
            &self.doc,
            &self.parts.detail,
            &mut self.fmt,
            &self.analysis,
            &self.articles,
            event,
        )
    }

    /// Select `index` (or clear), announce its headline, show its detail.
    fn select(
        &mut self,
        index: Option<usize>,
        focus_detail: bool,
    ) -> Result<Option<Outgoing>, JsValue> {
        let index = index.filter(|&i| i < self.analysis.events.len());
        if let Some(old) = self.selected {
            if let Some(mark) = self.marks.get(old) {
                call1(mark, "removeAttribute", &"aria-current".into())?;
                toggle_class(&self.items[old], "selected", false)?;
            }
        }
        self.selected = index;
        match index {
            Some(i) => {
                self.marks[i].set_attribute("aria-current", "true")?;
                toggle_class(&self.items[i], "selected", true)?;
                self.show_detail(i)?;
                let headline = self.analysis.events[i].headline.clone();
                self.parts.live.set_text_content(Some(&headline));
                self.set_focus(self.position[i], false)?;
                self.reveal(i)?;
                if focus_detail {
                    let _ = call0(&self.parts.detail, "focus");
                }
            }
            None => {
                set_hidden(&self.parts.detail, true)?;
                self.parts.detail.set_text_content(None);
                self.parts.live.set_text_content(Some(""));
            }
        }
        Ok(Some(Outgoing::Select(index)))
    }

    /// Move the tab stop to `position` in focus order, bring it into view, optionally focus it.
    fn set_focus(&mut self, position: usize, focus: bool) -> Result<(), JsValue> {
        if self.order.is_empty() {
            return Ok(());
        }
        let position = position.min(self.order.len() - 1);
        let old = self.order[self.focus.min(self.order.len() - 1)];
        self.marks[old].set_attribute("tabindex", "-1")?;
        self.focus = position;
        let index = self.order[position];
        self.marks[index].set_attribute("tabindex", "0")?;
        if focus {
            self.reveal(index)?;
            call0(&self.marks[index], "focus")?;
        }
        Ok(())
    }

    /// Pan and zoom until event `index` is drawn (in view, not folded into a cluster).
    fn reveal(&mut self, index: usize) -> Result<(), JsValue> {
        if self.vertical {
            return Ok(());
        }
        let spans = event_spans(&self.analysis);
        let Some(span) = spans.iter().find(|s| s.event == index) else {
            return Ok(());
        };
        let shown = |layout: &Layout| {
            layout.marks.iter().any(|m| {
                m.event == index
                    && m.visible
                    && m.cluster.is_none()
                    && m.x >= 0.0
                    && m.x < layout.view.width
            })
        };
        if self.last.as_ref().is_some_and(shown) {
            return Ok(());
        }
        let middle = (f64::from(span.start) + f64::from(span.end)) / 2.0;
        let half = self.view.span() / 2.0;
        self.view = View::new(middle - half, middle + half, self.width);
        for _ in 0..24 {
            let layout = layout::layout(&self.analysis, &self.view, self.lanes);
            if shown(&layout) || self.view.span() <= layout::MIN_SPAN_DAYS + 1e-9 {
                break;
            }
            self.view = self.view.zoom(2.0, self.view.x(middle));
        }
        self.draw_view()
    }

    fn zoom_at(&mut self, factor: f64, x: f64) -> Result<Option<Outgoing>, JsValue> {
        self.view = self.view.zoom(factor, x);
        self.draw_view()?;
        Ok(Some(Outgoing::Change("view")))
    }

    fn pan_by(&mut self, dx: f64) -> Result<Option<Outgoing>, JsValue> {
        self.view = self.view.pan(dx, self.extent);
        self.draw_view()?;
        Ok(Some(Outgoing::Change("view")))
    }

    fn fit_all(&mut self) -> Result<Option<Outgoing>, JsValue> {
        self.fit();
        self.draw_view()?;
        Ok(Some(Outgoing::Change("view")))
    }

    /// The x (px) of event `index` in the current view, else the middle.
    fn x_of(&self, index: usize) -> f64 {
        self.last
            .as_ref()
            .and_then(|l| l.marks.iter().find(|m| m.event == index))
            .map_or(self.width / 2.0, |m| m.x + m.width / 2.0)
    }

    // ---- listeners ----------------------------------------------------------------------

    fn on_key(&mut self, event: &Event) -> Option<Outgoing> {
        // A keyboard event's key (none: not a keyboard event).
        let name = get(event, "key").as_string()?;
        if flag(event, "ctrlKey") || flag(event, "metaKey") || flag(event, "altKey") {
            return None;
        }
        // (No element with a `data-index` is inside a mark.)
        let on_mark = closest(event, ".mark[data-index]")
            .and_then(|e| e.get_attribute("data-index")?.parse::<usize>().ok());
        let on_axis = is_target(event, ".axis");
        let in_detail = within(event, ".detail");
        let result = if let Some(index) = on_mark {
            let here = self.position.get(index).copied().unwrap_or(0);
            let last = self.order.len().saturating_sub(1);
            match name.as_str() {
                "ArrowRight" | "ArrowDown" => self
                    .set_focus((here + 1).min(last), true)
                    .map(|_| None),
                "ArrowLeft" | "ArrowUp" => self
                    .set_focus(here.saturating_sub(1), true)
                    .map(|_| None),
                "Home" => self.set_focus(0, true).map(|_| None),
                "End" => self.set_focus(last, true).map(|_| None),
                "Enter" | " " => self.select(Some(index), false),
                "Escape" => self.select(None, false),
                "+" | "=" => self.zoom_at(ZOOM_STEP, self.x_of(index)),
                "-" | "_" => self.zoom_at(1.0 / ZOOM_STEP, self.x_of(index)),
                "0" => self.fit_all(),
                _ => return None,
            }
        } else if on_axis {
            let step = self.width * PAN_STEP * if flag(event, "shiftKey") { 4.0 } else { 1.0 };
            match name.as_str() {
                "ArrowRight" => self.pan_by(step),
                "ArrowLeft" => self.pan_by(-step),
                "+" | "=" => self.zoom_at(ZOOM_STEP, self.width / 2.0),
                "-" | "_" => self.zoom_at(1.0 / ZOOM_STEP, self.width / 2.0),
                "Home" | "End" | "0" => self.fit_all(),
                _ => return None,
            }
        } else if in_detail && name == "Escape" {
            let back = self.selected;
            let out = self.select(None, false);
            if let Some(i) = back {
                let _ = self.set_focus(self.position[i], true);
            }
            out
        } else {
            return None;
        };
        let _ = call0(event, "preventDefault");
        result.unwrap_or_default()
    }

    fn on_click(&mut self, event: &Event) -> Option<Outgoing> {
        if let Some(action) = closest(event, "[data-action]") {
            let result = match action.get_attribute("data-action").as_deref() {
                Some("zoom-in") => self.zoom_at(ZOOM_STEP, self.width / 2.0),
                Some("zoom-out") => self.zoom_at(1.0 / ZOOM_STEP, self.width / 2.0),
                Some("fit") => self.fit_all(),
                Some("lanes") => {
                    self.lanes = match self.lanes {
                        LaneMode::None => LaneMode::Place,
                        LaneMode::Place => LaneMode::Person,
                        LaneMode::Person => LaneMode::None,
                    };
                    self.draw_all().map(|_| Some(Outgoing::Change("lanes")))
                }
                Some("layout") => {
                    self.layout_mode = if self.vertical {
                        LayoutMode::Horizontal
                    } else {
                        LayoutMode::Vertical
                    };
                    self.draw_all().map(|_| Some(Outgoing::Change("layout")))
                }
                Some("close") => {
                    let back = self.selected;
                    let out = self.select(None, false);
                    if let Some(i) = back {
                        let _ = self.set_focus(self.position[i], true);
                    }
                    out
                }
                Some("source") => {
                    let index = action
                        .get_attribute("data-index")
                        .and_then(|i| i.parse::<usize>().ok());
                    let out = self.select(index, false);
                    if let Some(i) = index.filter(|&i| i < self.marks.len()) {
                        let _ = self.reveal(i);
                        let _ = call0(&self.parts.detail, "scrollIntoView");
                    }
                    out
                }
                _ => return None,
            };
            return result.unwrap_or_default();
        }
        if let Some(mark) =
            closest(event, ".mark[data-index]")
        {
            let index = mark
                .get_attribute("data-index")
                .and_then(|i| i.parse::<usize>().ok());
            return self.select(index, false).unwrap_or_default();
        }
        if let Some(cluster) = closest(event, "[data-from]") {
            let from = cluster
                .get_attribute("data-from")
                .and_then(|v| v.parse::<i32>().ok());
            let to = cluster
                .get_attribute("data-to")
                .and_then(|v| v.parse::<i32>().ok());
            if let (Some(from), Some(to)) = (from, to) {
                self.view = self.view.focus_on(f64::from(from), f64::from(to));
                return self
                    .draw_view()
                    .map(|_| Some(Outgoing::Change("view")))
                    .unwrap_or_default();
            }
        }
        None
    }

    fn on_wheel(&mut self, event: &Event) -> Option<Outgoing> {
        // A wheel event's delta mode (none: not a wheel event).
        let mode = get(event, "deltaMode").as_f64()?;
        if self.vertical {
            return None;
        }
        let over_axis = within(event, ".axis");
        let unit = match mode as u32 {
            1 => 16.0,
            2 => self.width,
            _ => 1.0,
        };
        let (dx, dy) = (num(event, "deltaX") * unit, num(event, "deltaY") * unit);
        let x = self.local_x(client_x(event));
        let result = if flag(event, "ctrlKey")
            || flag(event, "metaKey")
            || (over_axis && dy.abs() > dx.abs() && !flag(event, "shiftKey"))
        {
            self.zoom_at((-dy * 0.002).exp(), x)
        } else if dx.abs() > dy.abs() {
            self.pan_by(dx)
        } else if flag(event, "shiftKey") {
            self.pan_by(dy)
        } else {
            return None;
        };
        let _ = call0(event, "preventDefault");
        result.unwrap_or_default()
    }

    /// x in px within the viewport of a client x.
    fn local_x(&self, client_x: i32) -> f64 {
        let rect = call0(&self.parts.viewport, "getBoundingClientRect");
        f64::from(client_x) - num(&rect.unwrap_or_default(), "left")
    }

    fn on_pointer_down(&mut self, event: &Event) -> Option<Outgoing> {
        let id = pointer_id(event)?;
        let on_control = closest(event, "[data-action]").is_some()
            || closest(event, "[data-index]").is_some()
            || closest(event, "[data-from]").is_some();
        let in_viewport = within(event, ".viewport");
        if self.vertical || on_control || !in_viewport || num(event, "button") != 0.0 {
            return None;
        }
        self.pointers.retain(|p| p.id != id);
        self.pointers.push(Pointer {
            id,
            x: f64::from(client_x(event)),
        });
        let _ = call1(&self.parts.viewport, "setPointerCapture", &id.into());
        toggle_class(&self.parts.viewport, "dragging", true).ok();
        self.pinch = self.pinch_width();
        None
    }

    fn pinch_width(&self) -> Option<f64> {
        match self.pointers.as_slice() {
            [a, b, ..] => Some((a.x - b.x).abs().max(1.0)),
            _ => None,
        }
    }

    fn on_pointer_move(&mut self, event: &Event) -> Option<Outgoing> {
        let id = pointer_id(event)?;
        let at = self.pointers.iter().position(|p| p.id == id)?;
        let x = f64::from(client_x(event));
        let dx = x - self.pointers[at].x;
        self.pointers[at].x = x;
        let result = if let (Some(before), Some(now), [a, b, ..]) =
            (self.pinch, self.pinch_width(), self.pointers.as_slice())
        {
            let middle = (a.x + b.x) / 2.0;
            self.pinch = Some(now);
            let local = self.local_x(middle as i32);
            self.zoom_at(now / before, local)
        } else if dx != 0.0 {
            self.pan_by(-dx)
        } else {
            return None;
        };
        result.unwrap_or_default()
    }

    fn on_pointer_up(&mut self, event: &Event) -> Option<Outgoing> {
        let id = pointer_id(event)?;
        self.pointers.retain(|p| p.id != id);
        self.pinch = self.pinch_width();
        if self.pointers.is_empty() {
            toggle_class(&self.parts.viewport, "dragging", false).ok();
        }
        None
    }
}

/// A new `DocumentFragment`.
fn fragment(doc: &Document) -> Result<web_sys::Node, JsValue> {
    Ok(call0(doc, "createDocumentFragment")?.unchecked_into())
}

/// `element.style`.
fn style(element: &HtmlElement) -> CssStyleDeclaration {
    get(element, "style").unchecked_into()
}

/// A pointer event's `pointerId` (none: not a pointer event).
fn pointer_id(event: &Event) -> Option<i32> {
    get(event, "pointerId").as_f64().map(|id| id as i32)
}

/// A mouse or pointer event's `clientX`, in whole px as web-sys reads it (`i32`).
fn client_x(event: &Event) -> i32 {
    num(event, "clientX") as i32
}

/// `12px` (whole pixels: integer formatting keeps float printing out of the wasm, and so does
/// `max`/`min` rather than `f64::clamp`, whose panic message prints its bounds).
#[allow(clippy::manual_clamp)]
fn px(value: f64) -> String {
    let value = if value.is_finite() {
        value.max(-1e9).min(1e9).round() as i64
    } else {
        0
    };
    format!("{value}px")
}
