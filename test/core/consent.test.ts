import { expect } from 'chai';
import Cookies from 'js-cookie';
import { isBot } from '../../src/core/bots.js';
import { normalizeConfig } from '../../src/core/config.js';
import { randomUuid } from '../../src/core/random-id.js';
import { encodeRecord } from '../../src/core/record-codec.js';
import type { ChangeDetail, ConsentConfig, ConsentRecord, ViewDetail } from '../../src/core/types.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { recordingReporter } from '../helpers/reporter.js';
import { destroyAll, makeConsent, stubNavigator, uniqueCookieName, waitFor } from '../helpers/consent.js';
import { jarCookies } from '../helpers/engine.js';

const DAY = 24 * 60 * 60 * 1000;

function configWith(extra: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    revision: 2,
    categories: {
      necessary: { required: true },
      analytics: { cookies: ['_stats'], services: { ga: { cookies: ['_ga', '_ga_*'] }, hj: { cookies: ['_hj*'] } } },
      marketing: { cookies: ['_fbp'], services: { youtube: {} } },
    },
    cookie: { name: uniqueCookieName() },
    ...extra,
  };
}

describe('createConsent', () => {
  afterEach(() => {
    destroyAll();
    clearAllCookies();
    localStorage.clear();
  });

  describe('first visit', () => {
    it('has no record, grants only required categories, and shows the notice', () => {
      const { api } = makeConsent(configWith());
      const ready: unknown[] = [];
      const shown: ViewDetail[] = [];
      api.on('ready', (detail) => ready.push(detail.record));
      api.on('show', (detail) => shown.push(detail));
      api.init();
      expect(api.get()).to.equal(null);
      expect(ready).to.deep.equal([null]);
      expect(shown).to.deep.equal([{ view: 'notice' }]);
      expect(api.views).to.deep.equal({ notice: true, preferences: false });
      expect(api.has('necessary')).to.equal(true);
      expect(api.has('analytics')).to.equal(false);
      expect(api.hasService('analytics', 'ga')).to.equal(false);
      expect(api.has('unknown')).to.equal(false);
    });

    it('dispatches consent-ready and consent-show on window', () => {
      const seen: string[] = [];
      const listener = (event: Event): void => {
        seen.push(`${event.type}:${JSON.stringify((event as CustomEvent).detail)}`);
      };
      for (const name of ['consent-ready', 'consent-show']) window.addEventListener(name, listener);
      try {
        makeConsent(configWith()).api.init();
      } finally {
        for (const name of ['consent-ready', 'consent-show']) window.removeEventListener(name, listener);
      }
      expect(seen).to.deep.equal(['consent-ready:{"record":null}', 'consent-show:{"view":"notice"}']);
    });

    it('shows the notice to automated browsers, which are not bots', () => {
      expect(isBot(navigator.userAgent)).to.equal(false);
      const { api } = makeConsent(configWith());
      api.init();
      expect(api.views.notice).to.equal(true);
    });

    it('shows no notice to a known crawler, whose tagged nodes stay blocked', () => {
      const restore = stubNavigator('userAgent', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
      try {
        const { api } = makeConsent(configWith());
        api.init();
        expect(api.views.notice).to.equal(false);
        expect(api.has('analytics')).to.equal(false);
        const { api: shown } = makeConsent({ ...configWith(), hideFromBots: false });
        shown.init();
        expect(shown.views.notice, 'hideFromBots: false').to.equal(true);
      } finally {
        restore();
      }
    });

    it('never takes an automation tool for a bot', () => {
      for (const agent of [
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Playwright/1.64',
        'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0 Puppeteer',
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15 WebDriver',
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36 Lighthouse',
      ])
        expect(isBot(agent), agent).to.equal(false);
      expect(
        isBot('Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0 Safari/537.36'),
      ).to.equal(true);
    });
  });

  describe('choices', () => {
    it('acceptAll grants everything, saves, hides the notice and reports the change', () => {
      const config = configWith();
      const now = Math.floor(Date.now() / 1000) * 1000;
      const { api } = makeConsent(config, { now: () => now, randomId: () => '11111111-2222-4333-8444-555555555555' });
      const changes: ChangeDetail[] = [];
      const hidden: ViewDetail[] = [];
      api.on('change', (detail) => changes.push(detail));
      api.on('hide', (detail) => hidden.push(detail));
      api.init();
      api.acceptAll();
      const expected: ConsentRecord = {
        id: '11111111-2222-4333-8444-555555555555',
        revision: 2,
        given: new Date(now).toISOString(),
        updated: new Date(now).toISOString(),
        categories: ['necessary', 'analytics', 'marketing'],
        services: { analytics: ['ga', 'hj'], marketing: ['youtube'] },
        method: 'accept-all',
        gpc: false,
        regime: 'opt-in',
        region: null,
      };
      expect(api.get()).to.deep.equal(expected);
      expect(api.views.notice).to.equal(false);
      expect(hidden).to.deep.equal([{ view: 'notice' }]);
      expect(changes).to.have.length(1);
      expect(changes[0]).to.deep.include({ changed: ['analytics', 'marketing'], granted: ['analytics', 'marketing'], withdrawn: [], source: 'page' });
      expect(Cookies.get(config.cookie!.name!)).to.match(/^cb1\.2\./);
    });

    it('rejectAll grants only the required categories', () => {
      const { api } = makeConsent(configWith());
      api.init();
      api.rejectAll();
      expect(api.get()?.categories).to.deep.equal(['necessary']);
      expect(api.get()?.method).to.equal('reject-all');
      expect(api.has('analytics')).to.equal(false);
      expect(api.views.notice).to.equal(false);
    });

    it('accept grants exactly the given categories and services', () => {
      const { api } = makeConsent(configWith());
      api.init();
      api.accept(['analytics'], { analytics: ['ga'] });
      expect(api.get()).to.deep.include({ categories: ['necessary', 'analytics'], services: { analytics: ['ga'] }, method: 'custom' });
      expect(api.hasService('analytics', 'ga')).to.equal(true);
      expect(api.hasService('analytics', 'hj')).to.equal(false);
      expect(api.has('marketing')).to.equal(false);
    });

    it('a service granted alone does not grant its category', () => {
      const { api } = makeConsent(configWith());
      api.init();
      api.accept([], { marketing: ['youtube'] });
      expect(api.hasService('marketing', 'youtube')).to.equal(true);
      expect(api.has('marketing')).to.equal(false);
    });

    it('keeps the id and first time across later changes', () => {
      let now = Math.floor(Date.now() / 1000) * 1000 - 5 * DAY;
      const { api } = makeConsent(configWith(), { now: () => now });
      api.init();
      api.acceptAll();
      const first = api.get()!;
      now += DAY;
      api.rejectAll();
      const second = api.get()!;
      expect(second.id).to.equal(first.id);
      expect(second.given).to.equal(first.given);
      expect(second.updated).to.equal(new Date(now).toISOString());
    });

    it('the record it returns cannot be changed by the page', () => {
      const { api } = makeConsent(configWith());
      api.init();
      api.rejectAll();
      const record = api.get()!;
      expect(() => {
        (record.categories as string[]).push('marketing');
      }).to.throw();
      expect(api.has('marketing')).to.equal(false);
    });

    it('reports bad arguments by name and saves nothing', () => {
      const { api, reporter } = makeConsent(configWith());
      api.init();
      (api.accept as (c: unknown) => void)('analytics');
      expect(api.get()).to.equal(null);
      expect(reporter.errors[0]).to.include('accept(): categories must be an array');
      api.accept(['analytics', 'ads']);
      expect(api.get()?.categories).to.deep.equal(['necessary', 'analytics']);
      expect(reporter.errors[1]).to.include('"ads" is not a configured category');
    });

    it('refuses calls before init, naming the call', () => {
      const { api, reporter } = makeConsent(configWith());
      api.acceptAll();
      api.show();
      expect(api.get()).to.equal(null);
      expect(reporter.errors).to.deep.equal([
        'acceptAll() was called before init(); call init() first.',
        'show() was called before init(); call init() first.',
      ]);
    });

    it('starts once: a second init keeps the first config', () => {
      const { api, reporter } = makeConsent(configWith({ layout: 'bar' }));
      api.init();
      expect(api.init({ layout: 'modal' })).to.equal(api);
      expect(api.config.layout).to.equal('bar');
      expect(reporter.warnings.join('\n')).to.include('init() was called again');
    });
  });

  describe('returning visitor', () => {
    it('restores the stored choice without showing the notice', () => {
      const config = configWith();
      const first = makeConsent(config);
      first.api.init();
      first.api.accept(['analytics']);
      const stored = first.api.get();
      first.api.destroy();

      const second = makeConsent(config);
      const shown: unknown[] = [];
      second.api.on('show', (d) => shown.push(d));
      second.api.init();
      expect(second.api.get()).to.deep.equal(stored);
      expect(second.api.has('analytics')).to.equal(true);
      expect(second.api.views.notice).to.equal(false);
      expect(shown).to.be.empty;
    });

    it('rewrites the cookie so it expires expiresDays after the choice, never later', async () => {
      const config = configWith({ cookie: { name: uniqueCookieName(), expiresDays: 30 } });
      const choiceTime = Date.now() - 10 * DAY;
      const first = makeConsent(config, { now: () => choiceTime });
      first.api.init();
      first.api.acceptAll();
      first.api.destroy();
      // Simulate Safari's 7-day cap having shortened the cookie: write it back as a session cookie.
      const name = config.cookie!.name!;
      Cookies.set(name, Cookies.get(name)!);
      makeConsent(config).api.init();
      const [cookie] = await jarCookies(name);
      expect(cookie?.expires).to.be.a('number');
      const expected = Math.floor(choiceTime / 1000) * 1000 + 30 * DAY;
      expect(Math.abs(cookie!.expires! - expected)).to.be.below(2000);
    });

    it('leaves the cookie as it is with cookie.rewrite: false (the server re-sets it)', async () => {
      const config = configWith({ cookie: { name: uniqueCookieName(), rewrite: false } });
      const first = makeConsent(config);
      first.api.init();
      first.api.acceptAll();
      first.api.destroy();
      const name = config.cookie!.name!;
      Cookies.set(name, Cookies.get(name)!); // a session cookie now
      const again = makeConsent(config);
      again.api.init();
      expect(again.api.get()?.method).to.equal('accept-all');
      const [cookie] = await jarCookies(name);
      expect(cookie?.expires, 'not written again').to.equal(null);
    });

    it('asks again when the revision was raised', () => {
      const config = configWith();
      const first = makeConsent(config);
      first.api.init();
      first.api.acceptAll();
      first.api.destroy();
      const second = makeConsent({ ...config, revision: 3 });
      second.api.init();
      expect(second.api.get()).to.equal(null);
      expect(second.api.has('analytics')).to.equal(false);
      expect(second.api.views.notice).to.equal(true);
    });

    it('counts a tampered or foreign cookie as no choice, and never throws', () => {
      const config = configWith();
      for (const value of ['analytics=true', 'cb1.2.broken', '%E0%A4%A', '{"categories":["marketing"]}', 'cb1.2.AAAAAAAAAAAAAAAAAAAAAA.0.0.a0.marketing']) {
        Cookies.set(config.cookie!.name!, value);
        const { api } = makeConsent(config);
        expect(() => api.init()).not.to.throw();
        expect(api.get(), value).to.equal(null);
        expect(api.has('marketing')).to.equal(false);
        api.destroy();
      }
    });
  });

  describe('reset', () => {
    it('forgets the choice, removes the cookie and shows the notice', () => {
      const config = configWith();
      const { api } = makeConsent(config);
      const changes: ChangeDetail[] = [];
      api.on('consent-change', (detail) => changes.push(detail));
      api.init();
      api.acceptAll();
      api.reset();
      expect(api.get()).to.equal(null);
      expect(Cookies.get(config.cookie!.name!)).to.equal(undefined);
      expect(api.views.notice).to.equal(true);
      expect(changes[1]).to.deep.include({ record: null, withdrawn: ['analytics', 'marketing'] });
    });
  });

  describe("the migration guide's acceptService recipe", () => {
    it('grants one more service and leaves every other grant and refusal as it was', () => {
      const config = configWith({
        categories: {
          necessary: { required: true },
          analytics: { services: { ga: {}, hotjar: {} } },
          marketing: { services: { facebook: {}, youtube: {} } },
        },
      });
      const { api } = makeConsent(config);
      api.init();
      api.accept(['marketing'], { marketing: ['youtube'] }); // facebook refused, youtube granted
      // The recipe, as docs/migration-from-vanilla-cookieconsent.md gives it:
      const acceptService = (service: string, category: string): void => {
        const record = api.get();
        const services = { ...record?.services, [category]: [...new Set([...(record?.services[category] ?? []), service])] };
        api.accept(record?.categories ?? [], services);
      };
      acceptService('ga', 'analytics');
      expect(api.hasService('analytics', 'ga')).to.equal(true);
      expect(api.hasService('analytics', 'hotjar')).to.equal(false);
      expect(api.hasService('marketing', 'youtube')).to.equal(true);
      expect(api.hasService('marketing', 'facebook'), 'the refusal stands').to.equal(false);
      acceptService('facebook', 'marketing');
      expect(api.has('marketing'), 'both marketing services now: the category').to.equal(true);
      expect(api.hasService('analytics', 'hotjar')).to.equal(false);
    });
  });

  describe('events', () => {
    it('a "ready" listener added after init() is told at once, once; the ready promise settles with the same detail', async () => {
      const config = configWith();
      const first = makeConsent(config);
      first.api.init();
      first.api.acceptAll();
      first.api.destroy();
      const { api } = makeConsent(config);
      let early: unknown = null;
      const pending = api.ready.then((detail) => {
        early = detail;
        return detail;
      });
      api.init();
      const heard: unknown[] = [];
      api.on('consent-ready', (detail) => heard.push(detail));
      expect(heard).to.have.length(1);
      expect((heard[0] as { record: { method: string } | null }).record?.method).to.equal('accept-all');
      api.acceptAll(); // a later change is no second "ready"
      expect(heard).to.have.length(1);
      expect(await pending).to.equal(heard[0]);
      expect(early).to.equal(heard[0]);
      expect(await api.ready).to.equal(heard[0]);
    });

    it('a listener that throws does not stop the others, and the choice is saved', () => {
      const config = configWith();
      const { api, reporter } = makeConsent(config);
      const calls: string[] = [];
      api.on('change', () => {
        calls.push('first');
      });
      api.on('change', () => {
        throw new Error('boom');
      });
      api.on('change', () => {
        calls.push('third');
      });
      api.init();
      api.acceptAll();
      expect(calls).to.deep.equal(['first', 'third']);
      expect(reporter.errors[0]).to.include('boom');
      expect(Cookies.get(config.cookie!.name!)).to.be.a('string');
    });

    it('a window listener that throws does not stop the choice', () => {
      const config = configWith();
      const { api } = makeConsent(config);
      const thrower = (): void => {
        throw new Error('deliberate: a page listener that throws (test)');
      };
      // The browser reports a listener's error to window.onerror; keep it from failing the test run.
      const previous = window.onerror;
      const reported: string[] = [];
      window.onerror = (message) => {
        reported.push(typeof message === 'string' ? message : message.type);
        return true;
      };
      window.addEventListener('consent-change', thrower);
      try {
        api.init();
        api.acceptAll();
      } finally {
        window.removeEventListener('consent-change', thrower);
        window.onerror = previous;
      }
      expect(reported.join()).to.include('deliberate: a page listener that throws');
      expect(api.has('analytics')).to.equal(true);
    });

    it('on() returns an unsubscribe function and accepts the DOM event names', () => {
      const { api } = makeConsent(configWith());
      const calls: string[] = [];
      const off = api.on('consent-show', (d) => calls.push(d.view));
      api.init();
      api.showPreferences();
      off();
      api.hide();
      api.show();
      expect(calls).to.deep.equal(['notice', 'preferences']);
    });

    it('on() reports an unknown event name', () => {
      const { api, reporter } = makeConsent(configWith());
      (api.on as (event: string, listener: () => void) => () => void)('consnet-change', () => undefined);
      expect(reporter.errors[0]).to.include('"consnet-change" is not an event');
    });
  });

  describe('views', () => {
    it('show, showPreferences and hide open and close the views, each event once', () => {
      const { api } = makeConsent(configWith());
      const log: string[] = [];
      api.on('show', (d) => log.push(`show:${d.view}`));
      api.on('hide', (d) => log.push(`hide:${d.view}`));
      api.init();
      api.show();
      api.showPreferences();
      api.hide();
      expect(log).to.deep.equal(['show:notice', 'show:preferences', 'hide:preferences', 'hide:notice']);
      expect(api.views).to.deep.equal({ notice: false, preferences: false });
    });
  });

  describe('withdrawal', () => {
    it("removes the withdrawn categories' cookies and storage keys, and keeps the rest", () => {
      const config = configWith();
      const { api } = makeConsent(config);
      api.init();
      api.acceptAll();
      Cookies.set('_ga', '1');
      Cookies.set('_ga_XYZ', '1');
      Cookies.set('_stats', '1');
      Cookies.set('_fbp', '1');
      localStorage.setItem('_hjSession', '1');
      api.accept(['marketing']);
      expect(Cookies.get('_ga')).to.equal(undefined);
      expect(Cookies.get('_ga_XYZ')).to.equal(undefined);
      expect(Cookies.get('_stats')).to.equal(undefined);
      expect(localStorage.getItem('_hjSession')).to.equal(null);
      expect(Cookies.get('_fbp')).to.equal('1');
      expect(Cookies.get(config.cookie!.name!)).to.be.a('string');
    });

    it("removes a single withdrawn service's cookies", () => {
      const { api } = makeConsent(configWith());
      api.init();
      api.accept(['analytics']);
      Cookies.set('_ga', '1');
      Cookies.set('_hjid', '1');
      api.accept(['analytics'], { analytics: ['ga'] });
      expect(Cookies.get('_ga')).to.equal('1');
      expect(Cookies.get('_hjid')).to.equal(undefined);
    });
  });

  describe('Global Privacy Control', () => {
    let restore: () => void = () => undefined;
    afterEach(() => {
      restore();
    });

    it('keeps the gpc categories off on accept all and records the signal', () => {
      restore = stubNavigator('globalPrivacyControl', true);
      const { api } = makeConsent(configWith());
      api.init();
      expect(api.gpc).to.equal(true);
      api.acceptAll();
      expect(api.get()).to.deep.include({ categories: ['necessary', 'analytics'], method: 'accept-all', gpc: true });
      expect(api.has('marketing')).to.equal(false);
    });

    it('lets the visitor turn a gpc category on by hand', () => {
      restore = stubNavigator('globalPrivacyControl', true);
      const { api } = makeConsent(configWith());
      api.init();
      api.accept(['analytics', 'marketing']);
      expect(api.has('marketing')).to.equal(true);
      expect(api.get()?.gpc).to.equal(true);
    });

    it('uses the configured gpc categories', () => {
      restore = stubNavigator('globalPrivacyControl', true);
      const { api } = makeConsent(configWith({ gpc: ['analytics', 'marketing'] }));
      api.init();
      api.acceptAll();
      expect(api.get()?.categories).to.deep.equal(['necessary']);
    });

    it('does nothing without the signal', () => {
      const { api } = makeConsent(configWith());
      api.init();
      api.acceptAll();
      expect(api.get()).to.deep.include({ gpc: false });
      expect(api.has('marketing')).to.equal(true);
    });
  });

  describe('tabs in step', () => {
    it('a choice in one instance reaches another through the broadcast channel', async () => {
      const config = configWith();
      const a = makeConsent(config);
      const b = makeConsent(config);
      const changes: ChangeDetail[] = [];
      a.api.init();
      b.api.init();
      b.api.on('change', (d) => changes.push(d));
      a.api.accept(['analytics']);
      await waitFor(() => changes.length > 0, 2000, 'the other tab');
      expect(changes[0]).to.deep.include({ source: 'tab', granted: ['analytics'] });
      expect(b.api.has('analytics')).to.equal(true);
      expect(b.api.views.notice).to.equal(false);
      a.api.reset();
      await waitFor(() => changes.length > 1, 2000, 'the reset');
      expect(b.api.get()).to.equal(null);
      expect(b.api.views.notice).to.equal(true);
    });

    it('re-reads the cookie when the tab becomes visible (the fallback)', () => {
      const config = configWith();
      const { api } = makeConsent(config);
      const changes: ChangeDetail[] = [];
      api.init();
      api.on('change', (d) => changes.push(d));
      // Write a choice the way another tab without a broadcast channel would: only the cookie changes.
      const normalized = normalizeConfig(config, location, recordingReporter());
      const now = new Date().toISOString();
      Cookies.set(
        config.cookie!.name!,
        encodeRecord(
          {
            id: randomUuid(),
            revision: 2,
            given: now,
            updated: now,
            categories: ['necessary', 'analytics'],
            services: { analytics: ['ga', 'hj'] },
            method: 'custom',
            gpc: false,
            regime: 'opt-in',
            region: null,
          },
          normalized,
        ),
      );
      expect(api.has('analytics')).to.equal(false);
      expect(document.visibilityState).to.equal('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(api.has('analytics')).to.equal(true);
      expect(changes).to.have.length(1);
      expect(changes[0]).to.deep.include({ source: 'tab', granted: ['analytics'] });
      // Nothing changed since: a second visibility change is quiet.
      document.dispatchEvent(new Event('visibilitychange'));
      expect(changes).to.have.length(1);
    });
  });
});
