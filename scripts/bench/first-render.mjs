// `make bench-render`: the first-render time after load in headless Chromium (issue 5), median of
// runs. Serves www/ (built by `make wasm`) on a local port, opens each page in a fresh browser
// context (empty storage, no cache), and reads `performance.now()` — milliseconds since the
// navigation started — at the first animation frame where the timeline is drawn:
//   - the app (index.html): the built-in sample analysed in its worker and drawn by the element;
//   - the bare embed page (embed.html): <datelines-timeline src="sample-analysis.json">.
//   node scripts/bench/first-render.mjs [runs]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, startServer, www } from '../../tests/page/lib.mjs';

const runs = Number(process.argv[2] ?? 9);
if (!existsSync(path.join(www, 'pkg', 'datelines_bg.wasm'))) {
  console.error('bench(render): skipped: www/pkg is not built (run `make wasm` first)');
  process.exit(1);
}

const PAGES = {
  app: {
    file: 'index.html',
    // The time of the first frame where the app's timeline shows events, else false.
    drawn: () => document.getElementById('output')?.dataset.state === 'drawn'
      && (document.querySelector('#output datelines-timeline')?.shadowRoot?.querySelectorAll('li.event').length ?? 0) > 0
      && performance.now(),
  },
  embed: {
    file: 'embed.html',
    drawn: () => (document.querySelector('datelines-timeline')?.shadowRoot?.querySelectorAll('li.event').length ?? 0) > 0
      && performance.now(),
  },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer(www);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const results = {};
try {
  for (const [name, { file, drawn }] of Object.entries(PAGES)) {
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/${file}`);
      // A function, not a string: the pages' CSP forbids evaluating strings.
      const handle = await page.waitForFunction(drawn, null, { polling: 'raf', timeout: 60_000 });
      times.push(await handle.jsonValue());
      await context.close();
    }
    results[name] = { runs, median_ms: median(times), best_ms: Math.min(...times) };
    console.log(`chromium/first-render/${name}: ${median(times).toFixed(0)} ms after navigation start (median of ${runs}; fastest ${Math.min(...times).toFixed(0)} ms)`);
  }
} finally {
  await browser.close();
  server.close();
}
