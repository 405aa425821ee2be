// datelines demo page: a thin shell over the wasm package (www/pkg, built by `make wasm`).
// All analysis and drawing happen in Rust; this file only wires the controls. No inline code,
// no eval, no innerHTML: it runs under the page's strict Content-Security-Policy.
import init, { analyze, sample, splitPasted, render } from './pkg/datelines.js';

const input = document.getElementById('input');
const dct = document.getElementById('dct');
const analyseButton = document.getElementById('analyse');
const sampleButton = document.getElementById('load-sample');
const status = document.getElementById('status');
const output = document.getElementById('output');

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

/** Analyse `articles`, draw the result and report on it. `label` names where they came from. */
function run(articles, label) {
  const options = dct.value ? { dct: dct.value } : {};
  output.setAttribute('aria-busy', 'true');
  try {
    const analysis = analyze(articles, options);
    render(output, analysis);
    const events = analysis.events.length;
    say([
      `${label}: ${plural(events, 'event')} from ${plural(articles.length, 'article')}.`,
      ...(analysis.messages ?? []),
    ]);
    output.dataset.state = 'drawn';
  } catch (error) {
    say([`Could not analyse the articles: ${error?.message ?? String(error)}`], true);
    output.dataset.state = 'error';
  } finally {
    output.removeAttribute('aria-busy');
    output.dataset.runs = String(Number(output.dataset.runs || 0) + 1);
  }
}

/** The sample articles as pasted text: each with its title line, separated by `---` lines. */
function sampleText() {
  return sample()
    .map((article) => (article.title && !article.text.startsWith(article.title)
      ? `${article.title}\n\n${article.text}`
      : article.text))
    .join('\n\n---\n\n');
}

function analysePasted() {
  try {
    run(splitPasted(input.value), 'Your articles');
  } catch (error) {
    say([`Could not read the articles: ${error?.message ?? String(error)}`], true);
  }
}

async function main() {
  try {
    await init();
  } catch (error) {
    say([`The analyser could not be loaded: ${error?.message ?? String(error)}`], true);
    return;
  }
  analyseButton.addEventListener('click', analysePasted);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      analysePasted();
    }
  });
  sampleButton.addEventListener('click', () => {
    input.value = sampleText();
    input.focus();
    say(['Sample loaded into the text box. Press Analyse to analyse it.']);
  });
  analyseButton.disabled = false;
  sampleButton.disabled = false;
  run(sample(), 'Built-in sample');
}

analyseButton.disabled = true;
sampleButton.disabled = true;
main();
