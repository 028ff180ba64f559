/* global document, window -- page functions passed to page.evaluate() run in the browser */
// Takes the README's screenshots: each layout, light and dark, 1280 and 320 px wide, the dialog,
// Arabic, and the demo's QA panel. Needs `npm run build:demo` first. Uses the system Chromium (CHROME_PATH).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = process.cwd();
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.statusCode = 404;
    response.end('not found');
    return;
  }
  response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
});

const shots = [
  ['box-light-1280', 'layout=box&theme=light', 1280, 720],
  ['box-dark-1280', 'layout=box&theme=dark', 1280, 720],
  ['bar-light-1280', 'layout=bar&position=bottom&theme=light', 1280, 720],
  ['bar-dark-1280', 'layout=bar&position=bottom&theme=dark', 1280, 720],
  ['modal-light-1280', 'layout=modal&theme=light&blocking=1', 1280, 720],
  ['modal-dark-1280', 'layout=modal&theme=dark&blocking=1', 1280, 720],
  ['box-light-320', 'layout=box&theme=light', 320, 640],
  ['bar-dark-320', 'layout=bar&theme=dark', 320, 640],
  ['preferences-light-1280', 'layout=box&theme=light&open=preferences', 1280, 900],
  ['preferences-dark-320', 'layout=box&theme=dark&open=preferences', 320, 640],
  ['box-arabic-1280', 'layout=box&theme=light&lang=ar', 1280, 720],
  ['box-german-1280', 'layout=box&theme=light&lang=de', 1280, 720],
];

async function demoShot() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`http://127.0.0.1:${String(port)}/demo-dist/index.html?qa=1`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.ConsentBanner?.started === true);
  await page.evaluate(() => {
    window.ConsentBanner.accept(['analytics', 'functional']);
  });
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await page.screenshot({ path: 'docs/screenshots/demo-qa-panel.png' });
  await page.close();
  console.log('docs/screenshots/demo-qa-panel.png');
}

await demoShot();

for (const [name, query, width, height] of shots) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`http://127.0.0.1:${String(port)}/scripts/screenshot-page.html?${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('consent-banner')?.shadowRoot?.querySelector('.notice, dialog[open]') != null);
  if (query.includes('open=preferences')) {
    await page.evaluate(() => {
      window.ConsentBanner.showPreferences();
    });
    await page.waitForFunction(() => document.querySelector('consent-banner')?.shadowRoot?.querySelector('dialog.preferences[open]') != null);
    await page.evaluate(() => {
      const toggle = document.querySelector('consent-banner').shadowRoot.querySelectorAll('.details-toggle')[2];
      toggle?.click();
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 150));
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
  await page.close();
  console.log(`docs/screenshots/${name}.png`);
}

await browser.close();
server.close();
