import { expect } from 'chai';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, type PageWindow } from '../../helpers/frame.js';

interface GtagWindow extends PageWindow {
  dataLayer: unknown[];
}

/** The last Consent Mode update the page pushed (gtag pushes its `arguments` objects). */
function lastConsentUpdate(win: GtagWindow): Record<string, string> | undefined {
  const updates = win.dataLayer.map((entry) => Array.from(entry as ArrayLike<unknown>)).filter((args) => args[0] === 'consent' && args[1] === 'update');
  return updates.at(-1)?.[2] as Record<string, string> | undefined;
}

function switchFor(win: Window, id: string): HTMLInputElement {
  const root = win.document.querySelector('consent-banner')!.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>(`#${id}`);
  if (input === null) throw new Error(`no #${id}`);
  return input;
}

async function openPreferences(win: PageWindow): Promise<ShadowRoot> {
  await waitFor(() => win.ConsentBanner?.started === true, 3000, 'the start');
  win.ConsentBanner!.showPreferences();
  const root = () => win.document.querySelector('consent-banner')?.shadowRoot;
  await waitFor(() => root()?.querySelector('#category-marketing') != null, 3000, 'the dialog');
  return root()!;
}

async function frame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

describe('grants that mean what the switches say (script tag)', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('Marketing on, then every one of its services off: saved as not granted, and Consent Mode says denied', async () => {
    const page = await openPage('gcm-services.html');
    const win = page.window as GtagWindow;
    const root = await openPreferences(win);
    switchFor(win, 'category-marketing').click();
    await frame();
    expect(switchFor(win, 'category-marketing').checked).to.equal(true);
    switchFor(win, 'service-marketing-ads').click();
    await frame();
    expect(switchFor(win, 'category-marketing').getAttribute('aria-checked'), 'some services on').to.equal('mixed');
    switchFor(win, 'service-marketing-meta').click();
    await frame();
    expect(switchFor(win, 'category-marketing').checked, 'the last service off turns the category off').to.equal(false);
    expect(switchFor(win, 'category-marketing').hasAttribute('aria-checked')).to.equal(false);
    root.querySelector<HTMLButtonElement>('[part~="button-save"]')!.click();
    await waitFor(() => win.ConsentBanner!.get() !== null, 2000, 'the save');
    expect(win.ConsentBanner!.has('marketing')).to.equal(false);
    expect(win.ConsentBanner!.get()!.categories).not.to.include('marketing');
    const update = lastConsentUpdate(win);
    expect(update?.ad_storage).to.equal('denied');
    expect(update?.ad_user_data).to.equal('denied');
    expect(update?.ad_personalization).to.equal('denied');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__ran).not.to.include('marketing');
  });

  it('one service switched on grants that service alone, and the category shows mixed', async () => {
    const page = await openPage('gcm-services.html');
    const win = page.window as GtagWindow;
    const root = await openPreferences(win);
    switchFor(win, 'service-marketing-ads').click();
    await frame();
    expect(switchFor(win, 'category-marketing').getAttribute('aria-checked')).to.equal('mixed');
    root.querySelector<HTMLButtonElement>('[part~="button-save"]')!.click();
    await waitFor(() => win.ConsentBanner!.get() !== null, 2000, 'the save');
    expect(win.ConsentBanner!.has('marketing')).to.equal(false);
    expect(win.ConsentBanner!.hasService('marketing', 'ads')).to.equal(true);
    expect(win.ConsentBanner!.hasService('marketing', 'meta')).to.equal(false);
  });

  it('accept() with an empty service list for a category does not grant it', async () => {
    const page = await openPage('gcm-services.html');
    const win = page.window as GtagWindow;
    await waitFor(() => win.ConsentBanner?.started === true, 3000, 'the start');
    win.ConsentBanner!.accept(['marketing'], { marketing: [] });
    expect(win.ConsentBanner!.has('marketing')).to.equal(false);
    expect(lastConsentUpdate(win)?.ad_storage).to.equal('denied');
    await page.reload();
    expect(page.window.ConsentBanner!.has('marketing')).to.equal(false);
  });
});
