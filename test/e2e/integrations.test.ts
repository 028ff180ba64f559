import { expect } from 'chai';
import { PENDING_KEY, type ConsentLogPayload } from '../../src/integrations/consent-log.js';
import { ALL_DENIED } from '../helpers/consent-mode.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { closePages, openPage, type Frame } from '../helpers/frame.js';

/** The page's dataLayer as arrays (gtag entries) and objects (tag events), checking gtag entries are `arguments`. */
function layer(page: Frame): unknown[] {
  const entries = (page.window as unknown as { dataLayer: unknown[] }).dataLayer;
  return entries.map((entry) => {
    const kind = Object.prototype.toString.call(entry);
    if (kind === '[object Arguments]') return Array.from(entry as ArrayLike<unknown>);
    expect(Array.isArray(entry), 'no plain arrays in the dataLayer').to.equal(false);
    return entry;
  });
}

async function readLog(): Promise<{ body: string; type: string }[]> {
  const response = await fetch('/__test/log-read?sink=e2e');
  return (await response.json()) as { body: string; type: string }[];
}

describe('integrations in the script-tag build, end to end', () => {
  beforeEach(async () => {
    // An entry an earlier page sent while it closed is still pending (delivery is at least once):
    // the next page would send it again.
    localStorage.removeItem(PENDING_KEY);
    await readLog();
  });

  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('Consent Mode: default first; on consent, the update comes before the tagged script runs', async () => {
    const page = await openPage('gcm.html');
    expect(layer(page)).to.deep.equal([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
    page.window.ConsentBanner!.accept(['analytics']);
    expect(layer(page), 'the update is sent at once').to.have.length(2);
    await waitFor(() => layer(page).length === 3, 3000, 'the tag');
    expect(layer(page)).to.deep.equal([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
      ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
      { event: 'analytics-tag-ran' },
    ]);
  });

  it('Consent Mode: a returning visitor gets default, then the update, then the tags', async () => {
    const page = await openPage('gcm.html');
    page.window.ConsentBanner!.accept(['analytics']);
    await page.reload();
    await waitFor(() => layer(page).length === 3, 3000, 'the tag');
    expect(layer(page)).to.deep.equal([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
      ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
      { event: 'analytics-tag-ran' },
    ]);
    page.window.ConsentBanner!.rejectAll();
    expect(layer(page).at(-1)).to.deep.equal(['consent', 'update', ALL_DENIED]);
  });

  it('the log receives each saved choice as JSON', async () => {
    const page = await openPage('gcm.html');
    page.window.ConsentBanner!.acceptAll();
    const id = page.window.ConsentBanner!.get()!.id;
    // This page's entries only: one from the test before may still be on its way (the log's file
    // arrives after the page starts, and the entry is sent then).
    const ours = (entries: { body: string; type: string }[]) => entries.filter((entry) => (JSON.parse(entry.body) as ConsentLogPayload).id === id);
    let entries: { body: string; type: string }[] = [];
    for (let i = 0; i < 30 && ours(entries).length === 0; i++) {
      entries = [...entries, ...(await readLog())];
      if (ours(entries).length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    entries = ours([...entries, ...(await readLog())]);
    expect(entries).to.have.length(1);
    expect(entries[0]!.type).to.include('application/json');
    const payload = JSON.parse(entries[0]!.body) as ConsentLogPayload;
    expect(payload).to.deep.include({
      method: 'accept-all',
      granted: ['necessary', 'analytics', 'marketing'],
      denied: [],
      page: '/test/e2e/pages/gcm.html',
      language: 'en',
      gpc: false,
    });
    expect(payload.textsHash).to.match(/^[0-9a-f]{16}$/);
    expect(payload.id).to.equal(page.window.ConsentBanner!.get()!.id);
  });
});
