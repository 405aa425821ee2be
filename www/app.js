// datelines app: a thin shell over the wasm package (www/pkg, built by `make wasm`). All reading,
// analysis, exports and drawing happen in Rust; the timeline and its summary are the
// <datelines-timeline> element (datelines-timeline.js), given the same initialised wasm package.
// This file only wires the controls. No inline code,
// no eval, no innerHTML: it runs under a strict Content-Security-Policy, and every piece of article
// text reaches the DOM as text (textContent / text nodes).
//
// Analysis runs in a module Web Worker (worker.js); where one cannot start (the single file opened
// from file://, whose origin is opaque) the same job runs on the main thread after a paint.
// Articles, date edits and an imported analysis are kept in localStorage until "Clear".
import init, { sample, exportAnalysis, importAnalysis, readFile } from './pkg/datelines.js';
import * as engine from './pkg/datelines.js';
import { useEngine } from './datelines-timeline.js';
import { runJob } from './worker.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const dct = $('dct');
const analyseButton = $('analyse');
const sampleButton = $('load-sample');
const clearButton = $('clear');
const status = $('status');
const output = $('output');
const progress = $('progress');
const articlesSection = $('articles');
const articleList = $('article-list');
const drop = $('drop');
const filesInput = $('files');
const importInput = $('import');
const exportButtons = [...document.querySelectorAll('button[data-export]')];

const STORAGE_KEY = 'datelines:v1';
/** Where the analyser is set up: a module worker, or the main thread where none can start. */
const WORKER_OK = location.protocol !== 'file:' && !globalThis.__datelinesSingleFile && typeof Worker !== 'undefined';

/** What survives a reload: pasted text, articles from files, date edits, anchor, imported analysis. */
let state = { pasted: '', files: [], published: {}, dct: '', imported: null };
/** The analysis on screen, for the exports. */
let current = null;
let ready = null;
/** The compiled wasm module, shared with the worker so it is fetched and compiled once. */
let wasmModule = null;
let worker = null;
let jobs = 0;
const pending = new Map();

// ---- small helpers ---------------------------------------------------------------------------

/** Show lines of text in the status element; `error` marks them as a problem. */
function say(lines, error = false) {
  status.replaceChildren(...lines.map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  }));
  status.classList.toggle('error', error);
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const messageOf = (error) => error?.message ?? String(error);

// ---- persistence -----------------------------------------------------------------------------

function save() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch (error) {
    say([`Your articles could not be kept for the next visit: ${messageOf(error)}`], true);
  }
}

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (saved && typeof saved === 'object') {
      state = {
        pasted: typeof saved.pasted === 'string' ? saved.pasted : '',
        files: Array.isArray(saved.files) ? saved.files : [],
        published: saved.published && typeof saved.published === 'object' ? saved.published : {},
        dct: typeof saved.dct === 'string' ? saved.dct : '',
        imported: saved.imported ?? null,
      };
      return true;
    }
  } catch {
    // A damaged entry is dropped: start afresh.
  }
  return false;
}

let saveTimer = 0;
function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 300);
}

// ---- the timeline area -----------------------------------------------------------------------

/** The <datelines-timeline> element, made on first use (after the wasm package is ready). */
let timeline = null;

/** Draw an analysis (timeline, detail and summary panels) with the element. Resolves once drawn. */
function drawTimeline(analysis) {
  if (!timeline) {
    timeline = document.createElement('datelines-timeline');
    timeline.setAttribute('lang', document.documentElement.lang || 'en');
  }
  if (!timeline.isConnected) output.replaceChildren(timeline);
  timeline.analysis = analysis;
  return timeline.drawn;
}

/** Show `analysis` and enable the exports. Resolves once drawn. */
async function show(analysis) {
  current = analysis;
  await drawTimeline(analysis);
  output.dataset.state = 'drawn';
  for (const button of exportButtons) button.disabled = false;
}

// ---- the article list ------------------------------------------------------------------------

const SOURCE_LABEL = {
  given: 'date given',
  text: 'date found in the text',
  collection: 'date borrowed from the other articles',
  none: 'no date found',
};

/**
 * List each article with its anchor date as inferred, editable unless `editable` is false (an
 * imported analysis has no article texts to analyse again). `meta`: `{ id, title }[]`.
 */
