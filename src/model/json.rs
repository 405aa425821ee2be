//! The model's JSON form written and read by hand, for the wasm build's boundary with JS
//! (`src/web/`): values go out as JSON text for the browser's `JSON.parse` ([`ToJson`]) and come in
//! as JSON text from `JSON.stringify`, read by a small non-generic reader into a [`Value`] tree
//! and from there into the model's types ([`FromValue`]).
//!
//! The JSON is the one serde's derives on the model write and read (the CLI's JSON, through
//! `serde_json`): fields in declaration order under their serde names, `null` for an absent value
//! that serde does not skip, fields marked `skip_serializing_if` left out when empty, enums as
//! their lowercase names; and the readers give serde's messages word for word (`missing field
//! `id``, `invalid type: integer `5`, expected a string`, `unknown variant …`, `duplicate field
//! …`), in serde's order (fields in the order the object gives them, then missing fields in
//! declaration order), ignoring unknown fields as serde does.
//!
//! Why not serde in the wasm (`serde-wasm-bindgen`, or serde's derived impls over [`Value`])?
//! Size: serde's derived visitors and serializers and `serde-wasm-bindgen`'s serializer took
//! about 45 KB of the module; these few types written out by hand take a fraction of that.
//! `serde-wasm-bindgen`'s deserializer also linked Rust's float formatting (~17 KB of wasm)
//! through its message for an unexpected float; here every number in the model is a whole
//! number (a count or an offset) and a fraction is reported as the wrong type without printing
//! it. Tested here against `serde_json` both ways, and through the API in `tests/web.rs` (which
//! reads the objects back with `serde-wasm-bindgen`; escapes, surrogate pairs, fractions, deep
//! nesting).

use super::{
    Analysis, Article, ArticleInfo, DateValue, DctSource, Event, Granularity, Options, SentenceRef,
    Status, WhenRef,
};
use crate::time::{Timex, TimexType};

/// Why a value could not be read, in serde's words.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Error(pub(crate) String);

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 256;

/// A JSON value as `JSON.stringify` writes it.
pub(crate) enum Value {
    Null,
    Bool(bool),
    /// A whole number that fits `i64`.
    Int(i64),
    /// Any other number (a fraction, an exponent, or too large).
    OtherNumber,
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// The [`Value`] of a JSON text, or why it is not one.
pub(crate) fn parse(text: &str) -> Result<Value, &'static str> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at != reader.bytes.len() {
        return Err("malformed JSON: trailing characters");
    }
    Ok(value)
}

/// A position in JSON text.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips spaces, then `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.bytes.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn keyword(&mut self, word: &str, value: Value) -> Result<Value, &'static str> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err("malformed JSON")
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, &'static str> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply");
        }
        self.skip_space();
        match self.bytes.get(self.at) {
            Some(b'n') => self.keyword("null", Value::Null),
            Some(b't') => self.keyword("true", Value::Bool(true)),
            Some(b'f') => self.keyword("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err("malformed JSON array");
                        }
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err("malformed JSON object");
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err("malformed JSON object");
                        }
                    }
                }
                Ok(Value::Object(fields))
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = self.at;
                while matches!(
                    self.bytes.get(self.at),
                    Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                ) {
                    self.at += 1;
                }
                Ok(self
                    .text(start, self.at)
                    .parse::<i64>()
                    .map_or(Value::OtherNumber, Value::Int))
            }
            _ => Err("malformed JSON"),
        }
    }

    /// The JSON string at the reader (on its opening quote), unescaped; a lone surrogate
    /// becomes U+FFFD.
    fn string(&mut self) -> Result<String, &'static str> {
        if self.bytes.get(self.at) != Some(&b'"') {
            return Err("malformed JSON: expected a string");
        }
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            match self.bytes.get(self.at) {
                None => return Err("malformed JSON: unterminated string"),
                Some(b'"') => {
                    out.push_str(self.text(run, self.at));
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.text(run, self.at));
                    self.at += 1;
                    let escaped = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err("malformed JSON: bad escape"),
                    };
                    out.push(escaped);
                    self.at += 1;
                    run = self.at;
                }
                Some(_) => self.at += 1,
            }
        }
    }

    /// The character of a `\uXXXX` escape (the reader is on the `u`), joining a surrogate pair
    /// written as two escapes; the reader is left on the escape's last digit.
    fn unicode_escape(&mut self) -> Result<char, &'static str> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.bytes[self.at + 1..].starts_with(b"\\u") {
            let before = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            self.at = before;
        }
        Ok(char::from_u32(first).unwrap_or('\u{fffd}'))
    }

    /// The four hex digits after the reader's `u`; the reader is left on the last one.
    fn hex4(&mut self) -> Result<u32, &'static str> {
        let digits = self
            .bytes
            .get(self.at + 1..self.at + 5)
            .ok_or("malformed JSON: bad escape")?;
        let mut code = 0;
        for &digit in digits {
            let value = char::from(digit)
                .to_digit(16)
                .ok_or("malformed JSON: bad escape")?;
            code = code * 16 + value;
        }
        self.at += 4;
        Ok(code)
    }

    /// The text between two offsets next to ASCII bytes (so on character boundaries).
    fn text(&self, from: usize, to: usize) -> &str {
        std::str::from_utf8(&self.bytes[from..to]).unwrap_or_default()
    }
}

