/* global window, document, requestAnimationFrame -- functions passed to page.evaluate() and waitForFunction() run in the browser */
// `npm run bench`: consent-banner side by side with its peers, in one run, on one machine.
//
// Same page, same two categories, each library loaded by a plain script tag from a local server,
// in the system Chromium (CHROME_PATH). For each: bytes (raw, gzip, brotli of its JS and CSS), time
// to the notice visible (median and spread of RUNS fresh loads), script time, long tasks and total
// blocking time, layout shift, JS heap after the notice; unthrottled and at 4× CPU slowdown. Plus,
// for consent-banner, a returning visitor (no notice; work before the tagged script runs) and a click
// on Accept all (notice hidden, then tagged scripts). Prints a markdown table with ratios and
// writes bench/results/latest.json. Needs `npm run build` first. Installs nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { QUIET_CHROMIUM_FLAGS } from '../test/engines/chromium-flags.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const THROTTLES = [1, 4];
const root = process.cwd();
const NOTICE_TIMEOUT_MS = 15_000;
/** The emulated round trip of every request in the latency run, and who is measured there. */
const LATENCY_MS = 100;
const LATENCY_RUNS = Math.max(3, Math.ceil(RUNS / 2));
const LATENCY_LIBRARIES = ['consent-banner', 'floor-lit', 'vanilla-cookieconsent'];

// ---------- the libraries ----------

const COMMON_TEXT = {
  title: 'Cookies on this site',
  description: 'We use cookies for statistics and for marketing, only if you agree.',
};

