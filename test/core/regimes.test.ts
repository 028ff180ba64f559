import { expect } from 'chai';
import Cookies from 'js-cookie';
import { normalizeConfigExplained } from '../../src/core/config-explained.js';
import { regimeOf } from '../../src/core/regimes.js';
import type { ChangeDetail, ConsentConfig } from '../../src/core/types.js';
import { US_STATE_LAWS } from '../../src/core/us-state-laws.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, makeConsent, stubNavigator, uniqueCookieName } from '../helpers/consent.js';
import { recordingReporter } from '../helpers/reporter.js';

const US_OPT_OUT = [{ regions: ['US-STATE-LAWS'], mode: 'opt-out' as const }];

function configWith(extra: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    categories: {
      necessary: { required: true },
      analytics: { cookies: ['_stats'], services: { ga: {}, hj: {} } },
      marketing: { cookies: ['_ads'] },
    },
    cookie: { name: uniqueCookieName() },
    regimes: US_OPT_OUT,
    ...extra,
  };
}

describe('regions and regimes: the config', () => {
  it('takes a region in any case and says which field is wrong when it is none', () => {
    const reporter = recordingReporter();
    expect(normalizeConfigExplained({ region: 'us-ca' }, undefined, reporter).region).to.equal('US-CA');
    expect(normalizeConfigExplained({ region: 'DE' }, undefined, reporter).region).to.equal('DE');
    expect(reporter.errors).to.deep.equal([]);
    for (const [value, hint] of [
      ['California', ''],
      ['EU', 'AT BE'],
      ['UK', '"GB"'],
      [42, ''],
      ['US-CALIF', ''],
    ] as const) {
      const errors = recordingReporter();
      expect(normalizeConfigExplained({ region: value }, undefined, errors).region, String(value)).to.equal(null);
      expect(errors.errors, String(value)).to.have.length(1);
      expect(errors.errors[0]).to.include('config.region').and.include(JSON.stringify(value)).and.include(hint);
    }
  });

  it('expands the US-STATE-LAWS preset and keeps the order of the entries', () => {
    const reporter = recordingReporter();
    const config = normalizeConfigExplained(
      {
        regimes: [
          { regions: ['us-ca', 'FR'], mode: 'opt-in' },
          { regions: ['US-STATE-LAWS', '*'], mode: 'opt-out' },
        ],
      },
      undefined,
      reporter,
    );
    expect(reporter.errors).to.deep.equal([]);
    expect(config.regimes[0]).to.deep.equal({ regions: ['US-CA', 'FR'], mode: 'opt-in' });
    expect(config.regimes[1]?.regions).to.deep.equal([...US_STATE_LAWS, '*']);
    expect(US_STATE_LAWS).to.include.members(['US-CA', 'US-VA', 'US-CO', 'US-CT', 'US-TX', 'US-OR', 'US-NJ']);
    expect(US_STATE_LAWS.every((code) => /^US-[A-Z]{2}$/.test(code))).to.equal(true);
  });

  it('names the entry and the value of every mistake, and drops only what is wrong', () => {
    const reporter = recordingReporter();
    const config = normalizeConfigExplained(
      {
        regimes: [{ regions: ['US'], mode: 'optout' }, { regions: [], mode: 'opt-out' }, { regions: ['EU', 'US-CA'], mode: 'opt-out', modus: 1 }, 'US'],
      },
      undefined,
      reporter,
    );
    expect(config.regimes).to.deep.equal([{ regions: ['US-CA'], mode: 'opt-out' }]);
    expect(reporter.errors.join('\n'))
      .to.include('config.regimes[0].mode: "optout"')
      .and.include('config.regimes[1].regions: []')
      .and.include('config.regimes[2].regions[0]: "EU"')
      .and.include('config.regimes[3]: "US"');
    expect(reporter.warnings.join('\n')).to.include('config.regimes[2].modus: unknown field');
    expect(normalizeConfigExplained({ regimes: { US: 'opt-out' } }, undefined, recordingReporter()).regimes).to.deep.equal([]);
  });

  it('takes gpp as true or its settings', () => {
    expect(normalizeConfigExplained({ gpp: true }, undefined, recordingReporter()).gpp).to.deep.equal({ cmpId: 0, cmpVersion: 1 });
    expect(normalizeConfigExplained({ gpp: { cmpId: 300, cmpVersion: 4 } }, undefined, recordingReporter()).gpp).to.deep.equal({ cmpId: 300, cmpVersion: 4 });
    const reporter = recordingReporter();
    expect(normalizeConfigExplained({ gpp: { cmpId: -1 } }, undefined, reporter).gpp).to.deep.equal({ cmpId: 0, cmpVersion: 1 });
    expect(reporter.errors[0]).to.include('config.gpp.cmpId: -1');
    expect(normalizeConfigExplained({ gpp: 'usnat' }, undefined, recordingReporter()).gpp).to.equal(null);
  });
});

