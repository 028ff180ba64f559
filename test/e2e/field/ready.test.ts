import { expect } from 'chai';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, pageStarted } from '../../helpers/frame.js';

describe('page code that runs after the script tag hears "ready" (script tag)', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('on("ready") and the ready promise both tell a returning visitor\'s page what was granted', async () => {
    const page = await openPage('ready-late.html');
    await pageStarted(page.window);
    expect(page.window.__ran, 'a first visit: nothing granted').to.deep.equal([]);
    page.window.ConsentBanner!.acceptAll();
    await page.reload();
    await pageStarted(page.window);
    await waitFor(() => page.window.__ran.length === 2, 2000, 'both');
    expect([...page.window.__ran].sort()).to.deep.equal(['on-ready', 'ready-promise']);
  });
});
