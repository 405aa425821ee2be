//! wasm API (being written)