describe('regions and regimes: which regime applies', () => {
  const regimes = normalizeConfigExplained(
    {
      regimes: [
        { regions: ['US-UT'], mode: 'opt-in' },
        { regions: ['US', 'CA-QC'], mode: 'opt-out' },
        { regions: ['*'], mode: 'opt-in' },
      ],
    },
    undefined,
    recordingReporter(),
  ).regimes;

  it('the first entry holding the region, its country, or "*"', () => {
    expect(regimeOf('US-CA', regimes)).to.equal('opt-out');
    expect(regimeOf('US', regimes)).to.equal('opt-out');
    expect(regimeOf('US-UT', regimes), 'listed first').to.equal('opt-in');
    expect(regimeOf('CA-QC', regimes)).to.equal('opt-out');
    expect(regimeOf('CA-ON', regimes), 'a subdivision does not cover its country').to.equal('opt-in');
    expect(regimeOf('DE', regimes)).to.equal('opt-in');
  });

  it('opt-in for an unknown region, even where "*" is opt-out, and without regimes', () => {
    const anywhere = normalizeConfigExplained({ regimes: [{ regions: ['*'], mode: 'opt-out' }] }, undefined, recordingReporter()).regimes;
    expect(regimeOf(null, anywhere)).to.equal('opt-in');
    expect(regimeOf('JP', anywhere)).to.equal('opt-out');
    expect(regimeOf('US-CA', [])).to.equal('opt-in');
  });
});

