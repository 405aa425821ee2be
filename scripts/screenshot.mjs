// Screenshots of the demo page with the built-in sample, for review and the README:
// `node scripts/screenshot.mjs [OUT_DIR]` (`make screenshots`, after `make wasm`).
// Serves www/ with Python's static server on 127.0.0.1 and drives the system Chromium.

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
    { name: 'wide', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    { name: 'narrow', viewport: { width: 400, height: 900 }, colorScheme: 'light' },
    { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme });
    for (let tries = 0; ; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        break;
      } catch (e) {
        if (tries > 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await page.waitForSelector('li.event');
    await page.screenshot({ path: path.join(out, `${shot.name}.png`), fullPage: false });
    if (shot.name === 'wide') {
      // The drawn timeline alone: the README's picture.
      await page.locator('ol.events').first().screenshot({ path: path.join(out, 'timeline.png') });
      console.log(`wrote ${path.join(out, 'timeline.png')}`);
    }
    await page.close();
    console.log(`wrote ${path.join(out, shot.name + '.png')}`);
  }
} finally {
  await browser.close();
  server.kill();
}
