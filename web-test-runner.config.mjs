// Tests run in the system Chromium (CHROME_PATH, default /usr/bin/chromium): no browser download.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { QUIET_CHROMIUM_FLAGS } from './test/engines/chromium-flags.mjs';
import { engineCommandsPlugin } from './test/engines/commands.mjs';
import { webkitLauncher } from './test/engines/webkit-launcher.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Test-only endpoints: `/__test/script.js?id=a&delay=300` answers, after the delay, a script that
 * records `a` in `window.__ran`; `/__test/missing.js` answers 404.
 */
const logSinks = new Map();

async function testEndpoints(ctx, next) {
  // The clean-up page, also at a path deeper than 8 segments (cookies set on such paths must go too).
  if (/^\/test\/e2e\/pages\/deep\/.+\/cleanup\.html$/.test(ctx.path)) {
    ctx.url = '/test/e2e/pages/cleanup.html';
    return next();
  }
  // The built script-tag files (and the demo's copies) exactly as on disk: the dev server would
  // transform them, and an add-on file must match the integrity hash the main file carries.
  // `?delay=ms` answers late.
  if (/^\/(dist|demo-dist\/assets)\/[\w./-]+\.js$/.test(ctx.path) && !ctx.path.includes('..') && !ctx.path.startsWith('/dist/esm/')) {
    const delay = Math.min(Number(new URL(ctx.url, 'http://localhost').searchParams.get('delay') ?? 0), 20_000);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      ctx.body = await readFile(new URL(`.${ctx.path}`, import.meta.url));
      ctx.type = 'application/javascript';
      return undefined;
    } catch {
      return next();
    }
  }
  if (!ctx.path.startsWith('/__test/')) return next();
  const params = new URL(ctx.url, 'http://localhost').searchParams;
  ctx.set('Cache-Control', 'no-store');
  // `/__test/log?sink=x` (POST) keeps what a page sends; `/__test/log-read?sink=x` returns it and forgets it.
  if (ctx.path === '/__test/log' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const sink = params.get('sink') ?? 'default';
    logSinks.set(sink, [
      ...(logSinks.get(sink) ?? []),
      { body: Buffer.concat(chunks).toString('utf8'), type: ctx.get('content-type'), referer: ctx.get('referer'), cookie: ctx.get('cookie') },
    ]);
    ctx.status = 204;
    return undefined;
  }
  if (ctx.path === '/__test/log-read') {
    const sink = params.get('sink') ?? 'default';
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(logSinks.get(sink) ?? []);
    logSinks.delete(sink);
    return undefined;
  }
  // `/__test/sri`: the SRI hash of dist/consent-banner.iife.js as it is on disk (the dev server
  // transforms the JavaScript it serves).
  if (ctx.path === '/__test/sri') {
    const file = await readFile(new URL('./dist/consent-banner.iife.js', import.meta.url));
    ctx.type = 'text/plain';
    ctx.body = `sha384-${createHash('sha384').update(file).digest('base64')}`;
    return undefined;
  }
  // `/__test/dist/<how>/<file>`: a built script-tag file, and its add-on files served `slow-<ms>`,
  // `tampered` (one byte changed: the integrity check fails), `missing` (404) or `plain`. The main
  // file itself is always served as built; the notice's file too, except under `<how>-notice`,
  // where it alone is treated so.
  const dist = /^\/__test\/dist\/(slow-\d+|tampered|missing|plain)(-notice)?\/(consent-banner\.[\w.-]+\.js)$/.exec(ctx.path);
  if (dist !== null) {
    const [, how, noticeOnly, file] = dist;
    const main =
      file === 'consent-banner.iife.js' || file === 'consent-banner.all.iife.js' || (noticeOnly === undefined) === (file === 'consent-banner.notice.js');
    if (!main && how === 'missing') {
      ctx.status = 404;
      ctx.body = 'not found';
      return undefined;
    }
    if (!main && how.startsWith('slow-')) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(how.slice(5)), 20_000)));
    let body = await readFile(new URL(`./dist/${file}`, import.meta.url), 'utf8');
    if (!main && how === 'tampered') body = body.replace('consent', 'Consent');
    ctx.type = 'application/javascript';
    ctx.body = body;
    return undefined;
  }
  if (ctx.path === '/__test/script.js') {
    const delay = Math.min(Number(params.get('delay') ?? 0), 20_000);
    await new Promise((resolve) => setTimeout(resolve, delay));
    ctx.type = 'application/javascript';
    ctx.body = `(window.__ran = window.__ran || []).push(${JSON.stringify(params.get('id') ?? '')});`;
    return undefined;
  }
  // `/__test/recipe?name=ga4`: the docs' recipe marked `<!-- recipe: ga4 -->` as a page, with our
  // script from dist/ and the recorder of the end-to-end pages first.
  if (ctx.path === '/__test/recipe') {
    const markdown = await readFile(new URL('./docs/recipes.md', import.meta.url), 'utf8');
    const marker = `<!-- recipe: ${params.get('name') ?? ''} -->`;
    const at = markdown.indexOf(marker);
    const block = at < 0 ? null : /```html\n([\s\S]*?)```/.exec(markdown.slice(at));
    if (block === null) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>recipe</title><script src="/test/e2e/pages/record.js"></script>
${block[1].replaceAll('/assets/consent-banner.iife.js', '/dist/consent-banner.iife.js')}</head><body><h1>Recipe</h1></body></html>`;
    return undefined;
  }
  // `/__test/snippet?doc=docs/api.md&n=0`: the n-th snippet of a doc marked `<!-- run: page … -->`,
  // as a page's own script after the script tag (with a `startAnalytics` that records its call).
  if (ctx.path === '/__test/snippet') {
    const doc = params.get('doc') ?? '';
    if (!/^(README|docs\/[a-z-]+)\.md$/.test(doc)) {
      ctx.status = 400;
      return undefined;
    }
    const markdown = await readFile(new URL(`./${doc}`, import.meta.url), 'utf8');
    const blocks = [...markdown.matchAll(/<!-- run: page[^>]*-->\s*```js\n([\s\S]*?)```/g)].map((match) => match[1]);
    const block = blocks[Number(params.get('n') ?? 0)];
    if (block === undefined) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title><script src="/test/e2e/pages/record.js"></script>
<script>window.addEventListener('error', function (event) { window.__errors.push('uncaught: ' + event.message); }); function startAnalytics() { window.__ran.push('startAnalytics'); }</script>
<script type="application/json" id="consent-banner-config">{ "cookie": { "name": "e2e_snippet" }, "policyUrl": "/privacy", "reloadOnWithdraw": false,
  "categories": { "necessary": { "required": true }, "analytics": { "services": { "ga": {}, "hotjar": {} } }, "marketing": { "services": { "facebook": {}, "youtube": {} } } } }</script>
<script src="/dist/consent-banner.iife.js"></script>
<script>${block}</script></head><body><h1>Snippet</h1></body></html>`;
    return undefined;
  }
  if (ctx.path === '/__test/frame.html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>embedded</title><p>embedded content</p>';
    return undefined;
  }
  if (ctx.path === '/__test/pixel.gif') {
    ctx.type = 'image/gif';
    ctx.body = Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64');
    return undefined;
  }
  ctx.status = 404;
  ctx.body = 'not found';
  return undefined;
}

