import { expect } from 'chai';
import type { ConsentConfig, VendorsConfig } from '../../src/core/types.js';
import type { Integration } from '../../src/integrations/integration.js';
import { clarity, matomo, metaPixel, microsoftUet } from '../../src/integrations/vendors.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, makeConsent, uniqueCookieName } from '../helpers/consent.js';
import { recordingReporter, WORDED } from '../helpers/reporter.js';

type Calls = unknown[][];

function config(vendors: VendorsConfig, extra: Partial<ConsentConfig> = {}): ConsentConfig {
  return { categories: { necessary: { required: true }, analytics: {}, marketing: {} }, vendors, reloadOnWithdraw: false, ...extra };
}

function start(cfg: ConsentConfig, integration: Integration, win: Record<string, unknown>) {
  const made = makeConsent(cfg);
  integration.attach(made.api, win as unknown as Window, WORDED);
  made.api.init();
  return made;
}

/** A stand-in for a queue object like the loaded UET tag's: push records its arguments together. */
function recordingQueue(): { calls: Calls; push: (...args: unknown[]) => void } {
  const calls: Calls = [];
  return {
    calls,
    push: (...args: unknown[]) => {
      calls.push(args);
    },
  };
}

/** A stand-in function that records its calls. */
function recordingFunction(): ((...args: unknown[]) => void) & { calls: Calls } {
  const calls: Calls = [];
  const fn = (...args: unknown[]): void => {
    calls.push(args);
  };
  return Object.assign(fn, { calls });
}

describe('vendor consent adapters', () => {
  afterEach(() => {
    destroyAll();
    clearAllCookies();
  });

  describe('Microsoft UET', () => {
    it('sends default denied, then an update on each change, each as one push with three arguments', () => {
      const uetq = recordingQueue();
      const { api } = start(config({ microsoftUet: true }), microsoftUet(), { uetq });
      api.acceptAll();
      api.accept(['analytics']);
      expect(uetq.calls).to.deep.equal([
        ['consent', 'default', { ad_storage: 'denied' }],
        ['consent', 'update', { ad_storage: 'granted' }],
        ['consent', 'update', { ad_storage: 'denied' }],
      ]);
    });

    it("creates uetq as an array when the tag has not loaded, like Microsoft's snippet", () => {
      const win: Record<string, unknown> = {};
      start(config({ microsoftUet: { category: 'analytics' } }), microsoftUet(), win);
      expect(win.uetq).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }]);
    });

    it('a returning visitor gets an update right after the default', () => {
      const cfg = config({ microsoftUet: true }, { cookie: { name: uniqueCookieName() } });
      start(cfg, microsoftUet(), { uetq: recordingQueue() }).api.acceptAll();
      destroyAll();
      const uetq = recordingQueue();
      start(cfg, microsoftUet(), { uetq });
      expect(uetq.calls).to.deep.equal([
        ['consent', 'default', { ad_storage: 'denied' }],
        ['consent', 'update', { ad_storage: 'granted' }],
      ]);
    });
  });

  describe('Microsoft Clarity', () => {
    it('calls consentv2 with the case-sensitive keys on ready and on each change', () => {
      const fn = recordingFunction();
      const { api } = start(config({ clarity: true }), clarity(), { clarity: fn });
      api.accept(['analytics']);
      expect(fn.calls).to.deep.equal([
        ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
        ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ]);
    });

    it("queues on Clarity's own stub when the tag has not loaded", () => {
      const win: Record<string, unknown> = {};
      start(config({ clarity: true }), clarity(), win);
      expect((win.clarity as { q: Calls }).q).to.deep.equal([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
    });
  });

  describe('Meta Pixel', () => {
    it('revokes at start without consent, grants on consent, revokes on withdrawal', () => {
      const fbq = recordingFunction();
      const { api } = start(config({ metaPixel: true }), metaPixel(), { fbq });
      api.acceptAll();
      api.rejectAll();
      expect(fbq.calls).to.deep.equal([
        ['consent', 'revoke'],
        ['consent', 'grant'],
        ['consent', 'revoke'],
      ]);
    });

    it("puts revoke before the page's init when the base code runs after the banner", async () => {
      const win: Record<string, unknown> = {};
      start(config({ metaPixel: true }), metaPixel(), win);
      // What Meta's base code does (minus loading fbevents.js), followed by the page's own calls.
      type Fbq = ((...args: unknown[]) => void) & { queue?: unknown[]; push?: unknown; loaded?: boolean; callMethod?: unknown };
      if (win.fbq === undefined) {
        const n: Fbq = function fbqStub(...args: unknown[]) {
          n.queue?.push(args);
        };
        win.fbq = n;
        n.push = n;
        n.loaded = true;
        n.queue = [];
      }
      (win.fbq as Fbq)('init', '1234567890');
      (win.fbq as Fbq)('track', 'PageView');
      await Promise.resolve();
      expect((win.fbq as Fbq).queue).to.deep.equal([
        ['consent', 'revoke'],
        ['init', '1234567890'],
        ['track', 'PageView'],
      ]);
    });

    it('reports, never throws, when fbq throws', () => {
      const reporter = recordingReporter();
      const { api } = start(config({ metaPixel: true }), metaPixel(reporter), {
        fbq: () => {
          throw new Error('pixel bug');
        },
      });
      api.acceptAll();
      expect(reporter.errors[0]).to.include('pixel bug');
      expect(api.has('marketing')).to.equal(true);
    });
  });

  describe('Matomo', () => {
    it('tracking consent: requireConsent, then setConsentGiven while granted, forgetConsentGiven on withdrawal', () => {
      const _paq: unknown[] = [];
      const { api } = start(config({ matomo: true }), matomo(), { _paq });
      api.accept(['analytics']);
      api.accept(['analytics', 'marketing']);
      api.rejectAll();
      expect(_paq).to.deep.equal([['requireConsent'], ['setConsentGiven'], ['forgetConsentGiven']]);
    });

    it('cookie consent: requireCookieConsent, rememberCookieConsentGiven, forgetCookieConsentGiven', () => {
      const _paq: unknown[] = [];
      const { api } = start(config({ matomo: { mode: 'cookie' } }), matomo(), { _paq });
      api.acceptAll();
      api.rejectAll();
      expect(_paq).to.deep.equal([['requireCookieConsent'], ['rememberCookieConsentGiven'], ['forgetCookieConsentGiven']]);
    });

    it('a returning visitor with consent gives it again on each page', () => {
      const cfg = config({ matomo: true }, { cookie: { name: uniqueCookieName() } });
      start(cfg, matomo(), { _paq: [] }).api.acceptAll();
      destroyAll();
      const _paq: unknown[] = [];
      start(cfg, matomo(), { _paq });
      expect(_paq).to.deep.equal([['requireConsent'], ['setConsentGiven']]);
    });
  });

  it('every adapter is off unless configured', () => {
    const win: Record<string, unknown> = {};
    const made = makeConsent(config({}));
    for (const integration of [microsoftUet(), clarity(), metaPixel(), matomo()]) integration.attach(made.api, win as unknown as Window);
    made.api.init();
    made.api.acceptAll();
    expect(win).to.deep.equal({});
  });
});
