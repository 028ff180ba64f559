import { expect } from 'chai';
import fc from 'fast-check';
import Cookies from 'js-cookie';
import { normalizeConfig } from '../../src/core/config.js';
import { compactToUuid, decodeRecord, encodeRecord, uuidToCompact } from '../../src/core/record-codec.js';
import type { ConsentRecord, NormalizedConfig } from '../../src/core/types.js';
import { recordingReporter } from '../helpers/reporter.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** Four categories with two services each: the size the issue sets a budget for. */
const config: NormalizedConfig = normalizeConfig(
  {
    revision: 4,
    categories: {
      necessary: { required: true, services: { session: {}, csrf: {} } },
      functional: { services: { chat: {}, language: {} } },
      analytics: { services: { ga: {}, hotjar: {} } },
      marketing: { services: { facebook: {}, youtube: {} } },
    },
  },
  { hostname: 'example.com', protocol: 'https:' },
  recordingReporter(),
);

const record: ConsentRecord = {
  id: '3f2b8c1e-9a4d-4e7b-8c2d-1a2b3c4d5e6f',
  revision: 4,
  given: '2026-05-01T10:00:00.000Z',
  updated: '2026-05-20T08:30:15.000Z',
  categories: ['necessary', 'functional', 'analytics', 'marketing'],
  services: { necessary: ['session', 'csrf'], functional: ['chat', 'language'], analytics: ['ga', 'hotjar'], marketing: ['facebook', 'youtube'] },
  method: 'accept-all',
  gpc: false,
  regime: 'opt-in',
  region: null,
};

