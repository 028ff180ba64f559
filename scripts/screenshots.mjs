/* global document, window -- page functions passed to page.evaluate() run in the browser */
// Takes the README's screenshots: each layout, light and dark, 1280 and 320 px wide, the dialog,
// Arabic, and the demo's QA panel. Needs `npm run build:demo` first. Uses the system browsers:
// `node scripts/screenshots.mjs` shoots in Chromium (CHROME_PATH) into docs/screenshots/;
// `--engine firefox` (firefox-esr) or `--engine webkit` (WebKitWebDriver under Xvfb) shoot the same
// pictures into docs/screenshots/<engine>/.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { QUIET_CHROMIUM_FLAGS } from '../test/engines/chromium-flags.mjs';
import { webkitLauncher } from '../test/engines/webkit-launcher.mjs';

const engineAt = process.argv.indexOf('--engine');
const engine = engineAt > 0 ? process.argv[engineAt + 1] : 'chromium';
if (!['chromium', 'firefox', 'webkit'].includes(engine)) throw new Error(`--engine: ${String(engine)} is not chromium, firefox or webkit`);
const outDir = engine === 'chromium' ? 'docs/screenshots' : `docs/screenshots/${engine}`;
mkdirSync(outDir, { recursive: true });

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

const browser =
  engine === 'webkit'
    ? null
    : await puppeteer.launch(
        engine === 'firefox'
          ? { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true }
          : {
              executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
              headless: true,
              args: [...QUIET_CHROMIUM_FLAGS, '--font-render-hinting=none'],
            },
      );

/** Reduced motion where the driver can emulate it; elsewhere the shot waits for the animation to end. */
async function stillPage(page) {
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  } catch {
    // Firefox over BiDi: no media emulation
  }
}

/**
 * WebKit: MiniBrowser's window is at least about 447 px wide, so each page is shot in an iframe of
 * the exact size, through WebDriver (switching into the frame to wait for the notice).
 */
async function webkitShot(driver, url, width, height, openPreferences, path) {
  await driver.webdriver('POST', '/window/rect', { width: Math.max(width + 100, 800), height: height + 200 });
  await driver.webdriver('POST', '/url', { url: 'about:blank' });
  await driver.webdriver('POST', '/execute/sync', {
    script:
      'const f = document.createElement("iframe"); f.id = "shot"; f.style.cssText = `border:0;display:block;width:${arguments[1]}px;height:${arguments[2]}px`; f.src = arguments[0]; document.body.style.margin = "0"; document.body.append(f);',
    args: [url, width, height],
  });
  const frame = await driver.webdriver('POST', '/element', { using: 'css selector', value: '#shot' });
  await driver.webdriver('POST', '/frame', { id: frame });
  for (let tries = 0; tries < 100; tries += 1) {
    const ready = await driver
      .webdriver('POST', '/execute/sync', {
        script: 'return document.querySelector("consent-banner")?.shadowRoot?.querySelector(".notice, dialog[open]") != null',
        args: [],
      })
      .catch(() => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (openPreferences) {
    await driver.webdriver('POST', '/execute/sync', {
      script:
        'window.ConsentBanner.showPreferences(); setTimeout(() => document.querySelector("consent-banner").shadowRoot.querySelectorAll(".details-toggle")[2]?.click(), 100);',
      args: [],
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 700));
  await driver.webdriver('POST', '/frame/parent', {});
  // The viewport's picture, cut to the frame (WebKit's element screenshots are offset by its toolbar).
  const shot = PNG.sync.read(Buffer.from(await driver.webdriver('GET', '/screenshot'), 'base64'));
  const cut = new PNG({ width, height });
  PNG.bitblt(shot, cut, 0, 0, width, height, 0, 0);
  writeFileSync(path, PNG.sync.write(cut));
}

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
  ['opt-out-box-light-1280', 'layout=box&theme=light&region=US-CA', 1280, 720],
  ['opt-out-bar-dark-1280', 'layout=bar&position=bottom&theme=dark&region=US-CA', 1280, 720],
  ['opt-out-box-light-320', 'layout=box&theme=light&region=US-CA', 320, 640],
];

async function demoShot() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await stillPage(page);
  await page.goto(`http://127.0.0.1:${String(port)}/demo-dist/index.html?qa=1`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.ConsentBanner?.started === true);
  await page.evaluate(() => {
    window.ConsentBanner.accept(['analytics', 'functional']);
  });
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await page.screenshot({ path: `${outDir}/demo-qa-panel.png` });
  await page.close();
  console.log(`${outDir}/demo-qa-panel.png`);
}

if (engine === 'webkit') {
  const driver = webkitLauncher();
  try {
    for (const [name, query, width, height] of shots) {
      const url = `http://127.0.0.1:${String(port)}/scripts/screenshot-page.html?${query}`;
      await webkitShot(driver, url, width, height, query.includes('open=preferences'), `${outDir}/${name}.png`);
      console.log(`${outDir}/${name}.png`);
    }
  } finally {
    await driver.stop();
    server.close();
  }
  process.exit(0);
}

await demoShot();

for (const [name, query, width, height] of shots) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await stillPage(page);
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
  await new Promise((resolve) => setTimeout(resolve, engine === 'chromium' ? 150 : 700));
  await page.screenshot({ path: `${outDir}/${name}.png` });
  await page.close();
  console.log(`${outDir}/${name}.png`);
}

