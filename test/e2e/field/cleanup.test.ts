import { expect } from 'chai';
import { normalizeConfig } from '../../../src/core/config.js';
import { encodeRecord } from '../../../src/core/record-codec.js';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, openUrl, pageStarted, type PageWindow } from '../../helpers/frame.js';

const DEEP = '/test/e2e/pages/deep/1/2/3/4/5/6/7/8';

function cookieNames(win: Window = window): string[] {
  return win.document.cookie
    .split('; ')
    .filter((part) => part !== '')
    .map((part) => part.slice(0, part.indexOf('=')));
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((db) => db.name ?? '');
}

async function createDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('events');
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => {
      reject(new Error(`could not open ${name}`));
    };
  });
}

/** A consent cookie value as the page would have written it under another revision. */
function acceptAllOfRevision(revision: number): string {
  const config = normalizeConfig({ revision, categories: { necessary: { required: true }, analytics: {}, marketing: {} } });
  const now = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000).toISOString();
  return encodeRecord(
    {
      id: '11111111-2222-4333-8444-555555555555',
      revision,
      given: now,
      updated: now,
      categories: ['necessary', 'analytics', 'marketing'],
      services: {},
      method: 'accept-all',
      gpc: false,
      regime: 'opt-in',
      region: null,
    },
    config,
  );
}

describe('clean-up that sticks (script tag)', () => {
  afterEach(async () => {
    closePages();
    clearAllCookies();
    for (const name of ['mp_state', '_ads', '_trk(1)', '@trk']) document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    document.cookie = `_ads=; path=${DEEP}; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    localStorage.clear();
    sessionStorage.clear();
    for (const name of await databaseNames()) indexedDB.deleteDatabase(name);
  });

  it('data a tracker writes back while the page unloads for a withdrawal is gone on the next load', async () => {
    const page = await openPage('cleanup.html');
    await pageStarted(page.window);
    page.window.ConsentBanner!.acceptAll();
    await waitFor(() => page.window.__ran.includes('tracker'), 3000, 'the tracker');
    const reloaded = page.nextLoad();
    page.window.ConsentBanner!.rejectAll(); // reloads: the tracker already ran
    await reloaded;
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.get()?.method).to.equal('reject-all');
    // The load's clean-up runs at the first idle moment.
    await waitFor(() => !cookieNames().includes('mp_state') && localStorage.getItem('mp_props') === null, 3000, 'the clean-up');
  });

  it('a consent asked again (new revision) leaves no old tracker cookies or storage', async () => {
    document.cookie = `e2e_cleanup=${acceptAllOfRevision(1)}; path=/`;
    document.cookie = '_ads=1; path=/';
    localStorage.setItem('mp_props', '{}');
    const page = await openPage('cleanup.html');
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.get()).to.equal(null);
    expect(page.window.ConsentBanner!.views.notice).to.equal(true);
    await waitFor(() => !cookieNames().includes('_ads') && localStorage.getItem('mp_props') === null, 3000, 'the clean-up');
  });

  it('deletes declared IndexedDB databases without consent, by pattern', async () => {
    await createDatabase('mp_events');
    await createDatabase('shop_cart');
    const page = await openPage('cleanup.html');
    await pageStarted(page.window);
    let names = await databaseNames();
    for (let tries = 0; tries < 60 && names.includes('mp_events'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      names = await databaseNames();
    }
    expect(names).not.to.include('mp_events');
    expect(names).to.include('shop_cart');
  });

  it('removes cookies whose names have "(", ")" or "@", and cookies on paths deeper than 8 segments', async () => {
    document.cookie = '_trk(1)=1; path=/';
    document.cookie = '@trk=1; path=/';
    document.cookie = `_ads=1; path=${DEEP}`;
    expect(cookieNames()).to.include.members(['_trk(1)', '@trk']);
    const page = await openUrl(`${DEEP}/cleanup.html`);
    // The page saw it before our script ran (the clean-up may be done by the time the page has loaded).
    expect((page.window as unknown as { __cookiesAtStart: string }).__cookiesAtStart).to.match(/(^|; )_ads=1/);
    await pageStarted(page.window);
    await waitFor(() => !cookieNames(page.window).some((name) => ['_ads', '_trk(1)', '@trk'].includes(name)), 3000, 'the clean-up');
  });

  it('a withdrawal made in one tab removes the sessionStorage keys of the other open tabs', async () => {
    const first = await openPage('cleanup.html?stay');
    await pageStarted(first.window);
    first.window.ConsentBanner!.acceptAll();
    const popup = window.open('/test/e2e/pages/cleanup.html?stay', 'other-tab', 'popup,width=400,height=300') as PageWindow | null;
    if (popup === null) throw new Error('the browser refused the second tab');
    try {
      await waitFor(() => popup.ConsentBanner?.started === true && popup.document.readyState === 'complete', 5000, 'the second tab');
      await new Promise((resolve) => setTimeout(resolve, 300)); // its tab channel opens after the first paint
      expect(popup.ConsentBanner!.get()?.method).to.equal('accept-all');
      popup.sessionStorage.setItem('mp_session', '1');
      first.window.ConsentBanner!.rejectAll();
      await waitFor(() => popup.ConsentBanner!.get()?.method === 'reject-all', 3000, 'the second tab to hear of it');
      expect(popup.sessionStorage.getItem('mp_session')).to.equal(null);
    } finally {
      popup.close();
    }
  });
});
