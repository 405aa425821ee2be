//! The geometry of the drawn timeline, as pure functions of an [`Analysis`] and a [`View`]: the
//! axis ticks, each event as a point or a span in pixels, lanes by place or by person, crowded
//! stretches folded into cluster marks, and the zoom / pan / fit-all arithmetic.
//!
//! No JS types here: the widget (`src/web/widget.rs`) only turns a [`Layout`] into DOM.
//!
//! Time is counted in days: day `d` is the number of days since 0001-01-01 (chrono's
//! `num_days_from_ce`), and an event covers the half-open interval `[start, end + 1)`, so a
//! month-level date covers the whole month and a day-level date one day. Everything is linear in
//! the number of events after one sort (`O(n log n)`), with at most [`MAX_ROWS`] rows per lane.

use chrono::{Datelike, NaiveDate};

use crate::model::{Analysis, Granularity};
use crate::time::calendar::parse_day;
use crate::text::sort;

/// Rows of event marks per lane before the rest of a crowded stretch folds into cluster marks.
pub const MAX_ROWS: usize = 3;
/// The narrowest view, in days (zooming in stops here).
pub const MIN_SPAN_DAYS: f64 = 3.0;
/// The widest view, in days (about three centuries; zooming out stops here).
pub const MAX_SPAN_DAYS: f64 = 366.0 * 300.0;
/// The least room, in px, between two axis ticks.
pub const MIN_TICK_PX: f64 = 64.0;
/// The width, in px, an event mark takes on its row at the least (room for a short label).
pub const MARK_PX: f64 = 120.0;
/// Room, in px, kept between marks on one row and between two cluster marks.
pub const GAP_PX: f64 = 4.0;
/// The width, in px, of a cluster mark at the least.
pub const CLUSTER_PX: f64 = 28.0;

const EPOCH_1970: i32 = 719_163;
const DAYS_PER_YEAR: f64 = 365.2425;

/// How events are grouped into horizontal lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LaneMode {
    /// One lane for all events.
    #[default]
    None,
    /// One lane per place (an event's most specific place).
    Place,
    /// One lane per person (an event's first-named person).
    Person,
}

impl LaneMode {
    /// `none`, `place`/`places`, `person`/`people`; anything else is [`LaneMode::None`].
    pub fn parse(name: &str) -> LaneMode {
        match name.trim().to_ascii_lowercase().as_str() {
            "place" | "places" => LaneMode::Place,
            "person" | "people" => LaneMode::Person,
            _ => LaneMode::None,
        }
    }

    /// The attribute value of this mode.
    pub fn as_str(self) -> &'static str {
        match self {
            LaneMode::None => "none",
            LaneMode::Place => "place",
            LaneMode::Person => "person",
        }
    }
}

/// The day number of a `YYYY-MM-DD` date (days since 0001-01-01), `None` when it is not one.
pub fn day_number(iso: &str) -> Option<i32> {
    parse_day(iso).map(|d| d.num_days_from_ce())
}

/// The date of a day number (clamped to years 1..=9999).
pub fn date_of(day: i32) -> NaiveDate {
    let day = day.clamp(1, 3_652_059);
    NaiveDate::from_num_days_from_ce_opt(day).unwrap_or_default()
}

/// Milliseconds since 1970-01-01T00:00Z at the start of a day (what a JS `Date` holds).
pub fn epoch_ms(day: i32) -> f64 {
    f64::from(day - EPOCH_1970) * 86_400_000.0
}

/// One event's extent on the time line: days `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EventSpan {
    /// Index of the event in `Analysis::events`.
    pub event: usize,
    /// First day covered.
    pub start: i32,
    /// The day after the last day covered.
    pub end: i32,
    /// Drawn as a point (one day) rather than a span.
    pub point: bool,
}

/// The drawable events of an analysis, in time order (start, then end, then input order).
/// Events whose dates cannot be read are left out (they still appear in the list view).
pub fn event_spans(analysis: &Analysis) -> Vec<EventSpan> {
    // Plain loops rather than iterator chains here and below: each chain is a generic instance
    // of its own in the wasm.
    let mut spans = Vec::with_capacity(analysis.events.len());
    for (i, e) in analysis.events.iter().enumerate() {
        let Some(start) = day_number(&e.date.start) else {
            continue;
        };
        let Some(end) = day_number(&e.date.end) else {
            continue;
        };
        let end = end.max(start) + 1;
        let point = e.date.granularity == Granularity::Day && end - start == 1;
        spans.push(EventSpan {
            event: i,
            start,
            end,
            point,
        });
    }
    // One sort of packed u64 keys (start: 22 bits, length: 21, position: 21), which keeps the
    // wasm small: a sort per key type costs kilobytes. Day numbers stay below 2^22 (year 9999);
    // past 2^21 events the input order is kept.
    const MAX21: u64 = (1 << 21) - 1;
    if spans.len() as u64 > MAX21 {
        return spans;
    }
    let mut keys: Vec<u64> = Vec::with_capacity(spans.len());
    for (p, s) in spans.iter().enumerate() {
        let start = u64::try_from(s.start).unwrap_or(0);
        let length = u64::try_from(s.end - s.start).unwrap_or(0).min(MAX21);
        keys.push((start << 42) | (length << 21) | p as u64);
    }
    sort::sort(&mut keys);
    let mut sorted = Vec::with_capacity(spans.len());
    for k in &keys {
        sorted.push(spans[(k & MAX21) as usize]);
    }
    sorted
}