// Side by side with vanilla-cookieconsent 3.1, the same texts, categories, layout and width
// (docs/compare.md): docs/screenshots/compare/<name>-ours.png and <name>-vanilla-cookieconsent.png.
const compare = [
  ['notice-box-1280', 'layout=box&theme=light', 1280, 720, false],
  ['notice-bar-1280', 'layout=bar&position=bottom&theme=light', 1280, 720, false],
  ['notice-bar-768', 'layout=bar&position=bottom&theme=light', 768, 800, false],
  ['notice-box-dark-1280', 'layout=box&theme=dark', 1280, 720, false],
  ['notice-box-375', 'layout=box&theme=light', 375, 667, false],
  ['preferences-1280', 'layout=box&theme=light', 1280, 800, true],
  ['preferences-375', 'layout=box&theme=light', 375, 667, true],
];
mkdirSync(`${outDir}/compare`, { recursive: true });
/** What each shot measures: the notice's height and screen share, or the categories whose row is in the dialog's first view. */
const figures = {};
/** The dialog's categories whose row is in its first view, as it opens (nothing unfolded). */
function firstView(page, ours) {
  return page.evaluate((mine) => {
    const root = mine ? document.querySelector('consent-banner').shadowRoot : document;
    const body = root.querySelector(mine ? '.dialog-body' : '#cc-main .pm__body').getBoundingClientRect();
    const rows = [...root.querySelectorAll(mine ? '.category-head' : '#cc-main .pm__section--toggle .pm__section-title')];
    return `${String(
      rows.filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= body.top && r.bottom <= body.bottom + 0.5;
      }).length,
    )} of ${String(rows.length)} categories in the first view`;
  }, ours);
}
for (const [name, query, width, height, preferences] of compare) {
  for (const peer of [null, 'vanilla-cookieconsent']) {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await stillPage(page);
    await page.goto(`http://127.0.0.1:${String(port)}/scripts/screenshot-page.html?${query}${peer === null ? '' : `&peer=${peer}`}`, { waitUntil: 'load' });
    if (peer === null) {
      await page.waitForFunction(() => document.querySelector('consent-banner')?.shadowRoot?.querySelector('.notice') != null);
      if (preferences) {
        await page.evaluate(() => {
          window.ConsentBanner.showPreferences();
        });
        await page.waitForFunction(() => document.querySelector('consent-banner')?.shadowRoot?.querySelector('dialog.preferences[open]') != null);
        await new Promise((resolve) => setTimeout(resolve, 500));
        figures[`${name} consent-banner`] = await firstView(page, true);
        await page.evaluate(() => document.querySelector('consent-banner').shadowRoot.querySelectorAll('.details-toggle')[2]?.click());
      }
    } else {
      await page.waitForFunction(() => document.documentElement.classList.contains('show--consent'));
      if (preferences) {
        await page.evaluate(() => {
          window.CookieConsent.showPreferences();
        });
        await page.waitForFunction(() => document.documentElement.classList.contains('show--preferences'));
        await new Promise((resolve) => setTimeout(resolve, 500));
        figures[`${name} ${peer}`] = await firstView(page, false);
        await page.evaluate(() => document.querySelectorAll('#cc-main .pm__section--toggle .pm__section-title')[2]?.click());
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 800));
    if (!preferences) {
      figures[`${name} ${peer ?? 'consent-banner'}`] = await page.evaluate((ours) => {
        const root = ours ? document.querySelector('consent-banner').shadowRoot : document;
        const box = root.querySelector(ours ? '.notice' : '#cc-main .cm').getBoundingClientRect();
        return `${String(Math.round(box.height))} px high, ${String(Math.round((box.width * box.height * 100) / (window.innerWidth * window.innerHeight)))} % of the screen`;
      }, peer === null);
    }
    const file = `${outDir}/compare/${name}-${peer ?? 'ours'}.png`;
    await page.screenshot({ path: file });
    await page.close();
    console.log(file);
  }
}
writeFileSync(`${outDir}/compare/figures.json`, `${JSON.stringify(figures, null, 2)}\n`);
console.log(figures);

await browser.close();
server.close();
