import { expect } from 'chai';
import { parseRichText } from '../../src/ui/rich-text.js';
import { selectionOf, withGrant } from '../../src/ui/selection.js';
import { normalizeConfig } from '../../src/core/config.js';
import { recordingReporter } from '../helpers/reporter.js';

describe('rich text', () => {
  it('makes links of [text](url) with safe URLs only', () => {
    expect(parseRichText('Read [the policy](/privacy) or [ours](https://example.com/p).')).to.deep.equal([
      'Read ', { text: 'the policy', url: '/privacy' }, ' or ', { text: 'ours', url: 'https://example.com/p' }, '.',
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
  const config = normalizeConfig({
    categories: { necessary: { required: true }, analytics: { services: { a: {}, b: {} } }, marketing: { services: { yt: {} } } },
  }, undefined, recordingReporter());

  it('spells out every category\'s services, so that accept() changes nothing by accident', () => {
    const record = { id: '', revision: 1, given: '', updated: '', method: 'custom' as const, gpc: false, categories: ['necessary', 'analytics'], services: {} };
    expect(selectionOf(record, config)).to.deep.equal({ categories: ['necessary', 'analytics'], services: { analytics: [], marketing: [] } });
    expect(selectionOf(null, config)).to.deep.equal({ categories: ['necessary'], services: { analytics: [], marketing: [] } });
  });

  it('adds one category or one service', () => {
    const base = selectionOf(null, config);
    expect(withGrant(base, 'analytics').categories).to.deep.equal(['necessary', 'analytics']);
    expect(withGrant(base, 'marketing', 'yt').services.marketing).to.deep.equal(['yt']);
    expect(withGrant(withGrant(base, 'marketing', 'yt'), 'marketing', 'yt').services.marketing).to.deep.equal(['yt']);
  });
});
