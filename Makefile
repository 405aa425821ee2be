# datelines — the two commands of the README are `make demo` and `make test`.
# Every target installs what it is missing first (scripts/setup.sh, idempotent and quick when all is there).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
PORT ?= 8000
WASM_OUT := www/pkg

.PHONY: demo serve wasm dist sample-analysis size screenshots test test-rust test-wasm test-page setup-build setup-test clean

## demo: build the wasm package and serve the demo page on http://127.0.0.1:$(PORT)
demo: setup-build wasm serve

serve:
	@echo "datelines demo: http://127.0.0.1:$(PORT)/"
	@cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

## wasm: the browser package (wasm-pack, release) into www/pkg
wasm:
	wasm-pack build --release --target web --out-dir $(WASM_OUT) --out-name datelines --no-pack
	@rm -f $(WASM_OUT)/.gitignore

## dist: the static site in dist/ (works from any sub-path) and dist/datelines.html, one
## self-contained file (wasm, JS and CSS inlined) that works opened from disk
dist: setup-build wasm
	node scripts/dist.mjs

## sample-analysis: refresh the embed page's data (www/sample-analysis.json) after engine changes
sample-analysis:
	cargo run --release --bin datelines -- analyze > www/sample-analysis.json

## size: raw and gzipped bytes of what the page loads (wasm, JS glue, page JS and CSS)
size: setup-build wasm
	@for f in $(WASM_OUT)/datelines_bg.wasm $(WASM_OUT)/datelines.js www/app.js www/worker.js www/style.css www/datelines-timeline.js www/datelines-timeline.css; do \
	  printf '%-32s %9d bytes raw %9d bytes gzip -9\n' "$$f" "$$(wc -c < $$f)" "$$(gzip -9c $$f | wc -c)"; done

## screenshots: the demo page (wide, narrow, dark) as PNG files in screenshots/, for review
screenshots: setup-test wasm
	node scripts/screenshot.mjs screenshots

## test: every layer — Rust unit and integration tests, the wasm API and DOM rendering in
## headless Chromium and Firefox, and the page test in headless Chromium.
test: setup-test test-rust test-wasm wasm test-page

test-rust:
	cargo test --all-targets

test-wasm:
	wasm-pack test --headless --chrome -- --test web --test web_widget
	wasm-pack test --headless --firefox -- --test web --test web_widget

test-page:
	node scripts/dist.mjs
	node tests/page/run.mjs
	node tests/page/app.mjs
	node tests/page/widget.mjs

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

clean:
	cargo clean
	rm -rf $(WASM_OUT) node_modules dist
