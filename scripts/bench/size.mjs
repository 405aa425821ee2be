// `make bench-size`: the bytes datelines' tagger adds to the .wasm, raw and gzipped.
//
//   node scripts/bench/size.mjs
//
// Method: scripts/bench/size/ is a probe crate built twice for wasm32 with datelines' release
// profile (opt-level "z", as the Makefile builds the browser module) and passed through wasm-bindgen (as wasm-pack does): once with a `tag` export that runs
// the tagger, once with the same export and glue returning nothing. The difference of the two
// `_bg.wasm` files is what the tagger (its code, tables and the library code only it uses) adds.
// Also reports the whole package www/pkg/datelines_bg.wasm (`make wasm`) for scale.
// Result: target/bench/size.json.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bench = path.join(root, 'target/bench');
const targetDir = path.join(bench, 'size-target');
const built = path.join(targetDir, 'wasm32-unknown-unknown/release/datelines_size_probe.wasm');

/** Raw and `gzip -9` bytes of a file. */
function measure(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Build the probe with or without the tagger; the wasm-bindgen output's sizes. */
function probe(variant) {
  const features = variant === 'tagger' ? ['--features', 'tagger'] : [];
  execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown',
    '--manifest-path', path.join(root, 'scripts/bench/size/Cargo.toml'), '--target-dir', targetDir, ...features],
  // datelines' build script, which the probe runs too, reads the grammar from the repository root.
  { stdio: 'inherit', env: { ...process.env, DATELINES_SOURCE_ROOT: root } });
  const raw = path.join(bench, `probe-${variant}.wasm`);
  copyFileSync(built, raw);
  const out = path.join(bench, `probe-${variant}`);
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', 'probe', raw], { stdio: 'inherit' });
  return measure(path.join(out, 'probe_bg.wasm'));
}

mkdirSync(bench, { recursive: true });
const base = probe('base');
const tagger = probe('tagger');
const result = {
  method: 'probe crate scripts/bench/size built with and without the tagger behind the same wasm-bindgen export; wasm-bindgen --target web; gzip -9',
  probe_without_tagger: base,
  probe_with_tagger: tagger,
  tagger_adds: { raw: tagger.raw - base.raw, gzip: tagger.gzip - base.gzip },
};
const full = path.join(root, process.env.BENCH_PKG || 'www/pkg', 'datelines_bg.wasm');
if (existsSync(full)) result.full_package = measure(full);
console.log(`size/tagger adds: ${result.tagger_adds.raw} B raw, ${result.tagger_adds.gzip} B gzip -9`
  + (result.full_package ? ` (whole package: ${result.full_package.raw} B raw, ${result.full_package.gzip} B gzip)` : ''));
writeFileSync(path.join(bench, 'size.json'), JSON.stringify(result, null, 2));