/// The error for a value of the wrong type for what `expected` reads (serde's `invalid type`).
fn wrong_type(value: &Value, expected: &str) -> Error {
    let found = match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Int(n) => format!("integer `{n}`"),
        Value::OtherNumber => "a number that is not a whole number".to_string(),
        Value::String(s) => format!("string {}", debug_quoted(s)),
        Value::Array(_) => "an array".to_string(),
        Value::Object(_) => "an object".to_string(),
    };
    Error(format!("invalid type: {found}, expected {expected}"))
}

/// `s` quoted and escaped as Rust's `{:?}` writes it (what serde's message shows). Written by
/// hand: `{:?}` on a `str` pulls Unicode's printability tables into the wasm (about 3 KB gzip)
/// for this one error message. Escaped as `\u{…}`: controls, spaces other than U+0020, the
/// common format characters and private use; Rust's table also escapes unassigned code points,
/// rarer format characters and a combining mark that opens the string, which this writes as
/// they are.
fn debug_quoted(s: &str) -> String {
    const FORMAT: &[(u32, u32)] = &[(0xad, 0xad), (0x600, 0x605), (0x200b, 0x200f), (0x202a, 0x202e), (0x2060, 0x2064), (0xe000, 0xf8ff), (0xfeff, 0xfeff)];
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        let code = c as u32;
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            _ if c.is_control() || (c.is_whitespace() && c != ' ') || FORMAT.iter().any(|&(a, b)| (a..=b).contains(&code)) => {
                out.push_str("\\u{");
                let digits = (32 - code.leading_zeros()).div_ceil(4).max(1);
                for k in (0..digits).rev() {
                    out.push(char::from_digit((code >> (4 * k)) & 0xf, 16).unwrap_or('0'));
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A type read from a [`Value`] as serde's derived (or built-in) `Deserialize` impl reads it
/// from JSON.
pub(crate) trait FromValue: Sized {
    /// The value read, or serde's message for why it cannot be.
    fn from_value(value: Value) -> Result<Self, Error>;
}

impl FromValue for String {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(wrong_type(&other, "a string")),
        }
    }
}

impl FromValue for usize {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Int(n) => usize::try_from(n)
                .map_err(|_| Error(format!("invalid value: integer `{n}`, expected usize"))),
            other => Err(wrong_type(&other, "usize")),
        }
    }
}

impl FromValue for bool {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Bool(b) => Ok(b),
            other => Err(wrong_type(&other, "a boolean")),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Null => Ok(None),
            value => T::from_value(value).map(Some),
        }
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        let mut values = Vec::new();
        read_array(value, &mut |item| {
            values.push(T::from_value(item)?);
            Ok(())
        })?;
        Ok(values)
    }
}

/// Reads the items of an array value in order: `each(item)` for every item, stopping at the
/// first error. One function for every item type (the per-type part is the small closure).
fn read_array(value: Value, each: &mut dyn FnMut(Value) -> Result<(), Error>) -> Result<(), Error> {
    match value {
        Value::Array(items) => {
            for item in items {
                each(item)?;
            }
            Ok(())
        }
        other => Err(wrong_type(&other, "a sequence")),
    }
}

