#!/usr/bin/env bash
# Installs what datelines needs to build and test, and nothing that is already there.
# Idempotent: on a machine where everything is present it finishes in seconds.
# Everything comes from package registries (Debian, crates.io, npm); nothing else is downloaded.
#
# Usage: scripts/setup.sh [build|test]
#   build  the Rust wasm target and std's sources, wasm-pack, the exact wasm-bindgen CLI, wasm-opt (for `make demo`)
#   test   build + Chromium, Firefox and their drivers, and the npm dev dependencies (for `make test`)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-test}

say() { printf 'setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# The exact wasm-bindgen version pinned in Cargo.toml; the CLI must match it to the letter,
# or wasm-pack falls back to downloading one (which this machine cannot do).
WB_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n1)
[ -n "$WB_VERSION" ] || { echo "setup: cannot read the pinned wasm-bindgen version from Cargo.toml" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"

apt_missing=()
need_apt() { dpkg -s "$1" >/dev/null 2>&1 || apt_missing+=("$1"); }

need_apt binaryen
if [ "$what" = test ]; then
  need_apt chromium
  need_apt chromium-driver
  need_apt firefox-esr
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "apt-get install ${apt_missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
# The shipped module rebuilds std (`-Zbuild-std`, see the Makefile's WASM_SHIP): the toolchain's
# own std sources, a rustup component like the wasm32 target.
if ! rustup component list --installed | grep -qx rust-src; then
  say "rustup component add rust-src"
  rustup component add rust-src
fi

if ! have wasm-pack; then
  say "cargo install wasm-pack"
  cargo install wasm-pack --locked || cargo install wasm-pack
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WB_VERSION"
  # --locked first (reproducible); when the registry lacks a locked crate version, resolve afresh.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

if [ "$what" = test ]; then
  if ! have geckodriver; then
    say "cargo install geckodriver"
    cargo install geckodriver --locked || cargo install geckodriver
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    # `make fuzz-smoke`: libFuzzer targets in fuzz/ (run with RUSTC_BOOTSTRAP=1 on stable).
    say "cargo install cargo-fuzz"
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
say "ready ($what)"
