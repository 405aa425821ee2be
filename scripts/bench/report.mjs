// `make bench`, last step: gather every figure of the run into target/bench/results.json and print
// the summary with the goals of issues 3 and 6 and the ratios against the anchors.
//
//   node scripts/bench/report.mjs
//
// Reads: criterion's estimates (target/criterion/<group>/<bench>/new/), target/bench/
// native-scale.json, node.json, chromium.json, anchors.json and size.json. Parts that were not
// run are reported as missing, never invented.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bench = path.join(root, 'target/bench');
const criterionDir = path.join(root, 'target/criterion');

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/** One criterion benchmark: mean and median seconds per iteration, and MB/s when it has bytes. */
function criterion(group, name) {
  const dir = path.join(criterionDir, group, name, 'new');
  const estimates = read(path.join(dir, 'estimates.json'));
  const info = read(path.join(dir, 'benchmark.json'));
  if (!estimates) return null;
  const mean = estimates.mean.point_estimate / 1e9;
  const median = estimates.median.point_estimate / 1e9;
  const bytes = info?.throughput?.Bytes ?? null;
  return { mean_s: mean, median_s: median, bytes, mb_per_s: bytes ? bytes / 1e6 / median : null };
}

const native = { tagger: criterion('tagger', 'timebank'), seeds: criterion('analyze', 'seeds'), tls: {} };
const tlsDir = path.join(criterionDir, 'tls');
if (existsSync(tlsDir)) {
  for (const topic of readdirSync(tlsDir).sort()) {
    const c = criterion('tls', topic);
    if (c) native.tls[topic] = c;
  }
}
native.scale = read(path.join(bench, 'native-scale.json'));
const node = read(path.join(bench, 'node.json'));
const chromium = read(path.join(bench, 'chromium.json'));
const anchors = read(path.join(bench, 'anchors.json'));
const size = read(path.join(bench, 'size.json'));

const ratio = (a, b) => (a != null && b != null && b > 0 ? a / b : null);
const scaleAt = (env, mb) => env?.scale?.find?.((p) => p.mb === mb) ?? env?.points?.find?.((p) => p.mb === mb) ?? null;
const best = (w) => (w?.best_s ? w.bytes / 1e6 / w.best_s : null);
const lexrankTopic = anchors?.lexrank?.topic;
const heideltime = anchors?.heideltime?.mb_per_s ?? null;

const summary = {
  tagger_mb_per_s: {
    native: native.tagger?.mb_per_s ?? null,
    node_wasm: node?.tagger?.mb_per_s ?? null,
    chromium_wasm: chromium?.tagger?.mb_per_s ?? null,
    chrono_node_node: node?.chrono?.mb_per_s ?? null,
    chrono_node_chromium: chromium?.chrono?.mb_per_s ?? null,
    heideltime_batch: heideltime,
  },
  // Fastest run of each JS workload: less disturbed by other load on a shared machine than the median.
  tagger_best_mb_per_s: {
    node_wasm: best(node?.tagger),
    chromium_wasm: best(chromium?.tagger),
    chrono_node_node: best(node?.chrono),
    chrono_node_chromium: best(chromium?.chrono),
  },
  ratios: {
    node_wasm_over_native: ratio(node?.tagger?.mb_per_s, native.tagger?.mb_per_s),
    chromium_wasm_over_native: ratio(chromium?.tagger?.mb_per_s, native.tagger?.mb_per_s),
    datelines_over_chrono_node_node: node?.tagger_vs_chrono ?? null,
    datelines_over_chrono_node_chromium: chromium?.tagger_vs_chrono ?? null,
    native_over_heideltime: ratio(native.tagger?.mb_per_s, heideltime),
    chromium_wasm_over_heideltime: ratio(chromium?.tagger?.mb_per_s, heideltime),
    best_datelines_over_chrono_node_node: ratio(best(node?.tagger), best(node?.chrono)),
    best_datelines_over_chrono_node_chromium: ratio(best(chromium?.tagger), best(chromium?.chrono)),
    lexrank_over_datelines_tls: ratio(anchors?.lexrank?.seconds, native.tls[lexrankTopic]?.median_s),
  },
  seeds_ms: {
    native: native.seeds ? native.seeds.median_s * 1000 : null,
    node_wasm: node?.seeds?.median_ms ?? null,
    chromium_wasm: chromium?.seeds?.median_ms ?? null,
    chromium_wasm_best: chromium?.seeds?.best_ms ?? null,
  },
  tls_s_per_topic_native: Object.fromEntries(Object.entries(native.tls).map(([k, v]) => [k, v.median_s])),
  lexrank_s: anchors?.lexrank?.seconds ?? null,
  scale: {
    exponent: { native: native.scale?.exponent ?? null, node_wasm: node?.scale_exponent ?? null, chromium_wasm: chromium?.scale_exponent ?? null },
    chromium_5mb_s: scaleAt(chromium, 5)?.seconds ?? null,
    chromium_20mb_tab_peak_rss_bytes: scaleAt(chromium, 20)?.memory?.renderer_peak_rss_bytes ?? null,
    chromium_20mb_wasm_memory_bytes: scaleAt(chromium, 20)?.memory?.wasm_memory_bytes ?? null,
    native_20mb_peak_rss_bytes: scaleAt(native.scale, 20)?.peak_rss_bytes ?? null,
  },
  size: size?.tagger_adds ?? null,
};