/// Reads the fields of an object value in the order it gives them: `set(i, value)` for the field
/// named `names[i]` (fields not named are ignored; a name given twice is serde's `duplicate
/// field`), then serde's `missing field` for the first field of `required` (bit `i` for
/// `names[i]`, in declaration order) that was not given. `expected` names the struct for the
/// error when the value is not an object.
pub(crate) fn read_object(
    value: Value,
    expected: &str,
    names: &[&'static str],
    required: u32,
    set: &mut dyn FnMut(usize, Value) -> Result<(), Error>,
) -> Result<(), Error> {
    let Value::Object(fields) = value else {
        return Err(wrong_type(&value, expected));
    };
    let mut seen = 0u32;
    for (key, value) in fields {
        if let Some(index) = names.iter().position(|name| *name == key) {
            if seen & (1 << index) != 0 {
                return Err(Error(format!("duplicate field `{}`", names[index])));
            }
            seen |= 1 << index;
            set(index, value)?;
        }
    }
    let missing = required & !seen;
    if missing != 0 {
        let name = names[missing.trailing_zeros() as usize];
        return Err(Error(format!("missing field `{name}`")));
    }
    Ok(())
}

/// The index in `variants` of a unit variant written as its name (serde's form of the model's
/// enums); `expected` names the enum for the error when the value is not a string.
fn read_variant(value: Value, expected: &str, variants: &[&str]) -> Result<usize, Error> {
    match value {
        Value::String(s) => variants.iter().position(|v| *v == s).ok_or_else(|| {
            Error(format!(
                "unknown variant `{s}`, expected one of `{}`",
                crate::text::chars::join(variants, "`, `")
            ))
        }),
        other => Err(wrong_type(&other, expected)),
    }
}

/// `value` read as `T` (a field of a struct being read).
pub(crate) fn read<T: FromValue>(value: Value) -> Result<T, Error> {
    T::from_value(value)
}

impl FromValue for Article {
    fn from_value(value: Value) -> Result<Self, Error> {
        const FIELDS: &[&str] = &["id", "title", "source", "url", "published", "text"];
        let mut a = Article::default();
        read_object(value, "struct Article", FIELDS, 0b10_0001, &mut |i, v| {
            match i {
                0 => a.id = read(v)?,
                1 => a.title = read(v)?,
                2 => a.source = read(v)?,
                3 => a.url = read(v)?,
                4 => a.published = read(v)?,
                _ => a.text = read(v)?,
            }
            Ok(())
        })?;
        Ok(a)
    }
}

impl FromValue for Options {
    fn from_value(value: Value) -> Result<Self, Error> {
        let mut options = Options::default();
        read_object(value, "struct Options", &["dct"], 0, &mut |_, v| {
            options.dct = read(v)?;
            Ok(())
        })?;
        Ok(options)
    }
}

impl FromValue for DctSource {
    fn from_value(value: Value) -> Result<Self, Error> {
        const VARIANTS: &[DctSource] = &[
            DctSource::Given,
            DctSource::Text,
            DctSource::Collection,
            DctSource::None,
        ];
        const NAMES: &[&str] = &["given", "text", "collection", "none"];
        Ok(VARIANTS[read_variant(value, "enum DctSource", NAMES)?])
    }
}

impl FromValue for Granularity {
    fn from_value(value: Value) -> Result<Self, Error> {
        const VARIANTS: &[Granularity] = &[
            Granularity::Day,
            Granularity::Weekend,
            Granularity::Week,
            Granularity::Month,
            Granularity::Quarter,
            Granularity::Season,
            Granularity::Year,
            Granularity::Decade,
        ];
        const NAMES: &[&str] = &[
            "day", "weekend", "week", "month", "quarter", "season", "year", "decade",
        ];
        Ok(VARIANTS[read_variant(value, "enum Granularity", NAMES)?])
    }
}

impl FromValue for Status {
    fn from_value(value: Value) -> Result<Self, Error> {
        const VARIANTS: &[Status] = &[
            Status::Happened,
            Status::Planned,
            Status::Cancelled,
            Status::Reported,
        ];
        const NAMES: &[&str] = &["happened", "planned", "cancelled", "reported"];
        Ok(VARIANTS[read_variant(value, "enum Status", NAMES)?])
    }
}

impl FromValue for ArticleInfo {
    fn from_value(value: Value) -> Result<Self, Error> {
        const FIELDS: &[&str] = &["id", "dct", "dct_source"];
        let mut info = ArticleInfo {
            id: String::new(),
            dct: None,
            dct_source: DctSource::None,
        };
        read_object(value, "struct ArticleInfo", FIELDS, 0b101, &mut |i, v| {
            match i {
                0 => info.id = read(v)?,
                1 => info.dct = read(v)?,
                _ => info.dct_source = read(v)?,
            }
            Ok(())
        })?;
        Ok(info)
    }
}

impl FromValue for DateValue {
    fn from_value(value: Value) -> Result<Self, Error> {
        const FIELDS: &[&str] = &["value", "start", "end", "granularity"];
        let mut date = DateValue {
            value: String::new(),
            start: String::new(),
            end: String::new(),
            granularity: Granularity::Day,
        };
        read_object(value, "struct DateValue", FIELDS, 0b1111, &mut |i, v| {
            match i {
                0 => date.value = read(v)?,
                1 => date.start = read(v)?,
                2 => date.end = read(v)?,
                _ => date.granularity = read(v)?,
            }
            Ok(())
        })?;
        Ok(date)
    }
}

impl FromValue for WhenRef {
    fn from_value(value: Value) -> Result<Self, Error> {
        const FIELDS: &[&str] = &["text", "start", "end", "anchor"];
        let mut when = WhenRef {
            text: String::new(),
            start: 0,
            end: 0,
            anchor: None,
        };
        read_object(value, "struct WhenRef", FIELDS, 0b0111, &mut |i, v| {
            match i {
                0 => when.text = read(v)?,
                1 => when.start = read(v)?,
                2 => when.end = read(v)?,
                _ => when.anchor = read(v)?,
            }
            Ok(())
        })?;
        Ok(when)
    }
}

impl FromValue for SentenceRef {
    fn from_value(value: Value) -> Result<Self, Error> {
        const FIELDS: &[&str] = &["article", "text", "start", "end", "when"];
        let mut sentence = SentenceRef {
            article: String::new(),
            text: String::new(),
            start: 0,
            end: 0,
            when: None,
        };
        read_object(value, "struct SentenceRef", FIELDS, 0b0_1111, &mut |i, v| {
            match i {
                0 => sentence.article = read(v)?,
                1 => sentence.text = read(v)?,
                2 => sentence.start = read(v)?,
                3 => sentence.end = read(v)?,
                _ => sentence.when = read(v)?,
            }
            Ok(())
        })?;
        Ok(sentence)
    }
}

impl FromValue for Event {
    fn from_value(value: Value) -> Result<Self, Error> {
        const FIELDS: &[&str] = &[
            "id",
            "date",
            "places",
            "people",
            "organisations",
            "headline",
            "status",
            "sentences",
            "sources",
        ];
        let mut event = Event {
            id: String::new(),
            date: DateValue {
                value: String::new(),
                start: String::new(),
                end: String::new(),
                granularity: Granularity::Day,
            },
            places: Vec::new(),
            people: Vec::new(),
            organisations: Vec::new(),
            headline: String::new(),
            status: Status::Happened,
            sentences: Vec::new(),
            sources: 0,
        };
        // Every field but `organisations` (absent in analyses saved before it existed).
        read_object(value, "struct Event", FIELDS, 0b1_1110_1111, &mut |i, v| {
            match i {
                0 => event.id = read(v)?,
                1 => event.date = read(v)?,
                2 => event.places = read(v)?,
                3 => event.people = read(v)?,
                4 => event.organisations = read(v)?,
                5 => event.headline = read(v)?,
                6 => event.status = read(v)?,
                7 => event.sentences = read(v)?,
                _ => event.sources = read(v)?,
            }
            Ok(())
        })?;
        Ok(event)
    }
}

impl FromValue for Analysis {
    fn from_value(value: Value) -> Result<Self, Error> {
        const FIELDS: &[&str] = &["articles", "events", "summary", "messages"];
        let mut analysis = Analysis::default();
        read_object(value, "struct Analysis", FIELDS, 0b0111, &mut |i, v| {
            match i {
                0 => analysis.articles = read(v)?,
                1 => analysis.events = read(v)?,
                2 => analysis.summary = read(v)?,
                _ => analysis.messages = read(v)?,
            }
            Ok(())
        })?;
        Ok(analysis)
    }
}

/// A value written as JSON text.
pub(crate) trait ToJson {
    /// Appends the value's JSON to `out`.
    fn write_json(&self, out: &mut Json);
}

/// JSON text being written: objects are opened with [`Json::begin`], given fields with
/// [`Json::field`] and closed with [`Json::end`].
pub(crate) struct Json {
    text: String,
    /// Whether the next field or item is the first of its object or array.
    first: bool,
}

impl Json {
    /// Empty JSON text.
    fn new() -> Self {
        Json {
            text: String::new(),
            first: true,
        }
    }

    /// Appends `part`.
    fn put(&mut self, part: &str) {
        self.text.push_str(part);
    }

    /// Appends one ASCII byte.
    fn put_byte(&mut self, byte: u8) {
        self.text.push(char::from(byte));
    }

    /// A comma before every field or item but the first.
    fn separate(&mut self) {
        if !self.first {
            self.put_byte(b',');
        }
        self.first = false;
    }

    /// Opens an object (`{`) or array (`[`).
    fn open(&mut self, bracket: u8) {
        self.put_byte(bracket);
        self.first = true;
    }

    /// Closes an object (`}`) or array (`]`).
    fn close(&mut self, bracket: u8) {
        self.put_byte(bracket);
        self.first = false;
    }

    /// Opens an object as the next value; its fields are written with [`Json::field`] and
    /// [`Json::optional`], then [`Json::end`] closes it.
    pub(crate) fn begin(&mut self) {
        self.separate();
        self.open(b'{');
    }

    /// Closes the object [`Json::begin`] opened.
    pub(crate) fn end(&mut self) {
        self.close(b'}');
    }

    /// Starts the field `name` of the open object; its value is written next.
    fn key(&mut self, name: &str) {
        self.separate();
        self.string(name);
        self.put_byte(b':');
        self.first = true;
    }

    /// The field `name` with `value`.
    pub(crate) fn field<T: ToJson + ?Sized>(&mut self, name: &str, value: &T) {
        self.key(name);
        value.write_json(self);
    }

    /// `value` as a JSON string (quotes, backslashes and control characters escaped).
    fn string(&mut self, value: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.put_byte(b'"');
        let bytes = value.as_bytes();
        let mut run = 0;
        for (i, &byte) in bytes.iter().enumerate() {
            if byte == b'"' || byte == b'\\' || byte < 0x20 {
                self.put(&value[run..i]);
                self.put_byte(b'\\');
                match byte {
                    b'"' | b'\\' => self.put_byte(byte),
                    b'\n' => self.put_byte(b'n'),
                    b'\r' => self.put_byte(b'r'),
                    b'\t' => self.put_byte(b't'),
                    _ => {
                        self.put("u00");
                        self.put_byte(HEX[usize::from(byte >> 4)]);
                        self.put_byte(HEX[usize::from(byte & 15)]);
                    }
                }
                run = i + 1;
            }
        }
        self.put(&value[run..]);
        self.put_byte(b'"');
    }

    /// The field `name` when `value` is given (serde's `skip_serializing_if = "Option::is_none"`).
    pub(crate) fn optional<T: ToJson>(&mut self, name: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.field(name, value);
        }
    }

    /// A whole number in decimal.
    fn number(&mut self, mut value: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        for &digit in &digits[at..] {
            self.put_byte(digit);
        }
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut Json) {
        out.separate();
        out.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut Json) {
        self.as_str().write_json(out);
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut Json) {
        out.separate();
        out.number(*self);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut Json) {
        match self {
            Some(value) => value.write_json(out),
            None => {
                out.separate();
                out.put("null");
            }
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut Json) {
        out.separate();
        out.open(b'[');
        for item in self {
            item.write_json(out);
        }
        out.close(b']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut Json) {
        self.as_slice().write_json(out);
    }
}

impl ToJson for Article {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("id", &self.id);
        out.optional("title", &self.title);
        out.optional("source", &self.source);
        out.optional("url", &self.url);
        out.optional("published", &self.published);
        out.field("text", &self.text);
        out.end();
    }
}

impl ToJson for ArticleInfo {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("id", &self.id);
        out.field("dct", &self.dct);
        let source = match self.dct_source {
            crate::model::DctSource::Given => "given",
            crate::model::DctSource::Text => "text",
            crate::model::DctSource::Collection => "collection",
            crate::model::DctSource::None => "none",
        };
        out.field("dct_source", source);
        out.end();
    }
}

