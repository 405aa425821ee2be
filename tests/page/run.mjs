// The demo page, end to end in headless Chromium: `node tests/page/run.mjs` (`make test-page`,
// after `make wasm` has built www/pkg).
//
// Serves www/ from an in-process static server on 127.0.0.1, drives the system Chromium
// (/usr/bin/chromium) through playwright-core, and checks that the page draws the built-in sample,
// keeps pasted markup as text, and draws the seed story (../shared/seeds, when present) in order.
// Prints one line per check and closes with `N passed, M failed`; exits non-zero on any failure.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { check, drawnEvents, launchChromium, runTests, seedsDir, skip, startServer, TIMEOUT, waitForRun, www } from './lib.mjs';

const served404 = [];

function listing(events) {
  return events.map((e) => `  ${e.start} [${e.places.join(', ')}] ${e.status} ${e.headline.replace(/\s+/g, ' ')}`).join('\n');
}

async function main() {
  if (!existsSync(path.join(www, 'pkg', 'datelines.js'))) {
    console.log('not ok - www/pkg/datelines.js is missing: run `make wasm` first');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }

  const server = await startServer(www, { notFound: served404 });
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/`;
  const browser = await launchChromium();

  const pageErrors = [];
  const consoleErrors = [];
  const failedRequests = [];
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('requestfailed', (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
    let runs = 0;

    await check('the page loads and draws the built-in sample', async () => {
      const response = await page.goto(url);
      assert.equal(response?.status(), 200);
      await waitForRun(page, ++runs);
      assert.equal(await page.getAttribute('#output', 'data-state'), 'drawn', await page.textContent('#status'));
      const events = await drawnEvents(page);
      assert.ok(events.length >= 1, 'at least one li.event is drawn for the sample');
      assert.equal(await page.locator('#output datelines-timeline section.summary').count(), 1, 'the element\'s summary panel');
      assert.ok((await page.locator('#output datelines-timeline section.summary li').count()) >= 1, 'summary sentences');
    });

    await check('the status element reports the analysis as text', async () => {
      const statusRole = await page.getAttribute('#status', 'role');
      assert.equal(statusRole, 'status');
      const text = (await page.textContent('#status')) ?? '';
      assert.match(text, /event/, `status says what was found: ${JSON.stringify(text)}`);
      assert.equal(await page.locator('#status.error').count(), 0, 'no error shown');
    });

    await check('drawn events carry their dates and come in order of start', async () => {
      const events = await drawnEvents(page);
      assert.ok(events.length >= 1);
      for (const e of events) {
        assert.match(e.start, /^\d{4}-\d{2}-\d{2}$/);
        assert.match(e.end, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(e.start <= e.end, `${e.start} ≤ ${e.end}`);
        assert.ok(e.date.trim().length > 0, 'a human date is shown');
      }
      const starts = events.map((e) => e.start);
      assert.deepEqual(starts, [...starts].sort(), `in order of start:\n${listing(events)}`);
    });

    await check('the controls are labelled', async () => {
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      for (const id of ['input', 'dct']) {
        assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, `#${id} has a label`);
      }
      assert.equal(await page.isEnabled('#analyse'), true);
      assert.equal(await page.isEnabled('#load-sample'), true);
    });

    await check('"Load sample" refills the text box with the sample articles', async () => {
      await page.fill('#input', 'something else');
      await page.click('#load-sample');
      const value = await page.inputValue('#input');
      const count = await page.evaluate(async () => (await import('./pkg/datelines.js')).sample().length);
      assert.ok(value.trim().length > 0, 'the text box holds the sample');
      assert.equal(value.split(/\n---\n/).length, count, 'one part per sample article, separated by ---');
    });

    await check('analysing the loaded sample draws events', async () => {
      await page.click('#analyse');
      await waitForRun(page, ++runs);
      assert.equal(await page.getAttribute('#output', 'data-state'), 'drawn', await page.textContent('#status'));
      assert.ok((await drawnEvents(page)).length >= 1, 'at least one li.event');
    });

    await check('pasted markup is drawn as text, never as elements', async () => {
      const hostile = [
        'MOSCOW, Dec. 3, 2025 — <img src=x onerror="window.__pwned=1"> Envoys met Vladimir Putin in Moscow on Tuesday.',
        '<script>window.__pwned=1</script> The talks at the Kremlin lasted five hours on Tuesday.',
      ].join('\n');
      await page.fill('#input', `${hostile}\n---\n${hostile}`);
      await page.click('#analyse');
      await waitForRun(page, ++runs);
      assert.equal(await page.locator('#output img, #output script').count(), 0, 'no img or script element');
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
    });

    await check('an empty text box gives a message, not an error', async () => {
      await page.fill('#input', '   ');
      await page.click('#analyse');
      await waitForRun(page, ++runs);
      const text = (await page.textContent('#status')) ?? '';
      assert.ok(text.trim().length > 0, 'the status says something');
      assert.equal(await page.locator('#output li.event').count(), 0);
    });

    const seedName = 'the seed articles give Anchorage, Budapest (cancelled), Geneva, Florida, Moscow (2 Dec 2025, 5 sources) in order, Brussels and US talks planned';
    const seedFiles = existsSync(seedsDir)
      ? (await readdir(seedsDir, { withFileTypes: true })).filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name).sort()
      : [];
    if (seedFiles.length === 0) {
      skip(seedName, `no seed articles in ${seedsDir}`);
    } else {
      await check(seedName, async () => {
        const texts = await Promise.all(seedFiles.map((name) => readFile(path.join(seedsDir, name), 'utf8')));
        await page.fill('#dct', '');
        await page.fill('#input', texts.join('\n---\n'));
        await page.click('#analyse');
        await waitForRun(page, ++runs);
        assert.equal(await page.getAttribute('#output', 'data-state'), 'drawn', await page.textContent('#status'));
        const events = await drawnEvents(page);
        const starts = events.map((e) => e.start);
        assert.deepEqual(starts, [...starts].sort(), `drawn in order of start:\n${listing(events)}`);
        const expected = [
          ['Anchorage', () => true],
          ['Budapest', (e) => e.status === 'cancelled'],
          ['Geneva', () => true],
          ['Florida', () => true],
          ['Moscow', (e) => e.start === '2025-12-02'],
        ];
        let after = '';
        for (const [place, also] of expected) {
          const found = events.find((e) => e.places.includes(place) && e.start > after && also(e));
          assert.ok(found, `no ${place} event after ${after || 'the start'} (with its status/date) in:\n${listing(events)}`);
          after = found.start;
        }
        for (const place of ['Brussels', 'United States']) {
          assert.ok(events.some((e) => e.places.includes(place) && e.status === 'planned'),
            `a planned event in ${place}:\n${listing(events)}`);
        }
        // The Moscow talks, selected, cite five source articles in the element's detail panel.
        const moscow = events.find((e) => e.places.includes('Moscow') && e.start === '2025-12-02');
        await page.evaluate((id) => { document.querySelector('#output datelines-timeline').selected = id; }, moscow.id);
        const detail = page.locator('#output datelines-timeline section.detail');
        assert.equal(await detail.getAttribute('data-id'), moscow.id);
        const cited = await detail.locator('.sources li').evaluateAll((items) => items.map((li) => li.dataset.article));
        assert.equal(new Set(cited).size, 5, `five source articles for the Moscow talks, each sentence listed: ${cited}`);
      });
    }

    await check('no page errors, console errors or failed requests', async () => {
      const problems = { pageErrors, consoleErrors, failedRequests, notFound: served404 };
      assert.deepEqual(problems, { pageErrors: [], consoleErrors: [], failedRequests: [], notFound: [] });
    });
  } finally {
    await browser.close();
    server.close();
  }
}

await runTests(main);
