// The app (www/index.html) and its published forms (dist/, dist/datelines.html), end to end in
// headless Chromium: `node tests/page/app.mjs` (`make test-page`, after `make wasm` and
// `node scripts/dist.mjs`).
//
// Every page here is served with the strict Content-Security-Policy header of issue 6, and every
// check also watches for CSP violations, dialogs, page errors and a window flag that hostile input
// would set if it ever ran. Covers: the seeds pasted and analysed (../shared/seeds, skipped when
// absent) with a progress bar and no long task over 100 ms; article dates shown as inferred and
// edited; each export's content (TimelineJS JSON checked against its documented schema, the .ics
// parsed back, CSV parsed by RFC 4180, Markdown, the analysis JSON); persistence across reload;
// import restoring the view; files through the file input and by drag and drop; hostile markup,
// `javascript:` URLs, SVG and CSS payloads through paste, drop, JSON articles and import; no
// network request while analysing; dist/ from a sub-path; the single file from file://.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  check, drawnEvents, drawnText, launchChromium, root, runTests, seedsDir, skip, startServer, TIMEOUT, waitForRun, www,
} from './lib.mjs';

const dist = path.join(root, 'dist');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

// ---- payloads: each would set window.__pwned or open a dialog if it ever ran -------------------

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned = \'link\'">click</a>',
  'javascript:window.__pwned = "url"',
  '<svg onload="window.__pwned = \'svg\'"><script>window.__pwned = "svg-script"</script></svg>',
  '<style>body { display: none !important }</style>',
  '<div style="background:url(javascript:window.__pwned=1)">css</div>',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '</textarea><script>alert(1)</script>',
  '<details open ontoggle="alert(1)">x</details>',
];

/**
 * Every payload, for an article body. A closing `"` balances the odd quote of the iframe payload:
 * the engine reads a relative date after an unclosed `"` as quoted speech, which dates nothing
 * (src/events/extract.rs), and the body's "on Tuesday" must date an event for its markup to be drawn.
 */
