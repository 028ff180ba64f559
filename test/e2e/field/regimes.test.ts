import { expect } from 'chai';
import { US_STATE_LAWS } from '../../../src/core/us-state-laws.js';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, pageStarted, type Frame, type PageWindow } from '../../helpers/frame.js';
import { nextLogEntries, readLogSink } from '../../helpers/log.js';

type GppCallback = (data: unknown, success: boolean) => void;

interface RegimePage extends PageWindow {
  dataLayer: unknown[];
  __adAnswers: { asString: boolean; callId: string; success: boolean; value: Record<string, unknown> }[];
  __gpp: (command: string, callback?: GppCallback, parameter?: unknown) => unknown;
  __gppEvents: string[];
}

const page = (frame: Frame): RegimePage => frame.window as RegimePage;
const shadow = (win: Window): ShadowRoot => win.document.querySelector('consent-banner')!.shadowRoot!;
const noticeButtons = (win: Window): string[] =>
  [...shadow(win).querySelectorAll<HTMLButtonElement>('.notice .actions button')].map((button) => button.textContent.trim());

/** The page's Consent Mode commands, as `[command, state]`. */
function consentCommands(win: RegimePage): [string, Record<string, unknown>][] {
  return win.dataLayer
    .map((entry) => Array.from(entry as ArrayLike<unknown>))
    .filter((args) => args[0] === 'consent')
    .map((args) => [args[1] as string, args[2] as Record<string, unknown>]);
}

/** Asks the page's `__gpp` as an ad tag would, through the callback. */
function askGpp(win: RegimePage, command: string, parameter?: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    win.__gpp(
      command,
      (data) => {
        resolve(data);
      },
      parameter,
    );
  });
}

/** Waits until the GPP add-on has taken over from the stub (`ping` answers through its callback). */
async function gppLoaded(win: RegimePage): Promise<void> {
  await waitFor(
    () => {
      let status: unknown;
      win.__gpp('ping', (data) => {
        status = (data as { cmpStatus?: unknown } | null)?.cmpStatus;
      });
      return status === 'loaded';
    },
    5000,
    'the GPP add-on',
  );
}

async function opened(query: string): Promise<Frame> {
  const frame = await openPage(`regimes.html${query}`);
  await pageStarted(frame.window);
  return frame;
}

