//! Size probe (see Cargo.toml): datelines' tagger behind the same wasm-bindgen `tag` export as
//! `src/web/api.rs`, or (without feature `tagger`) the export alone.
#![allow(dead_code, unused_imports)]

#[macro_use]
#[path = "../../../../src/words.rs"]
mod words;

#[path = "../../../../src/model.rs"]
pub mod model;
#[path = "../../../../src/text/mod.rs"]
pub mod text;
#[path = "../../../../src/time/mod.rs"]
pub mod time;

use wasm_bindgen::prelude::*;

/// The temporal expressions of `text` anchored on `dct` (`YYYY-MM-DD`), as JS objects.
#[wasm_bindgen]
pub fn tag(text: &str, dct: Option<String>) -> Result<JsValue, JsError> {
    #[cfg(feature = "tagger")]
    let found = {
        let dct = match dct.as_deref() {
            None | Some("") => None,
            Some(v) => {
                Some(time::parse_iso_date(v).ok_or_else(|| JsError::new("dct: not a date"))?)
            }
        };
        time::tag(text, dct)
    };
    #[cfg(not(feature = "tagger"))]
    let found: Vec<time::Timex> = {
        let _ = (text, dct);
        Vec::new()
    };
    // As `src/web/api.rs`'s `to_js`: the model's JSON text, parsed by the JS engine.
    js_sys::JSON::parse(&model::json::to_json(&found))
        .map_err(|_| JsError::new("cannot return the result to JS"))
}
