import { expect } from 'chai';
import { createCatalog } from '../../src/i18n/catalog.js';
import { BUILT_IN_LANGUAGES, loadBuiltInTexts } from '../../src/i18n/builtin.js';
import en from '../../src/i18n/languages/en.js';
import { languageCandidates, localize, pickLanguage } from '../../src/i18n/resolve.js';
import { directionOf, formatText, type Texts } from '../../src/i18n/texts.js';
import { recordingReporter } from '../helpers/reporter.js';

const EU_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
];

describe('built-in languages', () => {
  it('Brazilian visitors get Brazilian Portuguese (pt-BR), Portuguese visitors European Portuguese', async () => {
    expect(BUILT_IN_LANGUAGES).to.include('pt-BR');
    const brazil = await loadBuiltInTexts(pickLanguage(languageCandidates('auto', 'pt-BR', []), (c) => BUILT_IN_LANGUAGES.some((b) => b.toLowerCase() === c)));
    const portugal = await loadBuiltInTexts(
      pickLanguage(languageCandidates('auto', 'pt-PT', []), (c) => BUILT_IN_LANGUAGES.some((b) => b.toLowerCase() === c)),
    );
    expect(brazil?.managePreferences).to.equal('Gerenciar preferências');
    expect(brazil?.savePreferences).to.equal('Salvar preferências');
    expect(portugal?.managePreferences).to.equal('Gerir preferências');
  });

  it('cover the 24 official EU languages and Arabic', () => {
    expect(EU_LANGUAGES).to.have.length(24);
    for (const code of [...EU_LANGUAGES, 'ar']) expect(BUILT_IN_LANGUAGES, code).to.include(code);
  });

  for (const code of BUILT_IN_LANGUAGES.filter((c) => c !== 'en')) {
    it(`${code}: every text present, translated, with the same placeholders as English`, async () => {
      const texts = await loadBuiltInTexts(code);
      expect(texts).not.to.equal(undefined);
      const t = texts!;
      expect(Object.keys(t).sort()).to.deep.equal(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof Texts)[]) {
        expect(t[key].trim(), `${code}.${key}`).not.to.equal('');
        const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(t[key]), `${code}.${key}`).to.deep.equal(placeholders(en[key]));
      }
      // Texts that must not be left in English (names like "Cookie" or "Marketing" may stay).
      for (const key of ['title', 'description', 'acceptAll', 'rejectAll', 'managePreferences', 'savePreferences', 'preferencesDescription'] as const) {
        expect(t[key], `${code}.${key}`).not.to.equal(en[key]);
      }
    });
  }

  it('loads nothing for an unknown code', () => {
    expect(loadBuiltInTexts('xx')).to.equal(undefined);
  });
});

describe('language resolution', () => {
  it('auto tries the page language, then the browser languages, each also as its primary language', () => {
    expect(languageCandidates('auto', 'pt-BR', ['de-AT', 'en'])).to.deep.equal(['pt-br', 'pt', 'de-at', 'de', 'en']);
    expect(languageCandidates('auto', '', ['fr'])).to.deep.equal(['fr']);
    expect(languageCandidates('nl', 'de', ['fr'])).to.deep.equal(['nl']);
  });

  it('picks the first available, else English', () => {
    expect(pickLanguage(['pt-br', 'pt', 'de'], (c) => c === 'pt' || c === 'de')).to.equal('pt');
    expect(pickLanguage(['xx'], () => false)).to.equal('en');
  });

  it('localizes config texts by exact code, primary language, English, then the first given', () => {
    const text = { en: 'Statistics', 'pt-BR': 'Estatísticas (BR)', de: 'Statistik' };
    expect(localize(text, 'pt-br')).to.equal('Estatísticas (BR)');
    expect(localize(text, 'de-at')).to.equal('Statistik');
    expect(localize(text, 'fi')).to.equal('Statistics');
    expect(localize({ de: 'Nur Deutsch' }, 'fi')).to.equal('Nur Deutsch');
    expect(localize('Plain', 'fi')).to.equal('Plain');
    expect(localize(undefined, 'fi')).to.equal(undefined);
  });

  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('de')).to.equal('ltr');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(formatText('{service} needs {category} {other}', { service: 'YouTube', category: 'Marketing' })).to.equal('YouTube needs Marketing {other}');
  });
});

describe('the catalog', () => {
  it("layers English, the built-in language and the site's overrides", async () => {
    const reporter = recordingReporter();
    const catalog = createCatalog({}, ['de'], loadBuiltInTexts, { de: { acceptAll: 'Klar doch', bogus: 'x' }, is: { title: 'Vafrakökur' } }, reporter);
    expect(catalog.isAvailable('de')).to.equal(true);
    expect(catalog.isAvailable('is')).to.equal(true);
    expect(catalog.isAvailable('fi')).to.equal(false);
    await catalog.load('de');
    expect(catalog.texts('de').acceptAll).to.equal('Klar doch');
    expect(catalog.texts('de').rejectAll).to.equal('Alle ablehnen');
    expect(catalog.texts('is').title).to.equal('Vafrakökur');
    expect(catalog.texts('is').rejectAll).to.equal('Reject all');
    expect(reporter.warnings[0]).to.include('config.translations.de.bogus');
  });

  it('falls back to English when a language fails to load', async () => {
    const reporter = recordingReporter();
    const catalog = createCatalog({}, ['de'], () => Promise.reject(new Error('offline')), {}, reporter);
    await catalog.load('de');
    expect(catalog.texts('de').acceptAll).to.equal('Accept all');
    expect(reporter.warnings[0]).to.include('could not be loaded');
  });
});