function listArticles(analysis, meta, editable = true) {
  const titles = new Map((meta ?? []).map((a) => [a.id, a.title]));
  const fileIds = new Set(state.files.map((a) => a.id));
  articleList.replaceChildren(...analysis.articles.map((info, index) => {
    const li = element('li', 'article-item');
    li.dataset.id = info.id;
    li.dataset.source = info.dct_source;
    const inputId = `article-date-${index}`;
    const label = element('label', 'article-title', titles.get(info.id) || info.id);
    label.htmlFor = inputId;
    const date = document.createElement('input');
    date.type = 'date';
    date.id = inputId;
    date.value = info.dct ?? '';
    date.dataset.id = info.id;
    date.readOnly = !editable;
    const source = element('span', `dct-source dct-${info.dct_source}`, SOURCE_LABEL[info.dct_source] ?? info.dct_source);
    source.id = `${inputId}-source`;
    date.setAttribute('aria-describedby', source.id);
    date.addEventListener('change', () => {
      if (date.value) state.published[info.id] = date.value;
      else delete state.published[info.id];
      save();
      analyseNow('Your articles');
    });
    li.append(label, date, source);
    if (fileIds.has(info.id)) {
      const remove = element('button', 'remove', 'Remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove ${titles.get(info.id) || info.id}`);
      remove.addEventListener('click', () => {
        state.files = state.files.filter((a) => a.id !== info.id);
        delete state.published[info.id];
        save();
        analyseNow('Your articles');
      });
      li.append(remove);
    }
    return li;
  }));
  articlesSection.hidden = analysis.articles.length === 0;
}

// ---- analysis --------------------------------------------------------------------------------

function startWorker() {
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return;
  }
  worker.postMessage({ type: 'init', module: wasmModule });
  worker.addEventListener('message', (event) => {
    const message = event.data ?? {};
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') job.progress(message.phase, message.label, message.done);
    else {
      pending.delete(message.id);
      if (message.type === 'result') job.resolve(message);
      else job.reject(new Error(message.message));
    }
  });
  worker.addEventListener('error', (event) => {
    // The worker could not start or died: finish what is pending on the main thread from now on.
    event.preventDefault?.();
    worker = null;
    for (const [, job] of pending) job.fallback();
    pending.clear();
  });
}

/** Run one job in the worker (or on the main thread), reporting progress. */
function runAnalysis(request, onProgress) {
  const onMain = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    .then(() => runJob(request, onProgress, ready));
  if (!worker) return onMain();
  return new Promise((resolve, reject) => {
    const id = ++jobs;
    pending.set(id, { resolve, reject, progress: onProgress, fallback: () => onMain().then(resolve, reject) });
    worker.postMessage({ id, ...request });
  });
}

let running = 0;
/** Analyse the saved articles and show the result. `label` names where they came from. */
async function analyse(request, label) {
  const mine = ++running;
  output.setAttribute('aria-busy', 'true');
  progress.hidden = false;
  progress.value = 0;
  try {
    const result = await runAnalysis(request, (phase, text, done) => {
      if (mine !== running) return;
      progress.value = done;
      progress.dataset.phase = phase;
      say([`${text}…`]);
    });
    if (mine !== running) return;
    const { analysis, articles } = result;
    await show(analysis);
    if (mine !== running) return;
    listArticles(analysis, articles);
    say([
      `${label}: ${plural(analysis.events.length, 'event')} from ${plural(articles.length, 'article')}.`,
      ...(analysis.messages ?? []),
    ]);
  } catch (error) {
    if (mine !== running) return;
    say([`Could not analyse the articles: ${messageOf(error)}`], true);
    output.dataset.state = 'error';
  } finally {
    if (mine === running) {
      progress.hidden = true;
      output.removeAttribute('aria-busy');
      output.dataset.runs = String(Number(output.dataset.runs || 0) + 1);
    }
  }
}

/** Analyse what the user has given: the text box, the files, the date edits. */
function analyseNow(label) {
  state.pasted = input.value;
  state.dct = dct.value;
  state.imported = null;
  save();
  return analyse({ pasted: state.pasted, files: state.files, published: state.published, dct: state.dct }, label);
}

// ---- files: drop, open, import ---------------------------------------------------------------

/** A file id not yet used by the saved files. */
function uniqueId(name) {
  const taken = new Set(state.files.map((a) => a.id));
  let id = name;
  for (let n = 2; taken.has(id); n++) id = `${name}#${n}`;
  return id;
}

/** Read dropped or opened files: articles are added and analysed, an analysis is shown. */
async function addFiles(fileList) {
  const problems = [];
  let added = 0;
  let imported = null;
  for (const file of [...fileList]) {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const found = readFile(file.name, bytes);
      if (found.analysis) {
        imported = found.analysis;
        continue;
      }
      for (const article of found.articles ?? []) {
        state.files.push({ ...article, id: uniqueId(article.id || file.name) });
        added += 1;
      }
    } catch (error) {
      problems.push(messageOf(error));
    }
  }
  if (imported) {
    await showImported(imported, 'Imported analysis');
  } else if (added > 0) {
    save();
    await analyseNow(`Added ${plural(added, 'article')}`);
  }
  if (problems.length > 0) say(problems.map((p) => `Could not read a file: ${p}`), true);
}

/** Show an imported analysis (already checked by the Rust importer) and keep it. */
async function showImported(analysis, label) {
  state.imported = analysis;
  save();
  try {
    await show(analysis);
  } catch (error) {
    say([`Could not show the analysis: ${messageOf(error)}`], true);
    output.dataset.state = 'error';
    output.dataset.runs = String(Number(output.dataset.runs || 0) + 1);
    return;
  }
  listArticles(analysis, [], false);
  say([`${label}: ${plural(analysis.events.length, 'event')} from ${plural(analysis.articles.length, 'article')}.`]);
  output.dataset.runs = String(Number(output.dataset.runs || 0) + 1);
}

