import { expect } from 'chai';
import ar from '../../src/i18n/languages/ar.js';
import de from '../../src/i18n/languages/de.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { closePages, openPage, type PageWindow } from '../helpers/frame.js';

interface TitledWindow extends PageWindow {
  __titles: string[];
}

describe('languages in the script-tag build, end to end', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it("shows the page's language from a language file, and never English first", async () => {
    const page = await openPage('german.html');
    const win = page.window as TitledWindow;
    await waitFor(() => win.__titles.length > 0, 3000, 'the notice');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__titles).to.deep.equal([de.title]);
  });

  it('mirrors the notice for Arabic', async () => {
    const page = await openPage('arabic.html');
    const win = page.window as TitledWindow;
    await waitFor(() => win.__titles.length > 0, 3000, 'the notice');
    expect(win.__titles).to.deep.equal([ar.title]);
    const root = win.document.querySelector('consent-banner')!.shadowRoot!;
    expect(root.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const rect = root.querySelector('.notice')!.getBoundingClientRect();
    expect(rect.left).to.be.below(40);
  });
});
