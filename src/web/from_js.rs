//! JS values read into Rust types: the browser's `JSON.stringify` writes the value as text, a small
//! non-generic reader turns the text into a [`Value`] tree, and serde's derived `Deserialize` impls
//! read the tree through [`Value`]'s `Deserializer`.
//!
//! Why not `serde-wasm-bindgen`'s deserializer, which walks the JS objects through `Reflect`?
//! Size. Its errors (and serde's default ones) describe an unexpected number with serde's
//! `Unexpected::Float`, whose message prints the float and so links all of Rust's float
//! formatting (~17 KB of wasm) into the module. Here every number in the model is a whole number
//! (a count or an offset): a fraction is reported as the wrong type without printing it, and the
//! error type writes serde's messages itself ([`Error`]). Each `deserialize_*` method calls only
//! the one `visit_*` its type reads, so a type's visitor is instantiated with a method or two.
//! Tested through the API in `tests/web.rs` (escapes, surrogate pairs, fractions, deep nesting).

use std::fmt;

use serde::de::{
    self, value::MapDeserializer, value::SeqDeserializer, value::StringDeserializer,
    DeserializeOwned, Expected, IntoDeserializer, Unexpected, Visitor,
};
use wasm_bindgen::prelude::*;

/// A JS value read as `T`; the error names `what` was being read.
pub(crate) fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    let fail = |reason: &str| JsError::new(&format!("{what}: {reason}"));
    let text = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| fail("not a JSON value"))?;
    let value = parse(&text).map_err(fail)?;
    T::deserialize(value).map_err(|e| fail(&e.0))
}

/// Why a value could not be read: serde's messages, written without printing floats.
#[derive(Debug)]
pub(crate) struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// What serde's `Unexpected` says, except that a float is not printed.
fn unexpected(what: &Unexpected<'_>) -> String {
    match what {
        Unexpected::Bool(b) => format!("boolean `{b}`"),
        Unexpected::Unsigned(n) => format!("integer `{n}`"),
        Unexpected::Signed(n) => format!("integer `{n}`"),
        Unexpected::Float(_) => "a number that is not a whole number".into(),
        Unexpected::Str(s) => format!("string {s:?}"),
        Unexpected::Unit => "null".into(),
        Unexpected::Seq => "an array".into(),
        Unexpected::Map => "an object".into(),
        Unexpected::Other(other) => (*other).into(),
        _ => "a value of another type".into(),
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(message.to_string())
    }

    fn invalid_type(found: Unexpected<'_>, expected: &dyn Expected) -> Self {
        Error(format!(
            "invalid type: {}, expected {expected}",
            unexpected(&found)
        ))
    }

    fn invalid_value(found: Unexpected<'_>, expected: &dyn Expected) -> Self {
        Error(format!(
            "invalid value: {}, expected {expected}",
            unexpected(&found)
        ))
    }

    fn invalid_length(len: usize, expected: &dyn Expected) -> Self {
        Error(format!("invalid length {len}, expected {expected}"))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error(format!(
            "unknown variant `{variant}`, expected one of `{}`",
            expected.join("`, `")
        ))
    }

    fn unknown_field(field: &str, _expected: &'static [&'static str]) -> Self {
        Error(format!("unknown field `{field}`"))
    }

    fn missing_field(field: &'static str) -> Self {
        Error(format!("missing field `{field}`"))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Error(format!("duplicate field `{field}`"))
    }
}

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

impl<'de> IntoDeserializer<'de, Error> for Value {
    type Deserializer = Value;

    fn into_deserializer(self) -> Value {
        self
    }
}

/// The error for a value of the wrong type for what `expected` reads.
fn wrong_type(value: &Value, expected: &dyn Expected) -> Error {
    let found = match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Int(n) => Unexpected::Signed(*n),
        Value::OtherNumber => Unexpected::Other("a number that is not a whole number"),
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    de::Error::invalid_type(found, expected)
}

impl Value {
    fn visit_array<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Array(items) => {
                let mut seq = SeqDeserializer::new(items.into_iter());
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn visit_object<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Object(fields) => {
                let mut map = MapDeserializer::new(fields.into_iter());
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn visit_integer<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Int(n) if n >= 0 => visitor.visit_u64(n as u64),
            Value::Int(n) => visitor.visit_i64(n),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn visit_text<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::String(s) => visitor.visit_string(s),
            other => Err(wrong_type(&other, &visitor)),
        }
    }
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Array(_) => self.visit_array(visitor),
            Value::Object(_) => self.visit_object(visitor),
            Value::String(_) => self.visit_text(visitor),
            other => other.visit_integer(visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Bool(b) => visitor.visit_bool(b),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_none(),
            value => visitor.visit_some(value),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            // Unit variants, as serde writes them: the variant's name.
            Value::String(s) => visitor.visit_enum(StringDeserializer::<Error>::new(s)),
            other => Err(wrong_type(&other, &visitor)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_array(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.visit_array(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.visit_array(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_object(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.visit_object(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_text(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_text(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_text(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_integer(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_integer(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_integer(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_integer(visitor)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_integer(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_integer(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_integer(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.visit_integer(visitor)
    }

    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 char bytes byte_buf unit_struct
    }
}