async function importFile(file) {
  try {
    const analysis = importAnalysis(await file.text());
    await showImported(analysis, `Imported ${file.name}`);
  } catch (error) {
    say([`Could not import ${file.name}: ${messageOf(error)}`], true);
  }
}

// ---- exports ---------------------------------------------------------------------------------

const EXPORTS = {
  timelinejs: ['datelines-timelinejs.json', 'application/json'],
  ics: ['datelines.ics', 'text/calendar'],
  csv: ['datelines.csv', 'text/csv'],
  md: ['datelines.md', 'text/markdown'],
  json: ['datelines-analysis.json', 'application/json'],
};

/** Download the current analysis in `format`: a Blob behind an object URL, no network. */
function download(format) {
  if (!current) return;
  const [name, type] = EXPORTS[format];
  try {
    const blob = new Blob([exportAnalysis(current, format)], { type: `${type};charset=utf-8` });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    say([`Could not export: ${messageOf(error)}`], true);
  }
}

// ---- wiring ----------------------------------------------------------------------------------

/** The sample articles as pasted text: each with its title line, separated by `---` lines. */
function sampleText() {
  return sample()
    .map((article) => (article.title && !article.text.startsWith(article.title)
      ? `${article.title}\n\n${article.text}`
      : article.text))
    .join('\n\n---\n\n');
}

function clearAll() {
  state = { pasted: '', files: [], published: {}, dct: '', imported: null };
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
  input.value = '';
  dct.value = '';
  current = null;
  running += 1;
  output.replaceChildren();
  output.dataset.state = 'empty';
  articleList.replaceChildren();
  articlesSection.hidden = true;
  progress.hidden = true;
  for (const button of exportButtons) button.disabled = true;
  say(['Cleared: nothing is kept.']);
}

function wire() {
  analyseButton.addEventListener('click', () => analyseNow('Your articles'));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      analyseNow('Your articles');
    }
  });
  input.addEventListener('input', () => {
    state.pasted = input.value;
    saveSoon();
  });
  dct.addEventListener('change', () => {
    state.dct = dct.value;
    save();
  });
  sampleButton.addEventListener('click', () => {
    input.value = sampleText();
    state.pasted = input.value;
    save();
    input.focus();
    say(['Sample loaded into the text box. Press Analyse to analyse it.']);
  });
  clearButton.addEventListener('click', clearAll);
  filesInput.addEventListener('change', () => {
    addFiles(filesInput.files).finally(() => { filesInput.value = ''; });
  });
  importInput.addEventListener('change', () => {
    const [file] = importInput.files;
    if (file) importFile(file).finally(() => { importInput.value = ''; });
  });
  for (const button of exportButtons) {
    button.addEventListener('click', () => download(button.dataset.export));
  }
  // Files dropped anywhere on the articles section (the text box included) are read as files.
  const dropArea = drop.closest('section') ?? drop;
  for (const type of ['dragenter', 'dragover']) {
    dropArea.addEventListener(type, (event) => {
      if (!event.dataTransfer?.types?.includes('Files')) return;
      event.preventDefault();
      drop.classList.add('over');
    });
  }
  dropArea.addEventListener('dragleave', (event) => {
    if (!dropArea.contains(event.relatedTarget)) drop.classList.remove('over');
  });
  dropArea.addEventListener('drop', (event) => {
    if (!event.dataTransfer?.files?.length) return;
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer?.files?.length) addFiles(event.dataTransfer.files);
  });
  // A file dropped elsewhere on the page must not navigate away from it.
  for (const type of ['dragover', 'drop']) window.addEventListener(type, (event) => event.preventDefault());
}

/** Fetch and compile the wasm once (the worker gets the compiled module). */
async function compileWasm() {
  const url = new URL('./pkg/datelines_bg.wasm', import.meta.url);
  try {
    wasmModule = await WebAssembly.compileStreaming(fetch(url));
  } catch {
    // Hosts that serve .wasm without `application/wasm` cannot stream: compile from the bytes.
    wasmModule = await WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
  return wasmModule;
}

async function main() {
  const buttons = [analyseButton, sampleButton, clearButton];
  for (const button of buttons) button.disabled = true;
  ready = globalThis.__datelinesWasm
    ? init({ module_or_path: globalThis.__datelinesWasm })
    : compileWasm().then((module) => init({ module_or_path: module }));
  try {
    await ready;
  } catch (error) {
    say([`The analyser could not be loaded: ${messageOf(error)}`], true);
    return;
  }
  useEngine(engine);
  if (WORKER_OK) startWorker();
  wire();
  for (const button of buttons) button.disabled = false;
  const restored = load();
  input.value = state.pasted;
  dct.value = state.dct;
  if (restored && state.imported) {
    try {
      await showImported(importAnalysis(JSON.stringify(state.imported)), 'Restored analysis');
    } catch (error) {
      say([`The kept analysis could not be restored: ${messageOf(error)}`], true);
    }
  } else if (restored && (state.pasted.trim() || state.files.length > 0)) {
    await analyse({ pasted: state.pasted, files: state.files, published: state.published, dct: state.dct }, 'Your articles');
  } else {
    await analyse({ files: sample() }, 'Built-in sample');
  }
}

main();