describe('regions and regimes (script tag)', () => {
  beforeEach(async () => {
    await readLogSink('regimes');
  });

  afterEach(() => {
    closePages();
    clearAllCookies();
    for (const name of ['_ads', '_stats']) document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });

  it('an opt-in region: nothing optional runs before a choice, and the notice asks (Accept all, Reject all)', async () => {
    const win = page(await opened('?region=FR'));
    expect(win.ConsentBanner!.regime).to.equal('opt-in');
    expect(win.__ran).to.deep.equal([]);
    expect(noticeButtons(win)).to.deep.equal(['Accept all', 'Reject all', 'Manage preferences']);
  });

  it('an unknown region is opt-in', async () => {
    const win = page(await opened(''));
    expect(win.ConsentBanner!.region).to.equal(null);
    expect(win.ConsentBanner!.regime).to.equal('opt-in');
    expect(win.__ran).to.deep.equal([]);
  });

  it('an opt-out region: the tags run at once, and the notice at collection offers "Do Not Sell or Share" and the preferences', async () => {
    const win = page(await opened('?region=US-CA'));
    expect(win.ConsentBanner!.regime).to.equal('opt-out');
    expect(win.__ran).to.deep.equal(['analytics', 'marketing']);
    expect(win.ConsentBanner!.get(), 'no choice is made for the visitor').to.equal(null);
    expect(noticeButtons(win)).to.deep.equal(['Do Not Sell or Share My Personal Information', 'Manage preferences']);
    expect(shadow(win).querySelector('.notice .description')!.textContent).to.include('selling or sharing your personal information');
    expect(shadow(win).querySelector('.notice .close')!.getAttribute('aria-label')).to.equal('Close');
  });

  it('"Do Not Sell or Share" withdraws marketing in one click, removes its cookie, is logged, and holds after reload', async () => {
    const frame = await opened('?region=US-CA');
    expect(document.cookie).to.match(/(^|; )_ads=1/);
    const reloaded = frame.nextLoad(); // marketing's script already ran: the page reloads after the withdrawal
    shadow(frame.window).querySelector<HTMLButtonElement>('[part~="button-opt-out"]')!.click();
    await reloaded;
    await pageStarted(frame.window);
    const win = page(frame);
    expect(document.cookie).not.to.match(/(^|; )_ads=/);
    expect(win.ConsentBanner!.get()).to.deep.include({ method: 'opt-out', regime: 'opt-out', region: 'US-CA', categories: ['necessary', 'analytics'] });
    expect(win.__ran, 'after the reload').to.deep.equal(['analytics']);
    expect(win.ConsentBanner!.views.notice).to.equal(false);
    const [entry] = await nextLogEntries('regimes', 1);
    expect(entry).to.deep.include({ method: 'opt-out', regime: 'opt-out', region: 'US-CA', source: 'notice', granted: ['necessary', 'analytics'] });
    await frame.reload();
    await pageStarted(frame.window);
    expect(frame.window.__ran, 'the next load').to.deep.equal(['analytics']);
  });

  it('a footer link with data-consent-open="opt-out" opts out in one click', async () => {
    const frame = await opened('?region=US-VA');
    const reloaded = frame.nextLoad();
    frame.window.document.querySelector<HTMLAnchorElement>('footer a')!.click();
    await reloaded;
    await pageStarted(frame.window);
    expect(frame.window.ConsentBanner!.get()).to.deep.include({ method: 'opt-out', region: 'US-VA' });
    expect(frame.window.__ran).to.deep.equal(['analytics']);
    expect(frame.window.location.hash, 'the link did not navigate').to.equal('');
    const [entry] = await nextLogEntries('regimes', 1);
    expect(entry).to.deep.include({ source: 'link', method: 'opt-out' });
  });

  it('GPC is that opt-out from the first load: marketing never runs, and the notice says the request was honoured', async () => {
    const win = page(await opened('?region=US-CO&gpc'));
    expect(win.__ran).to.deep.equal(['analytics']);
    expect(win.ConsentBanner!.has('marketing')).to.equal(false);
    expect(shadow(win).querySelector('.notice .gpc')!.textContent).to.include('Opt-out request honoured');
    expect(document.cookie).not.to.match(/(^|; )_ads=/);
  });

  it('closing the notice keeps the defaults; the same visitor later in an opt-in region is asked, and nothing of the default carries over', async () => {
    const californian = page(await opened('?region=US-CA'));
    shadow(californian).querySelector<HTMLButtonElement>('.notice .close')!.click();
    await waitFor(() => californian.ConsentBanner!.get() !== null, 2000, 'the saved defaults');
    expect(californian.ConsentBanner!.get()).to.deep.include({ regime: 'opt-out', categories: ['necessary', 'analytics', 'marketing'] });
    expect(californian.ConsentBanner!.views.notice).to.equal(false);
    closePages();

    const traveller = page(await opened('?region=DE'));
    expect(traveller.ConsentBanner!.get()).to.equal(null);
    expect(traveller.__ran).to.deep.equal([]);
    expect(traveller.ConsentBanner!.views.notice).to.equal(true);
    // The cleanup of data without consent runs at load, when the browser is idle.
    await waitFor(() => !/(^|; )_ads=/.test(document.cookie), 3000, 'the cleanup of the marketing cookie');
  });

  it("Consent Mode: a default per regime with Google's region list, and an update at once where the visitor is opted out by default", async () => {
    const optIn = page(await opened('?region=FR'));
    const commands = consentCommands(optIn);
    // The default map names functionality_storage and personalization_storage too; this page has no
    // "functional" category, so they stay denied everywhere.
    const unmapped = { functionality_storage: 'denied', personalization_storage: 'denied' };
    expect(commands[0]).to.deep.equal([
      'default',
      {
        analytics_storage: 'denied',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        ...unmapped,
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
    expect(commands[1]).to.deep.equal([
      'default',
      {
        analytics_storage: 'granted',
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        ...unmapped,
        security_storage: 'granted',
        wait_for_update: 500,
        region: [...US_STATE_LAWS],
      },
    ]);
    expect(
      commands.filter(([command]) => command === 'update'),
      'no update before a choice in an opt-in region',
    ).to.deep.equal([]);
    closePages();

    const withGpc = page(await opened('?region=US-CA&gpc'));
    const [, regional] = consentCommands(withGpc)[1]!;
    expect(regional).to.deep.include({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
    const updates = consentCommands(withGpc).filter(([command]) => command === 'update');
    expect(updates).to.have.length(1);
    expect(updates[0]![1]).to.deep.include({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it('GPP with the one-file build: its add-on still comes from the sibling file, by its hash', async () => {
    const win = page(await opened('?region=US-CA&all'));
    await gppLoaded(win);
    expect(await askGpp(win, 'getSection', 'usnat')).to.deep.include({ SaleOptOut: 2 });
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.endsWith('/dist/consent-banner.all.iife.js'))).to.equal(true);
    expect(loaded.some((name) => name.endsWith('/dist/consent-banner.gpp.js'))).to.equal(true);
    expect(
      loaded.some((name) => /consent-banner\.(log|preferences|placeholders)\.js$/.test(name)),
      'the rest is inside',
    ).to.equal(false);
  });

  it('GPP across frames: an ad in a frame of another origin finds the page by its __gppLocator frame and is answered by postMessage', async () => {
    const win = page(await opened('?region=US-CA&ad'));
    await gppLoaded(win);
    await waitFor(() => win.__adAnswers.length >= 2, 5000, "the ad frame's answers");
    const byId = new Map(win.__adAnswers.map((answer) => [answer.callId, answer]));
    expect(byId.get('ping-1')).to.deep.include({ success: true, asString: false });
    expect(byId.get('ping-1')?.value).to.have.property('gppVersion', '1.1');
    expect(byId.get('usnat-1'), 'a call sent as a JSON string is answered as one').to.deep.include({ success: true, asString: true });
    expect(byId.get('usnat-1')?.value).to.deep.include({ SaleOptOut: 2, SharingOptOut: 2 });
    const locator = win.document.querySelector<HTMLIFrameElement>('iframe[name="__gppLocator"]');
    expect(locator, 'one hidden locator frame').not.to.equal(null);
    expect(win.getComputedStyle(locator!).display).to.equal('none');
    expect(win.document.querySelectorAll('iframe[name="__gppLocator"]')).to.have.length(1);
    win.ConsentBanner!.destroy();
    expect(win.document.querySelector('iframe[name="__gppLocator"]'), 'destroy() takes it away').to.equal(null);
  });

  it("GPP: a page reads the usnat and state sections, whose opt-outs follow the visitor's choice and GPC", async () => {
    const frame = await opened('?region=US-CA');
    let win = page(frame);
    await gppLoaded(win);
    expect(win.__gppEvents, 'the call queued by the stub was answered').to.include('listenerRegistered');
    const ping = (await askGpp(win, 'ping')) as { applicableSections: number[]; signalStatus: string; gppString: string; supportedAPIs: string[] };
    expect(ping.applicableSections).to.deep.equal([7, 8]);
    expect(ping.signalStatus).to.equal('ready');
    expect(ping.supportedAPIs).to.include('7:usnat');
    expect(ping.gppString).to.match(/^DB/);
    const before = (await askGpp(win, 'getSection', 'usnat')) as Record<string, unknown>;
    expect(before).to.deep.include({ SaleOptOut: 2, SharingOptOut: 2, TargetedAdvertisingOptOut: 2, SaleOptOutNotice: 1, Gpc: false });
    expect(await askGpp(win, 'hasSection', 'usca')).to.equal(true);

    const reloaded = frame.nextLoad();
    win.ConsentBanner!.optOut();
    await reloaded;
    await pageStarted(frame.window);
    win = page(frame);
    await gppLoaded(win);
    const after = (await askGpp(win, 'getSection', 'usnat')) as Record<string, unknown>;
    expect(after).to.deep.include({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1 });
    expect(await askGpp(win, 'getField', 'usca.SaleOptOut')).to.equal(1);
    closePages();
    clearAllCookies();

    const withGpc = page(await opened('?region=US-TX&gpc'));
    await gppLoaded(withGpc);
    expect(await askGpp(withGpc, 'getSection', 'usnat')).to.deep.include({ SaleOptOut: 1, Gpc: true });
    expect(((await askGpp(withGpc, 'ping')) as { applicableSections: number[] }).applicableSections).to.deep.equal([7, 16]);
    closePages();

    const european = page(await opened('?region=FR'));
    await gppLoaded(european);
    const outside = (await askGpp(european, 'ping')) as { applicableSections: number[] };
    expect(outside.applicableSections, 'no US section outside the United States').to.deep.equal([-1]);
    expect(await askGpp(european, 'hasSection', 'usnat')).to.equal(false);
  });
});