describe('record codec', () => {
  it('round-trips a record', () => {
    const value = encodeRecord(record, config);
    expect(decodeRecord(value, config, NOW)).to.deep.equal(record);
  });

  it('fits four categories with two services each in under 200 bytes, even as js-cookie writes it', () => {
    const value = encodeRecord(record, config);
    const written = Cookies.converter.write(value, 'consent_banner');
    expect(written, 'no character needs percent-encoding').to.equal(value);
    expect(new TextEncoder().encode(written).length).to.be.below(200);
  });

  it('writes a partial grant and reads it back exactly', () => {
    const partial: ConsentRecord = {
      ...record,
      method: 'custom',
      gpc: true,
      categories: ['necessary', 'analytics'],
      services: { necessary: ['session', 'csrf'], analytics: ['ga'], marketing: ['youtube'] },
    };
    const value = encodeRecord(partial, config);
    expect(value).to.match(/\.c1\.analytics:ga\|!marketing:youtube$/);
    expect(decodeRecord(value, config, NOW)).to.deep.equal(partial);
  });

  it('keeps the regime and region a choice was made under, and reads a value without them as opt-in, region unknown', () => {
    const optOut: ConsentRecord = { ...record, method: 'opt-out', regime: 'opt-out', region: 'US-CA', categories: ['necessary', 'functional', 'analytics'] };
    const value = encodeRecord(optOut, config);
    expect(value).to.match(/\.o0\.[^.]*\.oUS-CA$/);
    expect(decodeRecord(value, config, NOW)).to.deep.equal(optOut);
    expect(decodeRecord(value, config, NOW, 'opt-out')).to.deep.equal(optOut);
    const dismissed: ConsentRecord = { ...optOut, method: 'dismiss' };
    expect(encodeRecord(dismissed, config)).to.match(/\.d0\.[^.]*\.oUS-CA$/);
    expect(decodeRecord(encodeRecord(dismissed, config), config, NOW)).to.deep.equal(dismissed);
    const inGermany: ConsentRecord = { ...record, region: 'DE' };
    expect(encodeRecord(inGermany, config)).to.match(/\.iDE$/);
    expect(decodeRecord(encodeRecord(inGermany, config), config, NOW)).to.deep.equal(inGermany);
    // What was written before regions existed: no last part.
    const plain = encodeRecord(record, config);
    expect(plain.split('.')).to.have.length(7);
    expect(decodeRecord(plain, config, NOW)).to.deep.include({ regime: 'opt-in', region: null });
  });

  it('under the opt-in regime, counts a choice made under opt-out as none (its defaults never carry over)', () => {
    const optOut: ConsentRecord = { ...record, regime: 'opt-out', region: 'US-CA' };
    const value = encodeRecord(optOut, config);
    expect(decodeRecord(value, config, NOW, 'opt-in')).to.equal(null);
    expect(decodeRecord(encodeRecord({ ...record, region: 'FR' }, config), config, NOW, 'opt-in')).to.deep.include({ region: 'FR' });
  });

  it('rejects a broken regime part', () => {
    const plain = encodeRecord(record, config);
    for (const tail of ['.x', '.oUSA', '.ous-ca', '.o-CA', '.oUS-CALI', '.i.o']) {
      expect(decodeRecord(`${plain}${tail}`, config, NOW), tail).to.equal(null);
    }
  });

  it('packs UUIDs losslessly', () => {
    fc.assert(fc.property(fc.uuid(), (uuid) => compactToUuid(uuidToCompact(uuid)) === uuid));
    expect(uuidToCompact(record.id)).to.have.length(22);
    expect(compactToUuid('!!!!!!!!!!!!!!!!!!!!!!')).to.equal(null);
  });

  describe('counts as no choice', () => {
    const good = encodeRecord(record, config);
    const cases: [string, unknown][] = [
      ['undefined', undefined],
      ['an empty value', ''],
      ['a foreign value', '{"necessary":true}'],
      ['another format version', good.replace(/^cb1/, 'cb2')],
      ["another library's cookie", 'necessary=true&analytics=false'],
      ['an unknown method', good.replace('.a0.', '.x0.')],
      ['a broken id', good.replace(/^(cb1\.[^.]+\.)[^.]+/, '$1short')],
      ['a non-string', 42],
      ['a huge value', `${good}|${'x'.repeat(5000)}`],
      ['a grant with a bad service id', good.replace('analytics:ga+hotjar', 'analytics:ga+ho tjar')],
      ['a grant with an empty category id', `${good}|!:x`],
    ];
    for (const [name, value] of cases) {
      it(name, () => {
        expect(decodeRecord(value, config, NOW)).to.equal(null);
      });
    }

    it('a record from another revision', () => {
      expect(decodeRecord(encodeRecord({ ...record, revision: 3 }, config), config, NOW)).to.equal(null);
    });

    it('an expired record (older than expiresDays)', () => {
      const old = { ...record, given: new Date(NOW - 200 * DAY).toISOString(), updated: new Date(NOW - 183 * DAY).toISOString() };
      expect(decodeRecord(encodeRecord(old, config), config, NOW)).to.equal(null);
      const fresh = { ...old, updated: new Date(NOW - 181 * DAY).toISOString() };
      expect(decodeRecord(encodeRecord(fresh, config), config, NOW)).not.to.equal(null);
    });

    it('a record from the future, or updated before it was given', () => {
      const future = { ...record, updated: new Date(NOW + 3 * DAY).toISOString() };
      expect(decodeRecord(encodeRecord(future, config), config, NOW)).to.equal(null);
      const backwards = { ...record, given: '2026-05-21T00:00:00.000Z' };
      expect(decodeRecord(encodeRecord(backwards, config), config, NOW)).to.equal(null);
    });
  });

  it('drops categories and services the config no longer has, and always grants required ones', () => {
    const smaller = normalizeConfig(
      {
        revision: 4,
        categories: { necessary: { required: true, services: { session: {}, csrf: {} } }, analytics: { services: { ga: {} } } },
      },
      undefined,
      recordingReporter(),
    );
    const decoded = decodeRecord(encodeRecord(record, config), smaller, NOW);
    expect(decoded?.categories).to.deep.equal(['necessary', 'analytics']);
    expect(decoded?.services).to.deep.equal({ necessary: ['session', 'csrf'], analytics: ['ga'] });
  });

  describe('property-based', () => {
    const categoryIds = config.categories.map((c) => c.id);

    it('never throws and never accepts a random string', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), (value) => {
          expect(decodeRecord(value, config, NOW)).to.equal(null);
        }),
        { numRuns: 2000 },
      );
    });

    it("never throws on values built from the format's own alphabet", () => {
      const alphabet = fc.constantFrom(...'cb1.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-|:+!%'.split(''));
      fc.assert(
        fc.property(
          fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join('')),
          (value) => {
            const decoded = decodeRecord(`cb1.${value}`, config, NOW);
            if (decoded !== null) expect(decoded.categories.every((id) => categoryIds.includes(id))).to.equal(true);
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('never throws on any JavaScript value', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          expect(decodeRecord(value, config, NOW)).to.equal(null);
        }),
        { numRuns: 500 },
      );
    });

    it('grants exactly what was written, no more, for any mutation of the grants (a category with services needs one of them)', () => {
      const grantArb = fc.record({
        categories: fc.subarray(categoryIds.filter((id) => id !== 'necessary')),
        services: fc.dictionary(fc.constantFrom(...categoryIds), fc.subarray(['ga', 'hotjar', 'chat', 'language', 'facebook', 'youtube', 'x'])),
      });
      fc.assert(
        fc.property(grantArb, fc.constantFrom<ConsentRecord['method']>('accept-all', 'reject-all', 'custom'), fc.boolean(), (grants, method, gpc) => {
          const written: ConsentRecord = { ...record, method, gpc, categories: ['necessary', ...grants.categories], services: grants.services };
          const decoded = decodeRecord(encodeRecord(written, config), config, NOW);
          expect(decoded).not.to.equal(null);
          expect(decoded!.method).to.equal(method);
          expect(decoded!.gpc).to.equal(gpc);
          const withAService = grants.categories.filter((id) => {
            const declared = config.categories.find((c) => c.id === id)!.services.map((s) => s.id);
            return declared.length === 0 || (grants.services[id] ?? []).some((service) => declared.includes(service));
          });
          expect([...decoded!.categories].sort()).to.deep.equal(['necessary', ...withAService].sort());
          for (const category of config.categories) {
            if (category.id === 'necessary') continue;
            const declared = category.services.map((s) => s.id);
            const expected = (grants.services[category.id] ?? []).filter((id) => declared.includes(id));
            expect([...(decoded!.services[category.id] ?? [])].sort(), category.id).to.deep.equal(declared.filter((id) => expected.includes(id)).sort());
          }
        }),
        { numRuns: 500 },
      );
    });

    it('a single changed character never yields a record with more grants than written', () => {
      const rejected: ConsentRecord = { ...record, categories: ['necessary'], services: { necessary: ['session', 'csrf'] }, method: 'reject-all' };
      const value = encodeRecord(rejected, config);
      fc.assert(
        fc.property(fc.nat(value.length - 1), fc.string({ minLength: 1, maxLength: 1 }), (index, char) => {
          const mutated = value.slice(0, index) + char + value.slice(index + 1);
          const decoded = decodeRecord(mutated, config, NOW);
          // Only the grants field can add grants, and it is the last field: a change elsewhere either
          // breaks the value (null) or keeps the grants as they were.
          if (decoded !== null && index < value.lastIndexOf('.')) {
            expect(decoded.categories).to.deep.equal(['necessary']);
          }
        }),
        { numRuns: 1000 },
      );
    });
  });
});