/** Advice messages the test pages trigger on purpose (left out of the test log). */
const ADVICE = ['config.policyUrl: none set', 'declares no services and no cookies'];

/** The three engines, each from the system's own packages (no browser download). */
const LAUNCHERS = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...QUIET_CHROMIUM_FLAGS,
          '--disable-dev-shm-usage',
          // For the load tests: a callable gc() and exact heap sizes.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  // Firefox ESR over WebDriver BiDi, through the same launcher with puppeteer-core.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
      },
    }),
  // WebKit (WebKitGTK) through WebKitWebDriver under Xvfb.
  webkit: () => webkitLauncher(),
};

/** The engines to run: `WTR_ENGINES=chromium,firefox` (default: chromium). */
function engines() {
  const names = (process.env.WTR_ENGINES ?? 'chromium')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) if (!(name in LAUNCHERS)) throw new Error(`WTR_ENGINES: unknown engine "${name}" (known: ${Object.keys(LAUNCHERS).join(', ')})`);
  return names;
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as sites ship it (and no dev-mode warning in every file's log).
  nodeResolve: { exportConditions: ['production'] },
  // The library's advice to a site that has no policy link or lists nothing under a category is
  // meant for site owners; the test pages that leave those out on purpose need not print it.
  filterBrowserLogs: ({ args }) => !ADVICE.some((text) => String(args[0]).includes(text)),
  middleware: [testEndpoints],
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 1,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), engineCommandsPlugin()],
  // Each file gets its own page, so cookies and globals from one file never leak into the next.
  browsers: engines().map((engine) => LAUNCHERS[engine]()),
};
