import { expect } from 'chai';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { closePages, openUrl, pageIdle, pageStarted, type Frame, type PageWindow } from '../helpers/frame.js';
import { nextLogEntries, readLogSink } from '../helpers/log.js';

/** The add-on files' manifest the build wrote beside them. */
async function manifest(): Promise<Record<string, { file: string; integrity: string }>> {
  return (await (await fetch('/dist/addons.json')).json()) as Record<string, { file: string; integrity: string }>;
}

/** The script files of ours the page requested, by file name (the main file and any add-on). */
function requestedFiles(frame: Frame): string[] {
  return frame.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
    .filter((file) => file.startsWith('consent-banner.'));
}

function addonsUrl(query: Record<string, string>): string {
  return `/test/e2e/pages/addons.html?${new URLSearchParams(query).toString()}`;
}

function addonsPage(query: Record<string, string>): Promise<Frame> {
  return openUrl(addonsUrl(query));
}

/**
 * A page in a frame, waited for until its consent instance started, not until its load event (an
 * add-on file still on its way holds the load event back).
 */
async function startedWithoutLoad(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  await waitFor(() => (frame.contentWindow as PageWindow | null)?.ConsentBanner?.started === true, 3000, 'the start');
  return frame;
}

describe('add-on files of the script-tag build', () => {
  beforeEach(async () => {
    await readLogSink('addons');
  });

  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it("a returning visitor of a page without held iframes and without a log runs the main file only while the page loads; the notice's file (the reopen button) comes once it is parsed and idle", async () => {
    const page = await addonsPage({});
    await pageStarted(page.window);
    page.window.ConsentBanner!.acceptAll();
    await page.reload();
    await pageStarted(page.window);
    await waitFor(() => requestedFiles(page).includes('consent-banner.notice.js'), 4000, "the notice's file at idle");
    expect(requestedFiles(page)).to.deep.equal(['consent-banner.iife.js', 'consent-banner.notice.js']);
    const [navigation] = page.window.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const notice = page.window.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('consent-banner.notice.js'))!;
    expect(notice.startTime, 'asked for after the parse').to.be.at.least(navigation!.domContentLoadedEventStart);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it("a first visit asks for the notice's file while the page is parsed, by its integrity hash, and shows the notice", async () => {
    const { notice } = await manifest();
    expect(notice?.file).to.equal('consent-banner.notice.js');
    const page = await addonsPage({});
    await pageStarted(page.window);
    const script = page.window.document.querySelector<HTMLScriptElement>('script[src$="consent-banner.notice.js"]');
    expect(script?.integrity).to.equal(notice?.integrity);
    expect(script?.crossOrigin).to.equal('anonymous');
    const [navigation] = page.window.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const request = page.window.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('consent-banner.notice.js'))!;
    expect(request.startTime, 'asked for before the parse ended').to.be.below(navigation!.domContentLoadedEventStart);
    const root = () => page.window.document.querySelector('consent-banner')?.shadowRoot;
    await waitFor(() => root()?.querySelector('[part~="button-accept-all"]') != null, 3000, 'the notice');
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('a config with mistakes names each field and value in one short error at once, then the diagnostics file (by its hash) explains each', async () => {
    const { diagnostics } = await manifest();
    expect(diagnostics?.file).to.equal('consent-banner.diagnostics.js');
    const page = await addonsPage({ bad: '1' });
    const win = page.window;
    await pageStarted(win);
    expect(win.__errors[0]).to.equal('[consent-banner] config: not valid, so not used (details follow): layout "popup".');
    expect(win.__warnings[0]).to.equal('[consent-banner] config: worth a look (details follow): categorie.');
    await waitFor(() => win.__errors.length === 2 && win.__warnings.length === 2, 3000, 'the details');
    expect(win.__errors[1]).to.equal('[consent-banner] config.layout: "popup" is not valid, expected one of "bar", "box", "modal"; using "box".');
    expect(win.__warnings[1]).to.equal('[consent-banner] config.categorie: unknown field, ignored.');
    const script = win.document.querySelector<HTMLScriptElement>('script[src$="consent-banner.diagnostics.js"]');
    expect(script?.integrity).to.equal(diagnostics?.integrity);
    expect(requestedFiles(page).filter((file) => file === 'consent-banner.diagnostics.js')).to.have.length(1);
    expect(win.ConsentBanner!.config.layout, 'the default is used').to.equal('box');
    expect(win.__ran, 'nothing tagged ran').to.deep.equal([]);
  });

  it('without the diagnostics file the short error stands, the failed load is named, and the banner works', async () => {
    const page = await addonsPage({ bad: '1', src: '/__test/dist/missing/consent-banner.iife.js' });
    const win = page.window;
    await pageStarted(win);
    await waitFor(() => win.__errors.some((error) => error.includes('consent-banner.diagnostics.js')), 3000, 'the failed load');
    expect(win.__errors[0]).to.include('config: not valid, so not used').and.include('layout "popup"');
    expect(win.__errors.join('\n')).to.match(/the diagnostics add-on \(http:\/\/[^)]+\/consent-banner\.diagnostics\.js\) could not be loaded/);
    const root = () => win.document.querySelector('consent-banner')?.shadowRoot;
    await waitFor(() => root()?.querySelector('[part~="button-reject-all"]') != null, 3000, 'the notice');
    root()!.querySelector<HTMLButtonElement>('[part~="button-reject-all"]')!.click();
    expect(win.ConsentBanner!.get()?.method).to.equal('reject-all');
  });

  it('a runtime message waits for the diagnostics file and is said once, in full; a clean page never asks for that file', async () => {
    const page = await addonsPage({});
    const win = page.window;
    await pageStarted(win);
    await pageIdle(win);
    expect(requestedFiles(page), 'nothing to say, nothing loaded').to.not.include('consent-banner.diagnostics.js');
    (win.ConsentBanner!.accept as (categories: unknown) => void)('analytics');
    await waitFor(() => win.__errors.length === 1, 3000, 'the message');
    expect(win.__errors).to.deep.equal(['[consent-banner] accept(): categories must be an array of ids, got string; nothing saved.']);
    expect(requestedFiles(page).filter((file) => file === 'consent-banner.diagnostics.js')).to.have.length(1);
    win.ConsentBanner!.on('chnage' as 'change', () => undefined);
    expect(win.__errors[1], 'once the words are here, at once').to.equal(
      '[consent-banner] on(): "chnage" is not an event; use one of ready, change, show, hide.',
    );
    expect(win.ConsentBanner!.get(), 'nothing saved').to.equal(null);
  });

  it('without the diagnostics file a runtime message is said as its key and value, and the failed load is named', async () => {
    const page = await addonsPage({ src: '/__test/dist/missing/consent-banner.iife.js' });
    const win = page.window;
    await pageStarted(win);
    (win.ConsentBanner!.accept as (categories: unknown) => void)(7);
    await waitFor(() => win.__errors.includes('[consent-banner] acceptCategoriesNotArray: number'), 3000, 'the short line');
    expect(win.__errors.join('\n')).to.match(/the diagnostics add-on \(http:\/\/[^)]+\/consent-banner\.diagnostics\.js\) could not be loaded/);
    win.ConsentBanner!.acceptAll();
    expect(win.ConsentBanner!.get()?.method, 'the API works on').to.equal('accept-all');
  });

  for (const how of ['tampered', 'missing'] as const) {
    it(`a ${how} notice file: a console error names it, nothing tagged runs, and a choice through the API is made and kept`, async () => {
      const page = await addonsPage({ src: `/__test/dist/${how}-notice/consent-banner.iife.js` });
      await pageStarted(page.window);
      const win = page.window;
      await waitFor(() => win.__errors.length > 0, 3000, 'the error');
      expect(win.__errors.join('\n')).to.match(
        /the notice add-on \(http:\/\/[^)]+\/consent-banner\.notice\.js\) could not be loaded .*; the rest of the banner works without it\./,
      );
      expect(win.document.querySelector('consent-banner'), 'no UI').to.equal(null);
      expect(win.ConsentBanner!.views.notice, 'the core still asks').to.equal(true);
      expect(win.__ran, 'nothing tagged ran').to.deep.equal([]);
      win.ConsentBanner!.acceptAll();
      await waitFor(() => win.__ran.length > 0, 3000, 'the tagged scripts after consent');
      await page.reload();
      await pageStarted(page.window);
      expect(page.window.ConsentBanner!.get()?.method, 'the choice holds').to.equal('accept-all');
    });
  }

  it('the consent log comes from its own file, checked by the integrity hash built into the main file, and logs the choice', async () => {
    const { log } = await manifest();
    expect(log?.file).to.equal('consent-banner.log.js');
    const page = await addonsPage({ log: '1' });
    await pageStarted(page.window);
    await waitFor(() => requestedFiles(page).includes('consent-banner.log.js'), 3000, 'the log file');
    const script = page.window.document.querySelector<HTMLScriptElement>('script[src$="consent-banner.log.js"]');
    expect(script?.integrity).to.equal(log?.integrity);
    expect(script?.crossOrigin).to.equal('anonymous');
    page.window.ConsentBanner!.acceptAll();
    const [entry] = await nextLogEntries('addons', 1);
    expect(entry).to.deep.include({ event: 'choice', method: 'accept-all' });
    expect(requestedFiles(page).filter((file) => file === 'consent-banner.log.js')).to.have.length(1);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('a choice made before the log file arrives is queued at once and sent when it does, once', async () => {
    const frame = await startedWithoutLoad(addonsUrl({ log: '1', src: '/__test/dist/slow-2000/consent-banner.iife.js' }));
    const win = frame.contentWindow as PageWindow;
    win.ConsentBanner!.rejectAll();
    expect(win.document.querySelector('script[src$="consent-banner.log.js"]'), 'the file is still on its way').to.not.equal(null);
    expect(JSON.parse(win.localStorage.getItem('consent_banner_log_pending') ?? '[]'), 'queued at once').to.have.length(1);
    expect(await readLogSink('addons'), 'nothing sent before the file came').to.deep.equal([]);
    const entries = await nextLogEntries('addons', 1);
    // Sent and answered: nothing is left to send again.
    await waitFor(() => (win.localStorage.getItem('consent_banner_log_pending') ?? '[]') === '[]', 5000, 'the queue to empty');
    expect([...entries, ...(await readLogSink('addons'))].map((entry) => entry.method)).to.deep.equal(['reject-all']);
    frame.remove();
  });

  it('a choice made on a page whose log file could not be loaded is sent by the next page that has it, once', async () => {
    const page = await addonsPage({ log: '1', src: '/__test/dist/missing/consent-banner.iife.js' });
    await pageStarted(page.window);
    await waitFor(() => page.window.__errors.some((error) => error.includes('consent-banner.log.js')), 3000, 'the failed load');
    page.window.ConsentBanner!.acceptAll();
    const id = page.window.ConsentBanner!.get()!.id;
    expect(await readLogSink('addons')).to.deep.equal([]);
    const next = page.nextLoad();
    page.element.src = addonsUrl({ log: '1' });
    await next;
    const entries = await nextLogEntries('addons', 1);
    await waitFor(() => (page.window.localStorage.getItem('consent_banner_log_pending') ?? '[]') === '[]', 5000, 'the queue to empty');
    const all = [...entries, ...(await readLogSink('addons'))];
    expect(all.map((entry) => [entry.id, entry.method, entry.source])).to.deep.equal([[id, 'accept-all', 'api']]);
  });

  for (const how of ['tampered', 'missing'] as const) {
    it(`a ${how} add-on file costs only its feature: a console error names it, and the choice is made and kept`, async () => {
      const page = await addonsPage({ log: '1', src: `/__test/dist/${how}/consent-banner.iife.js` });
      await pageStarted(page.window);
      await waitFor(() => page.window.__errors.length > 0, 3000, 'the error');
      expect(page.window.__errors.join('\n')).to.match(
        /the log add-on \(http:\/\/[^)]+\/consent-banner\.log\.js\) could not be loaded .*; the rest of the banner works without it\./,
      );
      const banner = page.window.ConsentBanner!;
      const accept = page.window.document.querySelector('consent-banner')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-accept-all"]')!;
      accept.click();
      expect(banner.get()?.method).to.equal('accept-all');
      expect(banner.views.notice).to.equal(false);
      await page.reload();
      await pageStarted(page.window);
      expect(page.window.ConsentBanner!.get()?.method, 'the choice holds').to.equal('accept-all');
    });
  }

  it('placeholders come from their own file when the page holds an iframe, and only then', async () => {
    const page = await addonsPage({ frame: 'now' });
    await pageStarted(page.window);
    await waitFor(() => page.window.document.querySelector('consent-placeholder') !== null, 3000, 'the placeholder');
    expect(requestedFiles(page).filter((file) => file !== 'consent-banner.preferences.js')).to.deep.equal([
      'consent-banner.iife.js',
      'consent-banner.notice.js',
      'consent-banner.placeholders.js',
    ]);
    const allow = () => page.window.document.querySelector('consent-placeholder')?.shadowRoot?.querySelector<HTMLButtonElement>('button');
    await waitFor(() => allow() != null, 2000, 'the placeholder button');
    allow()!.click();
    await waitFor(() => page.window.document.querySelector('consent-placeholder') === null, 2000, 'the placeholder to go');
    expect(page.window.ConsentBanner!.hasService('marketing', 'video')).to.equal(true);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('an iframe a single-page app adds later gets its placeholder: the file is loaded then', async function () {
    this.timeout(20_000); // a busy machine: the waits below are for events, each bounded
    const page = await addonsPage({ frame: 'later' });
    await pageStarted(page.window);
    // The first visit's idle work (the dialog's prefetch) has run: a placeholders file would have been asked for by then.
    await waitFor(() => requestedFiles(page).includes('consent-banner.preferences.js'), 8000, 'the idle prefetch');
    const placeholderFiles = (): string[] => requestedFiles(page).filter((file) => file.includes('placeholders'));
    expect(placeholderFiles(), 'nothing to hold yet').to.deep.equal([]);
    (page.window as unknown as { __addFrame: () => void }).__addFrame();
    // The file's arrival is the event: on a busy machine it may take a few seconds. Should it not
    // come, the failure says how far it got (the frame's state, the files asked for).
    await waitFor(() => page.window.document.querySelector('consent-placeholder') !== null, 8000, 'the placeholder').catch((error: unknown) => {
      const frame = page.window.document.querySelector('#slot iframe');
      throw new Error(
        `${String(error)}; frame state ${String(frame?.getAttribute('data-consent-state'))}; files ${requestedFiles(page).join(', ')}; errors ${page.window.__errors.join(' | ')}`,
      );
    });
    expect(placeholderFiles()).to.deep.equal(['consent-banner.placeholders.js']);
  });

  it('the preferences dialog comes from its own file, fetched at idle once the notice shows; "Manage" then opens it', async () => {
    const page = await addonsPage({});
    await pageStarted(page.window);
    await waitFor(() => requestedFiles(page).includes('consent-banner.preferences.js'), 4000, 'the prefetch');
    const root = page.window.document.querySelector('consent-banner')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part~="button-preferences"]')!.click();
    await waitFor(() => root.querySelector('dialog.preferences[open] [part~="button-save"]') !== null, 2000, 'the open dialog');
    root.querySelector<HTMLButtonElement>('[part~="button-save"]')!.click();
    expect(page.window.ConsentBanner!.get()?.method).to.equal('custom');
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('a returning visitor fetches the dialog only on reopening it, and it opens with the saved switches', async () => {
    const page = await addonsPage({});
    await pageStarted(page.window);
    page.window.ConsentBanner!.accept(['analytics']);
    await page.reload();
    await pageStarted(page.window);
    const root = () => page.window.document.querySelector('consent-banner')?.shadowRoot;
    await waitFor(() => root()?.querySelector('.reopen') != null, 4000, 'the reopen button');
    await pageIdle(page.window);
    expect(requestedFiles(page)).to.deep.equal(['consent-banner.iife.js', 'consent-banner.notice.js']);
    root()!.querySelector<HTMLButtonElement>('.reopen')!.click();
    await waitFor(() => root()!.querySelector('dialog.preferences[open]') !== null, 3000, 'the open dialog');
    expect(requestedFiles(page)).to.deep.equal(['consent-banner.iife.js', 'consent-banner.notice.js', 'consent-banner.preferences.js']);
    expect(root()!.querySelector<HTMLInputElement>('#category-analytics')!.checked).to.equal(true);
    expect(root()!.activeElement, 'the focus is in the dialog').to.not.equal(null);
  });

  it('without its dialog file the notice still takes the choice: "Manage" says why in the console and the notice stays', async () => {
    const page = await addonsPage({ src: '/__test/dist/missing/consent-banner.iife.js' });
    await pageStarted(page.window);
    const root = page.window.document.querySelector('consent-banner')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part~="button-preferences"]')!.click();
    await waitFor(() => page.window.__errors.some((error) => error.includes('consent-banner.preferences.js')), 3000, 'the error');
    await waitFor(() => page.window.ConsentBanner!.views.notice && !page.window.ConsentBanner!.views.preferences, 2000, 'the notice back');
    expect(root.querySelector('dialog.preferences[open]')).to.equal(null);
    await waitFor(() => root.querySelector('[part~="button-reject-all"]') !== null, 2000, 'the notice');
    root.querySelector<HTMLButtonElement>('[part~="button-reject-all"]')!.click();
    expect(page.window.ConsentBanner!.get()?.method).to.equal('reject-all');
  });

  it('consent-banner.all.iife.js carries its add-ons: no sibling file is requested, and the log works', async () => {
    const page = await addonsPage({ log: '1', src: '/dist/consent-banner.all.iife.js', frame: 'now' });
    await pageStarted(page.window);
    await waitFor(() => page.window.document.querySelector('consent-placeholder') !== null, 3000, 'the placeholder');
    page.window.ConsentBanner!.acceptAll();
    const [entry] = await nextLogEntries('addons', 1);
    expect(entry).to.deep.include({ method: 'accept-all' });
    expect(requestedFiles(page)).to.deep.equal(['consent-banner.all.iife.js']);
  });

  it('under a strict CSP with a nonce and Trusted Types, the add-on file gets the nonce and the policy, and loads', async () => {
    const page = await openUrl('/test/e2e/pages/addons-csp.html');
    await pageStarted(page.window);
    await waitFor(() => requestedFiles(page).includes('consent-banner.log.js'), 3000, 'the log file');
    page.window.ConsentBanner!.acceptAll();
    const [entry] = await nextLogEntries('addons', 1);
    expect(entry).to.deep.include({ method: 'accept-all' });
    // The test server injects a script of its own into every page, which this page's CSP blocks.
    const violations = (page.window as unknown as { __violations: string[] }).__violations.filter((violation) => !violation.includes('__web-dev-server'));
    expect(violations).to.deep.equal([]);
    expect(page.window.__errors).to.deep.equal([]);
  });
});
