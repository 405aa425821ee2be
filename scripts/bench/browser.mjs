// `make bench`, Chromium part: the datelines wasm package and chrono-node in headless Chromium,
// inside a Web Worker as the app runs it.
//
//   node scripts/bench/browser.mjs [--sizes 1,2,5,10,20]
//
// Serves the worktree from a local static server (127.0.0.1, a free port), opens
// scripts/bench/page.html, and has its worker time: the tagger and chrono-node over TimeBank,
// `analyze` on the seeds, and `analyze` on each synthetic story size. The largest size runs in a
// fresh browser of its own, so the tab's peak memory belongs to it alone: the peak resident set
// (VmHWM) of the renderer process that holds the page and its worker, the wasm linear memory,
// and CDP's Performance.getMetrics of the page. Inputs as for scripts/bench/node.mjs; a missing
// input is skipped with a message. Result: target/bench/chromium.json.

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { exponent } from './workloads.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bench = path.join(root, 'target/bench');
const pkg = `/${(process.env.BENCH_PKG || 'www/pkg').replace(/^\/+|\/+$/g, '')}`;
const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1] : process.env.BENCH_SIZES || '1,2,5,10,20')
  .split(/[ ,]+/).filter(Boolean).map(Number);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** A static server for the worktree: GET only, paths confined to `root`. */
function serve() {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://127.0.0.1');
      const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
      if (request.method !== 'GET' || !file.startsWith(root + path.sep)) throw new Error('refused');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Peak resident set (VmHWM, bytes) of each Chromium renderer process descending from `pid`. */
function rendererPeaks(pid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch { /* gone */ }
  }
  const peaks = [];
  const walk = (p) => {
    for (const c of children.get(p) ?? []) {
      try {
        if (readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('--type=renderer')) {
          const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${c}/status`, 'utf8'));
          if (hwm) peaks.push(Number(hwm[1]) * 1024);
        }
      } catch { /* gone */ }
      walk(c);
    }
  };
  walk(pid);
  return peaks;
}

/** A fresh headless Chromium with the bench page open and its worker initialised. */
async function open(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/scripts/bench/page.html`);
  await page.waitForSelector('body[data-ready="yes"]');
  const task = (t) => page.evaluate((x) => window.benchTask(x), t);
  const init = await task({ kind: 'init', pkg });
  return { browser, page, task, init, errors };
}

const have = (file, what) => {
  if (existsSync(file)) return true;
  console.error(`bench(chromium): skipped ${what}: ${file} not found`);
  return false;
};

if (!have(path.join(root, pkg, 'datelines_bg.wasm'), 'everything (run `make wasm` first)')) process.exit(1);
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const results = { env: 'chromium', scale: [] };
try {
  const a = await open(origin);
  results.chromium = a.browser.version();
  if (have(path.join(bench, 'inputs/timebank.json'), 'TimeBank')) {
    results.tagger = await a.task({ kind: 'tagger' });
    console.log(`chromium/tagger/timebank: ${results.tagger.mb_per_s.toFixed(2)} MB/s (median of ${results.tagger.runs})`);
    results.chrono = await a.task({ kind: 'chrono' });
    console.log(`chromium/chrono-node/timebank: ${results.chrono.mb_per_s.toFixed(3)} MB/s (median of ${results.chrono.runs})`);
    results.tagger_vs_chrono = results.tagger.mb_per_s / results.chrono.mb_per_s;
    console.log(`chromium/ratio datelines : chrono-node = ${results.tagger_vs_chrono.toFixed(1)}x (goal >= 25x)`);
  }
  if (have(path.join(bench, 'inputs/seeds.json'), 'seeds')) {
    results.seeds = await a.task({ kind: 'seeds' });
    console.log(`chromium/analyze/seeds: ${results.seeds.median_ms.toFixed(2)} ms (median of ${results.seeds.runs}; goal <= 10 ms)`);
  }
  if (have(path.join(bench, 'inputs/timeline17.json'), 'Timeline17')) {
    try {
      results.tls = await a.task({ kind: 'tls' });
      for (const t of results.tls) {
        console.log(`chromium/tls/${t.topic}: ${t.median_s.toFixed(2)} s (${t.articles} articles, median of ${t.runs}; goal <= 2 s)`);
      }
    } catch (error) {
      console.error(`bench(chromium): skipped Timeline17: ${String(error).split('\n')[0]}`);
    }
  }
  const largest = Math.max(...sizes);
  for (const mb of sizes.filter((s) => s !== largest)) {
    if (!have(path.join(bench, `synthetic/story-${mb}mb.json`), `synthetic ${mb} MB`)) continue;
    const p = await a.task({ kind: 'story', mb });
    results.scale.push(p);
    console.log(`chromium/scale/analyze ${mb} MB: ${p.seconds.toFixed(2)} s (${p.mb_per_s.toFixed(2)} MB/s)`);
  }
  if (a.errors.length) results.page_errors = a.errors;
  await a.browser.close();

  if (sizes.length && have(path.join(bench, `synthetic/story-${largest}mb.json`), `synthetic ${largest} MB`)) {
    const b = await open(origin);
    const cdp = await b.page.context().newCDPSession(b.page);
    await cdp.send('Performance.enable');
    const p = await b.task({ kind: 'story', mb: largest });
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const worker = await b.task({ kind: 'memory' });
    const peaks = rendererPeaks(process.pid) // the browser is a child of this process; browser A is closed;
    p.memory = {
      renderer_peak_rss_bytes: peaks.length ? Math.max(...peaks) : null,
      renderer_processes: peaks.length,
      wasm_memory_bytes: worker.wasm_memory_bytes,
      worker_js_heap_used_bytes: worker.worker_js_heap_used_bytes,
      page_js_heap_used_bytes: metrics.JSHeapUsedSize ?? null,
      page_js_heap_total_bytes: metrics.JSHeapTotalSize ?? null,
    };
    results.scale.push(p);
    const mb = (x) => (x == null ? 'n/a' : `${(x / 1e6).toFixed(0)} MB`);
    console.log(`chromium/scale/analyze ${largest} MB: ${p.seconds.toFixed(2)} s (${p.mb_per_s.toFixed(2)} MB/s), `
      + `tab peak RSS ${mb(p.memory.renderer_peak_rss_bytes)} (goal < 1 GB), wasm memory ${mb(p.memory.wasm_memory_bytes)}`);
    if (b.errors.length) results.page_errors = [...(results.page_errors ?? []), ...b.errors];
    await b.browser.close();
  }
  results.scale_exponent = exponent(results.scale);
  if (results.scale_exponent !== null) console.log(`chromium/scale exponent: ${results.scale_exponent.toFixed(3)}`);
} finally {
  server.close();
}
mkdirSync(bench, { recursive: true });
writeFileSync(path.join(bench, 'chromium.json'), JSON.stringify(results, null, 2));