const BODY_PAYLOADS = ((all) => ((all.match(/"/g) ?? []).length % 2 === 1 ? `${all}"` : all))(PAYLOADS.join(' '));

/** A news-like article in our own words, with every payload in its title line and body. */
function hostileArticle(n) {
  return [
    `Envoys meet in Vienna ${PAYLOADS[n % PAYLOADS.length]}`,
    '',
    `VIENNA, March 4, 2025 — ${BODY_PAYLOADS} Negotiators met in Vienna on Tuesday for a second round of talks.`,
    `The delegations agreed to meet again next week, officials said. ${PAYLOADS[(n + 3) % PAYLOADS.length]}`,
  ].join('\n');
}

// ---- small format checkers -----------------------------------------------------------------

const isInt = (v) => Number.isInteger(v);

/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): `events` (required,
 * slides), optional `title` slide, `eras`, `scale`. A slide: `start_date` (required except for
 * the title), `end_date`, `text {headline, text}`, `media`, `group`, `display_date`,
 * `background`, `autolink`, `unique_id`. A date: `year` (required number), `month` 1–12, `day`
 * 1–31 (only with a month), `hour`…, `display_date`, `format`. Returns the problems found.
 */
function timelineJsProblems(doc) {
  const problems = [];
  const allowed = (obj, keys, where) => {
    for (const key of Object.keys(obj)) if (!keys.includes(key)) problems.push(`${where}: unknown field ${key}`);
  };
  const date = (d, where) => {
    if (typeof d !== 'object' || d === null) return problems.push(`${where}: not an object`);
    allowed(d, ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format'], where);
    if (!isInt(d.year)) problems.push(`${where}.year: not an integer`);
    if ('month' in d && !(isInt(d.month) && d.month >= 1 && d.month <= 12)) problems.push(`${where}.month: not 1–12`);
    if ('day' in d && !(isInt(d.day) && d.day >= 1 && d.day <= 31)) problems.push(`${where}.day: not 1–31`);
    if ('day' in d && !('month' in d)) problems.push(`${where}: a day without a month`);
    return undefined;
  };
  const slide = (s, where, isTitle) => {
    if (typeof s !== 'object' || s === null) return problems.push(`${where}: not an object`);
    allowed(s, ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id'], where);
    if (!isTitle || 'start_date' in s) date(s.start_date, `${where}.start_date`);
    if ('end_date' in s) date(s.end_date, `${where}.end_date`);
    if ('text' in s) {
      allowed(s.text, ['headline', 'text'], `${where}.text`);
      for (const k of ['headline', 'text']) if (k in s.text && typeof s.text[k] !== 'string') problems.push(`${where}.text.${k}: not a string`);
    }
    for (const k of ['group', 'display_date', 'unique_id']) if (k in s && typeof s[k] !== 'string') problems.push(`${where}.${k}: not a string`);
    return undefined;
  };
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return ['not a JSON object'];
  allowed(doc, ['events', 'title', 'eras', 'scale'], 'root');
  if (!Array.isArray(doc.events)) problems.push('events: not an array');
  else doc.events.forEach((s, i) => slide(s, `events[${i}]`, false));
  if ('title' in doc) slide(doc.title, 'title', true);
  return problems;
}

/** An iCalendar text read back: checks CRLF and folding, returns the VEVENTs as property maps. */
function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
  const lines = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  const events = [];
  let current = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN' && value === 'VEVENT') current = {};
    else if (name === 'END' && value === 'VEVENT') { events.push(current); current = null; }
    else if (current) current[name] = { params, value };
  }
  return events;
}

/** RFC 4180 CSV into rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  assert.ok(!quoted, 'no open quote at the end');
  assert.equal(field, '', 'the last row ends in CRLF');
  return rows;
}

// ---- page helpers --------------------------------------------------------------------------

/** Watch a page: errors, console errors, CSP violations, dialogs, requests. */
function watch(page) {
  const seen = { pageErrors: [], consoleErrors: [], violations: [], dialogs: [], requests: [] };
  page.on('pageerror', (error) => seen.pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.violations.push(message.text());
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

/** Before any page script: record CSP violation events and long tasks. */
async function instrument(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch { /* no long task API */ }
  });
}

/** Runs so far on the page. */
const runsOf = (page) => page.evaluate(() => Number(document.getElementById('output')?.dataset.runs || 0));

/** Click `selector` and wait for the next finished analysis. */
async function clickAndWait(page, selector) {
  const runs = await runsOf(page);
  await page.click(selector);
  await waitForRun(page, runs + 1);
}

/**
 * Nothing ran: no flag, no dialog; the app's areas, and the shadow root of its <datelines-timeline>,
 * hold only text-bearing elements. In the shadow root the element's own stylesheet <link> and
 * geometry set through CSSOM (`style` attributes holding only `--custom: value` properties) are
 * allowed; nothing else may carry a URL, a handler or a style.
 */
async function assertInert(page, seen) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'window.__pwned stays unset');
  assert.deepEqual(seen.dialogs, [], 'no dialog opened');
  const bad = await page.evaluate(() => {
    const allowed = new Set(['SECTION', 'H2', 'H3', 'H4', 'OL', 'UL', 'LI', 'P', 'SPAN', 'TIME', 'DETAILS', 'SUMMARY',
      'LABEL', 'INPUT', 'BUTTON', 'DIV', 'STRONG', 'EM', 'MARK', 'SMALL', 'B', 'I', 'Q', 'BLOCKQUOTE', 'CITE', 'ABBR', 'BR',
      'DL', 'DT', 'DD', 'DATELINES-TIMELINE']);
    const found = [];
    const inspect = (elements, where, shadow) => {
      for (const el of elements) {
        const tag = el.tagName.toLowerCase();
        if (shadow && el.tagName === 'LINK' && el === el.getRootNode().firstElementChild
          && el.rel === 'stylesheet' && /\/datelines-timeline\.css$/.test(el.href)) continue;
        if (!allowed.has(el.tagName)) found.push(`<${tag}> in ${where}`);
        for (const attr of el.attributes) {
          const cssomGeometry = shadow && attr.name === 'style'
            && attr.value.split(';').every((d) => d.trim() === '' || /^\s*--[\w-]+\s*:[^:]*$/.test(d));
          if (/^on/i.test(attr.name) || (attr.name === 'style' && !cssomGeometry) || attr.name === 'srcdoc'
            || /^\s*javascript:/i.test(attr.value) || attr.name === 'href' || attr.name === 'src') {
            found.push(`${attr.name}="${attr.value}" on <${tag}> in ${where}`);
          }
        }
      }
    };
    for (const area of ['output', 'articles', 'status']) {
      inspect(document.getElementById(area).querySelectorAll('*'), `#${area}`, false);
    }
    const timeline = document.querySelector('#output datelines-timeline');
    if (timeline) {
      if (!timeline.shadowRoot) found.push('the timeline has no open shadow root');
      else inspect(timeline.shadowRoot.querySelectorAll('*'), 'the timeline\'s shadow root', true);
    }
    const pageLevel = document.querySelectorAll('body script, body style, body iframe, body img, body svg, body object, body embed, a[href^="javascript:" i]').length;
    if (pageLevel > 0) found.push(`${pageLevel} script/style/iframe/img/svg/object/embed/javascript: elements in the body`);
    if (getComputedStyle(document.body).display === 'none') found.push('the body was hidden by injected CSS');
    return found;
  });
  assert.deepEqual(bad, [], 'only text-bearing elements, no handlers, styles or URLs');
}

