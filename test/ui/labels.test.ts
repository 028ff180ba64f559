import { expect } from 'chai';
import ga from '../../src/i18n/languages/ga.js';
import mt from '../../src/i18n/languages/mt.js';
import de from '../../src/i18n/languages/de.js';
import { formatList } from '../../src/ui/labels.js';

describe("lists in the visitor's language", () => {
  for (const [code, texts] of [
    ['ga', ga],
    ['mt', mt],
    ['de', de],
  ] as const) {
    it(`"A, B and C" in ${code} never says the English "and" (the browser may have no list data for it)`, () => {
      const list = formatList(['Anailísíocht', 'Margaíocht', 'Feidhmiúil'], code, texts.and);
      expect(list).not.to.match(/\band\b/);
      expect(list).to.include(` ${texts.and} `);
      expect(formatList(['Ceann'], code, texts.and)).to.equal('Ceann');
    });
  }
});
