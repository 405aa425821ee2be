// The <datelines-timeline> element, end to end in headless Chromium: `node tests/page/widget.mjs`
// (after `make wasm` has built www/pkg).
//
// Serves www/ from an in-process static server on 127.0.0.1 (also under a sub-path, to show the
// element loads its files relative to itself), drives the system Chromium (/usr/bin/chromium)
// through playwright-core, and checks the bare embed page (www/embed.html): keyboard-only
// navigation through every event, zoom and pan by buttons, keys, wheel and drag, the `select` event and
// the detail panel, lanes and the list layout, 5,000 synthetic events, and axe-core on the page in
// light, dark and high-contrast themes. Prints one line per check and `N passed, M failed`; exits non-zero on
// any failure.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const www = path.join(root, 'www');
const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
const CHROMIUM = '/usr/bin/chromium';
const TIMEOUT = 30_000;
const SUB = '/deep/sub/path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// ---- a tiny static server over www/ (also at SUB/), plus axe-core at /__axe.js -------------

const served404 = [];

function startServer() {
  const server = createServer(async (request, response) => {
    try {
      let pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file;
      if (pathname === '/__axe.js') {
        file = axePath;
      } else {
        if (pathname.startsWith(SUB + '/')) pathname = pathname.slice(SUB.length);
        if (pathname.endsWith('/')) pathname += 'index.html';
        file = path.resolve(www, '.' + pathname);
        if (!file.startsWith(www + path.sep)) {
          response.writeHead(403).end();
          return;
        }
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(body);
    } catch {
      served404.push(request.url);
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---- checks ---------------------------------------------------------------------------------

let passed = 0;
let failed = 0;

async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed += 1;
    const message = String(error?.stack ?? error).split('\n').slice(0, 12).map((line) => `    ${line}`).join('\n');
    console.log(`not ok - ${name}\n${message}`);
  }
}

/** Evaluate `fn(shadowRoot, arg)` in the page for the first <datelines-timeline>. */
async function inWidget(page, fn, arg) {
  const root = await page.evaluateHandle(() => document.querySelector('datelines-timeline').shadowRoot);
  try {
    return await root.evaluate(fn, arg);
  } finally {
    await root.dispose();
  }
}

/** The view the axis shows: its first and last day. */
function axisRange(page) {
  return page.locator('datelines-timeline .axis').evaluate((axis) => [axis.dataset.start, axis.dataset.end]);
}

/** The data-id of the focused event mark inside the widget, or null. */
function focusedId(page) {
  return page.evaluate(() => {
    const active = document.querySelector('datelines-timeline')?.shadowRoot?.activeElement;
    return active?.closest('li.event')?.dataset.id ?? null;
  });
}

function span([start, end]) {
  return (Date.parse(end) - Date.parse(start)) / 86_400_000;
}

/** A synthetic analysis of `n` events, a few a day, over places and statuses. */
function synthetic(n) {
  const places = ['Alpha', 'Bravo', 'Charlie', 'Delta'];
  const statuses = ['happened', 'planned', 'cancelled'];
  const day0 = Date.UTC(2020, 0, 1);
  const events = [];
  for (let i = 0; i < n; i += 1) {
    const day = new Date(day0 + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
    events.push({
      id: `s${i}`,
      date: { value: day, start: day, end: day, granularity: 'day' },
      places: [places[i % places.length]],
      people: [],
      headline: `Synthetic event number ${i}`,
      status: statuses[i % statuses.length],
      sentences: [{ article: 'x', text: `Event ${i} happened.`, start: 0, end: 10 }],
      sources: 1,
    });
  }
  return { articles: [], events, summary: [] };
}

async function axeViolations(page, problems) {
  const before = problems.length;
  await page.addScriptTag({ url: '/__axe.js' });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
  // axe-core adds a <style> of its own, which the page's CSP (style-src 'self') blocks, as it
  // should: that report is axe's, not the widget's, and is left out of the error check.
  const during = problems.splice(before);
  const others = during.filter((p) => !p.includes("violates the following Content Security Policy directive 'style-src"));
  problems.push(...others);
  return violations;
}

async function main() {
  for (const file of [path.join(www, 'pkg', 'datelines.js'), axePath]) {
    if (!existsSync(file)) {
      console.log(`not ok - ${path.relative(root, file)} is missing: run \`make wasm\` and \`npm ci\` first`);
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
  }
  const sample = JSON.parse(await readFile(path.join(www, 'sample-analysis.json'), 'utf8'));
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  async function open(url, viewport = { width: 1200, height: 900 }, options = {}) {
    const context = await browser.newContext({ viewport, ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error?.message ?? error}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${response.status()}`);
    });
    await page.goto(url);
    await page.waitForSelector('datelines-timeline li.event');
    await page.evaluate(() => {
      window.__selects = [];
      window.__changes = [];
      const host = document.querySelector('datelines-timeline');
      host.addEventListener('select', (e) => window.__selects.push(e.detail));
      host.addEventListener('change', (e) => window.__changes.push(e.detail));
    });
    return page;
  }

  try {
    const page = await open(`${origin}${SUB}/embed.html`);
    const ids = sample.events.map((e) => e.id);

    await check('the embed page, served from a sub-path, draws every event of its src', async () => {
      const drawn = await page.locator('datelines-timeline li.event').evaluateAll((items) => items.map((li) => li.dataset.id));
      assert.equal(drawn.length, ids.length);
      assert.deepEqual([...drawn].sort(), [...ids].sort());
      const starts = await page.locator('datelines-timeline li.event').evaluateAll((items) => items.map((li) => li.dataset.start));
      assert.deepEqual(starts, [...starts].sort(), 'in time order');
    });

    await check('a labelled region, an ordered list of <time datetime>, a polite live region', async () => {
      const facts = await inWidget(page, (root) => ({
        label: root.querySelector('.region').getAttribute('aria-label'),
        times: [...root.querySelectorAll('ol.events > li.event time')].map((t) => [t.getAttribute('datetime'), t.textContent]),
        live: root.querySelector('[aria-live]')?.getAttribute('aria-live'),
        liveText: root.querySelector('[aria-live]')?.textContent,
        tabStops: [...root.querySelectorAll('ol.events button')].filter((b) => b.tabIndex === 0).length,
      }));
      assert.match(facts.label, new RegExp(`${ids.length} events`));
      assert.equal(facts.times.length, ids.length);
      assert.ok(facts.times.filter(([dt]) => dt).length >= ids.length - 1, 'datetime on (nearly) every time');
      assert.equal(facts.live, 'polite');
      assert.equal(facts.liveText, '', 'nothing announced before a selection');
      assert.equal(facts.tabStops, 1, 'one tab stop among the events');
      const august = facts.times.find(([dt]) => dt === '2025-08');
      assert.ok(august, 'the August event has datetime 2025-08');
      assert.equal(august[1], 'August 2025', 'a month-level date reads as the month, not a day');
    });

    await check('keyboard only: Tab reaches the events, arrows walk through all of them, Home/End', async () => {
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      let id = null;
      for (let i = 0; i < 12 && !id; i += 1) {
        await page.keyboard.press('Tab');
        id = await focusedId(page);
      }
      assert.equal(id, ids[0], 'the first event holds the tab stop');
      const walked = [id];
      for (let i = 1; i < ids.length; i += 1) {
        await page.keyboard.press('ArrowRight');
        walked.push(await focusedId(page));
      }
      const order = await page.locator('datelines-timeline li.event').evaluateAll((items) => items.map((li) => li.dataset.id));
      assert.deepEqual(walked, order, 'every event, in time order');
      await page.keyboard.press('ArrowRight');
      assert.equal(await focusedId(page), order.at(-1), 'stops at the last');
      await page.keyboard.press('Home');
      assert.equal(await focusedId(page), order[0]);
      await page.keyboard.press('End');
      assert.equal(await focusedId(page), order.at(-1));
      await page.keyboard.press('ArrowLeft');
      assert.equal(await focusedId(page), order.at(-2));
      // Each focused event is drawn (in view, not folded into a cluster).
      const visible = await inWidget(page, (root) => {
        const li = root.activeElement.closest('li.event');
        const box = li.getBoundingClientRect();
        const view = root.querySelector('.viewport').getBoundingClientRect();
        return !li.classList.contains('off') && box.width > 0 && box.left >= view.left - 1 && box.left <= view.right;
      });
      assert.ok(visible, 'the focused event is visible');
      // Tab leaves the events in one step.
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focusedId(page), null, 'Shift+Tab leaves the list');
    });

    await check('Enter selects: the select event, the detail panel, the live region; Escape closes', async () => {
      const moscow = sample.events.find((e) => e.places.includes('Moscow') && e.date.value === '2025-12-02');
      await page.evaluate(() => { window.__selects = []; });
      await page.locator(`datelines-timeline li.event[data-id="${moscow.id}"] button`).focus();
      await page.keyboard.press('Enter');
      const selects = await page.evaluate(() => window.__selects);
      assert.equal(selects.length, 1, 'one select event');
      assert.equal(selects[0].id, moscow.id);
      assert.equal(selects[0].event.headline, moscow.headline);
      const detail = await inWidget(page, (root) => {
        const panel = root.querySelector('.detail');
        return {
          hidden: panel.hidden,
          headline: panel.querySelector('h2')?.textContent,
          text: panel.textContent,
          resolutions: [...panel.querySelectorAll('.resolutions li')].map((li) => li.textContent),
          sources: [...panel.querySelectorAll('.sources li')].map((li) => ({
            sentence: li.querySelector('q')?.textContent,
            mark: li.querySelector('mark')?.textContent ?? null,
          })),
          live: root.querySelector('[aria-live]').textContent,
        };
      });
      assert.equal(detail.hidden, false);
      assert.equal(detail.headline, moscow.headline);
      assert.equal(detail.live, moscow.headline, 'the live region announces the headline only');
      for (const place of moscow.places) assert.ok(detail.text.includes(place), `names ${place}`);
      for (const person of moscow.people) assert.ok(detail.text.includes(person), `names ${person}`);
      assert.ok(detail.text.includes(moscow.status), 'status');
      assert.equal(detail.sources.length, moscow.sentences.length, 'every source sentence');
      moscow.sentences.forEach((s, i) => {
        assert.equal(detail.sources[i].sentence, s.text, 'the sentence, as text');
        if (s.when) assert.equal(detail.sources[i].mark, s.when.text, 'the date expression highlighted');
      });
      const tuesday = detail.resolutions.find((line) => line.includes('Tuesday'));
      assert.ok(tuesday, `how the date was found: ${JSON.stringify(detail.resolutions)}`);
      // lang="en": Chromium's Intl formats as en-US.
      assert.match(tuesday, /^“[^”]*Tuesday[^”]*” → Tue, Dec 2, 2025, from the article's date Wed, Dec 3, 2025$/);
      await page.keyboard.press('Escape');
      assert.equal(await inWidget(page, (root) => root.querySelector('.detail').hidden), true, 'Escape closes it');
      assert.equal(await page.evaluate(() => window.__selects.at(-1).id), null, 'a select event with id null');
    });

    await check('planned and cancelled events are styled apart; granularity shows', async () => {
      await page.locator('datelines-timeline [data-action="fit"]').click();
      const styles = await inWidget(page, (root) => Object.fromEntries(['happened', 'planned', 'cancelled'].map((status) => {
        const li = root.querySelector(`li.event.status-${status}`);
        if (!li) return [status, null];
        const bar = getComputedStyle(li.querySelector('.bar'));
        return [status, `${bar.backgroundColor}|${bar.backgroundImage}|${bar.opacity}|${getComputedStyle(li.querySelector('.headline')).textDecorationLine}`];
      })));
      assert.ok(styles.planned && styles.cancelled && styles.happened, JSON.stringify(styles));
      assert.equal(new Set(Object.values(styles)).size, 3, JSON.stringify(styles));
      const widths = await inWidget(page, (root) => Object.fromEntries([...root.querySelectorAll('li.event:not(.off)')]
        .map((li) => [li.dataset.granularity, li.querySelector('.bar').getBoundingClientRect().width])));
      assert.ok(widths.month > widths.day * 5, `a month is drawn wider than a day: ${JSON.stringify(widths)}`);
    });

    await check('zoom and pan: buttons, keys on the axis, wheel, fit all', async () => {
      await page.locator('datelines-timeline [data-action="fit"]').click();
      await page.evaluate(() => { window.__changes = []; });
      const fit = await axisRange(page);
      await page.locator('datelines-timeline [data-action="zoom-in"]').click();
      const zoomed = await axisRange(page);
      assert.ok(span(zoomed) < span(fit) * 0.8, `zoom in narrows ${fit} → ${zoomed}`);
      await page.locator('datelines-timeline [data-action="zoom-out"]').click();
      assert.ok(span(await axisRange(page)) > span(zoomed) * 1.2, 'zoom out widens');
      await page.locator('datelines-timeline .axis').focus();
      const before = await axisRange(page);
      await page.keyboard.press('ArrowRight');
      const panned = await axisRange(page);
      assert.ok(panned[0] > before[0], `ArrowRight on the axis pans later: ${before} → ${panned}`);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      assert.ok((await axisRange(page))[0] < panned[0], 'ArrowLeft pans earlier');
      await page.keyboard.press('+');
      const plus = await axisRange(page);
      assert.ok(span(plus) < span(panned), '+ zooms in');
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      assert.ok(span(await axisRange(page)) > span(plus), '- zooms out');
      // Wheel: Ctrl+wheel zooms anywhere, a plain wheel over the axis zooms, Shift+wheel pans.
      const viewport = await page.locator('datelines-timeline .viewport').boundingBox();
      await page.mouse.move(viewport.x + viewport.width / 2, viewport.y + viewport.height - 10);
      const w0 = await axisRange(page);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -400);
      await page.keyboard.up('Control');
      await page.waitForTimeout(50);
      const w1 = await axisRange(page);
      assert.ok(span(w1) < span(w0), `Ctrl+wheel zooms in: ${w0} → ${w1}`);
      await page.mouse.move(viewport.x + viewport.width / 2, viewport.y + 10);
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(50);
      const w2 = await axisRange(page);
      assert.ok(span(w2) > span(w1), `wheel over the axis zooms out: ${w1} → ${w2}`);
      await page.mouse.wheel(300, 0);
      await page.waitForTimeout(50);
      const w3 = await axisRange(page);
      assert.ok(w3[0] > w2[0], `a sideways wheel pans: ${w2} → ${w3}`);
      // Drag pans.
      await page.mouse.move(viewport.x + 600, viewport.y + viewport.height - 8);
      await page.mouse.down();
      await page.mouse.move(viewport.x + 400, viewport.y + viewport.height - 8, { steps: 4 });
      await page.mouse.up();
      const w4 = await axisRange(page);
      assert.ok(w4[0] > w3[0], `dragging left shows later days: ${w3} → ${w4}`);
      await page.locator('datelines-timeline [data-action="fit"]').click();
      assert.deepEqual(await axisRange(page), fit, 'fit all returns to the whole story');
      const changes = await page.evaluate(() => window.__changes);
      assert.ok(changes.length >= 8 && changes.every((c) => c.reason === 'view' && c.start <= c.end), JSON.stringify(changes.slice(0, 3)));
    });

    await check('lanes by place and by person, switchable', async () => {
      const lanes = page.locator('datelines-timeline [data-action="lanes"]');
      await lanes.click();
      const places = await inWidget(page, (root) => [...root.querySelectorAll('.lane .lane-name')].map((n) => n.textContent));
      assert.ok(places.includes('Moscow') && places.includes('Anchorage'), JSON.stringify(places));
      assert.match(await lanes.textContent(), /place/);
      await lanes.click();
      const people = await inWidget(page, (root) => [...root.querySelectorAll('.lane .lane-name')].map((n) => n.textContent));
      assert.ok(people.some((n) => /Putin|Trump|Zelensky|Witkoff/.test(n)), JSON.stringify(people));
      await lanes.click();
      assert.match(await lanes.textContent(), /none/);
      await page.evaluate(() => document.querySelector('datelines-timeline').setAttribute('lanes', 'place'));
      assert.ok((await inWidget(page, (root) => root.querySelectorAll('.lane').length)) > 1, 'the lanes attribute too');
    });

    await check('the summary links each sentence to the event it reports', async () => {
      const links = page.locator('datelines-timeline .summary button.source');
      assert.ok((await links.count()) >= 1);
      await links.first().click();
      const shown = await inWidget(page, (root) => root.querySelector('.detail').hidden);
      assert.equal(shown, false, 'the detail panel opens on the source');
    });

    await check('layout="vertical" and narrow screens give the list; the CSP holds', async () => {
      await page.evaluate(() => document.querySelector('datelines-timeline').setAttribute('layout', 'vertical'));
      assert.equal(await inWidget(page, (root) => root.querySelector('.region').classList.contains('vertical')), true);
      assert.equal(await page.locator('datelines-timeline .axis').isVisible(), false, 'no axis in the list');
      await page.evaluate(() => document.querySelector('datelines-timeline').setAttribute('layout', 'auto'));
      const narrow = await open(`${origin}/embed.html`, { width: 420, height: 800 });
      assert.equal(await inWidget(narrow, (root) => root.querySelector('.region').classList.contains('vertical')), true);
      const all = await narrow.locator('datelines-timeline li.event').evaluateAll((items) => items.filter((li) => li.getBoundingClientRect().height > 0).length);
      assert.equal(all, ids.length, 'every event listed');
      await narrow.context().close();
    });

    await check('print gives the list of every event, without the controls', async () => {
      await page.locator('datelines-timeline [data-action="zoom-in"]').click();
      await page.emulateMedia({ media: 'print' });
      const shown = await page.locator('datelines-timeline li.event').evaluateAll((items) => items.filter((li) => li.getBoundingClientRect().height > 0).length);
      assert.equal(shown, ids.length, 'every event printed, zoomed or not');
      assert.equal(await page.locator('datelines-timeline .toolbar').isVisible(), false);
      await page.emulateMedia({ media: 'screen' });
    });

    await check('the articles property analyses in the browser and cites outlets', async () => {
      const fresh = await open(`${origin}/embed.html`);
      await fresh.evaluate(() => {
        document.querySelector('datelines-timeline').articles = [{
          id: 'own-1',
          source: 'The Test Courier',
          title: 'Harbour reopens',
          published: '2026-03-04',
          text: 'The harbour in Valletta reopened on Monday after repairs that began in January.',
        }];
      });
      await fresh.waitForFunction(() => document.querySelector('datelines-timeline').analysis?.events?.length > 0);
      await fresh.waitForFunction(() => document.querySelector('datelines-timeline').shadowRoot.querySelector('li.event[data-start="2026-03-02"]'));
      await fresh.locator('datelines-timeline li.event[data-start="2026-03-02"] button').click();
      assert.equal(await fresh.locator('datelines-timeline .detail .sources cite').first().textContent(), 'The Test Courier: Harbour reopens');
      assert.equal(await fresh.locator('datelines-timeline .detail .sources mark').first().textContent(), 'Monday');
      await fresh.context().close();
    });

    await check('5,000 synthetic events render, zoom and walk without error', async () => {
      const big = await open(`${origin}/embed.html`);
      const data = synthetic(5000);
      await big.evaluate((analysis) => { document.querySelector('datelines-timeline').analysis = analysis; }, data);
      await big.waitForFunction(() => document.querySelector('datelines-timeline').shadowRoot.querySelectorAll('li.event').length === 5000);
      // Figures for the log (not asserted: speed is a benchmark's business): one redraw after a
      // zoom step, median of 9, in ms.
      const redraw = await inWidget(big, (root) => {
        const button = root.querySelector('[data-action="zoom-in"]');
        const back = root.querySelector('[data-action="fit"]');
        const times = [];
        for (let i = 0; i < 9; i += 1) {
          const t0 = performance.now();
          button.click();
          times.push(performance.now() - t0);
          back.click();
        }
        return times.sort((a, b) => a - b)[4];
      });
      console.log(`# 5,000 events: a zoom step redraws in ${redraw.toFixed(1)} ms (median of 9)`);
      const clusters = await inWidget(big, (root) => root.querySelectorAll('.cluster').length);
      assert.ok(clusters > 0, 'a crowded fit-all view shows cluster marks');
      const before = await axisRange(big);
      for (let i = 0; i < 14; i += 1) await big.locator('datelines-timeline [data-action="zoom-in"]').click();
      const after = await axisRange(big);
      assert.ok(span(after) < span(before) / 20, `${before} → ${after}`);
      const folded = await inWidget(big, (root) => [...root.querySelectorAll('.cluster')].reduce((n, c) => n + Number(c.textContent.slice(1)), 0));
      assert.equal(folded, 0, 'zoomed in, the clusters have split into events');
      const stop = big.locator('datelines-timeline li.event button[tabindex="0"]');
      assert.equal(await stop.count(), 1, 'one tab stop');
      assert.ok(await stop.isVisible(), 'the tab stop moves to an event in view');
      await stop.focus();
      const first = Number((await focusedId(big)).slice(1));
      for (let i = 0; i < 20; i += 1) await big.keyboard.press('ArrowRight');
      assert.equal(await focusedId(big), `s${first + 20}`);
      await big.keyboard.press('End');
      assert.equal(await focusedId(big), 's4999');
      await big.context().close();
    });

    for (const theme of ['light', 'dark', 'contrast']) {
      await check(`axe-core finds no violations on the embed page, ${theme} theme`, async () => {
        const themed = await open(`${origin}/embed.html`, { width: 1200, height: 900 }, { colorScheme: theme === 'light' ? 'light' : 'dark' });
        await themed.evaluate((t) => document.querySelector('datelines-timeline').setAttribute('theme', t), theme);
        await themed.locator('datelines-timeline li.event button').first().click();
        await themed.waitForTimeout(200);
        const violations = await axeViolations(themed, problems);
        assert.deepEqual(violations, []);
        await themed.context().close();
      });
    }

    await check('no page errors, console errors or failed requests', async () => {
      assert.deepEqual({ problems, notFound: served404 }, { problems: [], notFound: [] });
    });
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  await main();
} catch (error) {
  failed += 1;
  console.log(`not ok - the widget page test could not run: ${error?.stack ?? error}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
