import { expect } from 'chai';
import type { ConsentConfig } from '../../src/core/types.js';
import { consentLog, MAX_PENDING, PENDING_KEY, type ConsentLogPayload } from '../../src/integrations/consent-log.js';
import { textHash } from '../../src/core/shown-context.js';
import { VERSION } from '../../src/version.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, makeConsent, uniqueCookieName, waitFor } from '../helpers/consent.js';
import { recordingReporter } from '../helpers/reporter.js';

interface Sent {
  via: 'beacon' | 'fetch';
  url: string;
  body: ConsentLogPayload;
  init?: RequestInit;
}

/** A window whose network is recorded: the beacon answers `beacon`, fetch answers `fetchOk` (or rejects). */
function fakeWindow(options: { beacon?: boolean; fetch?: 'ok' | 'fail' | 'reject' } = {}) {
  const sent: Sent[] = [];
  const win = {
    localStorage,
    location: { pathname: '/shop/cart' },
    navigator: {
      sendBeacon: (url: string, data: Blob): boolean => {
        if (options.beacon === false) return false;
        void data.text().then((text) => sent.push({ via: 'beacon', url, body: JSON.parse(text) as ConsentLogPayload }));
        return true;
      },
    },
    fetch: (url: string, init: RequestInit): Promise<Response> => {
      if (options.fetch === 'reject') return Promise.reject(new TypeError('network down'));
      sent.push({ via: 'fetch', url, body: JSON.parse(init.body as string) as ConsentLogPayload, init });
      return Promise.resolve(new Response(null, { status: options.fetch === 'fail' ? 500 : 204 }));
    },
  };
  return { win, sent };
}

const categories: ConsentConfig['categories'] = { necessary: { required: true }, analytics: { services: { stats: {} } }, marketing: {} };

function start(win: unknown, extra: Partial<ConsentConfig> = {}, cookieName = uniqueCookieName()) {
  const made = makeConsent({ categories, log: { url: '/consent-log' }, reloadOnWithdraw: false, cookie: { name: cookieName }, ...extra });
  const reporter = recordingReporter();
  consentLog({ reporter, shown: () => ({ language: 'de', textsHash: textHash('texts') }) }).attach(made.api, win as Window);
  made.api.init();
  return { ...made, logReporter: reporter };
}

function pending(): unknown[] {
  return JSON.parse(localStorage.getItem(PENDING_KEY) ?? '[]') as unknown[];
}

