import { expect } from 'chai';
import Cookies from 'js-cookie';
import { candidateDomains, candidatePaths, removeMatchingData } from '../../src/core/cleanup.js';
import { clearAllCookies } from '../helpers/cookies.js';

describe('removeMatchingData', () => {
  afterEach(() => {
    clearAllCookies();
    localStorage.clear();
    sessionStorage.clear();
  });

  const target = () => ({ hostname: location.hostname, pathname: location.pathname, localStorage, sessionStorage });

  it('removes matching cookies and storage keys and keeps the rest', () => {
    Cookies.set('_ga', '1');
    Cookies.set('_ga_ABC', '1');
    Cookies.set('_gid', '1');
    Cookies.set('session', '1');
    localStorage.setItem('_ga_client', '1');
    localStorage.setItem('cart', '1');
    sessionStorage.setItem('_ga_tab', '1');
    const removed = removeMatchingData(['_ga', '_ga*'], target());
    expect(Object.keys(Cookies.get()).sort()).to.deep.equal(['_gid', 'session']);
    expect(localStorage.getItem('cart')).to.equal('1');
    expect(localStorage.getItem('_ga_client')).to.equal(null);
    expect(sessionStorage.getItem('_ga_tab')).to.equal(null);
    expect(removed.sort()).to.deep.equal(['_ga', '_ga_ABC', '_ga_client', '_ga_tab']);
  });

  it('never removes a kept name, even when a pattern matches it', () => {
    Cookies.set('consent_banner', 'x');
    Cookies.set('consent_other', 'x');
    removeMatchingData(['consent_*'], target(), { keep: ['consent_banner'] });
    expect(Cookies.get('consent_banner')).to.equal('x');
    expect(Cookies.get('consent_other')).to.equal(undefined);
  });

  it('removes a cookie set with an explicit path', () => {
    Cookies.set('_fbp', '1', { path: '/' });
    removeMatchingData(['_fbp'], target());
    expect(Cookies.get('_fbp')).to.equal(undefined);
  });

  it('does nothing without patterns, and survives storage that throws', () => {
    Cookies.set('_ga', '1');
    expect(removeMatchingData([], target())).to.deep.equal([]);
    expect(Cookies.get('_ga')).to.equal('1');
    const throwing = {
      get length(): number {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(() => removeMatchingData(['_ga'], { ...target(), localStorage: throwing })).not.to.throw();
    expect(Cookies.get('_ga')).to.equal(undefined);
  });

  it('tries this host and each parent domain', () => {
    expect(candidateDomains('a.b.example.co.uk')).to.deep.equal(['', 'a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk', 'co.uk']);
    expect(candidateDomains('localhost')).to.deep.equal(['']);
    expect(candidateDomains('127.0.0.1')).to.deep.equal(['']);
  });

  it('tries / and every prefix of the path', () => {
    expect(candidatePaths('/shop/cart/item', ['/shop'])).to.deep.equal([
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/',
      '/shop/cart/item',
      '/shop/cart/item/',
    ]);
  });
});
