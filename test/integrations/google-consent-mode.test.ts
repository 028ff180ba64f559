import { expect } from 'chai';
import type { ConsentConfig } from '../../src/core/types.js';
import { googleConsentMode } from '../../src/integrations/google-consent-mode.js';
import { ALL_DENIED } from '../helpers/consent-mode.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, makeConsent, uniqueCookieName } from '../helpers/consent.js';
import { recordingReporter, WORDED } from '../helpers/reporter.js';

interface FakeWindow {
  dataLayer?: unknown;
  gtag?: (...args: unknown[]) => void;
}

function config(extra: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    categories: { necessary: { required: true }, analytics: {}, marketing: {} },
    googleConsentMode: true,
    reloadOnWithdraw: false,
    ...extra,
  };
}

/** The dataLayer as plain arrays, after checking each entry is an `arguments` object as gtag makes. */
function entries(win: FakeWindow): unknown[][] {
  const layer = win.dataLayer as unknown[];
  return layer.map((entry) => {
    expect(Object.prototype.toString.call(entry), 'each entry is an arguments object').to.equal('[object Arguments]');
    return Array.from(entry as ArrayLike<unknown>);
  });
}

function start(cfg: ConsentConfig, win: FakeWindow = {}) {
  const reporter = recordingReporter();
  const made = makeConsent(cfg);
  googleConsentMode(reporter).attach(made.api, win as unknown as Window, WORDED);
  made.api.init();
  return { ...made, win, gcmReporter: reporter };
}

describe('Google Consent Mode v2', () => {
  afterEach(() => {
    destroyAll();
    clearAllCookies();
  });

  it('first visit: creates dataLayer and gtag, and sends default with every mapped type denied', () => {
    const { win } = start(config());
    expect(typeof win.gtag).to.equal('function');
    expect(entries(win)).to.deep.equal([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
  });

  it('a change sends an update; a withdrawal sends one too', () => {
    const { api, win } = start(config());
    api.accept(['analytics']);
    api.rejectAll();
    expect(entries(win).slice(1)).to.deep.equal([
      ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
      ['consent', 'update', ALL_DENIED],
    ]);
  });

  it('a returning visitor: default, then at once an update with the stored choice', () => {
    const cfg = config({ cookie: { name: uniqueCookieName() } });
    const first = start(cfg);
    first.api.acceptAll();
    first.api.destroy();
    const { win } = start(cfg);
    expect(entries(win)).to.deep.equal([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
      ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
    ]);
  });

  it('grants functionality_storage and personalization_storage with the functional category', () => {
    const { api, win } = start(config({ categories: { necessary: { required: true }, functional: {}, analytics: {}, marketing: {} } }));
    api.accept(['functional']);
    expect(entries(win)[1]![2]).to.deep.include({ functionality_storage: 'granted', personalization_storage: 'granted', analytics_storage: 'denied' });
  });

  it("uses the site's own map and Google's options", () => {
    const { api, win } = start(
      config({
        googleConsentMode: {
          analytics_storage: 'analytics',
          ad_storage: 'marketing',
          wait_for_update: 1500,
          region: ['ES', 'US-CA'],
          url_passthrough: true,
          ads_data_redaction: true,
        },
      }),
    );
    api.acceptAll();
    expect(entries(win)).to.deep.equal([
      [
        'consent',
        'default',
        { analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted', wait_for_update: 1500, region: ['ES', 'US-CA'] },
      ],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
      ['consent', 'update', { analytics_storage: 'granted', ad_storage: 'granted', security_storage: 'granted' }],
    ]);
  });

  it("uses the page's own gtag when it has one", () => {
    const calls: unknown[][] = [];
    const win: FakeWindow = {
      gtag: (...args: unknown[]) => {
        calls.push(args);
      },
    };
    start(config(), win);
    expect(calls).to.deep.equal([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
    expect(win.dataLayer).to.equal(undefined);
  });

  it('does nothing when it is off', () => {
    const { api, win } = start(config({ googleConsentMode: false }));
    api.acceptAll();
    expect(win.dataLayer).to.equal(undefined);
    expect(win.gtag).to.equal(undefined);
  });

  it('survives a clobbered dataLayer and a gtag that throws, and the choice is saved', () => {
    const clobbered = start(config(), { dataLayer: 'not an array' });
    clobbered.api.acceptAll();
    expect(clobbered.gcmReporter.errors[0]).to.include('window.dataLayer is not an array');
    expect(clobbered.api.has('analytics')).to.equal(true);
    const throwing = start(config(), {
      gtag: () => {
        throw new Error('broken gtag');
      },
    });
    throwing.api.acceptAll();
    expect(throwing.gcmReporter.errors[0]).to.include('broken gtag');
    expect(throwing.api.has('marketing')).to.equal(true);
  });
});
