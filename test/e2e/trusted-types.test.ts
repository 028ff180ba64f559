import { expect } from 'chai';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { closePages, openPage, type PageWindow } from '../helpers/frame.js';

interface ViolationWindow extends PageWindow {
  __violations: string[];
}

describe('Trusted Types, end to end', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('releases scripts through the "consent-banner" policy on a page that requires Trusted Types', async () => {
    const page = await openPage('trusted-types-allowed.html');
    const win = page.window as ViolationWindow;
    await waitFor(() => win.document.querySelector('consent-banner')?.shadowRoot?.querySelector('.notice') != null, 3000, 'the notice');
    win.ConsentBanner!.acceptAll();
    await waitFor(() => win.__ran.length === 2, 3000, 'both scripts');
    expect(win.__ran).to.deep.equal(['tt-external', 'tt-inline']);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('proves the page enforces it: without the policy allowed, the scripts are refused and the console says why', async () => {
    const page = await openPage('trusted-types-denied.html');
    const win = page.window as ViolationWindow;
    await waitFor(() => win.ConsentBanner?.started === true, 3000, 'the start');
    win.ConsentBanner!.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__ran).to.deep.equal([]);
    expect(win.__errors.join('\n')).to.include('Trusted Types policy "consent-banner" could not be created');
    expect(win.__violations.length).to.be.above(0);
    expect(win.ConsentBanner!.has('analytics'), 'the choice is saved all the same').to.equal(true);
  });
});