describe('regions and regimes: the core', () => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    restore();
    restore = () => undefined;
    destroyAll();
    clearAllCookies();
    document.documentElement.removeAttribute('data-consent-region');
  });

  it('opt-out: every category counts as granted before any choice, nothing is saved, and the notice shows', () => {
    const { api } = makeConsent(configWith({ region: 'US-CA' }));
    api.init();
    expect(api.region).to.equal('US-CA');
    expect(api.regime).to.equal('opt-out');
    expect(api.get()).to.equal(null);
    expect(api.has('analytics')).to.equal(true);
    expect(api.has('marketing')).to.equal(true);
    expect(api.hasService('analytics', 'hj')).to.equal(true);
    expect(api.views.notice).to.equal(true);
    expect(Cookies.get(api.config.cookie.name)).to.equal(undefined);
  });

  it('optOut() withdraws the gpc categories in one call, keeps the rest, removes their cookies, and saves the regime and region', () => {
    const { api } = makeConsent(configWith({ region: 'US-CA' }));
    const changes: ChangeDetail[] = [];
    api.on('change', (detail) => changes.push(detail));
    api.init();
    Cookies.set('_ads', '1');
    api.optOut({ source: 'notice' });
    expect(api.get()).to.deep.include({ method: 'opt-out', regime: 'opt-out', region: 'US-CA', categories: ['necessary', 'analytics'] });
    expect(api.get()?.services).to.deep.include({ analytics: ['ga', 'hj'] });
    expect(api.has('marketing')).to.equal(false);
    expect(api.views.notice).to.equal(false);
    expect(Cookies.get('_ads')).to.equal(undefined);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ withdrawn: ['marketing'], granted: [], origin: 'notice' });
    expect(Cookies.get(api.config.cookie.name)).to.match(/\.oUS-CA$/);
  });

  it('dismiss() keeps what holds and says so: the defaults saved as method "dismiss" with no answer yet, a saved answer left as it is', () => {
    const config = configWith({ region: 'US-CA' });
    const { api } = makeConsent(config);
    const changes: ChangeDetail[] = [];
    api.on('change', (detail) => changes.push(detail));
    api.init();
    api.dismiss({ source: 'notice' });
    expect(api.get()).to.deep.include({ method: 'dismiss', regime: 'opt-out', region: 'US-CA', categories: ['necessary', 'analytics', 'marketing'] });
    expect(api.views.notice).to.equal(false);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ granted: [], withdrawn: [], origin: 'notice' });
    api.destroy();

    const next = makeConsent(config).api.init();
    expect(next.get()?.method, 'read back from the cookie').to.equal('dismiss');
    expect(next.views.notice, 'it answered the notice').to.equal(false);
    next.optOut();
    next.show();
    next.dismiss();
    expect(next.get()?.method, 'an answer is not overwritten').to.equal('opt-out');
    expect(next.views.notice).to.equal(false);
    next.destroy();

    const inFrance = makeConsent(configWith({ region: 'FR' })).api.init();
    inFrance.dismiss();
    expect(inFrance.get()).to.deep.include({ method: 'dismiss', regime: 'opt-in', categories: ['necessary'] });
    expect(inFrance.has('analytics')).to.equal(false);
  });

  it('the opt-out holds on the next load in the same region', () => {
    const config = configWith({ region: 'US-CA' });
    const first = makeConsent(config).api.init();
    first.optOut();
    first.destroy();
    const { api } = makeConsent(config);
    api.init();
    expect(api.has('marketing')).to.equal(false);
    expect(api.has('analytics')).to.equal(true);
    expect(api.views.notice).to.equal(false);
  });

  it('a GPC signal is that opt-out from the first load: the gpc categories never count as granted', () => {
    restore = stubNavigator('globalPrivacyControl', true);
    const { api } = makeConsent(configWith({ region: 'US-CO' }));
    api.init();
    expect(api.has('marketing')).to.equal(false);
    expect(api.has('analytics')).to.equal(true);
    expect(api.views.notice, 'the notice says so').to.equal(true);
  });

  it('reads the region from <html data-consent-region> when the config gives none, and reports one that is none', () => {
    document.documentElement.setAttribute('data-consent-region', 'us-va');
    const { api } = makeConsent(configWith());
    api.init();
    expect(api.region).to.equal('US-VA');
    expect(api.regime).to.equal('opt-out');
    document.documentElement.setAttribute('data-consent-region', 'Virginia');
    const { api: wrong, reporter } = makeConsent(configWith());
    wrong.init();
    expect(wrong.region).to.equal(null);
    expect(wrong.regime).to.equal('opt-in');
    expect(wrong.has('analytics')).to.equal(false);
    expect(reporter.errors.join('\n')).to.include('data-consent-region').and.include('"Virginia"');
  });

  it("the config's region wins over the page's", () => {
    document.documentElement.setAttribute('data-consent-region', 'US-CA');
    const { api } = makeConsent(configWith({ region: 'FR' }));
    api.init();
    expect(api.region).to.equal('FR');
    expect(api.regime).to.equal('opt-in');
  });

  it('unknown region, no match, or no regimes: opt-in, as before', () => {
    for (const extra of [{}, { region: 'DE' }, { region: 'US-CA', regimes: [] }]) {
      const { api } = makeConsent(configWith(extra));
      api.init();
      expect(api.regime, JSON.stringify(extra)).to.equal('opt-in');
      expect(api.has('analytics'), JSON.stringify(extra)).to.equal(false);
      api.destroy();
    }
  });

  it('a choice made under opt-out does not carry over to an opt-in region: the visitor is asked', () => {
    const name = uniqueCookieName();
    const inCalifornia = makeConsent(configWith({ region: 'US-CA', cookie: { name } })).api.init();
    inCalifornia.accept(['analytics', 'marketing']);
    inCalifornia.destroy();
    const { api } = makeConsent(configWith({ region: 'FR', cookie: { name } }));
    api.init();
    expect(api.get()).to.equal(null);
    expect(api.has('analytics')).to.equal(false);
    expect(api.views.notice).to.equal(true);
    api.rejectAll();
    expect(api.get()).to.deep.include({ regime: 'opt-in', region: 'FR', method: 'reject-all' });
  });

  it('a choice made under opt-in stands in an opt-out region', () => {
    const name = uniqueCookieName();
    const inFrance = makeConsent(configWith({ region: 'FR', cookie: { name } })).api.init();
    inFrance.rejectAll();
    inFrance.destroy();
    const { api } = makeConsent(configWith({ region: 'US-CA', cookie: { name } }));
    api.init();
    expect(api.get()).to.deep.include({ method: 'reject-all', regime: 'opt-in', region: 'FR' });
    expect(api.has('analytics')).to.equal(false);
    expect(api.views.notice).to.equal(false);
  });
});
