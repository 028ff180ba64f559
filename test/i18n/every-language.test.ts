import { expect } from 'chai';
import type { ConsentConfig } from '../../src/core/types.js';
import { BUILT_IN_LANGUAGES, loadBuiltInTexts } from '../../src/i18n/builtin.js';
import en from '../../src/i18n/languages/en.js';
import type { Texts } from '../../src/i18n/texts.js';
import { destroyAll, waitFor } from '../helpers/consent.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { mountFixture, unmountAll } from '../helpers/ui.js';

/** English words that have no business in another language's UI (whole words, as written; "Acceptă" is not "Accept"). */
const ENGLISH = /(?<!\p{L})(and|Allow|needs|your|consent|Accept|Reject|Manage|Save|Settings|preferences|the|This content)(?!\p{L})/u;

const config = (language: string): ConsentConfig => ({
  language,
  policyUrl: '/privacy',
  reloadOnWithdraw: false,
  categories: {
    necessary: { required: true },
    analytics: {},
    marketing: { services: { youtube: { label: 'YouTube' } } },
  },
});

describe('every built-in language: notice, dialog and placeholders, with no English left and the policy link apart', () => {
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.innerHTML = `
      <iframe id="one" data-consent="marketing" data-consent-service="youtube" data-src="/__test/frame.html" width="480" height="270" title="Video"></iframe>
      <iframe id="two" data-consent="analytics marketing" data-src="/__test/frame.html" width="480" height="270" title="Map"></iframe>`;
    document.body.append(container);
  });
  afterEach(() => {
    unmountAll();
    destroyAll();
    container.remove();
    clearAllCookies();
  });

  for (const code of BUILT_IN_LANGUAGES) {
    it(code, async () => {
      const texts: Texts | undefined = code === 'en' ? en : await loadBuiltInTexts(code);
      if (texts === undefined) throw new Error(`no texts for ${code}`);
      const f = await mountFixture(config(code), { present: { [code]: texts } });
      const noticeText = f.$('.notice').textContent.replace(/\s+/g, ' ');
      const description = f.$('#notice-description').textContent.replace(/\s+$/, '');
      expect(description.endsWith(texts.policyLink)).to.equal(true);
      expect(description.slice(0, -texts.policyLink.length), 'a space before the policy link').to.match(/\S\s$/);
      f.api.showPreferences();
      await f.settle();
      const dialogText = f.$('dialog.preferences').textContent.replace(/\s+/g, ' ');
      const placeholders = [...container.querySelectorAll('consent-placeholder')];
      await waitFor(() => placeholders.length === 2 && placeholders.every((p) => p.shadowRoot?.querySelector('.message') != null), 2000, 'the placeholders');
      const [one, two] = placeholders.map((p) => p.shadowRoot!.querySelector('.box')!.textContent.replace(/\s+/g, ' '));
      expect(one).to.include('YouTube');
      expect(one, "the allow button names the service in the language's own words").to.include(texts.allowService.replace('{service}', 'YouTube'));
      const list = new RegExp(`${texts.analyticsLabel}.*${texts.marketingLabel}`).exec(two!)?.[0] ?? '';
      expect(list, 'two categories, listed').not.to.equal('');
      if (code !== 'en') {
        for (const [where, text] of [
          ['notice', noticeText],
          ['dialog', dialogText],
          ['placeholder, one category', one],
          ['placeholder, two categories', two],
        ] as const) {
          expect(ENGLISH.exec(text ?? '')?.[0], `${where}: ${text ?? ''}`).to.equal(undefined);
        }
      }
    });
  }
});
