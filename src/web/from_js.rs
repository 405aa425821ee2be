//! JS values read into Rust types: the browser's `JSON.stringify` writes the value as text, and
//! [`crate::model::json`] reads the model's types from the text with serde's messages (without
//! serde's machinery in the module; see there why).

use wasm_bindgen::prelude::*;

use crate::model::json::{parse, FromValue};

/// A JS value read as `T`; the error names `what` was being read.
pub(crate) fn from_js<T: FromValue>(value: JsValue, what: &str) -> Result<T, JsError> {
    let fail = |reason: &str| JsError::new(&format!("{what}: {reason}"));
    let text = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| fail("not a JSON value"))?;
    let value = parse(&text).map_err(fail)?;
    T::from_value(value).map_err(|e| fail(&e.0))
}