/** Click an export button and return the downloaded file's name and text. */
async function download(page, format) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${format}"]`)]);
  const where = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(where, 'utf8'), path: where };
}

async function seedTexts() {
  if (!existsSync(seedsDir)) return [];
  const names = (await readdir(seedsDir, { withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name).sort();
  return Promise.all(names.map((name) => readFile(path.join(seedsDir, name), 'utf8')));
}

// ---- the checks ----------------------------------------------------------------------------

async function main() {
  for (const needed of [path.join(www, 'pkg', 'datelines.js'), path.join(dist, 'datelines.html')]) {
    if (!existsSync(needed)) {
      throw new Error(`${path.relative(root, needed)} is missing: run \`make wasm\` and \`node scripts/dist.mjs\` first`);
    }
  }
  const notFound = [];
  const server = await startServer(www, { headers: { 'Content-Security-Policy': CSP }, notFound });
  const subPath = '/some/sub/path/';
  const distNotFound = [];
  const distServer = await startServer(dist, { prefix: subPath, headers: { 'Content-Security-Policy': CSP }, notFound: distNotFound });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium();
  const seeds = await seedTexts();
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await instrument(page);
    const seen = watch(page);

    await check('the app loads under the strict CSP header and draws the sample with its article dates', async () => {
      const response = await page.goto(url);
      assert.equal(response?.status(), 200);
      assert.equal(response?.headers()['content-security-policy'], CSP);
      await waitForRun(page, 1);
      assert.equal(await page.getAttribute('#output', 'data-state'), 'drawn', await page.textContent('#status'));
      assert.ok((await drawnEvents(page)).length >= 1);
      const sources = await page.$$eval('#article-list > li', (items) => items.map((li) => li.dataset.source));
      assert.ok(sources.length >= 1, 'the articles are listed');
      for (const source of sources) assert.ok(['given', 'text', 'collection', 'none'].includes(source), source);
      assert.equal(await page.isHidden('#progress'), true, 'the progress bar hides when done');
      const wasmFetches = seen.requests.filter((u) => u.endsWith('.wasm'));
      assert.equal(wasmFetches.length, 1, `the wasm is fetched once, the worker gets the compiled module: ${wasmFetches}`);
    });

    const pasted = seeds.length > 0 ? seeds.join('\n---\n') : null;
    let eventCount = 0;
    let headlines = [];
    if (!pasted) {
      skip('the seeds pasted and analysed in the worker', `no seed articles in ${seedsDir}`);
    } else {
      await check('the seeds pasted and analysed in the worker: progress per phase, no request, no long task', async () => {
        await page.fill('#input', pasted);
        await page.evaluate(() => {
          window.__phases = [];
          new MutationObserver(() => window.__phases.push(document.getElementById('progress').dataset.phase))
            .observe(document.getElementById('progress'), { attributes: true, attributeFilter: ['data-phase'] });
          window.__clickedAt = performance.now();
        });
        const before = seen.requests.length;
        await clickAndWait(page, '#analyse');
        assert.equal(await page.getAttribute('#output', 'data-state'), 'drawn', await page.textContent('#status'));
        const events = await drawnEvents(page);
        assert.ok(events.length >= 5, `at least five events, got ${events.length}`);
        for (const place of ['Anchorage', 'Geneva', 'Moscow']) {
          assert.ok(events.some((e) => e.places.includes(place)), `an event in ${place}`);
        }
        eventCount = events.length;
        headlines = events.map((e) => e.headline);
        const phases = await page.evaluate(() => window.__phases);
        for (const phase of ['load', 'read', 'analyse', 'done']) assert.ok(phases.includes(phase), `phase ${phase} in ${phases}`);
        assert.deepEqual(seen.requests.slice(before), [], 'analysing makes no network request');
        const long = await page.evaluate(() => window.__longTasks.filter((t) => t.start >= window.__clickedAt && t.duration > 100));
        assert.deepEqual(long, [], 'no main-thread task over 100 ms while analysing');
        assert.equal(await page.locator('#article-list > li').count(), seeds.length, 'one date row per article');
      });

      await check('an edited article date re-analyses with it as the article\'s date', async () => {
        const first = page.locator('#article-list > li').first();
        const runs = await runsOf(page);
        await first.locator('input[type="date"]').fill('2025-11-20');
        await waitForRun(page, runs + 1);
        const again = page.locator('#article-list > li').first();
        assert.equal(await again.getAttribute('data-source'), 'given');
        assert.equal(await again.locator('input[type="date"]').inputValue(), '2025-11-20');
        eventCount = (await drawnEvents(page)).length;
        headlines = (await drawnEvents(page)).map((e) => e.headline);
      });
    }

    eventCount ||= (await drawnEvents(page)).length;
    const exported = {};
    await check('exports download without a network request', async () => {
      const before = seen.requests.filter((u) => !u.startsWith('blob:')).length;
      for (const format of ['timelinejs', 'ics', 'csv', 'md', 'json']) exported[format] = await download(page, format);
      assert.equal(seen.requests.filter((u) => !u.startsWith('blob:')).length, before, 'no request but blob: URLs');
      assert.equal(exported.ics.name, 'datelines.ics');
    });

    await check('the TimelineJS export follows its documented schema', async () => {
      const doc = JSON.parse(exported.timelinejs.text);
      assert.deepEqual(timelineJsProblems(doc), []);
      assert.equal(doc.events.length, eventCount);
      for (const slide of doc.events) {
        assert.ok(slide.text.headline.length > 0 && slide.display_date.length > 0);
        if (slide.end_date) {
          const key = (d) => [d.year, d.month ?? 0, d.day ?? 0];
          assert.ok(key(slide.end_date) >= key(slide.start_date) || slide.end_date.year > slide.start_date.year);
        }
      }
    });

    await check('the .ics export parses back to all-day events, DTEND exclusive', async () => {
      const events = parseIcs(exported.ics.text);
      const analysis = JSON.parse(exported.json.text);
      assert.equal(events.length, analysis.events.length);
      events.forEach((vevent, i) => {
        const event = analysis.events[i];
        for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) assert.ok(vevent[name], `${name} in event ${i}`);
        assert.deepEqual(vevent.DTSTART.params, ['VALUE=DATE']);
        assert.equal(vevent.DTSTART.value, event.date.start.replaceAll('-', ''));
        const end = new Date(`${event.date.end}T00:00:00Z`);
        end.setUTCDate(end.getUTCDate() + 1);
        assert.equal(vevent.DTEND.value, end.toISOString().slice(0, 10).replaceAll('-', ''));
        assert.match(vevent.DTSTAMP.value, /^\d{8}T\d{6}Z$/);
      });
    });

    await check('the CSV, Markdown and analysis JSON exports hold the events', async () => {
      const rows = parseCsv(exported.csv.text);
      assert.deepEqual(rows[0].slice(0, 4), ['id', 'start', 'end', 'granularity']);
      assert.equal(rows.length, eventCount + 1);
      assert.ok(rows.every((r) => r.length === rows[0].length), 'every row has every column');
      assert.ok(exported.md.text.startsWith('# Timeline\n'));
      assert.equal((exported.md.text.match(/\n### /g) ?? []).length, eventCount);
      assert.equal(JSON.parse(exported.json.text).events.length, eventCount);
    });

    await check('articles and date edits survive a reload', async () => {
      const value = await page.inputValue('#input');
      await page.reload();
      await waitForRun(page, 1);
      assert.equal(await page.inputValue('#input'), value);
      assert.equal((await drawnEvents(page)).length, eventCount);
      if (pasted) {
        assert.equal(await page.locator('#article-list > li').first().getAttribute('data-source'), 'given');
      }
    });

    await check('Clear forgets everything; importing the analysis JSON restores the view', async () => {
      await page.click('#clear');
      assert.equal(await page.locator('#output li.event').count(), 0);
      assert.equal(await page.evaluate(() => localStorage.getItem('datelines:v1')), null);
      assert.equal(await page.inputValue('#input'), '');
      const runs = await runsOf(page);
      await page.setInputFiles('#import', exported.json.path);
      await waitForRun(page, runs + 1);
      const events = await drawnEvents(page);
      assert.equal(events.length, eventCount);
      if (headlines.length) assert.deepEqual(events.map((e) => e.headline), headlines);
      await page.reload();
      await waitForRun(page, 1);
      assert.equal((await drawnEvents(page)).length, eventCount, 'the import is kept across a reload');
      await page.click('#clear');
    });

    await check('hostile markup, URLs, SVG and CSS pasted are drawn as text and never run', async () => {
      await page.fill('#input', [0, 1, 2, 3].map(hostileArticle).join('\n---\n'));
      await clickAndWait(page, '#analyse');
      assert.equal(await page.getAttribute('#output', 'data-state'), 'drawn', await page.textContent('#status'));
      const text = await drawnText(page);
      assert.ok(text.includes('<script>') || text.includes('onerror'), `the markup is shown as text: ${text.slice(0, 600)}`);
      await assertInert(page, seen);
    });

    await check('hostile HTML, Markdown and JSON files through the file input are read as text', async () => {
      const html = `<html><head><title>${PAYLOADS[1]} Talks</title><script>window.__pwned='file'</script>
        <style>body{display:none}</style></head><body onload="window.__pwned='body'">
        <h1>Talks in Vienna</h1><p>${hostileArticle(2).replace(/\n/g, '<br>')}</p>
        <svg><script>window.__pwned='svg'</script></svg><img src=x onerror="window.__pwned='img'"></body></html>`;
      const json = JSON.stringify([{
        id: '<img src=x onerror="window.__pwned=\'id\'">',
        title: '<svg onload="window.__pwned=\'title\'"></svg>',
        url: 'javascript:window.__pwned="url"',
        source: '<script>window.__pwned="source"</script>',
        text: hostileArticle(5),
      }]);
      const runs = await runsOf(page);
      await page.setInputFiles('#files', [
        { name: 'hostile.html', mimeType: 'text/html', buffer: Buffer.from(html) },
        { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(json) },
        { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(`# Vienna talks\n\n[link](javascript:alert(1)) ${hostileArticle(7)}`) },
      ]);
      await waitForRun(page, runs + 1);
      const titles = await page.$$eval('#article-list .article-title', (labels) => labels.map((l) => l.textContent));
      assert.ok(titles.some((t) => t.includes('Talks')), `the HTML title is listed as text: ${titles}`);
      assert.ok(titles.some((t) => t.includes('<svg')), `the JSON title is listed as text: ${titles}`);
      assert.ok(!(await drawnText(page)).includes("window.__pwned='file'"), 'script content is dropped from HTML');
      await assertInert(page, seen);
    });

    await check('files dropped on the drop zone are read as articles', async () => {
      const runs = await runsOf(page);
      await page.evaluate((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
        document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, hostileArticle(4));
      await waitForRun(page, runs + 1);
      const ids = await page.$$eval('#article-list > li', (items) => items.map((li) => li.dataset.id));
      assert.ok(ids.includes('dropped.txt'), `dropped.txt is listed: ${ids}`);
      await assertInert(page, seen);
    });

    await check('an analysis JSON dropped on the drop zone restores its view', async () => {
      const runs = await runsOf(page);
      await page.evaluate((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'saved-analysis.json', { type: 'application/json' }));
        document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, exported.json.text);
      await waitForRun(page, runs + 1);
      assert.equal((await drawnEvents(page)).length, eventCount);
      assert.match(await page.textContent('#status'), /Imported analysis/);
    });

    await check('a hostile analysis JSON imports as text, and a malformed one is refused with a message', async () => {
      const analysis = JSON.parse(exported.json.text);
      const event = analysis.events[0];
      event.headline = PAYLOADS.join(' ');
      event.places = [PAYLOADS[4], PAYLOADS[5]];
      event.people = [PAYLOADS[1]];
      const runs = await runsOf(page);
      await page.setInputFiles('#import', { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(analysis)) });
      await waitForRun(page, runs + 1);
      assert.ok((await drawnText(page)).includes('<script>'), 'the headline is shown as text');
      await assertInert(page, seen);
      const broken = { ...analysis, events: [{ ...event, date: { ...event.date, start: '2025-99-99' } }] };
      await page.setInputFiles('#import', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
      await page.waitForSelector('#status.error');
      assert.match(await page.textContent('#status'), /broken\.json.*not two YYYY-MM-DD days/s);
      await page.click('#clear');
    });

    await check('no CSP violation, page error or console error on the app', async () => {
      const violations = await page.evaluate(() => window.__violations);
      assert.deepEqual({ violations, logged: seen.violations, pageErrors: seen.pageErrors, consoleErrors: seen.consoleErrors, notFound },
        { violations: [], logged: [], pageErrors: [], consoleErrors: [], notFound: [] });
    });

    await check('dist/ works from a sub-path under the strict CSP, analysis in its worker', async () => {
      const distPage = await context.newPage();
      await instrument(distPage);
      const distSeen = watch(distPage);
      const base = `http://127.0.0.1:${distServer.address().port}${subPath}`;
      assert.equal((await distPage.goto(base))?.status(), 200);
      await waitForRun(distPage, 1);
      assert.equal(await distPage.getAttribute('#output', 'data-state'), 'drawn', await distPage.textContent('#status'));
      await distPage.fill('#input', pasted ?? hostileArticle(1));
      await clickAndWait(distPage, '#analyse');
      assert.ok((await drawnEvents(distPage)).length >= 1);
      const workers = distPage.workers().map((w) => w.url());
      assert.ok(workers.some((u) => u.startsWith(`${base}worker.js`)), `a worker from the sub-path: ${workers}`);
      for (const request of distSeen.requests) assert.ok(request.startsWith(base), `only requests under the sub-path: ${request}`);
      assert.deepEqual({ v: await distPage.evaluate(() => window.__violations), e: distSeen.pageErrors, c: distSeen.consoleErrors, n: distNotFound },
        { v: [], e: [], c: [], n: [] });
      await distPage.close();
    });

    await check('dist/datelines.html works opened from file:// with no other file', async () => {
      const filePage = await browser.newPage();
      await instrument(filePage);
      const fileSeen = watch(filePage);
      const fileUrl = pathToFileURL(path.join(dist, 'datelines.html')).href;
      await filePage.goto(fileUrl);
      await waitForRun(filePage, 1);
      assert.equal(await filePage.getAttribute('#output', 'data-state'), 'drawn', await filePage.textContent('#status'));
      await filePage.fill('#input', pasted ?? hostileArticle(1));
      await clickAndWait(filePage, '#analyse');
      assert.ok((await drawnEvents(filePage)).length >= 1);
      // The element's CSS is inlined: adopted as a constructable stylesheet, no <link>, and applied.
      const styled = await filePage.evaluate(() => {
        const shadow = document.querySelector('#output datelines-timeline').shadowRoot;
        return {
          sheets: shadow.adoptedStyleSheets.length,
          rules: shadow.adoptedStyleSheets[0]?.cssRules.length ?? 0,
          links: shadow.querySelectorAll('link').length,
          toolbar: getComputedStyle(shadow.querySelector('.toolbar')).display,
        };
      });
      assert.equal(styled.sheets, 1, 'one adopted stylesheet');
      assert.ok(styled.rules > 20, `its rules: ${styled.rules}`);
      assert.equal(styled.links, 0, 'no stylesheet link in the shadow root');
      assert.equal(styled.toolbar, 'flex', 'the element\'s styles apply');
      const others = fileSeen.requests.filter((u) => u !== fileUrl && !u.startsWith('data:'));
      assert.deepEqual(others, [], 'no request for any other file');
      assert.deepEqual({ v: await filePage.evaluate(() => window.__violations), e: fileSeen.pageErrors, c: fileSeen.consoleErrors },
        { v: [], e: [], c: [] });
      await filePage.close();
    });
  } finally {
    await browser.close();
    server.close();
    distServer.close();
  }
}

await runTests(main);
