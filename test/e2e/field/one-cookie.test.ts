import { expect } from 'chai';
import { normalizeConfig } from '../../../src/core/config.js';
import { decodeRecord, encodeRecord } from '../../../src/core/record-codec.js';
import type { ConsentMethod, ConsentRecord } from '../../../src/core/types.js';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, pageStarted } from '../../helpers/frame.js';

// The config of test/e2e/pages/basic.html: the values below are what that page would have written.
const config = normalizeConfig(
  {
    revision: 1,
    categories: {
      necessary: { required: true },
      analytics: { services: { stats: { cookies: ['_stats*'] } } },
      marketing: { cookies: ['_ads'] },
    },
    cookie: { name: 'e2e_consent' },
  },
  { hostname: location.hostname, protocol: location.protocol },
  { warn: () => undefined, error: () => undefined },
);

const DEEP_PATH = '/test/e2e';
const ID_A = '11111111-2222-4333-8444-555555555555';
const ID_B = '66666666-7777-4888-9999-aaaaaaaaaaaa';

function value(method: ConsentMethod, updatedSecondsAgo: number, id = ID_A, revision = 1): string {
  const updated = new Date((Math.floor(Date.now() / 1000) - updatedSecondsAgo) * 1000).toISOString();
  const accept = method === 'accept-all';
  const record: ConsentRecord = {
    id,
    revision,
    given: new Date(Date.parse(updated) - 60_000).toISOString(),
    updated,
    categories: accept ? ['necessary', 'analytics', 'marketing'] : ['necessary'],
    services: accept ? { analytics: ['stats'] } : {},
    method,
    gpc: false,
    regime: 'opt-in',
    region: null,
  };
  return encodeRecord(record, { ...config, revision });
}

function setCookie(text: string, path: string): void {
  document.cookie = `e2e_consent=${text}; path=${path}`;
}

/** Every value of the consent cookie the page at `path` sees, in the browser's order. */
function valuesSeenAt(win: Window): string[] {
  return win.document.cookie
    .split('; ')
    .filter((part) => part.startsWith('e2e_consent='))
    .map((part) => part.slice('e2e_consent='.length));
}

function methodOf(text: string): ConsentMethod | undefined {
  return decodeRecord(text, config, Date.now())?.method;
}