impl ToJson for DateValue {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("value", &self.value);
        out.field("start", &self.start);
        out.field("end", &self.end);
        out.field("granularity", self.granularity.as_str());
        out.end();
    }
}

impl ToJson for WhenRef {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("text", &self.text);
        out.field("start", &self.start);
        out.field("end", &self.end);
        out.optional("anchor", &self.anchor);
        out.end();
    }
}

impl ToJson for SentenceRef {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("article", &self.article);
        out.field("text", &self.text);
        out.field("start", &self.start);
        out.field("end", &self.end);
        out.optional("when", &self.when);
        out.end();
    }
}

impl ToJson for Event {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("id", &self.id);
        out.field("date", &self.date);
        out.field("places", &self.places);
        out.field("people", &self.people);
        out.field("organisations", &self.organisations);
        out.field("headline", &self.headline);
        out.field("status", self.status.as_str());
        out.field("sentences", &self.sentences);
        out.field("sources", &self.sources);
        out.end();
    }
}

impl ToJson for Analysis {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("articles", &self.articles);
        out.field("events", &self.events);
        out.field("summary", &self.summary);
        if !self.messages.is_empty() {
            out.field("messages", &self.messages);
        }
        out.end();
    }
}

/// An analysis written with an empty `events` array, for the wasm API to fill in one event at a
/// time (see `web::api`).
pub(crate) struct WithoutEvents<'a>(pub(crate) &'a Analysis);