/// The order in which keyboard focus walks the events: time order, then undrawable events in
/// input order. Every event index appears exactly once.
pub fn focus_order(analysis: &Analysis) -> Vec<usize> {
    let mut seen = vec![false; analysis.events.len()];
    let mut order = Vec::with_capacity(seen.len());
    for span in event_spans(analysis) {
        order.push(span.event);
        seen[span.event] = true;
    }
    for (i, drawn) in seen.iter().enumerate() {
        if !drawn {
            order.push(i);
        }
    }
    order
}

/// First day and day-after-last of all spans, `None` when there are none.
pub fn extent(spans: &[EventSpan]) -> Option<(i32, i32)> {
    let first = spans.first()?;
    let (mut start, mut end) = (first.start, first.end);
    for span in spans {
        start = start.min(span.start);
        end = end.max(span.end);
    }
    Some((start, end))
}

/// The visible stretch of time and the width it is drawn in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// The day (fractional) at the left edge.
    pub start: f64,
    /// The day (fractional) at the right edge; always more than `start`.
    pub end: f64,
    /// Width of the drawing in px (at least 1).
    pub width: f64,
}

impl View {
    /// A view of days `[start, end)` drawn `width` px wide, with the span clamped to
    /// [`MIN_SPAN_DAYS`]..=[`MAX_SPAN_DAYS`] around its middle and non-finite input replaced.
    pub fn new(start: f64, end: f64, width: f64) -> View {
        let width = if width.is_finite() {
            width.max(1.0)
        } else {
            1.0
        };
        let (start, end) = if start.is_finite() && end.is_finite() {
            (start.min(end), start.max(end))
        } else {
            (f64::from(EPOCH_1970), f64::from(EPOCH_1970) + 365.0)
        };
        // max/min, not clamp: clamp's panic message would link float printing into the wasm.
        #[allow(clippy::manual_clamp)]
        let span = (end - start).max(MIN_SPAN_DAYS).min(MAX_SPAN_DAYS);
        let middle = (start + end) / 2.0;
        View {
            start: middle - span / 2.0,
            end: middle + span / 2.0,
            width,
        }
    }

    /// A view showing all of `[first, end)` with a margin of 5 % each side (at least a day).
    ///
    /// On the right the margin also leaves room for the last event's label ([`MARK_PX`]) when
    /// the drawing is wide enough for that.
    pub fn fit(extent: (i32, i32), width: f64) -> View {
        let (first, end) = (f64::from(extent.0), f64::from(extent.1.max(extent.0 + 1)));
        let days = end - first;
        let margin = (days * 0.05).max(1.0);
        let right = if width.is_finite() && width > MARK_PX * 3.0 {
            // Days d such that d * scale = MARK_PX, scale = width / (days + margin + d).
            (MARK_PX * (days + margin) / (width - MARK_PX)).max(margin)
        } else {
            margin
        };
        View::new(first - margin, end + right, width)
    }

    /// Days shown.
    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// Pixels per day.
    pub fn scale(&self) -> f64 {
        self.width / self.span()
    }

    /// The x position (px from the left edge) of a (fractional) day.
    pub fn x(&self, day: f64) -> f64 {
        (day - self.start) * self.scale()
    }

    /// The (fractional) day at x px.
    pub fn day_at(&self, x: f64) -> f64 {
        self.start + x / self.scale()
    }

    /// The same view drawn at another width, keeping its start and its scale: a wider drawing
    /// shows more days (clamped like [`View::new`]).
    pub fn resized(&self, width: f64) -> View {
        let width = if width.is_finite() {
            width.max(1.0)
        } else {
            self.width
        };
        View::new(self.start, self.start + width / self.scale(), width)
    }

    /// Zoom in by `factor` (> 1 zooms in, < 1 out) keeping the day under `focus_x` px where it
    /// is, with the span clamped to [`MIN_SPAN_DAYS`]..=[`MAX_SPAN_DAYS`].
    pub fn zoom(&self, factor: f64, focus_x: f64) -> View {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let focus_x = if focus_x.is_finite() {
            focus_x.max(0.0).min(self.width)
        } else {
            self.width / 2.0
        };
        let focus = self.day_at(focus_x);
        // max/min, not clamp: clamp's panic message would link float printing into the wasm.
        #[allow(clippy::manual_clamp)]
        let span = (self.span() / factor).max(MIN_SPAN_DAYS).min(MAX_SPAN_DAYS);
        let start = focus - focus_x / self.width * span;
        View {
            start,
            end: start + span,
            width: self.width,
        }
    }

    /// Move by `dx` px (positive shows later days), keeping at least a tenth of the view on
    /// `[extent.0, extent.1)` so the events cannot be panned out of sight.
    pub fn pan(&self, dx: f64, extent: Option<(i32, i32)>) -> View {
        let dx = if dx.is_finite() { dx } else { 0.0 };
        let span = self.span();
        let mut start = self.start + dx / self.scale();
        if let Some((first, end)) = extent {
            let keep = span * 0.1;
            let lowest = f64::from(first) - span + keep;
            let highest = f64::from(end) - keep;
            start = start.max(lowest.min(highest)).min(highest.max(lowest));
        }
        View {
            start,
            end: start + span,
            width: self.width,
        }
    }

