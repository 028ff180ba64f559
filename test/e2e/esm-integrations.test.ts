import { expect } from 'chai';
import { googleConsentMode, init, VERSION } from '../../src/entries/index.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';

describe('the ES module entry with integrations', () => {
  after(() => {
    clearAllCookies();
  });

  it('attaches the integrations it is given before start, and names the ones the config needs but lacks', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.join(' '));
    };
    try {
      init({ cookie: { name: 'esm_integrations' }, googleConsentMode: true, log: { url: '/__test/log?sink=esm' } }, { integrations: [googleConsentMode()] });
      // The warning waits for its wording (a chunk).
      await waitFor(() => warnings.some((w) => w.includes('init() was not given')), 3000, 'the warning');
    } finally {
      console.warn = original;
    }
    const layer = (window as unknown as { dataLayer: unknown[] }).dataLayer;
    expect(Array.from(layer[0] as ArrayLike<unknown>).slice(0, 2)).to.deep.equal(['consent', 'default']);
    const integrationWarnings = warnings.filter((w) => w.includes('init() was not given'));
    expect(integrationWarnings).to.have.length(1);
    expect(integrationWarnings[0]).to.include('config.log is on, but init() was not given consentLog()');
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('consent-banner/gpp in a bundle', () => {
  it('answers __gpp once init() is given gpp()', async () => {
    const { gpp } = await import('../../src/entries/gpp.js');
    const { createConsent } = await import('../../src/entries/core.js');
    const api = createConsent({ cookie: { name: 'esm_gpp' }, gpp: true, region: 'US-VA', regimes: [{ regions: ['US'], mode: 'opt-out' }] });
    const detach = gpp().attach(api, window);
    try {
      api.init();
      const call = (command: string, parameter?: string): unknown => {
        let answer: unknown;
        (window as unknown as { __gpp: (c: string, cb: (data: unknown) => void, p?: string) => void }).__gpp(
          command,
          (data) => {
            answer = data;
          },
          parameter,
        );
        return answer;
      };
      expect(call('ping')).to.deep.include({ cmpStatus: 'loaded', signalStatus: 'ready', applicableSections: [7, 9] });
      expect(call('getSection', 'usva')).to.deep.include({ SaleOptOut: 2, TargetedAdvertisingOptOut: 2 });
      api.optOut();
      expect(call('getSection', 'usnat')).to.deep.include({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: false });
      expect(call('getSection', 'usva')).to.deep.include({ SaleOptOut: 1, TargetedAdvertisingOptOut: 1 });
    } finally {
      detach();
      api.destroy();
      clearAllCookies();
    }
    expect('__gpp' in window, 'detached: the page has no __gpp of ours left').to.equal(false);
  });
});
