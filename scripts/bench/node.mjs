// `make bench`, Node part: the datelines wasm package (`www/pkg`, built by `make wasm`) and
// chrono-node on the same inputs in one process.
//
//   node scripts/bench/node.mjs [--sizes 1,2,5,10,20]
//
// Inputs (written by `make bench-inputs`): target/bench/inputs/{timebank,seeds}.json and
// target/bench/synthetic/story-<N>mb.json. A missing input is skipped with a message.
// Result: target/bench/node.json (and a summary on stdout).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import * as w from './workloads.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bench = join(root, 'target/bench');
const pkg = join(root, process.env.BENCH_PKG || 'www/pkg');
const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1] : process.env.BENCH_SIZES || '1,2,5,10,20')
  .split(/[ ,]+/).filter(Boolean).map(Number);

/** The installed chrono-node version. */
function chronoVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/chrono-node/package.json'), 'utf8')).version;
}

/** JSON input, or null with a skip message. */
function input(file, what) {
  if (!existsSync(file)) {
    console.error(`bench(node): skipped ${what}: ${file} not found`);
    return null;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const wasmFile = join(pkg, 'datelines_bg.wasm');
if (!existsSync(wasmFile)) {
  console.error(`bench(node): ${wasmFile} not found: run 'make wasm' first`);
  process.exit(1);
}
const datelines = await import(pathToFileURL(join(pkg, 'datelines.js')).href);
const wasm = datelines.initSync({ module: readFileSync(wasmFile) });

const results = { env: 'node', node: process.version, chrono_node: chronoVersion() };
const timebank = input(join(bench, 'inputs/timebank.json'), 'TimeBank');
if (timebank) {
  results.tagger = w.tagTimebank(datelines, timebank);
  console.log(`node/tagger/timebank: ${results.tagger.mb_per_s.toFixed(2)} MB/s (median of ${results.tagger.runs})`);
  results.chrono = w.chronoTimebank(chrono, timebank, { minRuns: 3, maxRuns: 10, minSeconds: 3 });
  console.log(`node/chrono-node/timebank: ${results.chrono.mb_per_s.toFixed(3)} MB/s (median of ${results.chrono.runs})`);
  results.tagger_vs_chrono = results.tagger.mb_per_s / results.chrono.mb_per_s;
  console.log(`node/ratio datelines : chrono-node = ${results.tagger_vs_chrono.toFixed(1)}x (goal >= 25x)`);
}
const seeds = input(join(bench, 'inputs/seeds.json'), 'seeds');
if (seeds) {
  results.seeds = w.analyzeRepeated(datelines, seeds, { minRuns: 20, maxRuns: 200, minSeconds: 3 });
  console.log(`node/analyze/seeds: ${results.seeds.median_ms.toFixed(2)} ms (median of ${results.seeds.runs})`);
}
results.scale = [];
for (const mb of sizes) {
  const articles = input(join(bench, `synthetic/story-${mb}mb.json`), `synthetic ${mb} MB`);
  if (!articles) continue;
  const p = { mb, ...w.analyzeOnce(datelines, articles) };
  p.wasm_memory_bytes = wasm.memory.buffer.byteLength; // linear memory never shrinks: its peak
  p.peak_rss_bytes = process.resourceUsage().maxRSS * 1024; // of the whole process so far
  results.scale.push(p);
  console.log(`node/scale/analyze ${mb} MB: ${p.seconds.toFixed(2)} s (${p.mb_per_s.toFixed(2)} MB/s)`);
}
results.scale_exponent = w.exponent(results.scale);
if (results.scale_exponent !== null) console.log(`node/scale exponent: ${results.scale_exponent.toFixed(3)}`);
mkdirSync(bench, { recursive: true });
writeFileSync(join(bench, 'node.json'), JSON.stringify(results, null, 2));