/** Each library: its files (for bytes), the page's <head> tags, and how to see its notice. */
const LIBRARIES = [
  {
    id: 'consent-banner',
    name: 'consent-banner (this project)',
    // What a first visit downloads before the notice shows: the main file and the notice's.
    files: ['dist/consent-banner.iife.js', 'dist/consent-banner.notice.js'],
    // A complete config, as a site ships it: one without a policy link, or with categories that
    // declare nothing, gets console warnings, which cost script time under the bench's DevTools link.
    head: `<script type="application/json" id="consent-banner-config">${JSON.stringify({
      categories: { necessary: { required: true }, analytics: { cookies: ['_ga', '_ga_*'] }, marketing: { cookies: ['_fbp'] } },
      policyUrl: '/privacy',
      cookie: { name: 'bench_cb' },
      reloadOnWithdraw: false,
    })}</script>
<script src="/dist/consent-banner.iife.js"></script>`,
    visible: `(() => { const n = document.querySelector('consent-banner')?.shadowRoot?.querySelector('.notice'); return !!n && n.getBoundingClientRect().height > 0; })()`,
    acceptAll: `document.querySelector('consent-banner').shadowRoot.querySelector('[part~="button-accept-all"]').click()`,
  },
  {
    id: 'vanilla-cookieconsent',
    name: 'vanilla-cookieconsent 3.1',
    files: ['node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css'],
    head: `<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">
<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script>
  // As its documentation does: run once the body exists.
  window.addEventListener('DOMContentLoaded', () => CookieConsent.run({
    hideFromBots: false,
    cookie: { name: 'bench_vcc' },
    categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
    language: { default: 'en', translations: { en: {
      consentModal: { title: ${JSON.stringify(COMMON_TEXT.title)}, description: ${JSON.stringify(COMMON_TEXT.description)}, acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage preferences' },
      preferencesModal: { title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save preferences', sections: [
        { title: 'Strictly necessary', linkedCategory: 'necessary' }, { title: 'Analytics', linkedCategory: 'analytics' }, { title: 'Marketing', linkedCategory: 'marketing' } ] }
    } } }
  }));
</script>`,
    visible: `(() => { const n = document.querySelector('#cc-main .cm'); return !!n && document.documentElement.classList.contains('show--consent') && n.getBoundingClientRect().height > 0; })()`,
  },
  {
    id: 'klaro',
    name: 'klaro 0.7',
    files: ['node_modules/klaro/dist/klaro.js'],
    head: `<script>
  window.klaroConfig = {
    storageName: 'bench_klaro', mustConsent: false, acceptAll: true, hideDeclineAll: false,
    translations: { en: { consentNotice: { description: ${JSON.stringify(COMMON_TEXT.description)} }, purposes: { analytics: 'Analytics', marketing: 'Marketing' } } },
    services: [
      { name: 'stats', title: 'Statistics', purposes: ['analytics'] },
      { name: 'ads', title: 'Advertising', purposes: ['marketing'] },
    ],
  };
</script>
<script defer src="/node_modules/klaro/dist/klaro.js"></script>`,
    visible: `(() => { const n = document.querySelector('.klaro .cookie-notice, .klaro .cookie-modal'); return !!n && n.getBoundingClientRect().height > 0; })()`,
  },
  {
    id: 'tarteaucitron',
    name: 'tarteaucitron 1.34',
    files: [
      'node_modules/tarteaucitronjs/tarteaucitron.min.js',
      'node_modules/tarteaucitronjs/lang/tarteaucitron.en.min.js',
      'node_modules/tarteaucitronjs/tarteaucitron.services.min.js',
      'node_modules/tarteaucitronjs/css/tarteaucitron.min.css',
    ],
    head: `<script>var tarteaucitronForceLanguage = 'en';</script>
<script src="/node_modules/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
  tarteaucitron.init({ privacyUrl: '', hashtag: '#tarteaucitron', cookieName: 'bench_tac', orientation: 'bottom', showAlertSmall: false,
    cookieslist: false, showIcon: false, AcceptAllCta: true, DenyAllCta: true, highPrivacy: true, handleBrowserDNTRequest: false,
    removeCredit: true, moreInfoLink: false, useExternalCss: false, useExternalJs: false, mandatory: true });
  tarteaucitron.user.gtagUa = 'G-BENCH';
  (tarteaucitron.job = tarteaucitron.job || []).push('gtag');
  (tarteaucitron.job = tarteaucitron.job || []).push('facebookpixel');
</script>`,
    visible: `(() => { const n = document.querySelector('#tarteaucitronAlertBig'); return !!n && getComputedStyle(n).display !== 'none' && n.getBoundingClientRect().height > 0; })()`,
  },
  {
    id: 'osano',
    name: 'osano cookieconsent 3.1 (no categories, no blocking)',
    files: ['node_modules/cookieconsent/build/cookieconsent.min.js', 'node_modules/cookieconsent/build/cookieconsent.min.css'],
    head: `<link rel="stylesheet" href="/node_modules/cookieconsent/build/cookieconsent.min.css">
<script src="/node_modules/cookieconsent/build/cookieconsent.min.js"></script>
<script>
  window.addEventListener('load', function () {
    window.cookieconsent.initialise({ type: 'opt-in', cookie: { name: 'bench_osano' }, content: { header: ${JSON.stringify(COMMON_TEXT.title)}, message: ${JSON.stringify(COMMON_TEXT.description)}, allow: 'Accept all', deny: 'Reject all' } });
  });
</script>`,
    visible: `(() => { const n = document.querySelector('.cc-window'); return !!n && !n.classList.contains('cc-invisible') && n.getBoundingClientRect().height > 0; })()`,
  },
  {
    id: 'floor-lit',
    name: 'a bare Lit element with two buttons (floor)',
    files: ['bench/.build/floor-lit.js'],
    head: `<script defer src="/bench/.build/floor-lit.js"></script>`,
    visible: `(() => { const n = document.querySelector('floor-banner'); return !!n && !!n.shadowRoot && n.shadowRoot.querySelector('button') !== null && n.getBoundingClientRect().height > 0; })()`,
  },
  {
    id: 'floor-plain',
    name: 'thirty lines of plain JavaScript (floor)',
    files: ['bench/floor-plain.js'],
    head: `<script src="/bench/floor-plain.js"></script>`,
    visible: `(() => { const n = document.getElementById('plain-notice'); return !!n && n.getBoundingClientRect().height > 0; })()`,
  },
];

// ---------- the page ----------

