//! Dates for people, through the browser's `Intl.DateTimeFormat` in the widget's `lang`, never
//! finer than the date is ([`crate::timeline::layout::date_fields`]): a month-level date reads
//! "December 2025", a day "2 Dec 2025", a weekend as its two days. When the browser refuses a
//! language or a date, the English labels of [`crate::timeline::label`] stand in.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::web::js::{call1, call2, get, global};

use crate::model::json::to_json;
use crate::model::{DateValue, Granularity};
use crate::timeline::label::date_label;
use crate::timeline::layout::{date_fields, day_number, epoch_ms, TickUnit};

/// The formatter styles the widget uses (each one `Intl.DateTimeFormat`, built once per language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `2 Dec 2025`.
    Day,
    /// `Tue 2 Dec 2025` (the detail panel's resolved dates).
    Weekday,
    /// `December 2025`.
    MonthLong,
    /// `Dec 2025` (ranges of months).
    MonthShort,
    /// `2025`.
    Year,
    /// `Dec` (axis ticks).
    MonthOnly,
    /// `2 Dec` (axis ticks).
    DayMonth,
}

/// The options object of each style, as JSON; every formatter works in UTC, as the day numbers do.
const STYLES: [(Style, &str); 7] = [
    (Style::Day, r#"{"day":"numeric","month":"short","year":"numeric","timeZone":"UTC"}"#),
    (
        Style::Weekday,
        r#"{"weekday":"short","day":"numeric","month":"short","year":"numeric","timeZone":"UTC"}"#,
    ),
    (Style::MonthLong, r#"{"month":"long","year":"numeric","timeZone":"UTC"}"#),
    (Style::MonthShort, r#"{"month":"short","year":"numeric","timeZone":"UTC"}"#),
    (Style::Year, r#"{"year":"numeric","timeZone":"UTC"}"#),
    (Style::MonthOnly, r#"{"month":"short","timeZone":"UTC"}"#),
    (Style::DayMonth, r#"{"day":"numeric","month":"short","timeZone":"UTC"}"#),
];

/// Formats dates for one language, with its formatters cached.
pub struct DateFormatter {
    lang: String,
    cache: Vec<(Style, Option<Object>)>,
}

impl DateFormatter {
    /// A formatter for `lang` (a BCP 47 tag; empty means the browser's default).
    pub fn new(lang: &str) -> DateFormatter {
        DateFormatter {
            lang: lang.trim().to_owned(),
            cache: Vec::new(),
        }
    }

    /// The language it was made for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    fn formatter(&mut self, style: Style) -> Option<Object> {
        if let Some((_, formatter)) = self.cache.iter().find(|(s, _)| *s == style) {
            return formatter.clone();
        }
        let formatter = build(&self.lang, style);
        self.cache.push((style, formatter.clone()));
        formatter
    }

    fn format(&mut self, style: Style, day: i32) -> Option<String> {
        let formatter = self.formatter(style)?;
        // `format` and `formatRange` take a time as a `Date` or as its number of ms.
        let date = JsValue::from_f64(epoch_ms(day));
        call1(&formatter, "format", &date).ok()?.as_string()
    }

    fn format_range(&mut self, style: Style, first: i32, last: i32) -> Option<String> {
        if first == last {
            return self.format(style, first);
        }
        let formatter = self.formatter(style)?;
        let a = JsValue::from_f64(epoch_ms(first));
        let b = JsValue::from_f64(epoch_ms(last));
        call2(&formatter, "formatRange", &a, &b).ok()?.as_string()
    }

    /// A date as people read it, showing only the fields it has (see [`date_fields`]); the
    /// English label when the browser cannot format it.
    pub fn date(&mut self, date: &DateValue) -> String {
        self.try_date(date).unwrap_or_else(|| date_label(date))
    }

    fn try_date(&mut self, date: &DateValue) -> Option<String> {
        let first = day_number(&date.start)?;
        let last = day_number(&date.end)?.max(first);
        let fields = date_fields(date.granularity);
        match date.granularity {
            // Quarters keep their name, in the locale's year.
            Granularity::Quarter => {
                let quarter = date.start.get(5..7)?.parse::<u32>().ok()?.saturating_sub(1) / 3 + 1;
                Some(format!("Q{quarter} {}", self.format(Style::Year, first)?))
            }
            // "2020s" has no Intl form; the English label says it without a language.
            Granularity::Decade => Some(date_label(date)),
            _ if !fields.month => self.format(Style::Year, first),
            _ if !fields.day && fields.range => self.format_range(Style::MonthShort, first, last),
            _ if !fields.day => self.format(Style::MonthLong, first),
            _ if fields.range => self.format_range(Style::Day, first, last),
            _ => self.format(Style::Day, first),
        }
    }

    /// A day with its weekday ("Tue 2 Dec 2025"), for how a date was resolved.
    pub fn day_with_weekday(&mut self, iso: &str) -> String {
        day_number(iso)
            .and_then(|d| self.format(Style::Weekday, d))
            .unwrap_or_else(|| iso.to_owned())
    }

    /// The label of an axis tick: the unit's own field, and the coarser one on major ticks.
    pub fn tick(&mut self, day: i32, unit: TickUnit, major: bool, fallback: &str) -> String {
        let style = match (unit, major) {
            (TickUnit::Day | TickUnit::Week, false) => Style::DayMonth,
            (TickUnit::Day | TickUnit::Week, true) => Style::Day,
            (TickUnit::Month, false) => Style::MonthOnly,
            (TickUnit::Month, true) => Style::MonthShort,
            (TickUnit::Year, _) => Style::Year,
            _ => return fallback.to_owned(),
        };
        self.format(style, day)
            .unwrap_or_else(|| fallback.to_owned())
    }
}

/// `new Intl.DateTimeFormat(lang, {…, timeZone: "UTC"})`, `None` when the browser refuses it
/// (an invalid language tag falls back to the default language first).
fn build(lang: &str, style: Style) -> Option<Object> {
    let options = STYLES.iter().find(|(s, _)| *s == style)?.1;
    let constructor = get(&get(&global(), "Intl"), "DateTimeFormat")
        .dyn_into::<Function>()
        .ok()?;
    // The arguments as JSON (`[]`: no locales, the browser's default language).
    let make = |locales: &str| {
        let args = js_sys::JSON::parse(&format!("[{locales},{options}]")).ok()?;
        // `new` makes an object (or throws).
        Reflect::construct(&constructor, args.unchecked_ref())
            .ok()
            .map(JsCast::unchecked_into::<Object>)
    };
    if lang.is_empty() {
        return make("[]");
    }
    make(&to_json(lang)).or_else(|| make("[]"))
}