const goals = [
  ['native tagger >= 20 MB/s', summary.tagger_mb_per_s.native, (v) => v >= 20],
  ['wasm (Chromium) >= half of native', summary.ratios.chromium_wasm_over_native, (v) => v >= 0.5],
  ['wasm (Node) >= half of native', summary.ratios.node_wasm_over_native, (v) => v >= 0.5],
  ['datelines >= 25x chrono-node (Chromium)', summary.ratios.datelines_over_chrono_node_chromium, (v) => v >= 25],
  ['datelines >= 25x chrono-node (Node)', summary.ratios.datelines_over_chrono_node_node, (v) => v >= 25],
  ['seeds <= 10 ms in Chromium', summary.seeds_ms.chromium_wasm, (v) => v <= 10],
  ['5 MB story <= 2 s in Chromium', summary.scale.chromium_5mb_s, (v) => v <= 2],
  ['20 MB: tab < 1 GB', summary.scale.chromium_20mb_tab_peak_rss_bytes, (v) => v < 1e9],
  ['time vs size exponent <= 1.1 (native)', summary.scale.exponent.native, (v) => v <= 1.1],
  ['time vs size exponent <= 1.1 (Chromium)', summary.scale.exponent.chromium_wasm, (v) => v <= 1.1],
];

const fmt = (v) => (v == null ? 'not measured' : Math.abs(v) >= 1e6 ? `${(v / 1e6).toFixed(1)} MB` : Number(v.toPrecision(4)).toString());
console.log('\n== datelines bench summary (2 shared cores: figures are noisy) ==');
for (const [section, values] of Object.entries(summary)) {
  if (values && typeof values === 'object') {
    for (const [k, v] of Object.entries(values)) {
      if (v && typeof v === 'object') for (const [k2, v2] of Object.entries(v)) console.log(`${section}.${k}.${k2}: ${fmt(v2)}`);
      else console.log(`${section}.${k}: ${fmt(v)}`);
    }
  } else console.log(`${section}: ${fmt(values)}`);
}
console.log('\n-- goals --');
for (const [name, v, ok] of goals) console.log(`${v == null ? 'n/a ' : ok(v) ? 'met ' : 'MISS'}  ${name}: ${fmt(v)}`);

const results = {
  when: new Date().toISOString(),
  summary,
  goals: goals.map(([name, v, ok]) => ({ goal: name, value: v, met: v == null ? null : ok(v) })),
  native,
  node,
  chromium,
  anchors,
  size,
};
writeFileSync(path.join(bench, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\nall figures: ${path.relative(root, path.join(bench, 'results.json'))}`);
