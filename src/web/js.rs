//! The few generic JS operations the web layer reads fields and calls methods through: each
//! typed web-sys or js-sys accessor is an import of its own, with a shim in the wasm and a
//! function in the JS glue, so fields and methods off the hot paths (event fields, `focus`,
//! `closest`, `addEventListener`, `Intl`, …) go through `Reflect.get` and one
//! `Function.prototype.call`, which the module imports anyway. (Elements are created, filled
//! and styled through web-sys's own imports: those run once per event drawn.)

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `globalThis` (`None` where it does not exist).
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL_THIS: Option<Object>;
}

/// The global object (`globalThis`; `undefined` where there is none).
pub fn global() -> JsValue {
    GLOBAL_THIS.with(|global| global.clone().map_or(JsValue::UNDEFINED, JsValue::from))
}

/// `object[name]`, `undefined` when it cannot be read.
pub fn get(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `object[name]` as a number, NaN when it is not one.
pub fn num(object: &JsValue, name: &str) -> f64 {
    get(object, name).as_f64().unwrap_or(f64::NAN)
}

/// Whether `object[name]` is `true`.
pub fn flag(object: &JsValue, name: &str) -> bool {
    get(object, name).as_bool() == Some(true)
}

/// `object[method](a, b, c)`: a method that takes fewer arguments ignores the others (each
/// optional one left `undefined` as if it were not given), so one three-argument call serves
/// every method the web layer calls this way.
pub fn call3(object: &JsValue, method: &str, a: &JsValue, b: &JsValue, c: &JsValue) -> Result<JsValue, JsValue> {
    get(object, method).dyn_into::<Function>()?.call3(object, a, b, c)
}

/// `object[method](a, b)`, as [`call3`] makes it.
pub fn call2(object: &JsValue, method: &str, a: &JsValue, b: &JsValue) -> Result<JsValue, JsValue> {
    call3(object, method, a, b, &JsValue::UNDEFINED)
}

/// `object[method](a)`, as [`call3`] makes it.
pub fn call1(object: &JsValue, method: &str, a: &JsValue) -> Result<JsValue, JsValue> {
    call2(object, method, a, &JsValue::UNDEFINED)
}

/// `object[method]()`, as [`call3`] makes it.
pub fn call0(object: &JsValue, method: &str) -> Result<JsValue, JsValue> {
    call1(object, method, &JsValue::UNDEFINED)
}
