// Panic recovery in headless Chromium: `node tests/page/recovery.mjs [PKG_DIR]`.
//
// PKG_DIR (default target/recovery-pkg) is a wasm-pack build with the `debug-panic` feature:
//   wasm-pack build --release --target web --out-dir target/recovery-pkg --out-name datelines \
//     --no-pack -- --features debug-panic
// With `--trap`, PKG_DIR is built as the shipped module is (the Makefile's WASM_SHIP: `panic =
// "immediate-abort"`), where a panic traps without running the hook: the test then checks that
// recoverable() turns the trap into an Error and that the next calls work.
// The test loads it next to www/recover.js, makes the module panic through `debugPanic`, and
// checks that each panic is thrown as an Error with its message and that the next call gives
// the same analysis as before; then the same through `recoverable` from www/recover.js,
// including a trap the panic hook never sees. Prints one line per check and `N passed, M
// failed`; exits non-zero on any failure.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const trap = args.includes('--trap');
const pkg = path.resolve(root, args.find((a) => !a.startsWith('--')) ?? 'target/recovery-pkg');
console.log(`recovery: ${path.relative(root, pkg)} (${trap ? 'panics trap, as in the shipped module' : "std's panic hook"})`);
const www = path.join(root, 'www');
const CHROMIUM = '/usr/bin/chromium';
const MIME = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8' };
const PAGE = '<!doctype html><meta charset="utf-8"><title>recovery</title><div id="out"></div>';

// Serves the test page, www/recover.js and the package under /pkg/.
function startServer() {
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url, 'http://localhost').pathname;
    if (pathname === '/') {
      response.writeHead(200, { 'Content-Type': MIME['.html'] }).end(PAGE);
      return;
    }
    const [base, rel] = pathname.startsWith('/pkg/') ? [pkg, pathname.slice(5)] : [www, pathname.slice(1)];
    const file = path.resolve(base, rel);
    try {
      if (!file.startsWith(base + path.sep)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${name}\n     ${String(error?.message ?? error).split('\n').join('\n     ')}`);
  }
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.evaluate(async () => {
    const datelines = await import('/pkg/datelines.js');
    await datelines.default();
    const { recoverable } = await import('/recover.js');
    window.dl = datelines;
    window.wrapped = recoverable(datelines);
    window.summary = (analysis) => JSON.stringify(analysis.events.map((e) => [e.date.value, e.places, e.headline, e.status]));
  });

  await check('the test build exports the debug trigger', async () => {
    assert.equal(await page.evaluate(() => typeof window.dl.debugPanic), 'function');
  });

  if (trap) {
    await check('a panic traps: a WebAssembly.RuntimeError, with no hook run and no message', async () => {
      const got = await page.evaluate(() => {
        try {
          window.dl.debugPanic('boom');
        } catch (error) {
          return { runtime: error instanceof WebAssembly.RuntimeError, message: String(error.message) };
        }
        return null;
      });
      assert.ok(got, 'debugPanic threw');
      assert.ok(got.runtime, 'a RuntimeError');
      assert.doesNotMatch(got.message, /boom/);
      // The instance that trapped is replaced before the next call.
      await page.evaluate(() => { window.dl.scheduleReset(); window.dl.resetIfNeeded(); });
    });
  }

  // Straight calls: the first call after a panic takes no arguments (`sample()`), as the glue
  // needs (see src/web/recovery.rs); recoverable() below takes care of that for any call.
  if (!trap) await check('a panic is thrown as an Error with its message, and the next call works', async () => {
    const got = await page.evaluate(() => {
      const before = window.summary(window.dl.analyze(window.dl.sample()));
      const rounds = [];
      for (let i = 0; i < 3; i += 1) {
        let thrown = null;
        try {
          window.dl.debugPanic(`boom ${i}`);
        } catch (error) {
          thrown = { isError: error instanceof Error, message: String(error.message) };
        }
        rounds.push({ thrown, same: window.summary(window.dl.analyze(window.dl.sample())) === before });
      }
      return { before, rounds };
    });
    assert.ok(JSON.parse(got.before).length > 0, 'the sample has events');
    got.rounds.forEach((round, i) => {
      assert.ok(round.thrown, `round ${i}: debugPanic threw`);
      assert.ok(round.thrown.isError, `round ${i}: an Error`);
      assert.match(round.thrown.message, new RegExp(`^datelines internal error: boom ${i} \\(at src/web/recovery.rs:\\d+\\)$`));
      assert.ok(round.same, `round ${i}: the next analysis equals the first`);
    });
  });

  await check('through recoverable(), calls with strings and objects work right after a panic', async () => {
    const got = await page.evaluate(() => {
      const w = window.wrapped;
      try { w.debugPanic('again'); } catch { /* expected */ }
      const tags = w.tag('They met on 2 May 2024.', null).map((t) => t.value);
      try { w.debugPanic('and again'); } catch { /* expected */ }
      const split = w.splitPasted('one\n---\ntwo').length;
      try { w.debugPanic('once more'); } catch { /* expected */ }
      const csv = w.exportAnalysis(w.analyze([{ id: 'a', text: 'The envoys met in Moscow on Tuesday.' }], { dct: '2025-12-03' }), 'csv');
      return { tags, split, drawn: csv.includes('2025-12-02') };
    });
    assert.deepEqual(got, { tags: ['2024-05-02'], split: 2, drawn: true });
  });

  await check('recoverable(): panics and traps the hook never sees become Errors; the next call works', async () => {
    const got = await page.evaluate(async () => {
      const { asError } = await import('/recover.js');
      const before = window.summary(window.wrapped.analyze(window.wrapped.sample()));
      let panic = null;
      try { window.wrapped.debugPanic('wrapped boom'); } catch (error) { panic = error instanceof Error && error.message; }
      const afterPanic = window.summary(window.wrapped.analyze(window.wrapped.sample())) === before;
      // A trap such as a stack overflow arrives as a RuntimeError without the hook having run.
      const trap = asError(window.dl, new WebAssembly.RuntimeError('unreachable'));
      const afterTrap = window.summary(window.wrapped.analyze(window.wrapped.sample())) === before;
      const plain = asError(window.dl, 'text thrown');
      return { panic, afterPanic, trap: trap instanceof Error && trap.message, afterTrap, plain: plain instanceof Error && plain.message };
    });
    assert.match(got.panic, trap ? /^datelines internal error: unreachable.* \(the module has been reset\)$/ : /^datelines internal error: wrapped boom \(at /);
    assert.ok(got.afterPanic, 'analysis after a panic equals the first');
    assert.match(got.trap, /datelines internal error: unreachable/);
    assert.ok(got.afterTrap, 'analysis after a trap equals the first');
    assert.equal(got.plain, 'text thrown');
  });

  await check('bad input is still an ordinary Error, not a reset', async () => {
    const message = await page.evaluate(() => {
      try { window.wrapped.analyze([{ id: 'a', text: 'x' }], { dct: 'not a date' }); } catch (error) { return error.message; }
      return null;
    });
    assert.match(message, /not a date/);
  });
} finally {
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
