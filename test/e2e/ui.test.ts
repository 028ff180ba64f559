import { expect } from 'chai';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { closePages, openPage, type PageWindow } from '../helpers/frame.js';

interface ShiftWindow extends PageWindow {
  __layoutShift: number;
}

interface CspWindow extends PageWindow {
  __violations: string[];
}

function bannerRoot(win: Window): ShadowRoot | null {
  return win.document.querySelector('consent-banner')?.shadowRoot ?? null;
}

describe('the UI from the script tag, end to end', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('shows the notice first in <body>; a click saves; after a reload only the reopen button shows', async () => {
    const page = await openPage('basic.html');
    const win = page.window;
    await waitFor(() => bannerRoot(win)?.querySelector('.notice') != null, 3000, 'the notice');
    expect(win.document.body.firstElementChild?.localName).to.equal('consent-banner');
    bannerRoot(win)!.querySelector<HTMLButtonElement>('[part~="button-reject-all"]')!.click();
    expect(win.ConsentBanner!.get()?.method).to.equal('reject-all');
    await page.reload();
    await waitFor(() => bannerRoot(page.window)?.querySelector('.reopen') != null, 3000, 'the reopen button');
    expect(bannerRoot(page.window)!.querySelector('.notice')).to.equal(null);
  });

  it('causes no layout shift when the notice appears, in any layout', async () => {
    const page = await openPage('basic.html');
    const win = page.window as ShiftWindow;
    await waitFor(() => bannerRoot(win)?.querySelector('.notice') != null, 3000, 'the notice');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__layoutShift).to.equal(0);
  });

  it('works under a strict Content-Security-Policy (no unsafe-inline) without a single violation', async () => {
    const page = await openPage('csp.html');
    const win = page.window as CspWindow;
    await waitFor(() => bannerRoot(win)?.querySelector('.notice') != null, 3000, 'the notice');
    const notice = bannerRoot(win)!.querySelector('.notice')!;
    expect(win.getComputedStyle(notice).position, 'the styles applied').to.equal('fixed');
    const frame = win.document.querySelector('iframe')!;
    await waitFor(() => frame.previousElementSibling?.localName === 'consent-placeholder', 3000, 'the placeholder');
    bannerRoot(win)!.querySelector<HTMLButtonElement>('[part~="button-accept-all"]')!.click();
    await waitFor(() => win.__ran.length === 2, 3000, 'the released scripts');
    expect(win.__ran).to.deep.equal(['csp-external', 'csp-inline-with-nonce']);
    expect(frame.getAttribute('src')).to.equal('/__test/frame.html');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
