// Shared helpers of the page tests (run.mjs, app.mjs): a tiny static server, the system Chromium
// through playwright-core, and TAP-like checks that print one line each.

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const www = path.join(root, 'www');
export const seedsDir = path.join(root, '..', 'shared', 'seeds');
export const CHROMIUM = '/usr/bin/chromium';
export const TIMEOUT = 30_000;

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serve the folder `dir` on 127.0.0.1 (a free port). `prefix` (e.g. `/some/sub/path/`) is the
 * URL path the folder is served under (other paths are 404); `headers` are added to every
 * response. Paths that were not found are pushed to `notFound`.
 */
export function startServer(dir, { prefix = '/', headers = {}, notFound = [] } = {}) {
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      if (!pathname.startsWith(prefix)) throw new Error('outside the prefix');
      pathname = `/${pathname.slice(prefix.length)}`;
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = path.resolve(dir, '.' + pathname);
      if (file !== dir && !file.startsWith(dir + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      notFound.push(request.url);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** The system Chromium, headless, with the flags this machine needs (no background networking). */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The drawn events in the app's <datelines-timeline> (its open shadow root, which playwright's CSS
 * engine pierces): their data attributes and the date, headline and places shown, in list order.
 */
export function drawnEvents(page) {
  return page.$$eval('#output datelines-timeline ol.events > li.event', (items) => items.map((li) => ({
    id: li.dataset.id,
    start: li.dataset.start,
    end: li.dataset.end,
    granularity: li.dataset.granularity,
    status: li.dataset.status,
    places: li.querySelector('.places')?.textContent.split(', ').filter(Boolean) ?? [],
    date: li.querySelector('time')?.textContent ?? '',
    headline: li.querySelector('.headline')?.textContent ?? '',
  })));
}

/** The text the app's timeline shows: its shadow root's text (the page's textContent stops at the host). */
export function drawnText(page) {
  return page.evaluate(() => document.querySelector('#output datelines-timeline')?.shadowRoot?.textContent ?? '');
}

/** Wait until the page has finished its `runs`-th analysis. */
export function waitForRun(page, runs) {
  return page.waitForFunction(
    (n) => Number(document.getElementById('output')?.dataset.runs) >= n,
    runs,
    { timeout: TIMEOUT },
  );
}

/** Counters and reporters of one test file. */
export const results = { passed: 0, failed: 0 };

/** Run one named check; print `ok - name` or `not ok - name` with the message. */
export async function check(name, fn) {
  try {
    await fn();
    results.passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    results.failed += 1;
    const message = String(error?.message ?? error).split('\n').map((line) => `    ${line}`).join('\n');
    console.log(`not ok - ${name}\n${message}`);
  }
}

/** Report a check that could not run here, and why. */
export function skip(name, why) {
  console.log(`skip - ${name}: ${why}`);
}

/** Run `main`, print the tally, exit non-zero on any failure. */
export async function runTests(main) {
  try {
    await main();
  } catch (error) {
    results.failed += 1;
    console.log(`not ok - the page test could not run: ${error?.stack ?? error}`);
  }
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed === 0 ? 0 : 1);
}
