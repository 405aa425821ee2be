//! JS values read into Rust types: the browser's `JSON.stringify` writes the value as text, and
//! [`crate::model::json`] reads the model's types from the text with serde's messages (without
//! serde's machinery in the module; see there why).

use wasm_bindgen::prelude::*;

use crate::model::json::{parse, FromValue, Value};

/// A JS value read as `T`; the error names `what` was being read.
pub(crate) fn from_js<T: FromValue>(value: JsValue, what: &str) -> Result<T, JsError> {
    T::from_value(json_value(value, what)?).map_err(|e| failure(what, &e.0))
}

/// A JS value as a JSON [`Value`] (the part of [`from_js`] that is the same for every type).
fn json_value(value: JsValue, what: &str) -> Result<Value, JsError> {
    // (`JSON.stringify(value, null, undefined)` is `JSON.stringify(value)`: the one
    // `stringify` import `exportAnalysis` needs too.)
    let text = js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::UNDEFINED)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| failure(what, "not a JSON value"))?;
    parse(&text).map_err(|reason| failure(what, reason))
}

/// The error for reading `what`.
fn failure(what: &str, reason: &str) -> JsError {
    JsError::new(&format!("{what}: {reason}"))
}
