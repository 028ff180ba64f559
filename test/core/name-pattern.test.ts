import { expect } from 'chai';
import { compileNamePattern, compileNamePatterns } from '../../src/core/name-pattern.js';

describe('name patterns', () => {
  it('matches an exact name only', () => {
    const test = compileNamePattern('_ga');
    expect([test('_ga'), test('_ga_X'), test('x_ga')]).to.deep.equal([true, false, false]);
  });

  it('treats * as any run of characters and everything else literally', () => {
    const test = compileNamePattern('_ga_*');
    expect([test('_ga_ABC'), test('_ga_'), test('_ga'), test('x_ga_1')]).to.deep.equal([true, true, false, false]);
    const dotted = compileNamePattern('a.b*');
    expect([dotted('a.bc'), dotted('axbc')]).to.deep.equal([true, false]);
  });

  it('uses a RegExp as given, without the state of global or sticky flags', () => {
    const test = compileNamePattern(/^_hj/g);
    expect([test('_hjA'), test('_hjB'), test('_hjC'), test('x_hj')]).to.deep.equal([true, true, true, false]);
  });

  it('combines patterns', () => {
    const test = compileNamePatterns(['_fbp', /^_gcl/]);
    expect([test('_fbp'), test('_gcl_au'), test('other')]).to.deep.equal([true, true, false]);
  });
});
