// `make bench`, Chromium part: the bench page's script. It starts the Worker and gives the
// driver (scripts/bench/browser.mjs) `window.benchTask(task)`, a promise of the worker's answer.

const worker = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });
const pending = new Map();
let next = 0;

worker.onmessage = (event) => {
  const { id, result, error } = event.data;
  const waiting = pending.get(id);
  pending.delete(id);
  if (error) waiting.reject(new Error(error));
  else waiting.resolve(result);
};
worker.onerror = (event) => {
  for (const waiting of pending.values()) waiting.reject(new Error(`worker error: ${event.message}`));
  pending.clear();
};

window.benchTask = (task) => new Promise((resolve, reject) => {
  const id = next++;
  pending.set(id, { resolve, reject });
  worker.postMessage({ id, task });
});
document.body.dataset.ready = 'yes';