describe('one true consent cookie, with duplicates of its name (script tag)', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
    document.cookie = `e2e_consent=; path=${DEEP_PATH}; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });

  it('a stale "accept all" on a deeper path never beats a newer "reject all" on /, and is not spread site-wide', async () => {
    setCookie(value('reject-all', 10), '/');
    setCookie(value('accept-all', 3600), DEEP_PATH); // the browser lists the deeper one first
    expect(methodOf(valuesSeenAt(window)[0] ?? '')).to.equal('reject-all');
    const page = await openPage('basic.html');
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.get()?.method).to.equal('reject-all');
    expect(page.window.__ran).not.to.include('marketing-inline');
    expect(page.window.ConsentBanner!.views.notice).to.equal(false);
    // The rewrite kept "reject all" on / and expired the stale copy.
    expect(valuesSeenAt(page.window).map(methodOf)).to.deep.equal(['reject-all']);
    expect(page.window.__warnings.join('\n')).not.to.match(/cookies blocked/);
    await page.reload();
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.get()?.method).to.equal('reject-all');
  });

  it('with equal times, the record that grants less wins, whatever the browser lists first', async () => {
    setCookie(value('reject-all', 10, ID_A), '/');
    setCookie(value('accept-all', 10, ID_B), DEEP_PATH);
    const page = await openPage('basic.html');
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.get()?.method).to.equal('reject-all');
    expect(page.window.__ran).not.to.include('marketing-inline');
  });

  it('a withdrawal made beside a duplicate survives a reload, with no "cookies blocked" warning', async () => {
    setCookie(value('accept-all', 3600, ID_B), DEEP_PATH);
    setCookie(value('accept-all', 10), '/');
    const page = await openPage('basic.html');
    await pageStarted(page.window);
    page.window.ConsentBanner!.rejectAll();
    expect(page.window.__warnings.join('\n')).not.to.match(/cookies blocked/);
    expect(valuesSeenAt(page.window).map(methodOf)).to.deep.equal(['reject-all']);
    await page.reload();
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.get()?.method).to.equal('reject-all');
    expect(page.window.__ran).not.to.include('marketing-inline');
  });

  it('a stale value of another revision beside a valid one does not bring the notice back, and is expired', async () => {
    setCookie(value('accept-all', 10), '/');
    setCookie(value('reject-all', 5, ID_B, 0), DEEP_PATH);
    for (let visit = 0; visit < 2; visit++) {
      const page = await openPage('basic.html');
      await pageStarted(page.window);
      expect(page.window.ConsentBanner!.views.notice, `visit ${String(visit + 1)}`).to.equal(false);
      expect(page.window.ConsentBanner!.get()?.method).to.equal('accept-all');
      expect(page.window.__warnings.join('\n')).not.to.match(/cookies blocked/);
      closePages();
    }
    expect(valuesSeenAt(window).length).to.equal(1);
  });

  it('reset() expires every copy the page can see', async () => {
    setCookie(value('accept-all', 3600, ID_B), DEEP_PATH);
    setCookie(value('accept-all', 10), '/');
    const page = await openPage('basic.html');
    await pageStarted(page.window);
    page.window.ConsentBanner!.reset();
    expect(valuesSeenAt(page.window)).to.deep.equal([]);
    await page.reload();
    expect(page.window.ConsentBanner!.get()).to.equal(null);
    expect(page.window.ConsentBanner!.views.notice).to.equal(true);
  });

  it('after a site adds cookie.domain, a returning visitor can still withdraw: the old host-only cookie is expired', async () => {
    // www.site.localhost is this server too (browsers send *.localhost to this machine), a first-party page in a popup.
    const planted = encodeRecord(
      {
        id: ID_B,
        revision: 1,
        given: new Date(Date.now() - 7_200_000).toISOString().replace(/\.\d+Z$/, '.000Z'),
        updated: new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d+Z$/, '.000Z'),
        categories: ['necessary', 'analytics', 'marketing'],
        services: {},
        method: 'accept-all',
        gpc: false,
        regime: 'opt-in',
        region: null,
      },
      normalizeConfig({ revision: 1, categories: { necessary: { required: true }, analytics: {}, marketing: {} } }),
    );
    const url = `http://www.site.localhost:${location.port}/test/e2e/pages/domain-cookie.html?plant=${encodeURIComponent(planted)}`;
    const inbox: { ready?: boolean; state?: { method: string | null; copies: number } }[] = [];
    const onMessage = (event: MessageEvent<(typeof inbox)[number]>): void => {
      inbox.push(event.data);
    };
    window.addEventListener('message', onMessage);
    const next = async (what: 'ready' | 'state'): Promise<(typeof inbox)[number]> => {
      await waitFor(() => inbox.some((m) => m[what] !== undefined), 5000, what);
      const index = inbox.findIndex((m) => m[what] !== undefined);
      return inbox.splice(index, 1)[0]!;
    };
    const popup = window.open(url, 'domain-cookie', 'popup,width=400,height=300');
    if (popup === null) throw new Error('the browser refused the popup');
    try {
      await next('ready');
      popup.postMessage('state', '*');
      const first = (await next('state')).state!;
      expect(first.method, 'the earlier choice still counts').to.equal('accept-all');
      expect(first.copies, 'the rewrite moved it to the domain cookie and expired the host-only one').to.equal(1);
      popup.postMessage('reject', '*');
      expect((await next('state')).state!.method).to.equal('reject-all');
      popup.postMessage('reload', '*');
      await next('ready');
      popup.postMessage('state', '*');
      const after = (await next('state')).state!;
      expect(after.method, 'the withdrawal holds after a reload').to.equal('reject-all');
      expect(after.copies).to.equal(1);
      popup.postMessage('clear', '*');
      await next('state');
    } finally {
      window.removeEventListener('message', onMessage);
      popup.close();
    }
  });
});
