import { expect } from 'chai';
import { normalizeConfig } from '../../../src/core/config.js';
import { decodeRecord } from '../../../src/core/record-codec.js';
import type { ConsentApi } from '../../../src/core/types.js';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, type PageWindow } from '../../helpers/frame.js';

// The config of test/e2e/pages/basic.html, to read the cookie those pages share.
const basic = normalizeConfig(
  {
    revision: 1,
    categories: { necessary: { required: true }, analytics: { services: { stats: {} } }, marketing: {} },
    cookie: { name: 'e2e_consent' },
  },
  { hostname: location.hostname, protocol: location.protocol },
  { warn: () => undefined, error: () => undefined },
);

async function ready(win: PageWindow): Promise<void> {
  await waitFor(() => win.ConsentBanner?.started === true && win.document.readyState === 'complete', 3000, 'the start');
}

describe('tabs and storage edge cases (script tag)', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('ten tabs (each its own process) choosing at the same moment all end holding the stored choice', async () => {
    const channel = new BroadcastChannel('e2e-tab-race');
    const messages: { cmd: string; tab: string; record?: unknown }[] = [];
    channel.onmessage = (event: MessageEvent<{ cmd: string; tab: string; record?: unknown }>) => {
      messages.push(event.data);
    };
    const count = 10;
    try {
      for (let i = 0; i < count; i++) window.open(`/test/e2e/pages/tab-race.html?tab=${String(i)}`, '_blank', 'noopener');
      await waitFor(() => messages.filter((m) => m.cmd === 'ready').length === count, 10_000, 'every tab');
      const kinds = ['accept-all', 'reject-all', 'analytics', 'marketing'];
      const at = Date.now() + 200;
      for (let i = 0; i < count; i++) channel.postMessage({ cmd: 'choose', tab: String(i), kind: kinds[i % kinds.length], at });
      // The tabs are background windows (timers throttled to once a second): ask each for what it
      // holds until all agree with the cookie, for at most 8 seconds.
      let expected = '';
      let differing: string[] = [];
      for (let round = 0; round < 8; round++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const stored = document.cookie
          .split('; ')
          .filter((part) => part.startsWith('e2e_consent='))
          .map((part) => part.slice('e2e_consent='.length));
        expect(stored, 'one cookie of our name').to.have.length(1);
        expected = JSON.stringify(decodeRecord(stored[0], basic, Date.now()));
        messages.splice(0);
        channel.postMessage({ cmd: 'report' });
        await waitFor(() => messages.filter((m) => m.cmd === 'state').length === count, 5000, 'every report');
        differing = messages.filter((m) => m.cmd === 'state' && JSON.stringify(m.record) !== expected).map((m) => `tab ${m.tab}: ${JSON.stringify(m.record)}`);
        if (differing.length === 0) break;
      }
      expect(differing, `tabs holding another choice than the cookie (${expected})`).to.deep.equal([]);
    } finally {
      channel.postMessage({ cmd: 'close' });
      channel.close();
    }
  });

  it('with localStorage unavailable, the consent log still sends each entry', async () => {
    await fetch('/__test/log-read?sink=no-storage');
    const page = await openPage('log-no-storage.html');
    await ready(page.window);
    page.window.ConsentBanner!.acceptAll();
    page.window.ConsentBanner!.rejectAll();
    let entries: { body: string }[] = [];
    await waitFor(() => entries.length >= 2, 3000, 'both entries').catch(() => undefined);
    for (let tries = 0; tries < 30 && entries.length < 2; tries++) {
      const response = await fetch('/__test/log-read?sink=no-storage');
      entries = [...entries, ...((await response.json()) as { body: string }[])];
      if (entries.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(entries.map((entry) => (JSON.parse(entry.body) as { method: string }).method)).to.deep.equal(['accept-all', 'reject-all']);
  });

  it('named elements cannot stop the library, fail its scripts or replace its config', async () => {
    const page = await openPage('clobbered.html');
    const win = page.window;
    await waitFor(() => win.document.readyState === 'complete', 3000, 'the load');
    expect(win.__warnings.join('\n')).not.to.match(/twice/);
    expect(win.__warnings.join('\n')).to.match(/ConsentBanner/);
    const api = (win as unknown as { ConsentBanner: ConsentApi }).ConsentBanner;
    expect(api.started, 'window.ConsentBanner is the API again').to.equal(true);
    expect(api.config.revision, 'the JSON config, not the form of the same id').to.equal(3);
    api.acceptAll();
    await waitFor(() => win.__ran.includes('analytics'), 3000, 'the tagged script');
    expect(win.__errors).to.deep.equal([]);
  });

  it('category and service ids that every object has are refused by name, and no button throws', async () => {
    const page = await openPage('prototype-ids.html');
    const win = page.window;
    const thrown: string[] = [];
    win.addEventListener('error', (event) => thrown.push(event.message));
    await ready(win);
    const errors = win.__errors.join('\n');
    for (const id of ['toString', 'valueOf', 'hasOwnProperty', 'constructor', 'prototype', '__proto__']) expect(errors, id).to.include(`"${id}"`);
    const api = win.ConsentBanner!;
    expect(api.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics']);
    const root = (): ShadowRoot => win.document.querySelector('consent-banner')!.shadowRoot!;
    await waitFor(() => root().querySelector('[part~="button-accept-all"]') != null, 3000, 'the notice');
    root().querySelector<HTMLButtonElement>('[part~="button-accept-all"]')!.click();
    api.showPreferences();
    await waitFor(() => root().querySelector('#category-analytics') != null, 3000, 'the dialog');
    for (const input of root().querySelectorAll<HTMLInputElement>('input[role="switch"]:not(:disabled)')) input.click();
    root().querySelector<HTMLButtonElement>('[part~="button-save"]')!.click();
    api.accept(['toString', 'analytics'], { toString: ['x'], analytics: ['toString'] });
    expect(api.has('toString')).to.equal(false);
    expect(api.hasService('analytics', 'toString')).to.equal(false);
    expect(thrown).to.deep.equal([]);
  });
});
