import { expect } from 'chai';
import type { ConsentConfig } from '../../src/core/types.js';
import { BUILT_IN_LANGUAGES } from '../../src/i18n/builtin.js';
import de from '../../src/i18n/languages/de.js';
import { shownContext } from '../../src/ui/shown.js';
import { textsArchive } from '../../src/ui/texts-archive.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, waitFor } from '../helpers/consent.js';
import { mountFixture, unmountAll } from '../helpers/ui.js';

const config: ConsentConfig = {
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true },
    analytics: {
      services: {
        ga: { label: 'Google Analytics', provider: 'Google Ireland Ltd', cookies: [{ name: '_ga', purpose: 'Tells visits apart', duration: '13 months' }] },
      },
    },
  },
  translations: { de: { acceptAll: 'Alles erlauben' } },
  language: 'de',
};

describe('the texts archive (proof of which words were shown)', () => {
  afterEach(() => {
    unmountAll();
    destroyAll();
    clearAllCookies();
  });

  it('lists every language with the hash the log records for what the UI shows', async () => {
    const archive = await textsArchive(config);
    expect(archive.map((v) => v.language)).to.deep.equal(BUILT_IN_LANGUAGES.map((code) => code.toLowerCase()).sort()); // as the log records them
    const f = await mountFixture(config, { present: { de } });
    await waitFor(() => f.ui.locale.code === 'de', 2000, 'German');
    const shown = shownContext(f.ui.locale, f.api.config);
    expect(archive.find((v) => v.language === 'de')?.textsHash).to.equal(shown.textsHash);
    expect(JSON.stringify(archive.find((v) => v.language === 'de')?.content))
      .to.include('Alles erlauben')
      .and.include('Google Ireland Ltd');
  });

  it('a change in a cookie table, a provider or the policy URL changes the hash', async () => {
    const hashOf = async (changed: ConsentConfig): Promise<string | undefined> => (await textsArchive(changed)).find((v) => v.language === 'en')?.textsHash;
    const base = await hashOf(config);
    const purpose = await hashOf({
      ...config,
      categories: {
        ...config.categories,
        analytics: {
          services: {
            ga: { label: 'Google Analytics', provider: 'Google Ireland Ltd', cookies: [{ name: '_ga', purpose: 'Measures visits', duration: '13 months' }] },
          },
        },
      },
    });
    const provider = await hashOf({
      ...config,
      categories: {
        ...config.categories,
        analytics: {
          services: {
            ga: { label: 'Google Analytics', provider: 'Google LLC', cookies: [{ name: '_ga', purpose: 'Tells visits apart', duration: '13 months' }] },
          },
        },
      },
    });
    const policy = await hashOf({ ...config, policyUrl: '/privacy-2' });
    expect(new Set([base, purpose, provider, policy]).size).to.equal(4);
  });
});