function page(library, extraBody = '', watchNotice = true) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench: ${library.id}</title>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }</style>
<script>
  // Time to the notice visible: checked every frame from the start.
  window.__bench = { visibleAt: null, longTasks: [], shift: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  ${
    watchNotice
      ? `(function check() {
    if (window.__bench.visibleAt === null && ${library.visible}) window.__bench.visibleAt = performance.now();
    else if (window.__bench.visibleAt === null) requestAnimationFrame(check);
  })();`
      : '// a returning visitor: no notice to watch for'
  }
</script>
${library.head}
</head>
<body>
<main><h1>A shop</h1><p>${'Some text about our products. '.repeat(30)}</p>${extraBody}</main>
</body>
</html>`;
}

// ---------- a local server ----------

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const pages = new Map();

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const generated = pages.get(url.pathname);
  if (generated !== undefined) {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(generated);
    return;
  }
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  try {
    if (!file.startsWith(root)) throw new Error('outside');
    const body = readFileSync(file);
    response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', 'no-store');
    response.end(body);
  } catch {
    response.statusCode = 404;
    response.end('not found');
  }
});

// ---------- measuring ----------

function bytesOf(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    brotli += brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle];
}

function quartiles(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [Number.NaN, Number.NaN];
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return [at(0.25), at(0.75)];
}

async function metric(client, name) {
  const { metrics } = await client.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? Number.NaN;
}

/** One cold load in a fresh browser context: nothing cached, no cookie (unless given). */
async function load(browser, url, throttle, options = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    const client = await tab.createCDPSession();
    await client.send('Performance.enable');
    await client.send('Network.enable');
    await client.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle > 1) await client.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (options.latencyMs !== undefined)
      await client.send('Network.emulateNetworkConditions', { offline: false, latency: options.latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
    if (options.cookie !== undefined) await tab.setCookie({ ...options.cookie, url });
    if (options.traceUntilMark !== undefined) await tab.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing'] });
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let visibleAt = null;
    if (options.expectNotice !== false) {
      await tab.waitForFunction(() => window.__bench.visibleAt !== null, { timeout: NOTICE_TIMEOUT_MS, polling: 'raf' }).catch(() => undefined);
      visibleAt = await tab.evaluate(() => window.__bench.visibleAt);
    }
    if (options.waitFor !== undefined) {
      await tab.waitForFunction(options.waitFor, { timeout: NOTICE_TIMEOUT_MS, polling: 50 }).catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 300 * throttle)); // let trailing work finish
    const scriptMs = (await metric(client, 'ScriptDuration')) * 1000;
    if (options.traceUntilMark === END_MARK) await tab.evaluate((name) => performance.mark(name), END_MARK);
    const scriptBeforeMarkMs =
      options.traceUntilMark === undefined
        ? null
        : scriptTimeBefore(JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')).traceEvents, options.traceUntilMark);
    await client.send('HeapProfiler.collectGarbage');
    const heap = await metric(client, 'JSHeapUsedSize');
    const page = await tab.evaluate(() => ({
      longTasks: window.__bench.longTasks,
      shift: window.__bench.shift,
      taggedAt: window.__taggedAt ?? null,
      noticeShown: window.__bench.visibleAt !== null || document.querySelector('consent-banner')?.shadowRoot?.querySelector('.notice') != null,
    }));
    const tbt = page.longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    let click = null;
    if (options.click !== undefined && visibleAt !== null) {
      click = await tab.evaluate(async (code) => {
        const clickAt = performance.now();
        let hiddenAt = null;
        window.addEventListener(
          'consent-hide',
          () => {
            requestAnimationFrame(() => {
              hiddenAt ??= performance.now();
            });
          },
          { once: true },
        );
        (0, eval)(code);
        await new Promise((resolve) => setTimeout(resolve, 500));
        return {
          clickToHiddenMs: hiddenAt === null ? null : hiddenAt - clickAt,
          taggedAfterHide: window.__taggedAt !== undefined && hiddenAt !== null ? window.__taggedAt >= hiddenAt : null,
        };
      }, options.click);
    }
    return {
      visibleAt,
      scriptMs,
      scriptBeforeMarkMs,
      tbt,
      longTasks: page.longTasks.length,
      shift: page.shift,
      heap,
      taggedAt: page.taggedAt,
      noticeShown: page.noticeShown,
      click,
    };
  } finally {
    await context.close();
  }
}

/** The mark the bench itself sets at the end of a traced load (for a whole load's script time). */
const END_MARK = 'bench-end';

/** Events in which the main thread runs script (nested ones included: their union is what counts). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'FireIdleCallback',
  'ParseAuthorStyleSheet',
]);

/**
 * Main-thread script time before the page's `performance.mark(mark)`, from a trace: the union of the
 * script events of the thread that made the mark, cut at the mark. Null when the mark never came.
 */
function scriptTimeBefore(events, mark) {
  const at = events.find((e) => e.name === mark && e.cat.includes('blink.user_timing'));
  if (at === undefined) return null;
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === at.pid && e.tid === at.tid && SCRIPT_EVENTS.has(e.name) && e.ts < at.ts)
    .map((e) => [e.ts, Math.min(e.ts + (e.dur ?? 0), at.ts)])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total / 1000;
}

function summarize(samples) {
  const pick = (key) => samples.map((s) => s[key]).filter((v) => v !== null && v !== undefined);
  const visible = pick('visibleAt');
  const [q1, q3] = quartiles(visible);
  return {
    loads: samples.length,
    noticeVisibleMs: { median: median(visible), q1, q3, missed: samples.length - visible.length },
    scriptMs: median(pick('scriptMs')),
    tbtMs: median(pick('tbt')),
    longTasks: median(pick('longTasks')),
    layoutShift: Math.max(0, ...pick('shift')),
    heapBytes: median(pick('heap')),
  };
}

// ---------- the run ----------

const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const kb = (bytes) => (bytes / 1024).toFixed(1);

async function main() {
  mkdirSync('bench/.build', { recursive: true });
  await build({
    entryPoints: ['bench/floor-lit.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile: 'bench/.build/floor-lit.js',
    logLevel: 'warning',
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${String(server.address().port)}`;
  for (const library of LIBRARIES) {
    pages.set(`/bench/${library.id}.html`, page(library));
    writeFileSync(`bench/.build/${library.id}.html`, page(library)); // to open by hand when a figure looks wrong
  }
  const ours = LIBRARIES[0];
  const tagged = '<script type="text/plain" data-consent="analytics">performance.mark(\'tagged\'); window.__taggedAt = performance.now();</script>';
  pages.set('/bench/consent-banner-tagged.html', page(ours, tagged));
  pages.set('/bench/consent-banner-returning.html', page(ours, tagged, false));
  writeFileSync('bench/.build/consent-banner-returning.html', page(ours, tagged, false));

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...QUIET_CHROMIUM_FLAGS, '--disable-dev-shm-usage'],
  });
  const results = {
    date: new Date().toISOString(),
    machine: `${String(cpus().length)} × ${cpus()[0]?.model ?? 'cpu'}, ${String(Math.round(totalmem() / 2 ** 30))} GiB, Node ${process.version}`,
    runs: RUNS,
    libraries: {},
  };
  try {
    const chromium = await browser.version();
    results.browser = chromium;
    const only = process.env.BENCH_ONLY?.split(',');
    const measured = LIBRARIES.filter((l) => only === undefined || only.includes(l.id) || l.id === 'consent-banner' || l.id === 'floor-lit');
    for (const library of measured) results.libraries[library.id] = { name: library.name, bytes: bytesOf(library.files), throttles: {} };
    for (const throttle of THROTTLES) {
      // Round-robin: load i of every library, then load i + 1 … so that a slow spell on this shared
      // machine falls on all of them alike and the ratios hold.
      const samples = new Map(measured.map((library) => [library.id, []]));
      for (let i = 0; i < RUNS; i++) {
        for (const library of measured) samples.get(library.id).push(await load(browser, `${base}/bench/${library.id}.html`, throttle));
      }
      for (const library of measured) {
        const summary = summarize(samples.get(library.id));
        results.libraries[library.id].throttles[throttle] = summary;
        process.stderr.write(`${library.id} ×${String(throttle)}: ${fmt(summary.noticeVisibleMs.median)} ms\n`);
      }
    }

    // The first visit again at 4×, with a round trip of LATENCY_MS on every request: what a second
    // file (the notice's) costs where the network is not this machine's loopback.
    const delayed = measured.filter((library) => LATENCY_LIBRARIES.includes(library.id));
    const latencySamples = new Map(delayed.map((library) => [library.id, []]));
    for (let i = 0; i < LATENCY_RUNS; i++) {
      for (const library of delayed) latencySamples.get(library.id).push(await load(browser, `${base}/bench/${library.id}.html`, 4, { latencyMs: LATENCY_MS }));
    }
    results.latency = { ms: LATENCY_MS, runs: LATENCY_RUNS, noticeVisibleMs: {} };
    for (const library of delayed) results.latency.noticeVisibleMs[library.id] = summarize(latencySamples.get(library.id)).noticeVisibleMs;

    // consent-banner: a returning visitor, and a click on Accept all.
    const first = await browser.createBrowserContext();
    const tab = await first.newPage();
    await tab.goto(`${base}/bench/consent-banner-tagged.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__bench.visibleAt !== null);
    await tab.evaluate(() => window.ConsentBanner.acceptAll());
    const cookie = (await tab.cookies()).find((c) => c.name === 'bench_cb');
    await first.close();
    const returning = {};
    const clicks = {};
    for (const throttle of THROTTLES) {
      const samples = [];
      // The floor's whole-load script time measured the same way (a trace adds its own overhead),
      // its loads alternating with ours.
      const floorSamples = [];
      for (let i = 0; i < RUNS; i++) {
        samples.push(
          await load(browser, `${base}/bench/consent-banner-returning.html`, throttle, {
            cookie: { name: cookie.name, value: cookie.value },
            expectNotice: false,
            waitFor: () => window.__taggedAt !== undefined,
            traceUntilMark: 'tagged',
          }),
        );
        floorSamples.push(await load(browser, `${base}/bench/floor-lit.html`, throttle, { traceUntilMark: END_MARK }));
      }
      returning[throttle] = {
        floorLitScriptFromTraceMs: median(floorSamples.map((s) => s.scriptBeforeMarkMs).filter((v) => v !== null)),
        noticeRendered: samples.some((s) => s.noticeShown),
        scriptMs: median(samples.map((s) => s.scriptMs)),
        scriptBeforeTaggedMs: median(samples.map((s) => s.scriptBeforeMarkMs).filter((v) => v !== null)),
        taggedScriptAtMs: median(samples.map((s) => s.taggedAt).filter((v) => v !== null)),
        longTasks: median(samples.map((s) => s.longTasks)),
        tbtMs: median(samples.map((s) => s.tbt)),
      };
      const clickSamples = [];
      for (let i = 0; i < Math.min(RUNS, 7); i++)
        clickSamples.push(await load(browser, `${base}/bench/consent-banner-tagged.html`, throttle, { click: ours.acceptAll }));
      clicks[throttle] = {
        clickToHiddenMs: median(clickSamples.map((s) => s.click?.clickToHiddenMs).filter((v) => v !== null && v !== undefined)),
        taggedScriptsAfterTheFrame: clickSamples.every((s) => s.click?.taggedAfterHide === true),
      };
    }
    results.returningVisitor = returning;
    results.acceptAllClick = clicks;
  } finally {
    await browser.close();
    server.close();
  }

  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(report(results));
}

function report(results) {
  const ours = results.libraries['consent-banner'];
  const lit = results.libraries['floor-lit'];
  const lines = [];
  lines.push(
    `Benchmark of ${results.date.slice(0, 10)} on ${results.machine}, Chromium ${results.browser ?? ''}; medians of ${String(results.runs)} cold loads (quartiles in brackets).`,
    '',
  );
  lines.push(
    '| library | JS+CSS raw / gzip / brotli KB | notice visible 1×, ms | notice visible 4×, ms | script 4×, ms | TBT 4×, ms | long tasks 4× | layout shift | heap MB | ours ÷ it: brotli · visible 4× · script 4× |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [id, entry] of Object.entries(results.libraries)) {
    const one = entry.throttles[1];
    const four = entry.throttles[4];
    const missed = (s) => (s.noticeVisibleMs.missed > 0 ? ` (${String(s.noticeVisibleMs.missed)} missed)` : '');
    const ratio =
      id === 'consent-banner'
        ? '1'
        : `${fmt(ours.bytes.brotli / entry.bytes.brotli, 2)} · ${fmt(ours.throttles[4].noticeVisibleMs.median / four.noticeVisibleMs.median, 2)} · ${fmt(ours.throttles[4].scriptMs / four.scriptMs, 2)}`;
    lines.push(
      `| ${entry.name} | ${kb(entry.bytes.raw)} / ${kb(entry.bytes.gzip)} / ${kb(entry.bytes.brotli)} | ${fmt(one.noticeVisibleMs.median)} [${fmt(one.noticeVisibleMs.q1)}–${fmt(one.noticeVisibleMs.q3)}]${missed(one)} | ${fmt(four.noticeVisibleMs.median)} [${fmt(four.noticeVisibleMs.q1)}–${fmt(four.noticeVisibleMs.q3)}]${missed(four)} | ${fmt(four.scriptMs)} | ${fmt(four.tbtMs)} | ${fmt(four.longTasks)} | ${fmt(Math.max(one.layoutShift, four.layoutShift), 3)} | ${fmt(four.heapBytes / 2 ** 20, 1)} | ${ratio} |`,
    );
  }
  lines.push('');
  const r4 = results.returningVisitor?.[4];
  const c4 = results.acceptAllClick?.[4];
  if (r4 !== undefined) {
    lines.push(
      `Returning visitor (4×): notice rendered: ${r4.noticeRendered ? 'yes' : 'no'}; script before the tagged script ran ${fmt(r4.scriptBeforeTaggedMs)} ms, ${fmt(r4.scriptBeforeTaggedMs / r4.floorLitScriptFromTraceMs, 2)}× the bare Lit element's whole-load script time (${fmt(r4.floorLitScriptFromTraceMs)} ms; both from traces), whole load ${fmt(r4.scriptMs)} ms; tagged script ran at ${fmt(r4.taggedScriptAtMs)} ms; long tasks ${fmt(r4.longTasks)}, TBT ${fmt(r4.tbtMs)} ms.`,
    );
  }
  const latency = results.latency;
  if (latency !== undefined) {
    const visible = (id) => latency.noticeVisibleMs[id]?.median;
    const others = Object.keys(latency.noticeVisibleMs)
      .filter((id) => id !== 'consent-banner')
      .map((id) => `${results.libraries[id].name} ${fmt(visible(id))} ms (ours ÷ it ${fmt(visible('consent-banner') / visible(id), 2)})`);
    lines.push(
      `First visit at 4× with ${String(latency.ms)} ms of latency per request (${String(latency.runs)} loads each): notice visible ${fmt(visible('consent-banner'))} ms; ${others.join('; ')}.`,
    );
  }
  if (c4 !== undefined) {
    lines.push(
      `Accept all click (4×): notice hidden ${fmt(c4.clickToHiddenMs, 1)} ms after the click; tagged scripts start after that frame: ${c4.taggedScriptsAfterTheFrame ? 'yes' : 'no'}.`,
    );
  }
  lines.push(
    `Targets: visible 4× within 1.15× the Lit floor: ${fmt(ours.throttles[4].noticeVisibleMs.median / lit.throttles[4].noticeVisibleMs.median, 2)}×; script 4× within 2.0×: ${fmt(ours.throttles[4].scriptMs / lit.throttles[4].scriptMs, 2)}×; returning visitor's script before the tagged script within 1.2×: ${r4 === undefined ? 'n/a' : `${fmt(r4.scriptBeforeTaggedMs / r4.floorLitScriptFromTraceMs, 2)}×`}; main file brotli ≤ 12 KB: ${kb(bytesOf(['dist/consent-banner.iife.js']).brotli)} KB; first visit (main + notice files) ≤ 20 KB: ${kb(ours.bytes.brotli)} KB.`,
  );
  return `${lines.join('\n')}\n`;
}

await main();
