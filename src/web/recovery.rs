//! Panic recovery in the browser: an internal panic surfaces as a JS `Error` with its message,
//! and the next call into the module works.
//!
//! The wasm build aborts on panic (stable Rust ships `wasm32-unknown-unknown`'s std built with
//! `panic=abort`; catching unwinds needs nightly `-Zbuild-std`), so a panic would trap with
//! `RuntimeError: unreachable` and leave the instance poisoned. Instead, the panic hook installed
//! at start-up (1) asks wasm-bindgen (0.2.130, `handler::schedule_reinit`) to replace the instance
//! with a fresh one from the same compiled module before the next export call, and (2) throws a
//! JS `Error` carrying the panic message out of the export. No download, no page reload: the glue
//! re-instantiates the cached `WebAssembly.Module`.
//!
//! Traps the hook never sees (stack overflow, out of memory) reach JS as a
//! `WebAssembly.RuntimeError`; `www/recover.js` turns those into an `Error` too and calls
//! [`schedule_reset`] so the next call also gets a fresh instance.
//!
//! The shipped module (the Makefile's `WASM_SHIP`) is built with `panic = "immediate-abort"`
//! for size: there a panic is such a trap, without its message, and the hook is for builds with
//! std's panic handling (a plain `wasm-pack build`). `make test-recovery` checks both.
//!
//! One catch in wasm-bindgen 0.2.130's glue: an export copies its string and object arguments
//! into the instance *before* its guard swaps the instance, so the first call after a panic must
//! be one without such arguments. `www/recover.js` calls [`reset_if_needed`] (no arguments, does
//! nothing itself) after every failure, so callers that wrap the module with it are safe.

use wasm_bindgen::prelude::*;

/// Installs the panic hook when the module is instantiated (and again after each reset).
///
/// Not in the shipped module (the Makefile's `WASM_SHIP`, built with
/// `panic = "immediate-abort"`): there a panic traps at once without calling any hook, and
/// `www/recover.js` turns the trap into an `Error` and schedules the reset.
#[cfg(not(panic = "immediate-abort"))]
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        wasm_bindgen::handler::schedule_reinit();
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("panic");
        let at = info
            .location()
            .map(|l| format!(" (at {}:{})", l.file(), l.line()))
            .unwrap_or_default();
        wasm_bindgen::throw_str(&format!("datelines internal error: {message}{at}"));
    }));
}

/// Replace this instance with a fresh one before the next call: for JS that caught a trap the
/// panic hook did not see (see `www/recover.js`).
#[wasm_bindgen(js_name = scheduleReset)]
pub fn schedule_reset() {
    wasm_bindgen::handler::schedule_reinit();
}

/// Does nothing; calling it runs the glue's guard, which swaps in the fresh instance a panic or
/// [`schedule_reset`] asked for, before a call that passes strings or objects.
#[wasm_bindgen(js_name = resetIfNeeded)]
pub fn reset_if_needed() {}

/// Panics with `message`: the trigger the recovery page test (`tests/page/recovery.mjs`) uses.
/// Only in builds with the `debug-panic` feature, never in the shipped module.
#[cfg(feature = "debug-panic")]
#[wasm_bindgen(js_name = debugPanic)]
pub fn debug_panic(message: &str) {
    panic!("{message}");
}
