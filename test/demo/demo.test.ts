import { expect } from 'chai';
import type { ConsentApi } from '../../src/core/types.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { closePages, openUrl, type Frame } from '../helpers/frame.js';
import type { AxeLike } from '../helpers/ui.js';

/** The static copy `npm run build:demo` makes; `npm test` builds it first. */
const DEMO = '/demo-dist';

interface DemoWindow extends Window {
  ConsentBanner: ConsentApi;
  demoConsoleErrors: string[];
  demoLogPayloads: { payload: { method: string } }[];
  dataLayer?: unknown[];
  axe?: AxeLike;
}

function win(page: Frame): DemoWindow {
  return page.window as unknown as DemoWindow;
}

function doc(page: Frame): Document {
  return page.element.contentDocument!;
}

function banner(page: Frame): ShadowRoot {
  return doc(page).querySelector('consent-banner')!.shadowRoot!;
}

async function noticeShown(page: Frame): Promise<void> {
  // The notice's file may still be on its way: the element comes with it.
  await waitFor(() => doc(page).querySelector('consent-banner')?.shadowRoot?.querySelector('.notice') != null, 3000, 'the notice');
  // Let the entrance animation end, so positions and colours are the final ones.
  await Promise.all(
    banner(page)
      .getAnimations()
      .map((animation) => animation.finished.catch(() => undefined)),
  );
}

/** Changes a panel control the way QA does; the page reloads with the new URL. */
async function choose(page: Frame, id: string, value: string | boolean): Promise<void> {
  const loaded = page.nextLoad();
  const control = doc(page).getElementById(id) as HTMLInputElement | HTMLSelectElement;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change'));
  await loaded;
}

function panelText(page: Frame, id: string): string {
  return doc(page).getElementById(id)?.textContent ?? '';
}

