// The JS side of `make bench`: the same workloads in Node and in a Chromium Web Worker.
//
// No Node or DOM imports: the module runs unchanged in both. Every function takes what it times
// (the datelines wasm module, chrono-node) and the inputs, and returns plain JSON figures.
// Timing uses `performance.now()`; each workload is warmed up once, then repeated until both
// `minRuns` runs and `minSeconds` have passed (or `maxRuns`), and the median and best are kept.

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export const utf8 = (s) => encoder.encode(s).length;

/** A TimeBank DCT as the tagger's anchor: its ISO day, or null when it does not start with one. */
export const isoDay = (dct) => (typeof dct === 'string' && /^\d{4}-\d{2}-\d{2}/.test(dct) ? dct.slice(0, 10) : null);

/** Run `once` repeatedly; returns `{ runs, median_s, best_s }` (seconds per run). */
export function repeat(once, { minRuns = 5, maxRuns = 50, minSeconds = 3 } = {}) {
  once(); // warm-up: compile, caches
  const times = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < minSeconds * 1000)) {
    const t0 = performance.now();
    once();
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, median_s: times[Math.floor(times.length / 2)], best_s: times[0] };
}

/** The datelines tagger (wasm `tag`) over every TimeBank document, anchored on its DCT. */
export function tagTimebank(datelines, docs, opts) {
  const bytes = docs.reduce((n, d) => n + utf8(d.text), 0);
  let found = 0;
  const t = repeat(() => {
    found = 0;
    for (const d of docs) found += datelines.tag(d.text, isoDay(d.dct)).length;
  }, opts);
  return { ...t, bytes, docs: docs.length, timexes: found, mb_per_s: bytes / 1e6 / t.median_s };
}

/** chrono-node's casual English parser over every TimeBank document, referenced on its DCT. */
export function chronoTimebank(chrono, docs, opts) {
  const bytes = docs.reduce((n, d) => n + utf8(d.text), 0);
  const refs = docs.map((d) => (isoDay(d.dct) ? new Date(`${isoDay(d.dct)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1))));
  let found = 0;
  const t = repeat(() => {
    found = 0;
    docs.forEach((d, i) => { found += chrono.parse(d.text, refs[i]).length; });
  }, opts);
  return { ...t, bytes, docs: docs.length, results: found, mb_per_s: bytes / 1e6 / t.median_s };
}

/** `analyze` on a collection of articles (the seeds), timed in milliseconds. */
export function analyzeRepeated(datelines, articles, opts) {
  const bytes = articles.reduce((n, a) => n + utf8(a.text), 0);
  let events = 0;
  const t = repeat(() => { events = datelines.analyze(articles, null).events.length; }, opts);
  return { ...t, median_ms: t.median_s * 1000, best_ms: t.best_s * 1000, bytes, articles: articles.length, events };
}

/** `analyze` once on a large collection (one synthetic story size): seconds and output size. */
export function analyzeOnce(datelines, articles) {
  const bytes = articles.reduce((n, a) => n + utf8(a.text), 0);
  const t0 = performance.now();
  const analysis = datelines.analyze(articles, null);
  const seconds = (performance.now() - t0) / 1000;
  return { bytes, articles: articles.length, seconds, mb_per_s: bytes / 1e6 / seconds, events: analysis.events.length };
}

/** Least-squares slope of ln(seconds) against ln(bytes) over `{ bytes, seconds }` points. */
export function exponent(points) {
  if (points.length < 2) return null;
  const xs = points.map((p) => Math.log(p.bytes));
  const ys = points.map((p) => Math.log(p.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => { sxy += (x - mx) * (ys[i] - my); sxx += (x - mx) ** 2; });
  return sxx > 0 ? sxy / sxx : null;
}
