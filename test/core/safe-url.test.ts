import { expect } from 'chai';
import { isSafeUrl } from '../../src/core/safe-url.js';

describe('isSafeUrl', () => {
  it('accepts http, https and relative URLs', () => {
    for (const url of [
      'https://example.com/p',
      'http://example.com',
      '/privacy',
      'privacy.html',
      '#cookies',
      '?a=1',
      '//cdn.example.com/x.js',
      'HTTPS://EXAMPLE.COM',
    ]) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
  });

  it('refuses script, data and other schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      '\u0001javascript:x',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
      'mailto:a@b.c',
      '',
    ]) {
      expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
    }
  });
});
