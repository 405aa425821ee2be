// Screenshots of the demo page with the built-in sample, for review and the README:
// `node scripts/screenshot.mjs [OUT_DIR]` (`make screenshots`, after `make wasm`).
// Serves www/ with Python's static server on 127.0.0.1 and drives the system Chromium.
// Writes wide.png (the README's www/screenshot.png: the timeline scrolled into view, one event
// selected so its detail panel shows), narrow.png (the list layout), dark.png, print.png (the
// whole page as printed) and timeline.png (the <datelines-timeline> element alone).

import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'screenshots'));
const port = 8700 + Math.floor(Math.random() * 200);
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], { cwd: path.join(root, 'www'), stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await mkdir(out, { recursive: true });
  const shots = [
    { name: 'wide', viewport: { width: 1280, height: 900 }, colorScheme: 'light', select: true },
    { name: 'narrow', viewport: { width: 400, height: 900 }, colorScheme: 'light' },
    { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark', select: true },
    { name: 'print', viewport: { width: 900, height: 1200 }, colorScheme: 'light', print: true },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
    for (let tries = 0; ; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        break;
      } catch (e) {
        if (tries > 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await page.waitForFunction(() => document.getElementById('output')?.dataset.state === 'drawn');
    const timeline = page.locator('#output datelines-timeline');
    await timeline.locator('li.event').first().waitFor({ state: 'attached' });
    if (shot.select) {
      // The event cited by the most articles, selected: its detail panel shows how it was dated.
      await timeline.evaluate((el) => {
        const [top] = [...el.analysis.events].sort((a, b) => b.sources - a.sources);
        if (top) el.selected = top.id;
      });
    }
    if (shot.print) {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(out, `${shot.name}.png`), fullPage: true });
    } else {
      await page.evaluate(() => window.scrollTo(0, document.getElementById('output').getBoundingClientRect().top + window.scrollY - 24));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.screenshot({ path: path.join(out, `${shot.name}.png`), fullPage: false });
    }
    if (shot.name === 'wide') {
      await timeline.screenshot({ path: path.join(out, 'timeline.png') });
      console.log(`wrote ${path.join(out, 'timeline.png')}`);
    }
    await page.close();
    console.log(`wrote ${path.join(out, shot.name + '.png')}`);
  }
} finally {
  await browser.close();
  server.kill();
}
