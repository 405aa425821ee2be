// <datelines-timeline>: an embeddable, accessible timeline of news events.
//
//   <script type="module" src="https://example.org/datelines/datelines-timeline.js"></script>
//   <datelines-timeline src="story.json" lang="en"></datelines-timeline>
//
// Attributes: src (URL of a JSON array of Articles, or of an Analysis), lang, theme
// (auto | light | dark | contrast), layout (auto | horizontal | vertical), lanes (none | place | person).
// Properties: articles (Article[]: analysed in the browser), analysis (Analysis), selected (id),
// drawn (a promise settled once the last articles/analysis given are drawn).
// Events: select (detail { id, event }), change (detail { reason, start, end, lanes, layout }).
// Styling: CSS custom properties (--dl-*) and ::part() names, listed in datelines-timeline.css.
//
// This file only wires the element to the Rust widget (pkg/datelines.js, TimelineWidget): the
// layout, drawing and keyboard handling are Rust. Everything is loaded relative to this module's
// own URL, so it works from any sub-path of any host. No inline styles, no innerHTML.
// A page that bundles everything into one file (scripts/dist.mjs's dist/datelines.html) calls
// useEngine() with its initialised package and sets globalThis.__datelinesTimelineCss to this
// element's CSS text, adopted as a constructable stylesheet (no <link>, no <style>: a hash-based
// CSP stays intact).

const base = new URL('.', import.meta.url);
let engine;
let sheet;

/** Use a wasm package the page has loaded already (a module namespace, or a promise of one, initialised). */
export function useEngine(module) {
  engine ??= Promise.resolve(module);
}

/** The wasm package, loaded and initialised once (shared with a page that loaded it already). */
function load() {
  engine ??= import(new URL('pkg/datelines.js', base).href).then(async (module) => {
    await module.default();
    return module;
  });
  return engine;
}

class DatelinesTimeline extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'theme', 'layout', 'lanes'];

  #widget = null;
  #box;
  #analysis = null;
  #articles = null;
  #loads = 0;
  #resize;
  #drawn = Promise.resolve();

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    this.#box = document.createElement('div');
    this.#box.className = 'box';
    this.#box.setAttribute('part', 'box');
    const inlined = globalThis.__datelinesTimelineCss;
    if (typeof inlined === 'string') {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(inlined);
      }
      root.adoptedStyleSheets = [sheet];
      root.append(this.#box);
    } else {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = new URL('datelines-timeline.css', base).href;
      root.append(style, this.#box);
    }
    this.#resize = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width;
      if (width) this.#widget?.resize(width);
    });
  }

  connectedCallback() {
    this.#resize.observe(this.#box);
    if (!this.hasAttribute('theme')) this.setAttribute('theme', 'auto');
    this.#ready().catch((error) => this.#fail(error));
  }

  disconnectedCallback() {
    this.#resize.disconnect();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#widget) return;
    if (name === 'src') this.#fetch();
    else this.#options();
  }

  /** The analysed articles, when they were given as articles. */
  get articles() { return this.#articles; }

  /** Give articles: they are analysed in the browser and drawn. */
  set articles(articles) {
    this.#articles = articles;
    this.#analysis = null;
    this.#settle(this.#ready().then(({ analyze }) => this.#draw(analyze(articles), articles)));
  }

  /** The drawn analysis. */
  get analysis() { return this.#analysis; }

  /** Give an analysis (as `analyze` returns it, or read from the CLI's JSON) to draw. */
  set analysis(analysis) {
    this.#articles = null;
    this.#settle(this.#ready().then(() => this.#draw(analysis, null)));
  }

  /** A promise settled when the last articles or analysis given are drawn (rejected if they could not be). */
  get drawn() { return this.#drawn; }

  /** The id of the selected event, or null. */
  get selected() { return this.#widget?.selected ?? null; }

  set selected(id) { this.#widget?.select(id ?? null); }

  async #ready() {
    const module = await load();
    if (!this.#widget) {
      this.#widget = new module.TimelineWidget(this, this.#box);
      this.#options();
      const width = this.#box.getBoundingClientRect().width;
      if (width) this.#widget.resize(width);
      if (this.hasAttribute('src')) this.#fetch();
    }
    return module;
  }

  #options() {
    const lang = this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || navigator.language || '';
    this.#widget.setOptions(lang, this.getAttribute('layout') ?? 'auto', this.getAttribute('lanes') ?? 'none');
  }

  #draw(analysis, articles) {
    this.#analysis = analysis;
    this.#widget.setAnalysis(analysis, articles);
  }

  async #fetch() {
    const load = ++this.#loads;
    const src = this.getAttribute('src');
    if (!src) return;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      const data = await response.json();
      if (load !== this.#loads) return;
      const module = await this.#ready();
      if (Array.isArray(data)) {
        this.#articles = data;
        this.#draw(module.analyze(data), data);
      } else {
        this.#articles = null;
        this.#draw(data, null);
      }
    } catch (error) {
      if (load === this.#loads) this.#fail(error);
    }
  }

  #settle(drawing) {
    this.#drawn = drawing;
    drawing.catch((error) => this.#fail(error));
  }

  #fail(error) {
    const message = `The timeline could not be shown: ${error?.message ?? String(error)}`;
    if (this.#widget) this.#widget.setMessage(message);
    else this.#box.textContent = message;
  }
}

if (!customElements.get('datelines-timeline')) customElements.define('datelines-timeline', DatelinesTimeline);

export { DatelinesTimeline };