    /// A view showing days `[from, to)` (a cluster's stretch) with a small margin.
    pub fn focus_on(&self, from: f64, to: f64) -> View {
        let margin = ((to - from) * 0.1).max(0.5);
        View::new(from - margin, to + margin, self.width)
    }
}

/// The calendar unit of the axis ticks, finest to coarsest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TickUnit {
    /// Every day.
    Day,
    /// Every Monday.
    Week,
    /// Every first of a month.
    Month,
    /// Every first of a quarter.
    Quarter,
    /// Every first of January.
    Year,
    /// Every first of January of a year ending in 0.
    Decade,
    /// Every 50 years.
    HalfCentury,
    /// Every 100 years.
    Century,
}

impl TickUnit {
    /// The lowercase name (a class name on the axis).
    pub fn as_str(self) -> &'static str {
        match self {
            TickUnit::Day => "day",
            TickUnit::Week => "week",
            TickUnit::Month => "month",
            TickUnit::Quarter => "quarter",
            TickUnit::Year => "year",
            TickUnit::Decade => "decade",
            TickUnit::HalfCentury => "half-century",
            TickUnit::Century => "century",
        }
    }
}

/// The tick units, finest first, with their (average) length in days.
const TICK_UNITS: [(TickUnit, f64); 8] = [
    (TickUnit::Day, 1.0),
    (TickUnit::Week, 7.0),
    (TickUnit::Month, DAYS_PER_YEAR / 12.0),
    (TickUnit::Quarter, DAYS_PER_YEAR / 4.0),
    (TickUnit::Year, DAYS_PER_YEAR),
    (TickUnit::Decade, DAYS_PER_YEAR * 10.0),
    (TickUnit::HalfCentury, DAYS_PER_YEAR * 50.0),
    (TickUnit::Century, DAYS_PER_YEAR * 100.0),
];

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// One axis tick.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// The day it marks (its start).
    pub day: i32,
    /// Its x position in px.
    pub x: f64,
    /// An English label (`2025`, `Dec`, `Q3`, `2 Dec`, `2020s`); the widget relabels with Intl.
    pub label: String,
    /// A major tick starts the next coarser unit (a year among months, a month among days); its
    /// label carries that unit too (`Jan 2026`, `1 Dec 2025`).
    pub major: bool,
}

/// The finest tick unit whose ticks stand at least [`MIN_TICK_PX`] apart in `view`.
pub fn tick_unit(view: &View) -> TickUnit {
    let scale = view.scale();
    TICK_UNITS
        .iter()
        .find(|(_, days)| days * scale >= MIN_TICK_PX)
        .map_or(TickUnit::Century, |(unit, _)| *unit)
}

/// The axis ticks of `view`: the unit from [`tick_unit`], one tick per unit start inside the view.
pub fn ticks(view: &View) -> (TickUnit, Vec<Tick>) {
    let unit = tick_unit(view);
    let first = date_of(view.start.floor() as i32);
    let last_day = view.end.ceil().min(3_652_059.0) as i32;
    let mut out = Vec::new();
    let mut at = tick_start(first, unit);
    // Bounded: the unit was chosen so that at most width / MIN_TICK_PX + 2 ticks fit.
    while at.num_days_from_ce() <= last_day {
        let day = at.num_days_from_ce();
        if f64::from(day) >= view.start {
            let (label, major) = tick_label(at, unit);
            out.push(Tick {
                day,
                x: view.x(f64::from(day)),
                label,
                major,
            });
        }
        match next_tick(at, unit) {
            Some(next) if next > at => at = next,
            _ => break,
        }
    }
    (unit, out)
}

/// The start of the unit holding `date`.
fn tick_start(date: NaiveDate, unit: TickUnit) -> NaiveDate {
    let y = date.year();
    let first_of =
        |year: i32, month: u32| NaiveDate::from_ymd_opt(year.max(1), month, 1).unwrap_or(date);
    match unit {
        TickUnit::Day => date,
        TickUnit::Week => crate::time::calendar::week_monday(date).unwrap_or(date),
        TickUnit::Month => first_of(y, date.month()),
        TickUnit::Quarter => first_of(y, date.month0() / 3 * 3 + 1),
        TickUnit::Year => first_of(y, 1),
        TickUnit::Decade => first_of(y - y.rem_euclid(10), 1),
        TickUnit::HalfCentury => first_of(y - y.rem_euclid(50), 1),
        TickUnit::Century => first_of(y - y.rem_euclid(100), 1),
    }
}

fn next_tick(date: NaiveDate, unit: TickUnit) -> Option<NaiveDate> {
    let months = |n: i64| {
        let (y, m) = crate::time::calendar::add_months(date.year(), date.month(), n)?;
        NaiveDate::from_ymd_opt(y, m, 1)
    };
    match unit {
        TickUnit::Day => date.succ_opt(),
        TickUnit::Week => crate::time::calendar::add_days(date, 7),
        TickUnit::Month => months(1),
        TickUnit::Quarter => months(3),
        TickUnit::Year => months(12),
        TickUnit::Decade => months(120),
        TickUnit::HalfCentury => months(600),
        TickUnit::Century => months(1200),
    }
}

