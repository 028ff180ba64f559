// The server helpers, tested in Node against the built file a site imports (`consent-banner/server`).
import assert from 'node:assert/strict';
import http from 'node:http';
import { describe, it } from 'node:test';
import { consentCookieRefresh, consentFromCookieHeader } from '../../dist/server.js';

const DAY = 24 * 60 * 60;
const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const config = {
  revision: 2,
  categories: { necessary: { required: true }, analytics: { cookies: ['_ga'] }, marketing: { cookies: ['_fbp'] } },
  policyUrl: '/privacy',
};

/** A cookie value as the browser library writes it (format cb1), updated `daysAgo` days before NOW. */
function value({ daysAgo = 10, revision = 2, method = 'a', grants = 'analytics|marketing', id = 'AAAAAAAAAAAAAAAAAAAAAQ' } = {}) {
  const updated = Math.floor(NOW / 1000) - daysAgo * DAY;
  return `cb1.${revision.toString(36)}.${id}.${(updated - DAY).toString(36)}.${updated.toString(36)}.${method}0.${grants}`;
}

describe('consent-banner/server', () => {
  it('re-sets a valid choice with its remaining life, never longer', () => {
    const header = `theme=dark; consent_banner=${value({ daysAgo: 10 })}; other=1`;
    const setCookie = consentCookieRefresh(header, config, { now: NOW });
    const endsMs = NOW - 10 * DAY * 1000 + 182 * DAY * 1000;
    assert.equal(
      setCookie,
      `consent_banner=${value({ daysAgo: 10 })}; Path=/; Expires=${new Date(endsMs).toUTCString()}; Max-Age=${String(172 * DAY)}; SameSite=Lax; Secure`,
    );
    assert.deepEqual(consentFromCookieHeader(header, config, { now: NOW })?.categories, ['necessary', 'analytics', 'marketing']);
  });

  it('sets nothing without a valid choice: none, foreign, another revision, tampered, expired', () => {
    for (const header of [
      undefined,
      '',
      'theme=dark',
      'consent_banner=yes',
      `consent_banner=${value({ revision: 1 })}`,
      `consent_banner=${value().replace('.a0.', '.x0.')}`,
      `consent_banner=${value({ daysAgo: 200 })}`,
    ]) {
      assert.equal(consentCookieRefresh(header, config, { now: NOW }), null, String(header));
      assert.equal(consentFromCookieHeader(header, config, { now: NOW }), null, String(header));
    }
  });

  it('follows the regimes as the browser does: a choice made under opt-out is none in an opt-in region', () => {
    const regional = { ...config, regimes: [{ regions: ['US-STATE-LAWS'], mode: 'opt-out' }] };
    const madeInCalifornia = `consent_banner=${value({ method: 'c', grants: 'analytics|marketing' })}.oUS-CA`;
    assert.equal(consentFromCookieHeader(madeInCalifornia, regional, { now: NOW, region: 'us-ca' })?.region, 'US-CA');
    assert.equal(consentFromCookieHeader(madeInCalifornia, regional, { now: NOW, region: 'DE' }), null);
    assert.equal(consentFromCookieHeader(madeInCalifornia, regional, { now: NOW }), null, 'an unknown region is opt-in');
    assert.equal(consentCookieRefresh(madeInCalifornia, regional, { now: NOW, region: 'FR' }), null);
    assert.match(consentCookieRefresh(madeInCalifornia, regional, { now: NOW, region: 'US-CA' }) ?? '', /\.oUS-CA; Path=\//);
    const madeInFrance = `consent_banner=${value({ method: 'r', grants: '' })}.iFR`;
    assert.deepEqual(
      consentFromCookieHeader(madeInFrance, regional, { now: NOW, region: 'US-CA' })?.categories,
      ['necessary'],
      'an opt-in choice stands everywhere',
    );
    // As in the browser, the config's own region comes before the one the page (here the request) gives.
    const californian = { ...regional, region: 'US-CA' };
    assert.equal(consentFromCookieHeader(madeInCalifornia, californian, { now: NOW, region: 'DE' })?.region, 'US-CA', 'the config region wins');
    assert.equal(consentFromCookieHeader(madeInCalifornia, californian, { now: NOW })?.region, 'US-CA');
  });

  it('honours the Sec-GPC header as the browser honours the signal: the gpc categories of a choice saved without it are withdrawn', () => {
    const header = `consent_banner=${value({ daysAgo: 10, method: 'a', grants: 'analytics|marketing' })}`;
    for (const gpc of ['1', ' 1 ', ['0', '1'], true]) {
      const record = consentFromCookieHeader(header, config, { now: NOW, gpc });
      assert.deepEqual(record?.categories, ['necessary', 'analytics'], JSON.stringify(gpc));
      assert.equal(record?.gpc, true);
      assert.equal(record?.method, 'custom');
      assert.equal(record?.updated, new Date(NOW).toISOString());
      assert.equal(record?.given, new Date(NOW - 11 * DAY * 1000).toISOString(), 'the choice keeps its first time');
    }
    // The refresh writes the opted-out choice, with the life of its new time, and the browser reads it as it would its own.
    const setCookie = consentCookieRefresh(header, config, { now: NOW, gpc: '1' }) ?? '';
    assert.match(
      setCookie,
      new RegExp(`^consent_banner=[^;]+; Path=/; Expires=${new Date(NOW + 182 * DAY * 1000).toUTCString()}; Max-Age=${String(182 * DAY)};`),
    );
    const written = setCookie.split(';')[0];
    assert.deepEqual(consentFromCookieHeader(written, config, { now: NOW }), consentFromCookieHeader(header, config, { now: NOW, gpc: '1' }));
    // Once saved with the signal, the choice stands (a visitor who grants marketing with GPC on means it).
    const madeWithSignal = `consent_banner=${value({ method: 'a', grants: 'analytics|marketing' }).replace('.a0.', '.a1.')}`;
    assert.deepEqual(consentFromCookieHeader(madeWithSignal, config, { now: NOW, gpc: '1' })?.categories, ['necessary', 'analytics', 'marketing']);
    // No signal, or another value: nothing changes.
    for (const gpc of [undefined, null, '0', '', [], false]) {
      assert.deepEqual(consentFromCookieHeader(header, config, { now: NOW, gpc })?.categories, ['necessary', 'analytics', 'marketing'], String(gpc));
      assert.match(consentCookieRefresh(header, config, { now: NOW, gpc }) ?? '', new RegExp(`^${header.replace(/[.|]/g, '\\$&')};`));
    }
    // A site whose config opts GPC out of analytics too.
    const wider = { ...config, gpc: ['analytics', 'marketing'] };
    assert.deepEqual(consentFromCookieHeader(header, wider, { now: NOW, gpc: '1' })?.categories, ['necessary']);
  });

  it('of several values of the name, the most recent valid one wins', () => {
    const older = value({ daysAgo: 30, method: 'a', grants: 'analytics|marketing' });
    const newer = value({ daysAgo: 2, method: 'r', grants: '', id: 'BBBBBBBBBBBBBBBBBBBBBA' });
    const record = consentFromCookieHeader(`consent_banner=${older}; consent_banner=${newer}`, config, { now: NOW });
    assert.equal(record?.method, 'reject-all');
    assert.match(
      consentCookieRefresh(`consent_banner=${older}; consent_banner=${newer}`, config, { now: NOW }) ?? '',
      new RegExp(`^consent_banner=${newer.replace(/[.|]/g, '\\$&')};`),
    );
  });

  it('follows the config: name, domain, path, SameSite, expiresDays; Secure can be left out', () => {
    const custom = { ...config, cookie: { name: 'cb', domain: 'example.com', path: '/shop', sameSite: 'Strict', expiresDays: 30 } };
    const setCookie = consentCookieRefresh(`cb=${value({ daysAgo: 10 })}`, custom, { now: NOW, secure: false });
    assert.equal(
      setCookie,
      `cb=${value({ daysAgo: 10 })}; Path=/shop; Expires=${new Date(NOW + 20 * DAY * 1000).toUTCString()}; Max-Age=${String(20 * DAY)}; SameSite=Strict; Domain=example.com`,
    );
  });

  it('works in a Node http server as the docs show', async () => {
    // The snippet of docs/server.md.
    const server = http.createServer((req, res) => {
      const setCookie = consentCookieRefresh(req.headers.cookie, config, { gpc: req.headers['sec-gpc'] });
      if (setCookie !== null) res.setHeader('Set-Cookie', setCookie);
      res.end('page');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address();
      const fresh = `cb1.2.AAAAAAAAAAAAAAAAAAAAAQ.${Math.floor(Date.now() / 1000 - DAY).toString(36)}.${Math.floor(Date.now() / 1000 - DAY).toString(36)}.c0.analytics`;
      const withChoice = await fetch(`http://127.0.0.1:${String(port)}/`, { headers: { cookie: `consent_banner=${fresh}` } });
      assert.match(withChoice.headers.get('set-cookie') ?? '', /^consent_banner=cb1\.2\..*; Max-Age=\d+; SameSite=Lax; Secure$/);
      const everything = fresh.replace('.c0.analytics', '.a0.analytics|marketing');
      const withSignal = await fetch(`http://127.0.0.1:${String(port)}/`, { headers: { cookie: `consent_banner=${everything}`, 'sec-gpc': '1' } });
      assert.match(withSignal.headers.get('set-cookie') ?? '', /^consent_banner=cb1\.2\.[^;]*\.c1\.analytics; /, 'the signal withdraws marketing');
      const without = await fetch(`http://127.0.0.1:${String(port)}/`);
      assert.equal(without.headers.get('set-cookie'), null);
    } finally {
      server.close();
    }
  });
});