describe('proof of consent (log)', () => {
  afterEach(() => {
    destroyAll();
    clearAllCookies();
    localStorage.removeItem(PENDING_KEY);
  });

  it('leaves localStorage alone on a page without a log (its first access costs every page view)', () => {
    const { win, sent } = fakeWindow();
    let opened = 0;
    const counting = Object.defineProperty({ ...win }, 'localStorage', {
      get: () => {
        opened += 1;
        return localStorage;
      },
    });
    const { api } = start(counting, { log: undefined });
    api.acceptAll();
    expect(opened).to.equal(0);
    expect(sent).to.deep.equal([]);
  });

  it('sends each saved choice by fetch with keepalive, no Referer and no cookies, with the record, the page path, language, texts hash and version', async () => {
    const { win, sent } = fakeWindow();
    const { api } = start(win, { gpc: ['marketing'] });
    api.accept(['analytics']);
    await waitFor(() => sent.length === 1, 2000, 'the request');
    const record = api.get()!;
    expect(sent[0]!.init).to.deep.include({ method: 'POST', keepalive: true, credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(sent[0]).to.deep.include({ via: 'fetch', url: '/consent-log' });
    expect(sent[0]!.body).to.deep.equal({
      schema: 1,
      event: 'choice',
      source: 'api',
      previousId: null,
      id: record.id,
      revision: 1,
      given: record.given,
      updated: record.updated,
      method: 'custom',
      granted: ['necessary', 'analytics'],
      denied: ['marketing'],
      services: { analytics: ['stats'] },
      gpc: false,
      regime: 'opt-in',
      region: null,
      page: '/shop/cart',
      language: 'de',
      textsHash: textHash('texts'),
      version: VERSION,
    });
    await waitFor(() => pending().length === 0, 2000, 'the entry to be cleared');
  });

  it('never uses a beacon: a beacon cannot tell whether the server kept the entry, nor drop the Referer', async () => {
    const { win, sent } = fakeWindow();
    start(win).api.acceptAll();
    await waitFor(() => sent.length === 1, 2000, 'the request');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.map((entry) => entry.via)).to.deep.equal(['fetch']);
  });

  it('sends cookies only when log.credentials asks for them', async () => {
    const { win, sent } = fakeWindow();
    start(win, { log: { url: '/consent-log', credentials: 'same-origin' } }).api.acceptAll();
    await waitFor(() => sent.length === 1, 2000, 'the request');
    expect(sent[0]!.init).to.deep.include({ credentials: 'same-origin', referrerPolicy: 'no-referrer' });
  });

  it('sends configured headers', async () => {
    const { win, sent } = fakeWindow();
    start(win, { log: { url: '/consent-log', headers: { 'X-Site': 'shop' } } }).api.rejectAll();
    await waitFor(() => sent.length === 1, 2000, 'the fetch');
    expect(sent[0]!.via).to.equal('fetch');
    expect(sent[0]!.init?.headers).to.deep.equal({ 'Content-Type': 'application/json', 'X-Site': 'shop' });
  });

  it('keeps a failed entry and sends it again on the next page load', async () => {
    const name = uniqueCookieName();
    const failing = fakeWindow({ fetch: 'reject' });
    const first = start(failing.win, {}, name);
    first.api.acceptAll();
    await waitFor(() => first.logReporter.warnings.length > 0, 2000, 'the failure');
    expect(pending()).to.have.length(1);
    expect(first.api.has('marketing'), 'the choice holds').to.equal(true);
    first.api.destroy();

    const working = fakeWindow();
    start(working.win, {}, name);
    await waitFor(() => working.sent.length === 1, 2000, 'the retry');
    expect(working.sent[0]!.body.method).to.equal('accept-all');
    await waitFor(() => pending().length === 0, 2000, 'the entry to be cleared');
  });

  it('treats an error status (a 404, a 500) as a failure: the entry is kept for the next page, and the console says so', async () => {
    const { win } = fakeWindow({ fetch: 'fail' });
    const { api, logReporter } = start(win);
    api.rejectAll();
    await waitFor(() => logReporter.warnings.length > 0, 2000, 'the failure');
    expect(pending()).to.have.length(1);
    expect(logReporter.warnings.join('\n')).to.match(/answered 500; the entry is kept/);
  });

  it(`keeps at most ${String(MAX_PENDING)} undelivered entries, the newest`, async () => {
    const { win } = fakeWindow({ fetch: 'reject' });
    const { api } = start(win);
    for (let i = 0; i < 8; i++) {
      if (i % 2 === 0) api.acceptAll();
      else api.rejectAll();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const kept = pending() as ConsentLogPayload[];
    expect(kept).to.have.length(MAX_PENDING);
    expect(kept.at(-1)!.method).to.equal('reject-all');
  });

  it('does not log a reset, nor a choice that came from another tab', async () => {
    const { win, sent } = fakeWindow();
    const { api } = start(win);
    api.reset();
    const other = makeConsent({ categories, cookie: { name: api.config.cookie.name } });
    other.api.init();
    other.api.acceptAll();
    await waitFor(() => api.has('marketing'), 2000, "the other tab's choice");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).to.deep.equal([]);
  });

  it('ignores a corrupted pending list', async () => {
    localStorage.setItem(PENDING_KEY, '{not json');
    const { win, sent } = fakeWindow();
    start(win).api.acceptAll();
    await waitFor(() => sent.length === 1, 2000, 'the request');
  });

  it('does nothing without log.url', async () => {
    const { win, sent } = fakeWindow();
    start(win, { log: undefined }).api.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).to.deep.equal([]);
    expect(localStorage.getItem(PENDING_KEY)).to.equal(null);
  });

  it('hashes texts stably and tells different texts apart', () => {
    expect(textHash('Accept all')).to.equal(textHash('Accept all'));
    expect(textHash('Accept all')).not.to.equal(textHash('Accept al'));
    expect(textHash('')).to.match(/^[0-9a-f]{16}$/);
  });
});
