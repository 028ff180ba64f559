import { expect } from 'chai';
import { googleConsentMode, init, VERSION } from '../../src/index.js';
import { clearAllCookies } from '../helpers/cookies.js';

describe('the ES module entry with integrations', () => {
  after(() => {
    clearAllCookies();
  });

  it('attaches the integrations it is given before start, and names the ones the config needs but lacks', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.join(' '));
    };
    try {
      init({ cookie: { name: 'esm_integrations' }, googleConsentMode: true, log: { url: '/__test/log?sink=esm' } }, { integrations: [googleConsentMode()] });
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
