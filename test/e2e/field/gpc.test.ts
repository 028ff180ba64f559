import { expect } from 'chai';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, pageStarted, type PageWindow } from '../../helpers/frame.js';
import { nextLogEntries, readLogSink } from '../../helpers/log.js';

interface GtagWindow extends PageWindow {
  dataLayer: unknown[];
}

function consentUpdates(win: GtagWindow): Record<string, string>[] {
  return win.dataLayer
    .map((entry) => Array.from(entry as ArrayLike<unknown>))
    .filter((args) => args[0] === 'consent' && args[1] === 'update')
    .map((args) => args[2] as Record<string, string>);
}

describe('a Global Privacy Control signal after a grant (script tag)', () => {
  beforeEach(async () => {
    await readLogSink('gpc');
  });

  afterEach(() => {
    closePages();
    clearAllCookies();
    document.cookie = '_ads=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('withdraws the GPC categories on the next load: saved, cleaned up, told to Consent Mode, logged, source "gpc"', async () => {
    const first = await openPage('gpc.html');
    await pageStarted(first.window);
    first.window.ConsentBanner!.acceptAll();
    await waitFor(() => first.window.__ran.includes('marketing'), 3000, 'the marketing tag');
    await new Promise((resolve) => setTimeout(resolve, 300)); // its log entry is sent
    await readLogSink('gpc');
    closePages();

    const page = await openPage('gpc.html?gpc');
    const win = page.window as GtagWindow;
    await pageStarted(win);
    const record = win.ConsentBanner!.get()!;
    expect(record.categories).to.deep.equal(['necessary', 'analytics']);
    expect(record.services.marketing ?? []).to.deep.equal([]);
    expect(record.gpc).to.equal(true);
    expect(win.__ran, 'the marketing tag never runs').to.deep.equal(['analytics']);
    expect(document.cookie).not.to.match(/(^|; )_ads=/);
    const change = win.__events.find((e) => e.type === 'consent-change');
    expect(change?.detail).to.deep.include({ source: 'gpc', withdrawn: ['marketing'], granted: [] });
    const updates = consentUpdates(win);
    expect(updates.at(-1)?.ad_storage).to.equal('denied');
    expect(
      updates.every((update) => update.ad_storage === 'denied'),
      'never granted on this load',
    ).to.equal(true);
    const entries = await nextLogEntries('gpc', 1);
    expect(entries).to.have.length(1);
    expect(entries[0]).to.deep.include({ granted: ['necessary', 'analytics'], gpc: true, source: 'gpc', event: 'choice' });

    // The next load: the opt-out stands, nothing changes again.
    await page.reload();
    await pageStarted(page.window);
    expect(page.window.__events.filter((e) => e.type === 'consent-change')).to.deep.equal([]);
    expect(page.window.__ran).to.deep.equal(['analytics']);
  });

  it('the dialog says the opt-out request was honoured beside each such switch', async () => {
    const page = await openPage('gpc.html?gpc');
    const win = page.window;
    await pageStarted(win);
    win.ConsentBanner!.showPreferences();
    const root = (): ShadowRoot => win.document.querySelector('consent-banner')!.shadowRoot!;
    await waitFor(() => root().querySelector('#category-marketing') != null, 3000, 'the dialog');
    const head = root().querySelector('#category-marketing')!.closest('.category')!;
    expect(head.textContent).to.include('Opt-out request honoured');
    expect(root().querySelector('#category-analytics')!.closest('.category')!.textContent).not.to.include('Opt-out request honoured');
    root().querySelector<HTMLInputElement>('#category-marketing')!.click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(head.textContent, 'the visitor turned it on: no longer an opt-out').not.to.include('Opt-out request honoured');
  });

  it('a grant made while the signal was present (an explicit opt-in) stands', async () => {
    const page = await openPage('gpc.html?gpc');
    await pageStarted(page.window);
    page.window.ConsentBanner!.accept(['analytics', 'marketing']);
    await waitFor(() => page.window.__ran.includes('marketing'), 3000, 'the marketing tag');
    await page.reload();
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.has('marketing')).to.equal(true);
    expect(page.window.__ran).to.include('marketing');
    expect(page.window.__events.filter((e) => e.type === 'consent-change')).to.deep.equal([]);
  });
});
