// `make bench`, Chromium part: the Web Worker that runs the workloads, as the app runs datelines.
//
// Messages in: `{ id, task }`; out: `{ id, result }` or `{ id, error }`. Tasks:
// `{ kind: 'init', pkg }` loads the wasm package at `pkg` (fetch the bytes, `initSync`) and
// chrono-node; `{ kind: 'tagger' | 'chrono' | 'seeds' }` and `{ kind: 'story', mb }` time one
// workload on inputs fetched from /target/bench (fetching and JSON parsing are not timed);
// `{ kind: 'memory' }` reports the wasm linear memory and, where Chromium has it,
// `performance.memory`.

import * as w from './workloads.mjs';

let datelines = null;
let wasm = null;
let chrono = null;

async function json(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function run(task) {
  switch (task.kind) {
    case 'init': {
      datelines = await import(`${task.pkg}/datelines.js`);
      const bytes = await (await fetch(`${task.pkg}/datelines_bg.wasm`)).arrayBuffer();
      wasm = datelines.initSync({ module: bytes });
      chrono = await import('/node_modules/chrono-node/dist/esm/index.js');
      return { wasm_bytes: bytes.byteLength };
    }
    case 'tagger':
      return w.tagTimebank(datelines, await json('/target/bench/inputs/timebank.json'));
    case 'chrono':
      return w.chronoTimebank(chrono, await json('/target/bench/inputs/timebank.json'), { minRuns: 3, maxRuns: 10, minSeconds: 3 });
    case 'seeds':
      return w.analyzeRepeated(datelines, await json('/target/bench/inputs/seeds.json'), { minRuns: 20, maxRuns: 200, minSeconds: 3 });
    case 'tls': {
      // Issue 4: the timeline of each Timeline17 topic (default options: 10 dates, 2 sentences),
      // needs the package built with the `bench` feature (make bench-chromium does).
      if (typeof datelines.timelineSummary !== 'function') throw new Error('the package lacks timelineSummary: build it with --features bench');
      const topics = await json('/target/bench/inputs/timeline17.json');
      return topics.map(({ topic, articles }) => {
        const r = w.repeat(() => datelines.timelineSummary(articles, 10, 2), { minRuns: 3, maxRuns: 10, minSeconds: 2 });
        return { topic, articles: articles.length, ...r };
      });
    }
    case 'story': {
      const articles = await json(`/target/bench/synthetic/story-${task.mb}mb.json`);
      return { mb: task.mb, ...w.analyzeOnce(datelines, articles), wasm_memory_bytes: wasm.memory.buffer.byteLength };
    }
    case 'memory': {
      const m = self.performance.memory;
      return {
        wasm_memory_bytes: wasm ? wasm.memory.buffer.byteLength : null,
        worker_js_heap_used_bytes: m ? m.usedJSHeapSize : null,
        worker_js_heap_total_bytes: m ? m.totalJSHeapSize : null,
      };
    }
    default:
      throw new Error(`unknown task ${JSON.stringify(task)}`);
  }
}

self.onmessage = async (event) => {
  const { id, task } = event.data;
  try {
    self.postMessage({ id, result: await run(task) });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.stack) || error) });
  }
};
