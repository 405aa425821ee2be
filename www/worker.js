// datelines analysis job: runs in a module Web Worker (`new Worker('./worker.js', { type: 'module' })`)
// so the page never blocks while the Rust core works; app.js imports `runJob` from here to run the
// same job on the main thread where module workers cannot start (the single file opened from file://).
//
// Protocol. The page first posts `{ type: 'init', module }` (its compiled WebAssembly.Module),
// then per job `{ id, pasted, files, published, dct }`: the pasted text, articles read
// from files, the user's date edits (`{ articleId: 'YYYY-MM-DD' }`) and the anchor date. The worker
// answers `{ id, type: 'progress', phase, done }` once per phase (done ∈ [0, 1]), then
// `{ id, type: 'result', analysis, articles }` (articles: `{ id, title, published }`, no text) or
// `{ id, type: 'error', message }`.
import * as datelines from './pkg/datelines.js';
import { recoverable } from './recover.js';

const init = datelines.default;
// A failure inside the module (a Rust panic or a trap) arrives as an Error with a message, and
// the module is fresh for the next job (see recover.js).
const { analyze, splitPasted } = recoverable(datelines);

/** The phases of one job, in order, with the share of the bar each one ends at. */
export const PHASES = [
  ['load', 'Loading the analyser', 0.1],
  ['read', 'Reading the articles', 0.25],
  ['analyse', 'Finding dates, places and events', 0.9],
  ['done', 'Done', 1],
];

/**
 * Run one analysis job. `progress(phase, label, done)` is called as each phase starts;
 * `ready` is a promise that resolves once the wasm module is initialised.
 * Returns `{ analysis, articles }`; throws an Error with a message on bad input.
 */
export async function runJob(request, progress, ready) {
  const step = (index) => progress(PHASES[index][0], PHASES[index][1], index === 0 ? 0 : PHASES[index - 1][2]);
  step(0);
  await ready;
  step(1);
  const articles = [...splitPasted(request.pasted ?? ''), ...(request.files ?? [])];
  const published = request.published ?? {};
  for (const article of articles) {
    if (Object.prototype.hasOwnProperty.call(published, article.id) && published[article.id]) {
      article.published = published[article.id];
    }
  }
  step(2);
  const options = request.dct ? { dct: request.dct } : {};
  const analysis = analyze(articles, options);
  progress(PHASES[3][0], PHASES[3][1], 1);
  return {
    analysis,
    articles: articles.map((a) => ({ id: a.id, title: a.title ?? null, published: a.published ?? null })),
  };
}

const inWorker = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;
if (inWorker) {
  let ready = null;
  globalThis.addEventListener('message', async (event) => {
    const request = event.data ?? {};
    if (request.type === 'init') {
      // The page's compiled module: no second fetch or compile. Without one, fetch it here.
      ready = init(request.module ? { module_or_path: request.module } : undefined);
      return;
    }
    ready ??= init();
    const { id } = request;
    const post = (message) => globalThis.postMessage({ id, ...message });
    try {
      const result = await runJob(request, (phase, label, done) => post({ type: 'progress', phase, label, done }), ready);
      post({ type: 'result', ...result });
    } catch (error) {
      post({ type: 'error', message: error?.message ?? String(error) });
    }
  });
}