async function axeOn(page: Frame): Promise<string[]> {
  const w = win(page);
  if (w.axe === undefined) {
    await new Promise<void>((resolve, reject) => {
      const script = doc(page).createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => {
        resolve();
      };
      script.onerror = () => {
        reject(new Error('axe did not load'));
      };
      doc(page).head.append(script);
    });
  }
  const result = await w.axe!.run(doc(page), { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

describe('the demo site', () => {
  before(async () => {
    const response = await fetch(`${DEMO}/index.html`, { method: 'HEAD' });
    if (!response.ok) throw new Error('demo-dist/ is missing: `npm test` builds it first (npm run build:demo).');
  });

  afterEach(() => {
    closePages();
    clearAllCookies();
    localStorage.clear();
    sessionStorage.clear(); // the QA panel's history
  });

  for (const name of ['index', 'shop', 'account', 'privacy']) {
    it(`${name}.html: loads with the banner, no console error, and axe finds nothing (notice and dialog)`, async () => {
      const page = await openUrl(`${DEMO}/${name}.html`);
      await noticeShown(page);
      expect(win(page).demoConsoleErrors).to.deep.equal([]);
      expect(await axeOn(page)).to.deep.equal([]);
      win(page).ConsentBanner.showPreferences();
      await waitFor(() => banner(page).querySelector('dialog.preferences[open]') !== null, 2000, 'the dialog');
      await noticeShown(page); // the dialog's fade-in ends (colours are checked at full opacity)
      expect(await axeOn(page)).to.deep.equal([]);
    });
  }

  it('keeps every tagged stand-in blocked until consent, then runs and shows each', async () => {
    const page = await openUrl(`${DEMO}/index.html?qa=1`);
    await noticeShown(page);
    const states = (): string[] => [...doc(page).querySelectorAll('#qa-nodes tbody tr')].map((row) => row.getAttribute('data-state') ?? '');
    await waitFor(() => states().length === 6, 2000, 'the node table');
    expect(states().every((state) => state === 'blocked')).to.equal(true);
    expect(doc(page).querySelector('.video')?.previousElementSibling?.localName).to.equal('consent-placeholder');
    win(page).ConsentBanner.acceptAll();
    await waitFor(() => states().every((state) => state === 'ran' || state === 'released'), 3000, 'every node released');
    expect(doc(page).querySelector('[data-demo-stats]')?.textContent).to.include('page view of /demo-dist/index.html counted');
    expect(doc(page).querySelector('.chat-button')).not.to.equal(null);
    expect(doc(page).getElementById('offer-slot')?.className).to.equal('offer');
  });

  describe('the QA panel', () => {
    it('shows the record, the raw cookie with its size, Consent Mode entries, log payloads and events', async () => {
      const page = await openUrl(`${DEMO}/index.html?qa=1`);
      await noticeShown(page);
      expect(panelText(page, 'qa-record')).to.include('no choice yet');
      expect(panelText(page, 'qa-datalayer')).to.include('"consent","default"');
      banner(page).querySelector<HTMLButtonElement>('[part~="button-accept-all"]')!.click();
      await waitFor(() => panelText(page, 'qa-record').includes('"accept-all"'), 3000, 'the record');
      await waitFor(() => panelText(page, 'qa-cookie').includes('bytes'), 3000, 'the cookie');
      expect(panelText(page, 'qa-cookie')).to.match(/^cb1\.1\./);
      await waitFor(() => panelText(page, 'qa-datalayer').includes('"consent","update"'), 3000, 'the update');
      await waitFor(() => panelText(page, 'qa-log').includes('accept-all'), 3000, 'the log payload');
      await waitFor(() => panelText(page, 'qa-events').includes('consent-change'), 3000, 'the event');
      expect(panelText(page, 'qa-events')).to.include('consent-ready').and.include('consent-show').and.include('consent-hide');
    });

    it('offers only the positions the chosen layout takes (none for a modal), and starts in the light theme', async () => {
      const positions = async (query: string): Promise<string[] | null> => {
        const page = await openUrl(`${DEMO}/index.html?qa=1${query}`);
        await noticeShown(page);
        const select = doc(page).getElementById('qa-position') as HTMLSelectElement | null;
        return select === null ? null : [...select.options].map((o) => o.value);
      };
      expect(await positions('')).to.deep.equal(['bottom-right', 'bottom-left', 'top-right', 'top-left']);
      expect(await positions('&layout=bar')).to.deep.equal(['bottom', 'top']);
      expect(await positions('&layout=modal')).to.equal(null);
      const page = await openUrl(`${DEMO}/index.html`);
      await noticeShown(page);
      expect(doc(page).querySelector('consent-banner')!.getAttribute('theme')).to.equal('light');
    });

    it('puts every control in the URL and the page follows it: layout, position, theme', async () => {
      const page = await openUrl(`${DEMO}/index.html?qa=1`);
      await noticeShown(page);
      await choose(page, 'qa-layout', 'bar');
      expect(page.window.location.search).to.include('layout=bar');
      await noticeShown(page);
      expect(banner(page).querySelector('.notice')!.classList.contains('bar')).to.equal(true);
      await choose(page, 'qa-position', 'top');
      await noticeShown(page);
      expect(banner(page).querySelector('.notice')!.getBoundingClientRect().top).to.equal(0);
      await choose(page, 'qa-theme', 'dark');
      await noticeShown(page);
      expect(doc(page).querySelector('consent-banner')!.getAttribute('theme')).to.equal('dark');
      expect(page.window.location.search).to.include('layout=bar').and.include('position=top').and.include('theme=dark');
      // The same URL, opened fresh, reproduces the state.
      const again = await openUrl(`${DEMO}/index.html${page.window.location.search}`);
      await noticeShown(again);
      expect(banner(again).querySelector('.notice')!.className).to.include('bar').and.include('top');
    });

    it('language: every built-in one loads, with right to left for Arabic', async () => {
      const page = await openUrl(`${DEMO}/index.html?qa=1`);
      await noticeShown(page);
      const options = [...(doc(page).getElementById('qa-lang') as HTMLSelectElement).options].map((o) => o.value);
      expect(options).to.have.length(27);
      await choose(page, 'qa-lang', 'de');
      await noticeShown(page);
      expect(banner(page).querySelector('#notice-title')!.textContent).to.equal('Cookies auf dieser Website');
      await choose(page, 'qa-lang', 'ar');
      await noticeShown(page);
      expect(banner(page).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      for (const code of options.filter((o) => o !== 'auto' && o !== 'en')) {
        const response = await fetch(`${DEMO}/assets/i18n/${code}.js`, { method: 'HEAD' });
        expect(response.ok, code).to.equal(true);
      }
    });

    it('simulated GPC, blocking notice and Consent Mode off', async () => {
      const page = await openUrl(`${DEMO}/index.html?qa=1`);
      await noticeShown(page);
      await choose(page, 'qa-gpc', true);
      await noticeShown(page);
      expect(banner(page).querySelector('[part~="gpc-notice"]')).not.to.equal(null);
      await choose(page, 'qa-blocking', true);
      await waitFor(() => banner(page).querySelector('dialog.notice-dialog[open]') !== null, 3000, 'the blocking notice');
      await choose(page, 'qa-gcm', false);
      await noticeShown(page);
      expect(win(page).dataLayer).to.equal(undefined);
      expect(page.window.location.search).to.include('gpc=1').and.include('blocking=1').and.include('gcm=0');
    });

    it("visitor's region: a Californian gets the opt-out notice, the footer link and the policy section; a German the opt-in notice", async function () {
      this.timeout(20_000);
      const page = await openUrl(`${DEMO}/privacy.html?qa=1`);
      await noticeShown(page);
      expect(doc(page).querySelector<HTMLElement>('#your-privacy-choices')!.hidden, 'no region: opt-in').to.equal(true);
      await choose(page, 'qa-region', 'US-CA');
      await noticeShown(page);
      expect(win(page).ConsentBanner.regime).to.equal('opt-out');
      expect(banner(page).querySelector('[part~="button-opt-out"]')!.textContent.trim()).to.equal('Do Not Sell or Share My Personal Information');
      expect(panelText(page, 'qa-record')).to.include('Regime: opt-out (region US-CA)');
      expect(await axeOn(page)).to.deep.equal([]);
      const section = doc(page).querySelector<HTMLElement>('#your-privacy-choices')!;
      expect(section.hidden).to.equal(false);
      expect(section.textContent).to.include('You have not opted out.');
      section.querySelector<HTMLAnchorElement>('[data-consent-open="opt-out"]')!.click();
      await waitFor(() => win(page).ConsentBanner.get()?.method === 'opt-out', 3000, 'the opt-out');
      expect(win(page).ConsentBanner.get()).to.deep.include({ method: 'opt-out', region: 'US-CA' });
      await waitFor(() => (doc(page).querySelector('[data-opt-out-status]')?.textContent ?? '').includes('You have opted out.'), 3000, 'the status');
      expect(page.window.location.search).to.include('region=US-CA');
      clearAllCookies();
      await choose(page, 'qa-region', 'DE');
      await noticeShown(page);
      expect(win(page).ConsentBanner.regime).to.equal('opt-in');
      expect(banner(page).querySelector('[part~="button-accept-all"]')).not.to.equal(null);
      expect(doc(page).querySelector<HTMLElement>('footer [data-opt-out-region]')!.hidden).to.equal(true);
    });

    it('its folded tab never covers the notice, in any layout and position, from 320 to 1280 px', async function () {
      this.timeout(90_000);
      const covered: string[] = [];
      const layouts: [string, string[]][] = [
        ['box', ['bottom-right', 'bottom-left', 'top-right', 'top-left']],
        ['bar', ['bottom', 'top']],
        ['modal', ['center']],
      ];
      for (const [width, height] of [
        [320, 568],
        [375, 667],
        [768, 800],
        [1280, 720],
      ] as const) {
        for (const [layout, positions] of layouts) {
          for (const position of positions) {
            const page = await openUrl(`${DEMO}/index.html?layout=${layout}&position=${position}`, { width, height });
            await noticeShown(page);
            const clear = (): boolean => {
              const tab = doc(page).querySelector('.qa-toggle')!.getBoundingClientRect();
              const notice = banner(page).querySelector('.notice')!.getBoundingClientRect();
              return tab.right <= notice.left || tab.left >= notice.right || tab.bottom <= notice.top || tab.top >= notice.bottom;
            };
            try {
              await waitFor(clear, 2500, 'the tab out of the way');
            } catch {
              covered.push(`${layout} ${position} at ${String(width)}×${String(height)}`);
            }
            closePages();
          }
        }
      }
      expect(covered).to.deep.equal([]);
    });

    it('keeps the events and the log payloads, each with what became of it, across the reload a withdrawal makes', async function () {
      this.timeout(20_000);
      const page = await openUrl(`${DEMO}/index.html?qa=1`);
      await noticeShown(page);
      win(page).ConsentBanner.acceptAll();
      await waitFor(() => /accept-all .* — kept by the static demo/.test(panelText(page, 'qa-log')), 3000, 'the first payload and its fate');
      await waitFor(() => (doc(page).querySelector('[data-demo-stats]')?.textContent ?? '').includes('counted'), 3000, 'the statistics to run');
      const reloaded = page.nextLoad(); // the statistics ran: withdrawing them reloads the page
      win(page).ConsentBanner.rejectAll();
      await reloaded;
      await waitFor(() => panelText(page, 'qa-log').includes('reject-all'), 3000, 'the second payload');
      const log = panelText(page, 'qa-log');
      expect(log).to.match(/\(before this page\) accept-all/);
      expect(log.match(/kept by the static demo/g)?.length, log).to.equal(2);
      expect(panelText(page, 'qa-events')).to.include('(before this page)');
      expect(win(page).demoConsoleErrors).to.deep.equal([]);
    });

    it('a new policy revision asks again', async () => {
      const page = await openUrl(`${DEMO}/index.html?qa=1`);
      await noticeShown(page);
      win(page).ConsentBanner.rejectAll();
      await page.reload();
      expect(win(page).ConsentBanner.views.notice).to.equal(false);
      // The returning visitor's UI comes at idle: the reopen button, and no notice.
      await waitFor(() => doc(page).querySelector('consent-banner')?.shadowRoot?.querySelector('.reopen') != null, 4000, 'the reopen button');
      expect(banner(page).querySelector('.notice')).to.equal(null);
      await choose(page, 'qa-revision', '2');
      await noticeShown(page);
      expect(win(page).ConsentBanner.config.revision).to.equal(2);
    });

    it('reset consent, show the notice, open the preferences', async () => {
      const page = await openUrl(`${DEMO}/shop.html?qa=1`);
      await noticeShown(page);
      win(page).ConsentBanner.rejectAll();
      await waitFor(() => banner(page).querySelector('.notice') === null, 2000, 'the choice');
      const button = (label: string): HTMLButtonElement =>
        [...doc(page).querySelectorAll<HTMLButtonElement>('.qa-actions button')].find((b) => b.textContent === label)!;
      button('Show the notice').click();
      await noticeShown(page);
      button('Open the preferences').click();
      await waitFor(() => win(page).ConsentBanner.views.preferences, 2000, 'the dialog');
      win(page).ConsentBanner.hidePreferences();
      button('Reset consent').click();
      expect(win(page).ConsentBanner.get()).to.equal(null);
    });

    it('folds away and keeps that in the URL', async () => {
      const page = await openUrl(`${DEMO}/index.html`);
      const toggle = doc(page).querySelector<HTMLButtonElement>('.qa-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(doc(page).getElementById('qa-body')!.hidden).to.equal(true);
      toggle.click();
      expect(doc(page).getElementById('qa-body')!.hidden).to.equal(false);
      expect(page.window.location.search).to.include('qa=1');
    });
  });

  it("the policy's cookie table matches the config, row for row", async () => {
    const page = await openUrl(`${DEMO}/privacy.html`);
    await noticeShown(page);
    const config = win(page).ConsentBanner.config;
    const rows = [...doc(page).querySelectorAll('#cookie-table tbody tr')].map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));
    const expected: string[][] = [];
    for (const category of config.categories) {
      for (const service of category.services) {
        for (const cookie of service.cookies)
          expected.push([
            category.id,
            String(cookie.name),
            typeof cookie.purpose === 'string' ? cookie.purpose : '',
            typeof cookie.duration === 'string' ? cookie.duration : '',
          ]);
      }
    }
    expect(rows.map((r) => [r[2], r[3], r[4]])).to.deep.equal(expected.map((e) => [e[1], e[2], e[3]]));
    const categoriesShown = [...doc(page).querySelectorAll<HTMLElement>('#cookie-table tbody tr')].map((row) => row.dataset.category);
    expect(categoriesShown).to.deep.equal(expected.map((e) => e[0]));
    expect(rows.length).to.be.above(8);
  });

  it('the footer link opens the cookie settings', async () => {
    const page = await openUrl(`${DEMO}/account.html`);
    await noticeShown(page);
    doc(page).querySelector<HTMLAnchorElement>('.site-footer [data-consent-open]')!.click();
    await waitFor(() => win(page).ConsentBanner.views.preferences, 2000, 'the dialog');
  });
});
