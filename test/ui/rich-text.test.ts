import { expect } from 'chai';
import { parseRichText } from '../../src/ui/rich-text.js';
import { selectionOf, withGrant } from '../../src/ui/selection.js';
import type { ConsentConfig } from '../../src/core/types.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, makeConsent, uniqueCookieName } from '../helpers/consent.js';

describe('rich text', () => {
  it('makes links of [text](url) with safe URLs only', () => {
    expect(parseRichText('Read [the policy](/privacy) or [ours](https://example.com/p).')).to.deep.equal([
      'Read ',
      { text: 'the policy', url: '/privacy' },
      ' or ',
      { text: 'ours', url: 'https://example.com/p' },
      '.',
    ]);
  });

  it('keeps unsafe links and markup as the text they were written as', () => {
    for (const text of ['[x](javascript:alert(1))', '[x](data:text/html,hi)', '<a href="/x">x</a>', '[x](vbscript:y)', '[x]( /spaced)']) {
      expect(parseRichText(text), text).to.deep.equal([text]);
    }
  });

  it('handles empty text and text without links', () => {
    expect(parseRichText('')).to.deep.equal([]);
    expect(parseRichText('plain')).to.deep.equal(['plain']);
  });
});

describe('selection', () => {
  const config = (extra: ConsentConfig = {}): ConsentConfig => ({
    categories: { necessary: { required: true }, analytics: { services: { a: {}, b: {} } }, marketing: { services: { yt: {} } } },
    cookie: { name: uniqueCookieName() },
    ...extra,
  });
  const started = (extra?: ConsentConfig) => makeConsent(config(extra)).api.init();
  afterEach(() => {
    destroyAll();
    clearAllCookies();
  });

  it("spells out every category's services, so that accept() changes nothing by accident", () => {
    const api = started();
    expect(selectionOf(api)).to.deep.equal({ categories: ['necessary'], services: { analytics: [], marketing: [] } });
    api.accept(['analytics'], { analytics: ['b'] });
    expect(selectionOf(api)).to.deep.equal({ categories: ['necessary', 'analytics'], services: { analytics: ['b'], marketing: [] } });
  });

  it('is what holds by default where no choice was made: everything under the opt-out regime', () => {
    const api = started({ region: 'US-CA', regimes: [{ regions: ['US'], mode: 'opt-out' }] });
    expect(selectionOf(api)).to.deep.equal({ categories: ['necessary', 'analytics', 'marketing'], services: { analytics: ['a', 'b'], marketing: ['yt'] } });
  });

  it('adds one category or one service', () => {
    const base = selectionOf(started());
    expect(withGrant(base, 'analytics').categories).to.deep.equal(['necessary', 'analytics']);
    expect(withGrant(base, 'marketing', 'yt').services.marketing).to.deep.equal(['yt']);
    expect(withGrant(withGrant(base, 'marketing', 'yt'), 'marketing', 'yt').services.marketing).to.deep.equal(['yt']);
  });
});