fn tick_label(date: NaiveDate, unit: TickUnit) -> (String, bool) {
    let month = MONTHS[date.month0() as usize];
    match unit {
        TickUnit::Day | TickUnit::Week => {
            if date.day() == 1 || (unit == TickUnit::Week && date.day() <= 7) {
                (format!("{} {month} {}", date.day(), date.year()), true)
            } else {
                (format!("{} {month}", date.day()), false)
            }
        }
        TickUnit::Month if date.month() == 1 => (format!("{month} {}", date.year()), true),
        TickUnit::Month => (month.to_owned(), false),
        TickUnit::Quarter if date.month() == 1 => (format!("Q1 {}", date.year()), true),
        TickUnit::Quarter => (format!("Q{}", date.month0() / 3 + 1), false),
        TickUnit::Year => (date.year().to_string(), date.year().rem_euclid(10) == 0),
        TickUnit::Decade | TickUnit::HalfCentury | TickUnit::Century => (
            format!("{}s", date.year()),
            date.year().rem_euclid(100) == 0,
        ),
    }
}

/// One lane of the drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// The place or person it holds; empty for the single lane and for events without one.
    pub name: String,
    /// Its first row, counted over all lanes from the top.
    pub first_row: usize,
    /// Rows it takes (at least one; one more when it holds cluster marks).
    pub rows: usize,
    /// Events in it (over the whole analysis, not only the visible ones).
    pub count: usize,
}

/// One event as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Index of the event in `Analysis::events`.
    pub event: usize,
    /// Left edge in px (may be off the drawing).
    pub x: f64,
    /// Width in px of the time it covers (0 for a point).
    pub width: f64,
    /// Drawn as a point (a day) rather than a span.
    pub point: bool,
    /// Its lane (index into [`Layout::lanes`]).
    pub lane: usize,
    /// Its row, counted over all lanes from the top.
    pub row: usize,
    /// Inside the view (at least partly).
    pub visible: bool,
    /// The cluster mark that stands for it, when its stretch is too crowded to show it.
    pub cluster: Option<usize>,
}

/// A cluster mark: a crowded stretch of one lane shown as a count; zooming in splits it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Its lane.
    pub lane: usize,
    /// Its row (the last row of its lane).
    pub row: usize,
    /// Left edge in px.
    pub x: f64,
    /// Width in px.
    pub width: f64,
    /// Events folded into it.
    pub count: usize,
    /// First day of the folded events.
    pub from: i32,
    /// Day after the last day of the folded events.
    pub to: i32,
}

/// Everything the horizontal drawing needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The view it was computed for.
    pub view: View,
    /// The unit of the ticks.
    pub unit: TickUnit,
    /// The axis ticks, left to right.
    pub ticks: Vec<Tick>,
    /// The lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// One mark per drawable event, in time order.
    pub marks: Vec<Mark>,
    /// The cluster marks.
    pub clusters: Vec<Cluster>,
    /// Rows over all lanes.
    pub rows: usize,
}

/// The key of an event's lane under `mode`.
fn lane_key(analysis: &Analysis, event: usize, mode: LaneMode) -> &str {
    let e = &analysis.events[event];
    match mode {
        LaneMode::None => "",
        LaneMode::Place => e.places.first().map_or("", String::as_str),
        LaneMode::Person => e.people.first().map_or("", String::as_str),
    }
}

