import { expect } from 'chai';
import Cookies from 'js-cookie';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { jarCookies } from '../helpers/engine.js';
import { closePages, openPage, scriptsSettled } from '../helpers/frame.js';

describe('the script-tag build, end to end', () => {
  before(async () => {
    const response = await fetch('/dist/consent-banner.iife.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/consent-banner.iife.js is missing: `npm test` builds it first (npm run build).');
  });

  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('first visit: only required and untagged scripts run, ready fires, the API is there', async () => {
    const page = await openPage('basic.html');
    const win = page.window;
    await scriptsSettled(win, 3000);
    expect(win.__ran).to.deep.equal(['untagged', 'necessary-head']);
    expect(win.ConsentBanner?.get()).to.equal(null);
    expect(win.ConsentBanner?.views.notice).to.equal(true);
    expect(win.__events.map((e) => e.type)).to.deep.equal(['consent-ready', 'consent-show']);
    expect(win.__errors).to.deep.equal([]);
    expect(win.document.querySelector('img')!.hasAttribute('src')).to.equal(false);
  });

  it('a choice releases scripts in order, and a reload keeps it and releases them on load', async () => {
    const page = await openPage('basic.html');
    page.window.ConsentBanner!.accept(['analytics']);
    await waitFor(() => page.window.__ran.length === 4, 3000, 'the released scripts');
    await scriptsSettled(page.window, 3000);
    expect(page.window.__ran).to.deep.equal(['untagged', 'necessary-head', 'analytics-external', 'analytics-inline']);
    expect(Cookies.get('e2e_consent')).to.match(/^cb1\.1\./);

    await page.reload();
    const win = page.window;
    await scriptsSettled(win, 3000);
    expect(win.ConsentBanner!.get()?.categories).to.deep.equal(['necessary', 'analytics']);
    expect(win.ConsentBanner!.views.notice).to.equal(false);
    expect(win.__ran).to.deep.equal(['untagged', 'necessary-head', 'analytics-external', 'analytics-inline']);
    // consent-ready fires before any tagged script is released
    expect(win.__events[0]).to.deep.include({ type: 'consent-ready', ran: [] });
    expect(win.__events.map((e) => e.type)).to.deep.equal(['consent-ready']);
    expect(win.document.querySelector('img')!.hasAttribute('src')).to.equal(false);
  });

  it('a returning visitor: tagged scripts run before the UI is loaded; once the page is parsed and idle the reopen button is there and the cookie was written again', async () => {
    const first = await openPage('returning.html');
    first.window.ConsentBanner!.accept(['analytics']);
    await scriptsSettled(first.window, 3000);
    // A shortened cookie (as Safari's cap leaves it) that the visit must write again.
    const value = Cookies.get('e2e_returning')!;
    Cookies.set('e2e_returning', value);
    await first.reload();
    const win = first.window;
    await scriptsSettled(win, 3000);
    const probe = win as typeof win & { __uiAtRelease?: boolean };
    expect(probe.__uiAtRelease, 'the UI waited for the release').to.equal(false);
    const banner = () => win.document.querySelector('consent-banner');
    await waitFor(() => banner()?.shadowRoot?.querySelector('.reopen') != null, 3000, 'the reopen button, at idle');
    expect(banner()!.shadowRoot!.querySelector('.notice')).to.equal(null);
    // The rewrite waits for the page's first paint after parsing.
    let [stored] = await jarCookies('e2e_returning');
    for (let tries = 0; tries < 100 && typeof stored?.expires !== 'number'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      [stored] = await jarCookies('e2e_returning');
    }
    expect(stored?.value).to.equal(value);
    expect(stored?.expires, 'written again with its expiry').to.be.a('number');
  });

  it('a returning visitor whose page opens the preferences while loading gets the UI at once', async () => {
    const page = await openPage('open-early.html');
    page.window.ConsentBanner!.acceptAll();
    await page.reload();
    const win = page.window;
    await waitFor(() => win.document.querySelector('consent-banner')?.shadowRoot?.querySelector('dialog[open]') != null, 2000, 'the preferences');
    expect(win.ConsentBanner!.views.preferences).to.equal(true);
  });

  it('withdrawing a category whose scripts ran removes its cookies and reloads; the reloaded page runs none of them', async () => {
    const page = await openPage('basic.html');
    page.window.ConsentBanner!.acceptAll();
    await waitFor(() => page.window.__ran.includes('marketing-inline'), 3000, 'the released scripts');
    await scriptsSettled(page.window, 3000);
    expect(page.window.__ran).to.include.members(['analytics-inline', 'marketing-inline']);
    expect(Cookies.get('_stats_id')).to.equal('1');
    expect(Cookies.get('_ads')).to.equal('1');
    const reloaded = page.nextLoad();
    page.window.ConsentBanner!.accept(['marketing']);
    // As the page sees its cookies (WebKit's cookie cache can show another frame a change later).
    const pageCookies = (): string[] => page.window.document.cookie.split('; ');
    expect(pageCookies(), "the withdrawn service's cookie").not.to.include('_stats_id=1');
    expect(pageCookies(), "the kept category's cookie").to.include('_ads=1');
    await reloaded;
    await scriptsSettled(page.window, 3000);
    expect(page.window.__ran).to.deep.equal(['untagged', 'necessary-head', 'marketing-inline']);
    expect(page.window.document.querySelector('img')!.getAttribute('src')).to.equal('/__test/pixel.gif');
  });

  it('reset forgets the choice: after the reload the notice is back and nothing optional runs', async () => {
    const page = await openPage('basic.html');
    page.window.ConsentBanner!.acceptAll();
    await waitFor(() => page.window.__ran.includes('marketing-inline'), 3000, 'the released scripts');
    await scriptsSettled(page.window, 3000);
    const reloaded = page.nextLoad();
    page.window.ConsentBanner!.reset();
    expect(Cookies.get('e2e_consent')).to.equal(undefined);
    await reloaded;
    await scriptsSettled(page.window, 3000);
    expect(page.window.__ran).to.deep.equal(['untagged', 'necessary-head']);
    expect(page.window.ConsentBanner!.views.notice).to.equal(true);
  });

  it('a choice made in one tab reaches another open tab', async () => {
    const first = await openPage('basic.html');
    const second = await openPage('basic.html');
    first.window.ConsentBanner!.accept(['analytics']);
    await waitFor(() => second.window.ConsentBanner!.has('analytics'), 3000, 'the second tab');
    // Released once the second tab has settled on the choice (after its next frame).
    await waitFor(() => second.window.__ran.includes('analytics-inline'), 3000, 'the released script in the second tab');
    expect(second.window.ConsentBanner!.views.notice).to.equal(false);
    const change = second.window.__events.find((e) => e.type === 'consent-change');
    expect(change?.detail).to.deep.include({ source: 'tab', granted: ['analytics'] });
  });

  it('a choice saved while a page loads, before its tab channel opens, still reaches the other open tabs', async () => {
    const first = await openPage('basic.html');
    await openPage('early-choice.html');
    await waitFor(() => first.window.ConsentBanner!.has('analytics'), 3000, 'the first tab');
    const change = first.window.__events.find((e) => e.type === 'consent-change');
    expect(change?.detail).to.deep.include({ source: 'tab', granted: ['analytics'] });
  });

  it('a tag with data-manual waits for ConsentBanner.init(config)', async () => {
    const page = await openPage('manual.html');
    const win = page.window;
    expect(win.ConsentBanner?.started).to.equal(false);
    expect(win.__events).to.deep.equal([]);
    win.ConsentBanner!.init({ cookie: { name: 'e2e_manual' } });
    expect(win.ConsentBanner!.started).to.equal(true);
    win.ConsentBanner!.acceptAll();
    await waitFor(() => win.__ran.length === 1, 3000, 'the released script');
    expect(win.__ran).to.deep.equal(['analytics']);
    expect(Cookies.get('e2e_manual')).to.be.a('string');
  });

  it('reads window.consentBannerConfig', async () => {
    const page = await openPage('window-config.html');
    const win = page.window;
    expect(win.ConsentBanner!.config.revision).to.equal(7);
    expect(win.__ran).to.deep.equal(['essential']);
    win.ConsentBanner!.accept(['stats']);
    await waitFor(() => win.__ran.length === 2, 3000, 'the released script');
    expect(win.__ran).to.deep.equal(['essential', 'stats']);
    expect(Cookies.get('e2e_window')).to.match(/^cb1\.7\./);
  });

  it('invalid JSON config: one clear console error, defaults used, the page goes on', async () => {
    const page = await openPage('broken-config.html');
    const win = page.window;
    expect(win.__errors).to.have.length(1);
    expect(win.__errors[0]).to.include('#consent-banner-config is not valid JSON');
    expect(win.__ran).to.deep.equal(['page-script-after', 'necessary']);
    expect(win.ConsentBanner!.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'marketing']);
  });

  it('bad fields: named with their values in one short error at once, each explained next, the rest of the config used', async () => {
    const page = await openPage('bad-fields.html');
    const win = page.window;
    expect(win.__errors[0]).to.equal(
      '[consent-banner] config: not valid, so not used (details follow): layout "popup", revision "two", cookie.expiresDays 9999.',
    );
    await waitFor(() => win.__errors.length === 4, 3000, 'the details');
    expect(win.__errors.slice(1).join('\n'))
      .to.include('config.revision: "two" is not valid')
      .and.include('config.layout: "popup" is not valid')
      .and.include('config.cookie.expiresDays: 9999 is not valid, expected at most 395 (13 months); using 395.');
    expect(win.ConsentBanner!.config.cookie).to.deep.include({ name: 'e2e_bad', expiresDays: 395 });
    expect(win.__ran).to.deep.equal(['page-script-after']);
  });
});
