import { expect } from 'chai';
import { DEFAULT_CONFIG, DEFAULT_GOOGLE_CONSENT_MAP, isDomainOfHost, MAX_EXPIRES_DAYS } from '../../src/core/config.js';
import { normalizeConfigExplained } from '../../src/core/config-explained.js';
import { recordingReporter } from '../helpers/reporter.js';

const HTTPS = { hostname: 'www.shop.example.com', protocol: 'https:' };
const HTTP = { hostname: 'www.shop.example.com', protocol: 'http:' };

function normalize(input: unknown, location = HTTPS) {
  const reporter = recordingReporter();
  const config = normalizeConfigExplained(input, location, reporter);
  return { config, errors: reporter.errors, warnings: reporter.warnings };
}

/** Checks that exactly one error names the field and shows the value, and that the fallback was used. */
function expectOneError(errors: string[], field: string, shownValue: string): void {
  expect(errors, errors.join('\n')).to.have.length(1);
  expect(errors[0]).to.include(`config.${field}:`);
  expect(errors[0]).to.include(shownValue);
}

describe('normalizeConfig', () => {
  it('gives the documented defaults for no config', () => {
    const { config, errors } = normalize(undefined);
    expect(errors).to.be.empty;
    expect(config.revision).to.equal(1);
    expect(config.categories.map((c) => [c.id, c.required])).to.deep.equal([
      ['necessary', true],
      ['analytics', false],
      ['marketing', false],
    ]);
    expect(config.cookie).to.deep.equal({ name: 'consent_banner', domain: '', path: '/', sameSite: 'Lax', expiresDays: 182, rewrite: true });
    expect(config.language).to.equal('auto');
    expect(config.layout).to.equal('box');
    expect(config.position).to.equal('bottom-right');
    expect(config.theme).to.equal('auto');
    expect(config.gpc).to.deep.equal(['marketing']);
    expect(config.googleConsentMode).to.equal(null);
    expect(config.vendors).to.deep.equal({ microsoftUet: null, clarity: null, metaPixel: null, matomo: null });
    expect(config.log).to.equal(null);
    expect(config.reloadOnWithdraw).to.equal(true);
  });

  it('keeps a full valid config as given, without a message', () => {
    const { config, errors, warnings } = normalize({
      revision: 3,
      categories: {
        necessary: { required: true, label: 'Needed' },
        analytics: {
          label: { en: 'Statistics', de: 'Statistik' },
          description: 'Counts visits',
          services: { ga: { label: 'Google Analytics', cookies: ['_ga', '_ga_*'] } },
        },
        marketing: { cookies: ['_fbp', /^_gcl/] },
      },
      cookie: { name: 'cb', domain: 'example.com', path: '/shop', sameSite: 'strict', expiresDays: 30 },
      language: 'pt-BR',
      translations: { de: { acceptAll: 'Alle akzeptieren' } },
      policyUrl: '/privacy',
      layout: 'bar',
      position: 'top',
      theme: 'dark',
      gpc: ['analytics', 'marketing'],
      googleConsentMode: true,
      log: { url: '/consent-log', headers: { 'X-Site': 'a' } },
      reloadOnWithdraw: false,
      blocking: true,
      reopenButton: false,
    });
    expect(errors).to.be.empty;
    expect(warnings).to.be.empty;
    expect(config.revision).to.equal(3);
    const analytics = config.categories[1]!;
    expect(analytics.label).to.deep.equal({ en: 'Statistics', de: 'Statistik' });
    expect(analytics.services.map((s) => s.id)).to.deep.equal(['ga']);
    expect(analytics.services[0]!.cookies).to.deep.equal([{ name: '_ga' }, { name: '_ga_*' }]);
    expect(config.categories[2]!.cookies[1]!.name).to.be.instanceOf(RegExp);
    expect(config.cookie).to.deep.equal({ name: 'cb', domain: 'example.com', path: '/shop', sameSite: 'Strict', expiresDays: 30, rewrite: true });
    expect(config.language).to.equal('pt-BR');
    expect(config.translations).to.deep.equal({ de: { acceptAll: 'Alle akzeptieren' } });
    expect([config.policyUrl, config.layout, config.position, config.theme]).to.deep.equal(['/privacy', 'bar', 'top', 'dark']);
    expect(config.gpc).to.deep.equal(['analytics', 'marketing']);
    expect(config.googleConsentMode).to.deep.equal({
      types: DEFAULT_GOOGLE_CONSENT_MAP,
      waitForUpdate: 500,
      region: [],
      urlPassthrough: false,
      adsDataRedaction: false,
    });
    expect(config.log).to.deep.equal({ url: '/consent-log', headers: { 'X-Site': 'a' } });
    expect(config.reloadOnWithdraw).to.equal(false);
    expect(config.blocking).to.equal(true);
    expect(config.reopenButton).to.equal(false);
  });

  it('keeps cookie entries with their purpose and duration', () => {
    const { config, errors } = normalize({
      categories: {
        analytics: { cookies: ['_ga', { name: '_gid', purpose: { en: 'Tells visits apart', de: 'Unterscheidet Besuche' }, duration: '24 hours' }, /^_hj/] },
      },
    });
    expect(errors).to.be.empty;
    expect(config.categories[0]!.cookies).to.deep.equal([
      { name: '_ga' },
      { name: '_gid', purpose: { en: 'Tells visits apart', de: 'Unterscheidet Besuche' }, duration: '24 hours' },
      { name: /^_hj/ },
    ]);
  });

  it('uses the defaults when the config is not an object', () => {
    for (const input of ['{"revision":1}', 42, [], true]) {
      const { config, errors } = normalize(input);
      expect(config).to.equal(DEFAULT_CONFIG);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('config:');
    }
  });

  it('says when a position does not apply to the layout, and where the notice goes instead', () => {
    const base = { policyUrl: '/privacy', categories: { necessary: { required: true } } };
    const warned = (layout: string, position: string): string[] =>
      normalize({ ...base, layout, position }).warnings.filter((w) => w.startsWith('config.position'));
    expect(warned('box', 'center')[0]).to.include('"center" does not apply to the box layout').and.include('shown at "bottom-right"');
    expect(warned('box', 'top')[0]).to.include('shown at "top-right"');
    expect(warned('bar', 'top-left')[0]).to.include('shown at "top"');
    expect(warned('modal', 'bottom-left')[0]).to.include('always centred');
    expect(warned('box', 'bottom-left')).to.deep.equal([]);
    expect(warned('bar', 'top')).to.deep.equal([]);
    expect(
      normalize({ ...base, layout: 'modal' }).warnings.filter((w) => w.startsWith('config.position')),
      'the default position says nothing',
    ).to.deep.equal([]);
  });

  it('warns about unknown fields and goes on', () => {
    const { config, errors, warnings } = normalize({ revison: 2, layout: 'bar', categories: { analytics: { requird: true } } });
    expect(errors).to.be.empty;
    expect(warnings.filter((w) => w.includes('unknown field'))).to.deep.equal([
      'config.revison: unknown field, ignored.',
      'config.categories.analytics.requird: unknown field, ignored.',
    ]);
    expect(config.layout).to.equal('bar');
    expect(config.revision).to.equal(1);
  });

  describe('each field with a bad value reports the field and the value, and uses the default', () => {
    const cases: [string, Record<string, unknown>, string, (c: ReturnType<typeof normalizeConfigExplained>) => unknown, unknown][] = [
      ['revision', { revision: -1 }, '-1', (c) => c.revision, 1],
      ['revision', { revision: 1.5 }, '1.5', (c) => c.revision, 1],
      ['revision', { revision: '2' }, '"2"', (c) => c.revision, 1],
      ['categories', { categories: ['analytics'] }, '["analytics"]', (c) => c.categories.length, 3],
      ['language', { language: 'english please' }, '"english please"', (c) => c.language, 'auto'],
      ['language', { language: 7 }, '7', (c) => c.language, 'auto'],
      ['policyUrl', { policyUrl: 'javascript:alert(1)' }, '"javascript:alert(1)"', (c) => c.policyUrl, ''],
      ['policyUrl', { policyUrl: 5 }, '5', (c) => c.policyUrl, ''],
      ['layout', { layout: 'popup' }, '"popup"', (c) => c.layout, 'box'],
      ['position', { position: 'middle' }, '"middle"', (c) => c.position, 'bottom-right'],
      ['theme', { theme: 'blue' }, '"blue"', (c) => c.theme, 'auto'],
      ['gpc', { gpc: 'marketing' }, '"marketing"', (c) => c.gpc, ['marketing']],
      ['gpc[0]', { gpc: ['ads'] }, '"ads"', (c) => c.gpc, []],
      ['gpc[0]', { gpc: ['necessary'] }, '"necessary"', (c) => c.gpc, []],
      ['googleConsentMode', { googleConsentMode: 'yes' }, '"yes"', (c) => c.googleConsentMode, null],
      ['googleConsentMode.ad_storage', { googleConsentMode: { ad_storage: 'ads' } }, '"ads"', (c) => c.googleConsentMode?.types, {}],
      ['googleConsentMode.wait_for_update', { googleConsentMode: { wait_for_update: -5 } }, '-5', (c) => c.googleConsentMode?.waitForUpdate, 500],
      ['googleConsentMode.region', { googleConsentMode: { region: 'ES' } }, '"ES"', (c) => c.googleConsentMode?.region, []],
      ['googleConsentMode.url_passthrough', { googleConsentMode: { url_passthrough: 'yes' } }, '"yes"', (c) => c.googleConsentMode?.urlPassthrough, false],
      ['vendors', { vendors: ['clarity'] }, '["clarity"]', (c) => c.vendors.clarity, null],
      ['vendors.clarity', { vendors: { clarity: 'on' } }, '"on"', (c) => c.vendors.clarity, null],
      ['vendors.metaPixel.category', { vendors: { metaPixel: { category: 'ads' } } }, '"ads"', (c) => c.vendors.metaPixel, { category: 'marketing' }],
      ['vendors.matomo.mode', { vendors: { matomo: { mode: 'cookies' } } }, '"cookies"', (c) => c.vendors.matomo, { category: 'analytics', mode: 'consent' }],
      ['log', { log: '/log' }, '"/log"', (c) => c.log, null],
      ['log.url', { log: { url: 'data:text/plain,x' } }, '"data:text/plain,x"', (c) => c.log, null],
      ['log.headers', { log: { url: '/log', headers: { a: 1 } } }, '{"a":1}', (c) => c.log, { url: '/log' }],
      ['reloadOnWithdraw', { reloadOnWithdraw: 'no' }, '"no"', (c) => c.reloadOnWithdraw, true],
      ['blocking', { blocking: 1 }, '1', (c) => c.blocking, false],
      ['nonce', { nonce: 'a b' }, '"a b"', (c) => c.nonce, ''],
      ['reopenButton', { reopenButton: 'left' }, '"left"', (c) => c.reopenButton, 'bottom-left'],
      ['reopenButton', { reopenButton: true }, 'true', (c) => c.reopenButton, 'bottom-left'],
      [
        'categories.analytics.cookies[0].purpose',
        { categories: { analytics: { cookies: [{ name: '_ga', purpose: 5 }] } } },
        '5',
        (c) => c.categories[0]?.cookies,
        [{ name: '_ga' }],
      ],
      ['translations', { translations: 'de' }, '"de"', (c) => c.translations, {}],
      [
        'translations.de.acceptAll',
        { translations: { de: { acceptAll: 1, rejectAll: 'Ablehnen' } } },
        '1',
        (c) => c.translations,
        { de: { rejectAll: 'Ablehnen' } },
      ],
      ['cookie', { cookie: 'consent' }, '"consent"', (c) => c.cookie, DEFAULT_CONFIG.cookie],
      ['cookie.name', { cookie: { name: 'my cookie;' } }, '"my cookie;"', (c) => c.cookie.name, 'consent_banner'],
      ['cookie.name', { cookie: { name: '' } }, '""', (c) => c.cookie.name, 'consent_banner'],
      ['cookie.domain', { cookie: { domain: 'other.org' } }, '"other.org"', (c) => c.cookie.domain, ''],
      ['cookie.domain', { cookie: { domain: 'com' } }, '"com"', (c) => c.cookie.domain, ''],
      ['cookie.domain', { cookie: { domain: 3 } }, '3', (c) => c.cookie.domain, ''],
      ['cookie.path', { cookie: { path: 'shop' } }, '"shop"', (c) => c.cookie.path, '/'],
      ['cookie.sameSite', { cookie: { sameSite: 'Loose' } }, '"Loose"', (c) => c.cookie.sameSite, 'Lax'],
      ['cookie.expiresDays', { cookie: { expiresDays: 0 } }, '0', (c) => c.cookie.expiresDays, 182],
      ['cookie.expiresDays', { cookie: { expiresDays: '30' } }, '"30"', (c) => c.cookie.expiresDays, 182],
      ['cookie.expiresDays', { cookie: { expiresDays: 1000 } }, '1000', (c) => c.cookie.expiresDays, MAX_EXPIRES_DAYS],
      ['categories.analytics.required', { categories: { analytics: { required: 'yes' } } }, '"yes"', (c) => c.categories[0]?.required, false],
      ['categories.analytics.label', { categories: { analytics: { label: 3 } } }, '3', (c) => c.categories[0]?.label, undefined],
      [
        'categories.analytics.description',
        { categories: { analytics: { description: { en: 1 } } } },
        '{"en":1}',
        (c) => c.categories[0]?.description,
        undefined,
      ],
      ['categories.analytics.cookies', { categories: { analytics: { cookies: '_ga' } } }, '"_ga"', (c) => c.categories[0]?.cookies, []],
      ['categories.analytics.cookies[1]', { categories: { analytics: { cookies: ['_ga', 7] } } }, '7', (c) => c.categories[0]?.cookies, [{ name: '_ga' }]],
      ['categories.analytics.services', { categories: { analytics: { services: ['ga'] } } }, '["ga"]', (c) => c.categories[0]?.services, []],
      [
        'categories.analytics.services.ga.cookies[0]',
        { categories: { analytics: { services: { ga: { cookies: [null] } } } } },
        'null',
        (c) => c.categories[0]?.services[0]?.cookies,
        [],
      ],
    ];
    for (const [field, input, shown, read, expected] of cases) {
      it(`${field} = ${shown}`, () => {
        const { config, errors } = normalize(input);
        expectOneError(errors, field, shown);
        expect(read(config)).to.deep.equal(expected);
      });
    }
  });

  it('refuses SameSite=None on a page that is not https', () => {
    const { config, errors } = normalize({ cookie: { sameSite: 'None' } }, HTTP);
    expectOneError(errors, 'cookie.sameSite', '"None"');
    expect(config.cookie.sameSite).to.equal('Lax');
    expect(normalize({ cookie: { sameSite: 'None' } }, HTTPS).config.cookie.sameSite).to.equal('None');
  });

  it('skips categories and services with bad ids or bodies, keeping the rest', () => {
    const { config, errors } = normalize({
      categories: {
        'bad id': {},
        analytics: { services: { 'g a': {}, ga: {}, hj: 'x' } },
        marketing: 'yes',
      },
    });
    expect(config.categories.map((c) => c.id)).to.deep.equal(['analytics']);
    expect(config.categories[0]!.services.map((s) => s.id)).to.deep.equal(['ga']);
    expect(errors).to.have.length(4);
    expect(errors.join('\n'))
      .to.include('config.categories.bad id')
      .and.include('config.categories.marketing')
      .and.include('config.categories.analytics.services.g a')
      .and.include('config.categories.analytics.services.hj');
  });

  it('falls back to the default categories when none is valid', () => {
    const { config, errors } = normalize({ categories: {} });
    expect(config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(errors[0]).to.include('config.categories');
  });

  it('ignores prototype keys in objects from JSON', () => {
    const input: unknown = JSON.parse('{"categories":{"__proto__":{"required":true},"analytics":{}},"translations":{"de":{"__proto__":"x"}}}');
    const { config } = normalize(input);
    expect(config.categories.map((c) => c.id)).to.deep.equal(['analytics']);
    expect(({} as Record<string, unknown>).required).to.equal(undefined);
  });

  it('drops a default GPC category the config does not have', () => {
    const { config, errors } = normalize({ categories: { necessary: { required: true }, analytics: {} } });
    expect(errors).to.be.empty;
    expect(config.gpc).to.deep.equal([]);
  });

  it('keeps a custom Google Consent Mode map that names configured categories', () => {
    const { config, warnings } = normalize({
      googleConsentMode: {
        analytics_storage: 'analytics',
        my_type: 'marketing',
        wait_for_update: 1000,
        region: ['ES', 'US-CA'],
        url_passthrough: true,
        ads_data_redaction: true,
      },
    });
    expect(config.googleConsentMode).to.deep.equal({
      types: { analytics_storage: 'analytics', my_type: 'marketing' },
      waitForUpdate: 1000,
      region: ['ES', 'US-CA'],
      urlPassthrough: true,
      adsDataRedaction: true,
    });
    expect(warnings.join('\n')).to.include('config.googleConsentMode.my_type');
    expect(normalize({ googleConsentMode: { wait_for_update: 200 } }).config.googleConsentMode?.types).to.deep.equal(DEFAULT_GOOGLE_CONSENT_MAP);
  });

  it('warns when informed consent lacks a policy link, or a category declares neither services nor cookies', () => {
    const { warnings } = normalize({ categories: { necessary: { required: true }, analytics: {}, marketing: { cookies: ['_fbp'] } } });
    expect(warnings.join('\n')).to.include('config.policyUrl').and.include('config.categories.analytics: declares no services and no cookies');
    expect(warnings.join('\n')).not.to.include('config.categories.marketing').and.not.to.include('config.categories.necessary');
  });

  it('takes a provider for services and cookie entries', () => {
    const { config, errors, warnings } = normalize({
      policyUrl: '/privacy',
      categories: {
        analytics: { services: { ga: { provider: 'Google Ireland Ltd', cookies: ['_ga', { name: '_gid', provider: { en: 'Google', de: 'Google' } }] } } },
      },
    });
    expect(errors).to.be.empty;
    expect(warnings).to.be.empty;
    const service = config.categories[0]!.services[0]!;
    expect(service.provider).to.equal('Google Ireland Ltd');
    expect(service.cookies[1]).to.deep.equal({ name: '_gid', provider: { en: 'Google', de: 'Google' } });
  });

  it('refuses group names in googleConsentMode.region ("EU", "EEA", "UK"), naming the field and the codes to use', () => {
    for (const [region, hint] of [
      [['EU'], 'AT BE BG'],
      [['ES', 'eea'], 'AT BE BG'],
      [['UK'], '"GB"'],
      [['EL'], 'AT BE BG'],
    ] as const) {
      const { config, errors } = normalize({ googleConsentMode: { region } });
      expect(config.googleConsentMode?.region, JSON.stringify(region)).to.deep.equal([]); // the default applies in every region
      expect(errors.join('\n')).to.include('config.googleConsentMode.region').and.include(hint);
    }
    expect(normalize({ googleConsentMode: { region: ['GB', 'CH', 'US-CA'] } }).config.googleConsentMode?.region).to.deep.equal(['GB', 'CH', 'US-CA']);
  });

  it('turns vendor adapters on with their default categories, or the ones given', () => {
    const { config, errors } = normalize({ vendors: { microsoftUet: true, clarity: { ads: 'analytics' }, metaPixel: false, matomo: { mode: 'cookie' } } });
    expect(errors).to.be.empty;
    expect(config.vendors).to.deep.equal({
      microsoftUet: { category: 'marketing' },
      clarity: { analytics: 'analytics', ads: 'analytics' },
      metaPixel: null,
      matomo: { category: 'analytics', mode: 'cookie' },
    });
  });

  it('knows which domains a host may set cookies on', () => {
    expect(isDomainOfHost('example.com', 'www.example.com')).to.equal(true);
    expect(isDomainOfHost('.example.com', 'example.com')).to.equal(true);
    expect(isDomainOfHost('ample.com', 'www.example.com')).to.equal(false);
    expect(isDomainOfHost('com', 'example.com')).to.equal(false);
    expect(isDomainOfHost('localhost', 'localhost')).to.equal(true);
  });

  it('never throws, whatever it is given', () => {
    const hostile = [
      { categories: { a: { services: { b: { cookies: [{}] } } } } },
      { cookie: { name: null, domain: null, path: null, sameSite: null, expiresDays: NaN } },
      {
        get revision(): never {
          throw new Error('getter');
        },
      },
      Object.create(null) as unknown,
      { categories: new Map() },
      { translations: { de: null } },
      { log: { url: '/x', headers: [] } },
    ];
    for (const input of hostile) {
      expect(() => normalize(input)).not.to.throw();
    }
  });
});