/// Lay out `analysis` in `view` with lanes by `mode`.
///
/// Lanes come in order of their first event (the lane of events without a place or person
/// last). Within a lane, visible events take the first of [`MAX_ROWS`] rows where they clear the
/// previous mark by [`GAP_PX`] (each mark is at least [`MARK_PX`] wide for its label); an event
/// that fits no row is folded into a cluster mark on an extra row, merged with the cluster before
/// it when they would touch. Zooming in spreads the events, so clusters shrink and split.
pub fn layout(analysis: &Analysis, view: &View, mode: LaneMode) -> Layout {
    let spans = event_spans(analysis);
    let (unit, ticks) = ticks(view);

    // Lanes in order of first event; the unnamed lane last.
    let mut lane_of: Vec<usize> = Vec::with_capacity(spans.len());
    let mut names: Vec<&str> = Vec::new();
    let mut index: crate::text::hash::FastMap<&str, usize> = crate::text::hash::FastMap::default();
    for span in &spans {
        let key = lane_key(analysis, span.event, mode);
        let next = names.len();
        let lane = *index.entry(key).or_insert(next);
        if lane == next {
            names.push(key);
        }
        lane_of.push(lane);
    }
    // First-seen order, the unnamed lane moved last.
    let unnamed = names
        .iter()
        .position(|n| n.is_empty())
        .filter(|_| names.len() > 1);
    let mut lane_order: Vec<usize> = Vec::with_capacity(names.len());
    for l in 0..names.len() {
        if Some(l) != unnamed {
            lane_order.push(l);
        }
    }
    lane_order.extend(unnamed);
    let mut rank = vec![0; names.len()];
    for (position, &lane) in lane_order.iter().enumerate() {
        rank[lane] = position;
    }

    // Rows and clusters per lane, in one pass over the events in time order.
    struct LaneState {
        row_ends: Vec<f64>,
        cluster: Option<usize>,
        count: usize,
    }
    let mut states: Vec<LaneState> = Vec::with_capacity(names.len());
    for _ in 0..names.len() {
        states.push(LaneState {
            row_ends: Vec::new(),
            cluster: None,
            count: 0,
        });
    }
    let mut marks = Vec::with_capacity(spans.len());
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut local_rows: Vec<usize> = Vec::with_capacity(spans.len());
    for (span, &lane_id) in spans.iter().zip(&lane_of) {
        let lane = rank[lane_id];
        let state = &mut states[lane_id];
        state.count += 1;
        let x0 = view.x(f64::from(span.start));
        let x1 = view.x(f64::from(span.end));
        let visible = x1 >= 0.0 && x0 <= view.width;
        let width = if span.point { 0.0 } else { x1 - x0 };
        let mut row = 0;
        let mut cluster = None;
        if visible {
            let left = if span.point {
                x0 + view.scale() / 2.0
            } else {
                x0
            };
            let right = x1.max(left + MARK_PX);
            if let Some(free) = state.row_ends.iter().position(|&end| end + GAP_PX <= left) {
                state.row_ends[free] = right;
                row = free;
            } else if state.row_ends.len() < MAX_ROWS {
                state.row_ends.push(right);
                row = state.row_ends.len() - 1;
            } else {
                let open = state
                    .cluster
                    .filter(|&c| clusters[c].x + clusters[c].width + GAP_PX >= left);
                let c = match open {
                    Some(c) => c,
                    None => {
                        clusters.push(Cluster {
                            lane,
                            row: 0,
                            x: left,
                            width: CLUSTER_PX,
                            count: 0,
                            from: span.start,
                            to: span.end,
                        });
                        state.cluster = Some(clusters.len() - 1);
                        clusters.len() - 1
                    }
                };
                let folded = &mut clusters[c];
                folded.count += 1;
                folded.width = folded.width.max(left + CLUSTER_PX - folded.x);
                folded.from = folded.from.min(span.start);
                folded.to = folded.to.max(span.end);
                row = MAX_ROWS;
                cluster = Some(c);
            }
        }
        local_rows.push(row);
        marks.push(Mark {
            event: span.event,
            x: if span.point {
                view.x(f64::from(span.start) + 0.5)
            } else {
                x0
            },
            width,
            point: span.point,
            lane,
            row: 0,
            visible,
            cluster,
        });
    }

    // Rows over all lanes.
    let mut lanes = Vec::with_capacity(names.len());
    let mut first_row = 0;
    let mut firsts = vec![0; names.len()];
    for &lane_id in &lane_order {
        let state = &states[lane_id];
        let has_cluster = clusters.iter().any(|c| c.lane == rank[lane_id]);
        let rows = state.row_ends.len().max(1) + usize::from(has_cluster);
        firsts[rank[lane_id]] = first_row;
        lanes.push(Lane {
            name: names[lane_id].to_owned(),
            first_row,
            rows,
            count: state.count,
        });
        first_row += rows;
    }
    for (mark, local) in marks.iter_mut().zip(local_rows) {
        mark.row = firsts[mark.lane] + local;
    }
    for cluster in &mut clusters {
        let lane = &lanes[cluster.lane];
        cluster.row = lane.first_row + lane.rows - 1;
    }
    Layout {
        view: *view,
        unit,
        ticks,
        lanes,
        marks,
        clusters,
        rows: first_row,
    }
}

/// Which fields of a date `Intl.DateTimeFormat` should show for a granularity, so a date is
/// never shown finer than it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateFields {
    /// Show the weekday.
    pub weekday: bool,
    /// Show the day of the month.
    pub day: bool,
    /// Show the month (`long` when it is the finest field shown, else `short`).
    pub month: bool,
    /// Show both ends (weeks, weekends, seasons, decades): formatted with `formatRange`.
    pub range: bool,
}

/// The fields shown per granularity; quarters and seasons are shown as their months, decades as
/// their years.
pub const DATE_FIELDS: [(Granularity, DateFields); 8] = [
    (
        Granularity::Day,
        DateFields {
            weekday: false,
            day: true,
            month: true,
            range: false,
        },
    ),
    (
        Granularity::Weekend,
        DateFields {
            weekday: false,
            day: true,
            month: true,
            range: true,
        },
    ),
    (
        Granularity::Week,
        DateFields {
            weekday: false,
            day: true,
            month: true,
            range: true,
        },
    ),
    (
        Granularity::Month,
        DateFields {
            weekday: false,
            day: false,
            month: true,
            range: false,
        },
    ),
    (
        Granularity::Quarter,
        DateFields {
            weekday: false,
            day: false,
            month: true,
            range: true,
        },
    ),
    (
        Granularity::Season,
        DateFields {
            weekday: false,
            day: false,
            month: true,
            range: true,
        },
    ),
    (
        Granularity::Year,
        DateFields {
            weekday: false,
            day: false,
            month: false,
            range: false,
        },
    ),
    (
        Granularity::Decade,
        DateFields {
            weekday: false,
            day: false,
            month: false,
            range: true,
        },
    ),
];