impl ToJson for WithoutEvents<'_> {
    fn write_json(&self, out: &mut Json) {
        let none: &[Event] = &[];
        out.begin();
        out.field("articles", &self.0.articles);
        out.field("events", none);
        out.field("summary", &self.0.summary);
        if !self.0.messages.is_empty() {
            out.field("messages", &self.0.messages);
        }
        out.end();
    }
}

impl ToJson for Timex {
    fn write_json(&self, out: &mut Json) {
        out.begin();
        out.field("start", &self.start);
        out.field("end", &self.end);
        out.field("text", &self.text);
        let kind = match self.kind {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        };
        out.field("type", kind);
        out.field("value", &self.value);
        if let Some(modifier) = self.modifier {
            out.field("mod", modifier);
        }
        if let Some(quant) = self.quant {
            out.field("quant", quant);
        }
        out.optional("freq", &self.freq);
        out.end();
    }
}

/// `value` as JSON text.
pub(crate) fn to_json<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = Json::new();
    value.write_json(&mut out);
    out.text
}

/// A JSON array of `items[from..]`, ended after the first item that brings the text to `budget`
/// bytes, and the index of the first item left out (`items.len()` when all went in). Writing a
/// long list a batch at a time keeps the module's memory from holding all of its JSON at once.
pub(crate) fn json_batch<T: ToJson>(items: &[T], from: usize, budget: usize) -> (String, usize) {
    let mut out = Json::new();
    out.open(b'[');
    let mut next = from;
    while let Some(item) = items.get(next) {
        item.write_json(&mut out);
        next += 1;
        if out.text.len() >= budget {
            break;
        }
    }
    out.close(b']');
    (out.text, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DctSource, Granularity, Status};

    #[test]
    fn debug_quoted_writes_what_rust_debug_writes() {
        for s in ["", "plain", "say \"hi\"", "back\\slash", "it's", "line\nbreak\r\ttab\0nul", "\u{1}\u{1b}\u{7f}\u{85}\u{9f}", "Zürich, 北京, Кремль, 🎉", "a\u{a0}b\u{2009}c\u{3000}d\u{2028}", "\u{ad}\u{200b}\u{200e}\u{feff}\u{2060}\u{e000}\u{600}"] {
            assert_eq!(debug_quoted(s), format!("{s:?}"), "{s:?}");
        }
        // The documented differences: a combining mark that opens the string, unassigned code points.
        assert_eq!(debug_quoted("\u{301}e"), "\"\u{301}e\"");
        assert_eq!(debug_quoted("\u{10ffff}"), "\"\u{10ffff}\"");
    }

    fn analysis() -> Analysis {
        let when = WhenRef {
            text: "on \"Tuesday\"\n\t\u{1}\\".into(),
            start: 3,
            end: 15,
            anchor: Some("2025-12-03".into()),
        };
        let sentence = |when: Option<WhenRef>| SentenceRef {
            article: "a1".into(),
            text: "Ünïcödé 😀 text".into(),
            start: 0,
            end: 4_000_000_000,
            when,
        };
        Analysis {
            articles: vec![
                ArticleInfo {
                    id: "a1".into(),
                    dct: Some("2025-12-03".into()),
                    dct_source: DctSource::Given,
                },
                ArticleInfo {
                    id: "a2".into(),
                    dct: None,
                    dct_source: DctSource::None,
                },
                ArticleInfo {
                    id: "a3".into(),
                    dct: None,
                    dct_source: DctSource::Collection,
                },
                ArticleInfo {
                    id: "a4".into(),
                    dct: None,
                    dct_source: DctSource::Text,
                },
            ],
            events: vec![Event {
                id: "e1".into(),
                date: DateValue {
                    value: "2025-W48-WE".into(),
                    start: "2025-11-29".into(),
                    end: "2025-11-30".into(),
                    granularity: Granularity::Weekend,
                },
                places: vec!["Paris".into(), "France".into()],
                people: vec![],
                organisations: vec!["NATO".into()],
                headline: "h".into(),
                status: Status::Reported,
                sentences: vec![sentence(Some(when)), sentence(None)],
                sources: 2,
            }],
            summary: vec![sentence(None)],
            messages: vec![],
        }
    }

    #[test]
    fn the_model_is_written_as_serde_writes_it() {
        let mut a = analysis();
        assert_eq!(to_json(&a), serde_json::to_string(&a).unwrap());
        // The analysis without its events: the same but for an empty `events`.
        let mut shell = a.clone();
        shell.events.clear();
        assert_eq!(to_json(&WithoutEvents(&a)), serde_json::to_string(&shell).unwrap());
        // Written in batches, a list is the same items.
        let sentences = &a.events[0].sentences;
        for budget in [0, 1, 100, 1 << 20] {
            let mut items: Vec<serde_json::Value> = Vec::new();
            let mut from = 0;
            while from < sentences.len() {
                let (text, next) = json_batch(sentences, from, budget);
                assert!(next > from);
                let batch: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
                items.extend(batch);
                from = next;
            }
            assert_eq!(serde_json::Value::Array(items), serde_json::to_value(sentences).unwrap());
        }
        assert_eq!(json_batch(sentences, sentences.len(), 10), ("[]".to_string(), sentences.len()));
        a.messages = vec!["no dates".into(), String::new()];
        a.events[0].status = Status::Planned;
        assert_eq!(to_json(&a), serde_json::to_string(&a).unwrap());
        assert_eq!(
            to_json(&Analysis::default()),
            serde_json::to_string(&Analysis::default()).unwrap()
        );
        let articles = vec![
            Article::new("x", "text\u{7f}\u{1f}"),
            Article {
                id: "y".into(),
                title: Some("T".into()),
                source: Some("S".into()),
                url: Some("u".into()),
                published: Some("2025-12-03".into()),
                text: String::new(),
            },
        ];
        assert_eq!(
            to_json(&articles),
            serde_json::to_string(&articles).unwrap()
        );
        for granularity in [
            Granularity::Day,
            Granularity::Week,
            Granularity::Month,
            Granularity::Quarter,
            Granularity::Season,
            Granularity::Year,
            Granularity::Decade,
        ] {
            a.events[0].date.granularity = granularity;
            assert_eq!(
                to_json(&a.events[0]),
                serde_json::to_string(&a.events[0]).unwrap()
            );
        }
        for status in [Status::Happened, Status::Cancelled] {
            a.events[0].status = status;
            assert_eq!(
                to_json(&a.events[0]),
                serde_json::to_string(&a.events[0]).unwrap()
            );
        }
    }

    #[test]
    fn timexes_are_written_as_serde_writes_them() {
        let timexes = crate::time::tag(
            "Every Tuesday, twice a week, until early 2025 and for three days, at 10:55 today.",
            crate::time::parse_iso_date("2025-12-03"),
        );
        assert!(timexes.iter().any(|t| t.modifier.is_some()));
        assert!(timexes
            .iter()
            .any(|t| t.quant.is_some() || t.freq.is_some()));
        assert_eq!(to_json(&timexes), serde_json::to_string(&timexes).unwrap());
    }

    /// `text` read by [`parse`] and [`FromValue`], the error as its message.
    fn read_text<T: FromValue>(text: &str) -> Result<T, String> {
        let value = parse(text).map_err(str::to_string)?;
        T::from_value(value).map_err(|e| e.0)
    }

    /// `text` read by `serde_json`, the error without its position, and naming the JSON value
    /// found as the wasm API always has (serde's "map", "sequence" and "unit value" are JSON's
    /// "an object", "an array" and "null" there).
    fn serde_read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            let message = match message.rfind(" at line ") {
                Some(at) => message[..at].to_string(),
                None => message,
            };
            message
                .replace("invalid type: map,", "invalid type: an object,")
                .replace("invalid type: sequence,", "invalid type: an array,")
                .replace("invalid type: unit value,", "invalid type: null,")
        })
    }

    #[test]
    fn the_model_is_read_as_serde_reads_it() {
        let mut a = analysis();
        a.messages = vec!["m".into()];
        let text = serde_json::to_string(&a).unwrap();
        assert_eq!(read_text::<Analysis>(&text), Ok(a.clone()));
        let articles = r#"[{"id":"x","text":"t","title":null,"url":"u","extra":[1,{"a":2}]},
            {"id":"y","text":"\u00e9\ud83d\ude00","source":"s","published":"2025-12-03"}]"#;
        assert_eq!(
            read_text::<Vec<Article>>(articles),
            serde_read::<Vec<Article>>(articles)
        );
        assert_eq!(
            read_text::<Options>(r#"{"dct":"2025-12-03"}"#),
            serde_read::<Options>(r#"{"dct":"2025-12-03"}"#)
        );
        assert_eq!(read_text::<Options>("{}"), Ok(Options::default()));
        // Saved before `organisations` existed, without `messages`.
        let mut old: serde_json::Value = serde_json::from_str(&text).unwrap();
        old["events"][0]
            .as_object_mut()
            .unwrap()
            .remove("organisations");
        old.as_object_mut().unwrap().remove("messages");
        let old = old.to_string();
        assert_eq!(read_text::<Analysis>(&old), serde_read::<Analysis>(&old));
    }

    #[test]
    fn errors_say_what_serde_says() {
        let articles = [
            r#"{"id":"x"}"#,
            r#"[{"text":"t"}]"#,
            r#"[{"id":"x","text":5}]"#,
            r#"[{"id":"x","text":-5}]"#,
            r#"[{"id":"x","text":true}]"#,
            r#"[{"id":"x","text":null}]"#,
            r#"[{"id":"x","text":[]}]"#,
            r#"[{"id":"x","text":{}}]"#,
            r#"[{"id":"x","id":"y","text":"t"}]"#,
            r#"[{"id":7,"id":"y"}]"#,
            r#"[{"id":"x","text":"t","title":3}]"#,
            r#"["a \"quoted\"\n string\u0001"]"#,
            r#"[5]"#,
            r#"[null]"#,
            "true",
            r#""text""#,
        ];
        for text in articles {
            assert_eq!(
                read_text::<Vec<Article>>(text),
                serde_read::<Vec<Article>>(text),
                "{text}"
            );
        }
        let mut a: serde_json::Value = serde_json::to_string(&analysis())
            .map(|t| serde_json::from_str(&t).unwrap())
            .unwrap();
        let edits: [(&str, serde_json::Value); 12] = [
            ("/events/0/status", "done".into()),
            ("/events/0/status", 1.into()),
            ("/events/0/date/granularity", "fortnight".into()),
            ("/articles/0/dct_source", "found".into()),
            ("/articles/0/dct_source", serde_json::Value::Null),
            ("/events/0/sources", (-1).into()),
            ("/events/0/sources", 5_000_000_000u64.into()),
            ("/events/0/sources", "2".into()),
            ("/events/0/sentences/0/when/start", serde_json::Value::Null),
            ("/events/0/places", "Paris".into()),
            ("/summary", serde_json::json!({})),
            ("/events/0/organisations", serde_json::Value::Null),
        ];
        for (path, value) in edits {
            let mut edited = a.clone();
            *edited.pointer_mut(path).unwrap() = value;
            let text = edited.to_string();
            if text.contains("5000000000") && usize::BITS == 64 {
                continue; // a valid offset natively, too large in the wasm
            }
            let ours = read_text::<Analysis>(&text);
            assert!(ours.is_err(), "{path}");
            // serde_json says only "expected value" for an enum that is not a string; the
            // derived visitor's own words are these.
            if path == "/events/0/status" && !text.contains(r#""status":""#) {
                assert_eq!(
                    ours,
                    Err("invalid type: integer `1`, expected enum Status".into())
                );
                continue;
            }
            if path == "/articles/0/dct_source" && text.contains(r#""dct_source":null"#) {
                assert_eq!(
                    ours,
                    Err("invalid type: null, expected enum DctSource".into())
                );
                continue;
            }
            assert_eq!(ours, serde_read::<Analysis>(&text), "{path}");
        }
        a.as_object_mut().unwrap().remove("summary");
        a["events"][0].as_object_mut().unwrap().remove("headline");
        let text = a.to_string();
        assert_eq!(read_text::<Analysis>(&text), serde_read::<Analysis>(&text));
        assert_eq!(
            read_text::<Analysis>(r#"{"articles":[],"events":[{"sources":1.5}],"summary":[]}"#),
            Err("invalid type: a number that is not a whole number, expected usize".to_string())
        );
        assert_eq!(
            read_text::<Analysis>(r#"{"articles":[],"events":[{"sources":-3}],"summary":[]}"#),
            Err("invalid value: integer `-3`, expected usize".to_string())
        );
        assert_eq!(
            read_text::<Analysis>("[1"),
            Err("malformed JSON array".to_string())
        );
    }

    /// The reader never panics, and what serde_json reads it reads the same: on any short
    /// text of JSON's characters, and on a valid analysis with one byte changed or cut short.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// `text` with the byte at `at` (modulo its length) replaced by `byte` when that keeps
        /// it UTF-8, else cut there.
        fn mutated(text: &str, at: usize, byte: u8) -> String {
            let at = at % text.len().max(1);
            let mut bytes = text.as_bytes().to_vec();
            if let Some(b) = bytes.get_mut(at) {
                *b = byte;
            }
            String::from_utf8(bytes).unwrap_or_else(|_| {
                let mut cut = at;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text[..cut].to_string()
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn any_text_reads_without_panic_and_what_serde_reads(
                text in "[\\[\\]{}\":,0-9.eE+\\-\\\\/ntrufalsbu \t\né€😀]{0,48}"
            ) {
                let ours = parse(&text);
                if serde_json::from_str::<serde_json::Value>(&text).is_ok() {
                    prop_assert!(ours.is_ok(), "{:?}", text);
                }
                let _ = read_text::<Vec<Article>>(&text);
                let _ = read_text::<Analysis>(&text);
            }

            #[test]
            fn an_analysis_changed_in_one_byte_reads_as_serde_reads_it(at in 0usize..4096, byte in 0u8..128) {
                let text = mutated(&serde_json::to_string(&analysis()).unwrap(), at, byte);
                let ours = read_text::<Analysis>(&text);
                match serde_json::from_str::<Analysis>(&text) {
                    Ok(theirs) => prop_assert_eq!(ours, Ok(theirs), "{:?}", text),
                    Err(_) => prop_assert!(ours.is_err() || serde_json::from_str::<serde_json::Value>(&text).is_err(), "{:?}", text),
                }
            }

            #[test]
            fn articles_changed_in_one_byte_read_as_serde_reads_them(at in 0usize..512, byte in 0u8..128) {
                let articles = r#"[{"id":"a1","text":"On Tuesday \"they\" met.\n\u00e9\ud83d\ude00","title":"T","url":null,"published":"2025-12-03"},{"id":"a2","text":"x"}]"#;
                let text = mutated(articles, at, byte);
                let ours = read_text::<Vec<Article>>(&text);
                match serde_json::from_str::<Vec<Article>>(&text) {
                    Ok(theirs) => prop_assert_eq!(ours, Ok(theirs), "{:?}", text),
                    Err(_) => prop_assert!(ours.is_err() || serde_json::from_str::<serde_json::Value>(&text).is_err(), "{:?}", text),
                }
            }
        }
    }
}
