# datelines — the two commands of the README are `make demo` and `make test`.
# Every target installs what it is missing first (scripts/setup.sh, idempotent and quick when all is there).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
PORT ?= 8000
WASM_OUT := www/pkg

.PHONY: demo serve wasm size screenshots test test-rust test-wasm test-page setup-build setup-test clean

## demo: build the wasm package and serve the demo page on http://127.0.0.1:$(PORT)
demo: setup-build wasm serve

serve:
	@echo "datelines demo: http://127.0.0.1:$(PORT)/"
	@cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

## wasm: the browser package (wasm-pack, release) into www/pkg
wasm:
	wasm-pack build --release --target web --out-dir $(WASM_OUT) --out-name datelines --no-pack
	@rm -f $(WASM_OUT)/.gitignore

## size: raw and gzipped bytes of what the page loads (wasm, JS glue, page JS and CSS)
size: setup-build wasm
	@for f in $(WASM_OUT)/datelines_bg.wasm $(WASM_OUT)/datelines.js www/app.js www/style.css; do \
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
	wasm-pack test --headless --chrome -- --test web
	wasm-pack test --headless --firefox -- --test web

test-page:
	node tests/page/run.mjs

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

clean:
	cargo clean
	rm -rf $(WASM_OUT) node_modules dist

## fuzz-smoke: each cargo-fuzz target (tag, analyze, timeml) for 60 s from its committed seeds
## (fuzz/seeds/<target>); new inputs go to fuzz/corpus/<target>, crashes to fuzz/artifacts/.
## cargo-fuzz needs nightly flags: RUSTC_BOOTSTRAP=1 lets the stable toolchain take them.
FUZZ_TARGETS := tag analyze timeml
FUZZ_SECONDS ?= 1800
.PHONY: fuzz-smoke fuzz-long fuzz-run
fuzz-smoke: setup-test
	@$(MAKE) --no-print-directory fuzz-run FUZZ_SECONDS=60

## fuzz-long: the same for FUZZ_SECONDS per target (default 1800, the issue's 30-minute run)
fuzz-long: setup-test
	@$(MAKE) --no-print-directory fuzz-run

fuzz-run:
	@cd fuzz && for t in $(FUZZ_TARGETS); do \
	  mkdir -p corpus/$$t target; echo "fuzz: $$t for $(FUZZ_SECONDS) s (log fuzz/target/$$t.log)"; \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run $$t corpus/$$t seeds/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 > target/$$t.log 2>&1; \
	  status=$$?; grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^SUMMARY|panicked at|Test unit written' target/$$t.log; \
	  [ $$status -eq 0 ] || { echo "fuzz: $$t FAILED (status $$status), see fuzz/target/$$t.log"; exit 1; }; \
	done