/// The fields to show for `granularity` (see [`DATE_FIELDS`]).
pub fn date_fields(granularity: Granularity) -> DateFields {
    DATE_FIELDS
        .iter()
        .find(|(g, _)| *g == granularity)
        .map_or(DATE_FIELDS[0].1, |(_, f)| *f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateValue, Event, Status};

    fn event(id: &str, start: &str, end: &str, granularity: Granularity, place: &str) -> Event {
        Event {
            id: id.into(),
            date: DateValue {
                value: start.into(),
                start: start.into(),
                end: end.into(),
                granularity,
            },
            places: if place.is_empty() {
                vec![]
            } else {
                vec![place.into()]
            },
            people: vec![format!("Person {}", id.len() % 2)],
            organisations: vec![],
            headline: format!("Event {id}"),
            status: Status::Happened,
            sentences: vec![],
            sources: 1,
        }
    }

    fn analysis(events: Vec<Event>) -> Analysis {
        Analysis {
            events,
            ..Default::default()
        }
    }

    fn d(iso: &str) -> f64 {
        f64::from(day_number(iso).expect("a date"))
    }

    #[test]
    fn day_numbers_and_epoch() {
        assert_eq!(epoch_ms(day_number("1970-01-01").unwrap()), 0.0);
        assert_eq!(epoch_ms(day_number("1970-01-02").unwrap()), 86_400_000.0);
        assert_eq!(
            date_of(day_number("2025-12-02").unwrap()).to_string(),
            "2025-12-02"
        );
        assert_eq!(day_number("2025-13-01"), None);
        assert_eq!(day_number(""), None);
    }

    #[test]
    fn month_is_drawn_as_the_whole_month_and_day_as_a_point() {
        let a = analysis(vec![
            event(
                "e1",
                "2025-08-01",
                "2025-08-31",
                Granularity::Month,
                "Anchorage",
            ),
            event("e2", "2025-12-02", "2025-12-02", Granularity::Day, "Moscow"),
            event(
                "e3",
                "2025-11-22",
                "2025-11-23",
                Granularity::Weekend,
                "Geneva",
            ),
        ]);
        let view = View::new(d("2025-08-01"), d("2025-12-31"), 1520.0);
        let l = layout(&a, &view, LaneMode::None);
        let by_event = |i: usize| l.marks.iter().find(|m| m.event == i).expect("drawn");
        let month = by_event(0);
        assert!(!month.point);
        assert!((month.x - view.x(d("2025-08-01"))).abs() < 1e-9);
        assert!(
            (month.width - 31.0 * view.scale()).abs() < 1e-9,
            "all 31 days"
        );
        let day = by_event(1);
        assert!(day.point);
        assert_eq!(day.width, 0.0);
        assert!(
            (day.x - view.x(d("2025-12-02") + 0.5)).abs() < 1e-9,
            "the middle of the day"
        );
        let weekend = by_event(2);
        assert!(!weekend.point);
        assert!((weekend.width - 2.0 * view.scale()).abs() < 1e-9);
        // Time order.
        assert_eq!(
            l.marks.iter().map(|m| m.event).collect::<Vec<_>>(),
            vec![0, 2, 1]
        );
    }

    #[test]
    fn ticks_adapt_from_decades_to_days() {
        let start = d("2025-01-01");
        let cases = [
            (12.0, 1000.0, TickUnit::Day),
            (60.0, 1000.0, TickUnit::Week),
            (365.0, 1000.0, TickUnit::Month),
            (365.0 * 3.0, 1000.0, TickUnit::Quarter),
            (365.0 * 8.0, 1000.0, TickUnit::Year),
            (365.0 * 80.0, 1000.0, TickUnit::Decade),
            (365.0 * 280.0, 1000.0, TickUnit::HalfCentury),
        ];
        for (days, width, unit) in cases {
            let view = View::new(start, start + days, width);
            let (got, ticks) = ticks(&view);
            assert_eq!(got, unit, "{days} days in {width} px");
            assert!(!ticks.is_empty(), "{unit:?} has ticks");
            for pair in ticks.windows(2) {
                assert!(
                    pair[1].x - pair[0].x >= MIN_TICK_PX - 1e-6,
                    "{unit:?} ticks apart"
                );
            }
            for t in &ticks {
                assert!(t.x >= 0.0 && t.x <= width + 1e-6, "{unit:?} tick inside");
            }
        }
        let view = View::new(d("2025-11-20"), d("2026-03-10"), 1200.0);
        let (unit, ticks) = ticks(&view);
        assert_eq!(unit, TickUnit::Week);
        let view = View::new(d("2025-06-01"), d("2026-06-01"), 1200.0);
        let (unit, ticks_m) = super::ticks(&view);
        assert_eq!(unit, TickUnit::Month);
        let labels: Vec<&str> = ticks_m.iter().map(|t| t.label.as_str()).collect();
        assert!(
            labels.contains(&"Dec") && labels.contains(&"Jan 2026"),
            "{labels:?}"
        );
        assert!(ticks_m.iter().any(|t| t.major && t.label == "Jan 2026"));
        assert!(ticks
            .iter()
            .all(|t| date_of(t.day).weekday() == chrono::Weekday::Mon));
    }

    #[test]
    fn lanes_by_place_and_by_person() {
        let a = analysis(vec![
            event(
                "e1",
                "2025-08-15",
                "2025-08-15",
                Granularity::Day,
                "Anchorage",
            ),
            event("e22", "2025-10-01", "2025-10-01", Granularity::Day, ""),
            event(
                "e3",
                "2025-11-22",
                "2025-11-23",
                Granularity::Weekend,
                "Geneva",
            ),
            event(
                "e44",
                "2025-12-02",
                "2025-12-02",
                Granularity::Day,
                "Anchorage",
            ),
        ]);
        let view = View::fit(extent(&event_spans(&a)).unwrap(), 1000.0);
        let l = layout(&a, &view, LaneMode::Place);
        let names: Vec<&str> = l.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(
            names,
            ["Anchorage", "Geneva", ""],
            "first-seen order, unnamed last"
        );
        assert_eq!(l.lanes[0].count, 2);
        let lane_of = |i: usize| l.marks.iter().find(|m| m.event == i).unwrap().lane;
        assert_eq!(
            (lane_of(0), lane_of(1), lane_of(2), lane_of(3)),
            (0, 2, 1, 0)
        );
        for mark in &l.marks {
            let lane = &l.lanes[mark.lane];
            assert!(mark.row >= lane.first_row && mark.row < lane.first_row + lane.rows);
        }
        assert_eq!(l.rows, l.lanes.iter().map(|l| l.rows).sum::<usize>());
        let people = layout(&a, &view, LaneMode::Person);
        let names: Vec<&str> = people.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Person 0", "Person 1"]);
        assert_eq!(layout(&a, &view, LaneMode::None).lanes.len(), 1);
        assert_eq!(LaneMode::parse("People"), LaneMode::Person);
        assert_eq!(LaneMode::parse("places"), LaneMode::Place);
        assert_eq!(LaneMode::parse("?"), LaneMode::None);
    }

    /// `n` day events in one place, one a day from 2025-01-01.
    fn daily(n: usize) -> Analysis {
        let first = day_number("2025-01-01").unwrap();
        analysis(
            (0..n)
                .map(|i| {
                    let day = date_of(first + i as i32).to_string();
                    event(&format!("e{i}"), &day, &day, Granularity::Day, "Here")
                })
                .collect(),
        )
    }

    #[test]
    fn crowded_stretches_cluster_and_split_on_zoom() {
        let a = daily(60);
        let spans = event_spans(&a);
        let wide = View::fit(extent(&spans).unwrap(), 800.0);
        let l = layout(&a, &wide, LaneMode::None);
        assert!(!l.clusters.is_empty(), "60 days in 800 px are crowded");
        let folded: usize = l.clusters.iter().map(|c| c.count).sum();
        let shown = l.marks.iter().filter(|m| m.cluster.is_none()).count();
        assert_eq!(folded + shown, 60, "every event is shown or counted");
        assert!(l
            .marks
            .iter()
            .filter(|m| m.cluster.is_none())
            .all(|m| m.row < MAX_ROWS));
        // Cluster marks of a lane never overlap.
        for pair in l.clusters.windows(2) {
            assert!(pair[0].x + pair[0].width < pair[1].x, "{pair:?}");
        }
        // Zooming in splits the clusters until none is left.
        let mut view = wide;
        let mut counts = vec![l.clusters.iter().map(|c| c.count).max().unwrap()];
        for _ in 0..8 {
            view = view.zoom(2.0, 0.0);
            let l = layout(&a, &view, LaneMode::None);
            counts.push(l.clusters.iter().map(|c| c.count).max().unwrap_or(0));
        }
        assert!(counts.windows(2).all(|w| w[1] <= w[0]), "{counts:?}");
        assert_eq!(*counts.last().unwrap(), 0, "{counts:?}");
        // Marks on one row never overlap (each takes MARK_PX for its label).
        let l = layout(&a, &wide, LaneMode::None);
        for row in 0..MAX_ROWS {
            let xs: Vec<f64> = l
                .marks
                .iter()
                .filter(|m| m.row == row && m.cluster.is_none())
                .map(|m| m.x)
                .collect();
            for pair in xs.windows(2) {
                assert!(pair[1] - pair[0] >= MARK_PX, "row {row}: {pair:?}");
            }
        }
        // A cluster's stretch, focused on, is shown less crowded.
        let c = &l.clusters[0];
        let focused = wide.focus_on(f64::from(c.from), f64::from(c.to));
        assert!(focused.span() < wide.span());
    }

    #[test]
    fn zoom_keeps_the_focus_and_clamps() {
        let view = View::new(d("2025-01-01"), d("2026-01-01"), 1000.0);
        let focus = 250.0;
        let before = view.day_at(focus);
        let zoomed = view.zoom(2.0, focus);
        assert!((zoomed.day_at(focus) - before).abs() < 1e-6);
        assert!((zoomed.span() - view.span() / 2.0).abs() < 1e-6);
        let deep = (0..40).fold(view, |v, _| v.zoom(2.0, focus));
        assert!(
            (deep.span() - MIN_SPAN_DAYS).abs() < 1e-9,
            "zoom in stops at {MIN_SPAN_DAYS} days"
        );
        let far = (0..40).fold(view, |v, _| v.zoom(0.5, focus));
        assert!((far.span() - MAX_SPAN_DAYS).abs() < 1e-6);
        assert_eq!(view.zoom(f64::NAN, 0.0), view);
        assert_eq!(view.zoom(0.0, 0.0), view);
        let resized = view.resized(2000.0);
        assert!((resized.scale() - view.scale()).abs() < 1e-9);
    }

    #[test]
    fn pan_moves_and_keeps_events_in_sight() {
        let ext = (
            day_number("2025-01-01").unwrap(),
            day_number("2025-02-01").unwrap(),
        );
        let view = View::fit(ext, 600.0);
        let moved = view.pan(60.0, Some(ext));
        assert!((moved.start - view.start - 60.0 / view.scale()).abs() < 1e-9);
        assert!((moved.span() - view.span()).abs() < 1e-9);
        let far = view.pan(1e9, Some(ext));
        assert!(far.start < f64::from(ext.1), "some events still in view");
        let far = view.pan(-1e9, Some(ext));
        assert!(far.end > f64::from(ext.0));
        assert_eq!(view.pan(f64::NAN, Some(ext)), view);
    }

    #[test]
    fn fit_shows_every_event() {
        let a = daily(10);
        let spans = event_spans(&a);
        let view = View::fit(extent(&spans).unwrap(), 900.0);
        let l = layout(&a, &view, LaneMode::None);
        assert!(l
            .marks
            .iter()
            .all(|m| m.visible && m.x >= 0.0 && m.x + m.width <= 900.0));
        let last = l.marks.iter().map(|m| m.x).fold(0.0, f64::max);
        assert!(
            last + MARK_PX <= 900.0 + 1e-6,
            "the last label fits: {last}"
        );
        // A single day still gets a sensible view.
        let one = View::fit((100, 101), 900.0);
        assert!(one.span() >= MIN_SPAN_DAYS);
    }

    #[test]
    fn unreadable_dates_are_left_out_but_kept_in_focus_order() {
        let mut a = daily(3);
        a.events
            .insert(1, event("x", "XXXX", "", Granularity::Day, ""));
        assert_eq!(event_spans(&a).len(), 3);
        assert_eq!(focus_order(&a), vec![0, 2, 3, 1]);
        let l = layout(&a, &View::new(0.0, 10.0, 0.0), LaneMode::Place);
        assert_eq!(l.marks.len(), 3);
        let empty = layout(
            &Analysis::default(),
            &View::new(f64::NAN, 1.0, f64::INFINITY),
            LaneMode::None,
        );
        assert!(empty.marks.is_empty() && empty.lanes.is_empty());
    }

    #[test]
    fn date_fields_never_finer_than_the_date() {
        assert!(date_fields(Granularity::Day).day);
        let month = date_fields(Granularity::Month);
        assert!(month.month && !month.day && !month.range);
        assert!(!date_fields(Granularity::Year).month);
        assert!(date_fields(Granularity::Weekend).range);
    }

    #[test]
    fn five_thousand_events_lay_out() {
        let a = daily(5000);
        let spans = event_spans(&a);
        let mut view = View::fit(extent(&spans).unwrap(), 1200.0);
        for _ in 0..6 {
            let l = layout(&a, &view, LaneMode::Place);
            assert_eq!(l.marks.len(), 5000);
            let folded: usize = l.clusters.iter().map(|c| c.count).sum();
            let shown = l
                .marks
                .iter()
                .filter(|m| m.visible && m.cluster.is_none())
                .count();
            let visible = l.marks.iter().filter(|m| m.visible).count();
            assert_eq!(folded + shown, visible);
            view = view.zoom(3.0, 600.0);
        }
    }

    // proptest does not build for wasm32 (the lib's tests compile there under wasm-pack test).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_view_lays_out_every_event_once(
            days in proptest::collection::vec((0i32..4000, 0i32..400), 0..80),
            start in 700_000f64..760_000f64,
            span in 0.0f64..200_000.0,
            width in 0.0f64..4000.0,
            zoom in -3.0f64..3.0,
        ) {
            let a = analysis(days.iter().enumerate().map(|(i, (s, len))| {
                let from = date_of(738_000 + s).to_string();
                let to = date_of(738_000 + s + len).to_string();
                let g = if *len == 0 { Granularity::Day } else { Granularity::Week };
                event(&format!("e{i}"), &from, &to, g, if i % 3 == 0 { "A" } else { "B" })
            }).collect());
            let view = View::new(start, start + span, width).zoom(2f64.powf(zoom), width / 3.0);
            proptest::prop_assert!(view.span() >= MIN_SPAN_DAYS - 1e-9 && view.span() <= MAX_SPAN_DAYS + 1e-6);
            let l = layout(&a, &view, LaneMode::Place);
            let mut seen: Vec<usize> = l.marks.iter().map(|m| m.event).collect();
            seen.sort_unstable();
            proptest::prop_assert_eq!(seen, (0..a.events.len()).collect::<Vec<_>>());
            for m in &l.marks {
                let lane = &l.lanes[m.lane];
                proptest::prop_assert!(m.row >= lane.first_row && m.row < lane.first_row + lane.rows);
                proptest::prop_assert!(m.cluster.is_none() || m.visible);
            }
            let folded: usize = l.clusters.iter().map(|c| c.count).sum();
            proptest::prop_assert_eq!(folded, l.marks.iter().filter(|m| m.cluster.is_some()).count());
            proptest::prop_assert!(l.ticks.len() as f64 <= view.width / MIN_TICK_PX + 5.0);
        }
    }
}
