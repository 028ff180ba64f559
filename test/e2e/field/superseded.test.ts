import { expect } from 'chai';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, pageStarted, scriptsSettled, type Frame, type PageWindow } from '../../helpers/frame.js';

/** What the page's tagged inline scripts report to this window (a reload of the page keeps it). */
const ranHere = (): string[] => ((window as unknown as { __superseded?: string[] }).__superseded ??= []);

/** The page's Cookie Store, where the engine has one. */
function cookieStoreOf(win: Window): EventTarget | undefined {
  return (win as unknown as { cookieStore?: EventTarget }).cookieStore;
}

/**
 * Waits until what a superseded choice could have set off has come: the page settled (two painted
 * frames and a task) and, where the engine has a Cookie Store, its change event for the last value
 * written (the store reports the page's own writes one by one, after the fact).
 */
async function settled(page: Frame, lastValue: () => string | undefined): Promise<void> {
  const win = page.window;
  const store = cookieStoreOf(win);
  const reported =
    store === undefined
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const onChange = (event: Event): void => {
            const { changed = [] } = event as Event & { changed?: { name: string; value: string }[] };
            if (changed.some((cookie) => cookie.name === 'e2e_superseded' && cookie.value === lastValue())) {
              store.removeEventListener('change', onChange);
              resolve();
            }
          };
          store.addEventListener('change', onChange);
        });
  const painted = (async () => {
    for (let frame = 0; frame < 2; frame += 1) {
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      await new Promise((resolve) => win.setTimeout(resolve, 0));
    }
    await reported;
  })();
  // A reload ends the wait too (the assertions after it then say what went wrong).
  await Promise.race([painted, page.nextLoad()]);
}

/** The value of the page's consent cookie. */
function cookieValue(win: Window): string | undefined {
  return win.document.cookie
    .split('; ')
    .find((pair) => pair.startsWith('e2e_superseded='))
    ?.slice('e2e_superseded='.length);
}

/** Marks the page's window, so that a reload (a new window) shows. */
function markWindow(win: PageWindow): () => boolean {
  (win as unknown as { __sameLoad: boolean }).__sameLoad = true;
  return () => (win as unknown as { __sameLoad?: boolean }).__sameLoad === true;
}

describe('a choice superseded within a task or a frame (script tag)', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
    ranHere().length = 0;
  });

  it('fifty choices in one task that end with Reject all run no tagged script and reload nothing', async () => {
    const page = await openPage('superseded.html');
    const win = page.window;
    await pageStarted(win);
    const sameLoad = markWindow(win);
    const api = win.ConsentBanner!;
    const written: { last?: string } = {};
    const settledPromise = settled(page, () => written.last);
    for (let call = 0; call < 49; call += 1) {
      if (call % 3 === 0) api.acceptAll();
      else if (call % 3 === 1) api.accept(['marketing']);
      else api.accept(['analytics']);
    }
    api.rejectAll();
    written.last = cookieValue(win);
    expect(api.get()?.method).to.equal('reject-all');
    await settledPromise;
    expect(sameLoad(), 'the page did not reload').to.equal(true);
    expect(win.__ran, 'no tagged script ran').to.deep.equal([]);
    expect(ranHere()).to.deep.equal([]);
    const states = [...win.document.querySelectorAll('[data-consent]')].map((node) => node.getAttribute('data-consent-state'));
    expect(states).to.deep.equal(['blocked', 'blocked', 'blocked']);
    expect(cookieValue(win)).to.equal(written.last);
    // The page still works: a later choice releases what it allows, and only that.
    api.accept(['analytics']);
    await waitFor(() => win.__ran.includes('analytics-inline'), 3000, 'the analytics scripts');
    await scriptsSettled(win);
    expect(win.__ran).to.deep.equal(['analytics-external', 'analytics-inline']);
    expect(sameLoad()).to.equal(true);
  });

  it('Accept all and Reject all clicked within one frame run nothing and reload nothing', async () => {
    const page = await openPage('superseded.html');
    const win = page.window;
    await pageStarted(win);
    const sameLoad = markWindow(win);
    const root = win.document.querySelector('consent-banner')!.shadowRoot!;
    await waitFor(() => root.querySelector('[part~="button-reject-all"]') !== null, 3000, 'the notice');
    const written: { last?: string } = {};
    const settledPromise = settled(page, () => written.last);
    // Two clicks in one frame, in two tasks: the second lands before the first one's frame is painted
    // (on the button as it was drawn: the notice may have begun to go).
    const accept = root.querySelector<HTMLButtonElement>('[part~="button-accept-all"]')!;
    const reject = root.querySelector<HTMLButtonElement>('[part~="button-reject-all"]')!;
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    accept.click();
    await new Promise((resolve) => win.setTimeout(resolve, 0));
    reject.click();
    written.last = cookieValue(win);
    expect(win.ConsentBanner!.get()?.method).to.equal('reject-all');
    await settledPromise;
    expect(sameLoad(), 'the page did not reload').to.equal(true);
    expect(win.__ran).to.deep.equal([]);
    expect(ranHere()).to.deep.equal([]);
  });

  it('a choice that replaces one whose scripts ran still reloads the page once', async () => {
    const page = await openPage('superseded.html');
    const win = page.window;
    await pageStarted(win);
    win.ConsentBanner!.acceptAll();
    await waitFor(() => win.__ran.includes('marketing-inline'), 3000, 'the released scripts');
    await scriptsSettled(win);
    const reloaded = page.nextLoad();
    win.ConsentBanner!.rejectAll();
    await reloaded;
    await pageStarted(page.window);
    expect(page.window.__ran).to.deep.equal([]);
    expect(page.window.ConsentBanner!.get()?.method).to.equal('reject-all');
  });
});
