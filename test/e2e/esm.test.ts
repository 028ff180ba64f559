import { expect } from 'chai';
import { init } from '../../src/entries/index.js';
import fr from '../../src/i18n/languages/fr.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';

describe('the ES module entry', () => {
  after(() => {
    clearAllCookies();
    document.documentElement.removeAttribute('lang');
  });

  it("init() shows the UI and loads the visitor's language on demand, with no English first", async () => {
    document.documentElement.lang = 'fr';
    const titles: string[] = [];
    const api = init({ cookie: { name: 'esm_entry' }, reloadOnWithdraw: false });
    const started = performance.now();
    while (performance.now() - started < 1500) {
      const title = document.querySelector('consent-banner')?.shadowRoot?.querySelector('#notice-title')?.textContent;
      if (title != null && titles.at(-1) !== title) titles.push(title);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(titles).to.deep.equal([fr.title]);
    expect(init()).to.equal(api);
    api.rejectAll();
    await waitFor(() => document.querySelector('consent-banner')?.shadowRoot?.querySelector('.reopen') != null, 2000, 'the reopen button');
  });
});
