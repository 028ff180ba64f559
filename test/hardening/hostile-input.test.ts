import { expect } from 'chai';
import fc from 'fast-check';
import Cookies from 'js-cookie';
import { normalizeConfigExplained } from '../../src/core/config-explained.js';
import type { CategoryConfig, ConsentConfig } from '../../src/core/types.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, makeConsent, uniqueCookieName, waitFor } from '../helpers/consent.js';
import { googleConsentMode } from '../../src/integrations/google-consent-mode.js';
import { clarity, matomo, metaPixel, microsoftUet } from '../../src/integrations/vendors.js';
import { recordingReporter } from '../helpers/reporter.js';
import { mountFixture, unmountAll } from '../helpers/ui.js';

declare global {
  interface Window {
    __ran?: string[];
    __pwned?: number;
  }
}

const HOSTILE_TEXTS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '[click](javascript:window.__pwned=1)',
  '[data](data:text/html,<script>parent.__pwned=1</script>)',
  '[vb](vbscript:msgbox)',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
];

describe('hostile and broken input', () => {
  afterEach(() => {
    unmountAll();
    destroyAll();
    clearAllCookies();
    delete window.__pwned;
  });

  describe('config', () => {
    it('survives wrong types in every field, naming each field, with no exception', () => {
      const reporter = recordingReporter();
      const wrong: Record<string, unknown> = {
        revision: {},
        categories: 7,
        cookie: [],
        language: [],
        translations: 1,
        policyUrl: {},
        layout: 1,
        position: null,
        theme: [],
        blocking: 'yes',
        reopenButton: 3,
        gpc: {},
        googleConsentMode: 9,
        vendors: 'all',
        log: 5,
        reloadOnWithdraw: 0,
        nonce: 1,
      };
      const config = normalizeConfigExplained(wrong, { hostname: 'example.com', protocol: 'https:' }, reporter);
      for (const field of Object.keys(wrong)) {
        if (wrong[field] === null) continue;
        expect(
          reporter.errors.some((e) => e.startsWith(`config.${field}:`)),
          field,
        ).to.equal(true);
      }
      expect(config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'marketing']);
    });

    it('takes huge strings as text, without slowing to a crawl', () => {
      const huge = 'x'.repeat(1_000_000);
      const started = performance.now();
      const config = normalizeConfigExplained(
        { categories: { analytics: { label: huge, description: huge } }, translations: { en: { title: huge } } },
        undefined,
        recordingReporter(),
      );
      expect(config.categories[0]!.label).to.have.length(1_000_000);
      expect(performance.now() - started).to.be.below(1000);
    });

    it('200 categories × 20 services: works, and says clearly when the choice is too big for a cookie', () => {
      const categories: Record<string, CategoryConfig> = { necessary: { required: true } };
      for (let c = 0; c < 200; c++) {
        const services: Record<string, object> = {};
        for (let s = 0; s < 20; s++) services[`service_${String(s)}`] = { label: `Service ${String(s)}` };
        categories[`category_${String(c)}`] = { services };
      }
      const { api, reporter } = makeConsent({ categories, cookie: { name: uniqueCookieName() } });
      expect(() => api.init()).not.to.throw();
      expect(api.config.categories).to.have.length(201);
      api.acceptAll();
      expect(api.has('category_199')).to.equal(true);
      expect(reporter.errors.join('\n')).to.match(/config\.categories: this choice needs a \d+-byte cookie/);
      api.rejectAll();
      expect(Cookies.get(api.config.cookie.name), 'a small choice fits again').to.be.a('string');
    });

    it('duplicate ids: the same service id in two categories stays two services; repeated gpc ids count once', () => {
      const config = normalizeConfigExplained(
        {
          categories: { analytics: { services: { video: {} } }, marketing: { services: { video: {} } } },
          gpc: ['marketing', 'marketing'],
        },
        undefined,
        recordingReporter(),
      );
      expect(config.gpc).to.deep.equal(['marketing']);
      expect(config.categories.map((c) => c.services.map((s) => s.id))).to.deep.equal([['video'], ['video']]);
    });

    it('cookie options browsers reject are refused with the field named', () => {
      const reporter = recordingReporter();
      const config = normalizeConfigExplained(
        { cookie: { domain: 'evil.example', sameSite: 'None' } },
        { hostname: 'shop.example.com', protocol: 'http:' },
        reporter,
      );
      expect(config.cookie.domain).to.equal('');
      expect(config.cookie.sameSite).to.equal('Lax');
      expect(reporter.errors.map((e) => e.split(':')[0])).to.deep.equal(['config.cookie.domain', 'config.cookie.sameSite']);
    });
  });

  describe('cookie', () => {
    it('never throws, never pollutes prototypes and never grants on random or adversarial values', () => {
      const name = uniqueCookieName();
      const config: ConsentConfig = { cookie: { name }, categories: { necessary: { required: true }, analytics: {}, marketing: {} } };
      const adversarial = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.constantFrom(
          '{"__proto__":{"polluted":1}}',
          '{"constructor":{"prototype":{"polluted":1}}}',
          '%E0%A4%A',
          '%%%',
          '%ZZ',
          `cb1.1.AAAAAAAAAAAAAAAAAAAAAA.1.1.a0.${'marketing|'.repeat(500)}`,
          'cb1.1.AAAAAAAAAAAAAAAAAAAAAA.0.0.a0.__proto__:x|constructor',
          `cb1.1.${'A'.repeat(22)}.zzzzzzzzz.zzzzzzzzz.a1.marketing`,
          '[1,2,3]',
          'null',
          'undefined',
          '"cb1"',
        ),
        fc.array(fc.string({ maxLength: 10 }), { maxLength: 1000 }).map((parts) => JSON.stringify(parts)),
      );
      fc.assert(
        fc.property(adversarial, (value) => {
          document.cookie = `${name}=${value.replace(/[;\s]/g, '')}; path=/`;
          const { api } = makeConsent(config);
          expect(() => api.init()).not.to.throw();
          const record = api.get();
          expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
          expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
          if (record === null) expect(api.has('marketing')).to.equal(false);
          else expect(record.categories.every((id) => ['necessary', 'analytics', 'marketing'].includes(id))).to.equal(true);
          api.destroy();
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('texts', () => {
    it('shows markup, scripts and unsafe links in every text field as text, and runs nothing', async () => {
      const hostile = HOSTILE_TEXTS.join(' ');
      const texts: Record<string, string> = {};
      for (const key of [
        'title',
        'description',
        'acceptAll',
        'rejectAll',
        'managePreferences',
        'preferencesTitle',
        'preferencesDescription',
        'savePreferences',
        'alwaysOn',
        'details',
        'gpc',
        'placeholder',
        'reopen',
      ])
        texts[key] = hostile;
      const f = await mountFixture({
        categories: {
          necessary: { required: true, label: hostile, description: hostile, cookies: [{ name: hostile, purpose: hostile, duration: hostile }] },
          analytics: {
            label: { en: hostile },
            description: { en: hostile },
            services: { evil: { label: hostile, description: hostile, cookies: [{ name: '_x', purpose: hostile }] } },
          },
        },
        translations: { en: texts },
        policyUrl: 'javascript:window.__pwned=1',
        log: { url: 'javascript:window.__pwned=1' },
      });
      expect(f.api.config.policyUrl).to.equal('');
      expect(f.api.config.log).to.equal(null);
      f.api.showPreferences();
      await f.settle();
      for (const toggle of f.root.querySelectorAll<HTMLElement>('.details-toggle')) toggle.click();
      await f.settle();
      expect(f.root.querySelectorAll('script, img, svg:not([aria-hidden]), iframe, object, embed')).to.have.length(0);
      for (const link of f.root.querySelectorAll('a')) {
        expect(link.getAttribute('href'), link.outerHTML).to.match(/^(https?:|\/|\.|#|[a-z0-9])/i);
        expect(link.getAttribute('href')).not.to.match(/^(javascript|data|vbscript):/i);
      }
      expect(f.root.textContent).to.include('<img src=x onerror="window.__pwned=1">');
      expect(window.__pwned).to.equal(undefined);
    });
  });

  describe('tagged scripts', () => {
    let container: HTMLDivElement;
    beforeEach(() => {
      window.__ran = [];
      container = document.createElement('div');
      document.body.append(container);
    });
    afterEach(() => {
      container.remove();
    });

    it('one that cannot connect (network error) does not stop the ones after it, in order', async () => {
      container.innerHTML = [
        '<script type="text/plain" data-consent="analytics" src="http://127.0.0.1:9/refused.js"></script>',
        '<script type="text/plain" data-consent="analytics">window.__ran.push("after-refused")</script>',
        '<script type="text/plain" data-consent="analytics" src="/__test/script.js?id=last"></script>',
      ].join('');
      const { api } = makeConsent({ cookie: { name: uniqueCookieName() }, reloadOnWithdraw: false });
      api.init();
      api.acceptAll();
      await waitFor(() => window.__ran?.length === 2, 5000, 'the scripts after the refused one');
      expect(window.__ran).to.deep.equal(['after-refused', 'last']);
      expect(container.querySelector('script')?.getAttribute('data-consent-state')).to.equal('failed');
    });
  });

  describe('strict pages', () => {
    it("gives the config nonce to Lit (for browsers that need <style> elements), never overriding the page's", async () => {
      const global = window as unknown as { litNonce?: string };
      try {
        await mountFixture({ nonce: 'n0nce-for-styles' });
        expect(global.litNonce).to.equal('n0nce-for-styles');
        unmountAll();
        await mountFixture({ nonce: 'another-nonce-1' });
        expect(global.litNonce, 'the first one stays').to.equal('n0nce-for-styles');
      } finally {
        delete global.litNonce;
      }
    });
  });

  describe("the page's own globals clobbered", () => {
    const saved: Record<string, PropertyDescriptor | undefined> = {};
    afterEach(() => {
      for (const key of ['dataLayer', 'gtag', 'uetq', '_paq', 'clarity', 'fbq']) {
        const descriptor = saved[key];
        if (descriptor === undefined) Reflect.deleteProperty(window, key);
        else Object.defineProperty(window, key, descriptor);
      }
      Reflect.deleteProperty(Array.prototype, 'extraHelper');
      Reflect.deleteProperty(Object.prototype, 'extraFlag');
    });

    it('works with dataLayer not an array, gtag replaced, and Array.prototype and Object.prototype extended', async () => {
      for (const key of ['dataLayer', 'gtag', 'uetq', '_paq', 'clarity', 'fbq']) saved[key] = Object.getOwnPropertyDescriptor(window, key);
      // Every vendor global the page might have broken.
      Object.assign(window, { uetq: 'broken', _paq: 7, clarity: 'nope', fbq: null });
      Object.defineProperty(Array.prototype, 'extraHelper', { value: () => 'x', enumerable: true, configurable: true, writable: true });
      Object.defineProperty(Object.prototype, 'extraFlag', { value: true, enumerable: true, configurable: true, writable: true });
      (window as unknown as Record<string, unknown>).dataLayer = { not: 'an array' };
      (window as unknown as Record<string, unknown>).gtag = 42;
      const reporter = recordingReporter();
      const f = await mountFixture(
        {
          googleConsentMode: true,
          vendors: { microsoftUet: true, clarity: true, matomo: true, metaPixel: true },
          categories: { necessary: { required: true }, analytics: { services: { ga: {} } }, marketing: {} },
        },
        { integrations: [googleConsentMode(reporter), microsoftUet(reporter), clarity(reporter), matomo(reporter), metaPixel(reporter)] },
      );
      expect(reporter.errors[0]).to.include('window.dataLayer is not an array');
      f.$('[part~="button-accept-all"]').click();
      await f.settle();
      expect(f.api.has('analytics')).to.equal(true);
      expect(f.api.hasService('analytics', 'ga')).to.equal(true);
      expect(f.api.get()?.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(f.root.querySelector('.reopen')).not.to.equal(null);
    });
  });
});
