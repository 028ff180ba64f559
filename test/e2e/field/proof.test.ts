import { expect } from 'chai';
import { normalizeConfig } from '../../../src/core/config.js';
import { encodeRecord } from '../../../src/core/record-codec.js';
import type { ConsentLogPayload } from '../../../src/integrations/consent-log.js';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { closePages, openPage, openUrl, pageStarted, type PageWindow } from '../../helpers/frame.js';
import { nextLogEntries, readLogRequests, readLogSink } from '../../helpers/log.js';

const readLog = (): Promise<ConsentLogPayload[]> => readLogSink('sources');
const nextEntries = (count: number): Promise<ConsentLogPayload[]> => nextLogEntries('sources', count);

function shadowButton(host: Element | null | undefined, part: string): HTMLButtonElement {
  const button = host?.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
  if (button == null) throw new Error(`no ${part}`);
  return button;
}

async function placeholderAllow(win: PageWindow): Promise<HTMLButtonElement> {
  const frame = win.document.querySelector('iframe')!;
  await waitFor(() => frame.previousElementSibling?.localName === 'consent-placeholder', 3000, 'the placeholder');
  const placeholder = frame.previousElementSibling!;
  await waitFor(() => placeholder.shadowRoot?.querySelector('[part~="button-allow"]') != null, 3000, 'its Allow button');
  return shadowButton(placeholder, 'button-allow');
}

describe('proof of consent that proves something (script tag)', () => {
  beforeEach(async () => {
    await readLog();
  });

  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('a first-visit "Allow" on an embed grants that service only, keeps the notice, and is logged as such', async () => {
    const page = await openPage('log-sources.html');
    await pageStarted(page.window);
    (await placeholderAllow(page.window)).click();
    await waitFor(() => page.window.ConsentBanner!.get() !== null, 2000, 'the grant');
    const api = page.window.ConsentBanner!;
    expect(api.hasService('marketing', 'video')).to.equal(true);
    expect(api.has('marketing')).to.equal(false);
    expect(api.has('analytics')).to.equal(false);
    expect(api.get()!.method).to.equal('embed');
    expect(api.views.notice, 'the notice still asks').to.equal(true);
    const [entry] = await nextEntries(1);
    expect(entry).to.deep.include({ event: 'choice', source: 'placeholder', method: 'embed', previousId: null });
    expect(entry!.services).to.deep.equal({ marketing: ['video'] });

    await page.reload();
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.views.notice, 'asked again on the next page').to.equal(true);
    expect(page.window.document.querySelector('iframe')!.getAttribute('data-consent-state')).to.equal('released');
  });

  it('the log request carries no Referer (the page URL and its query) and no cookies', async () => {
    const page = await openUrl('/test/e2e/pages/log-sources.html?campaign=secret-123');
    const win = page.window;
    await pageStarted(win);
    win.ConsentBanner!.rejectAll();
    let requests: { type: string; referer: string; cookie: string }[] = [];
    for (let tries = 0; tries < 40 && requests.length === 0; tries++) {
      requests = await readLogRequests('sources');
      if (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 75));
    }
    expect(requests).to.have.length(1);
    expect(requests[0]).to.deep.include({ referer: '', cookie: '' });
    expect(requests[0]!.type).to.match(/^application\/json/);
  });

  it('each entry says where the choice was made; a reset is logged with the forgotten record id', async () => {
    const page = await openPage('log-sources.html');
    const win = page.window;
    await pageStarted(win);
    const banner = win.document.querySelector('consent-banner');
    await waitFor(() => banner?.shadowRoot?.querySelector('[part~="button-reject-all"]') != null, 3000, 'the notice');
    shadowButton(banner, 'button-reject-all').click();
    const [fromNotice] = await nextEntries(1);
    expect(fromNotice).to.deep.include({ event: 'choice', source: 'notice', method: 'reject-all', previousId: null });

    win.ConsentBanner!.showPreferences();
    await waitFor(() => banner?.shadowRoot?.querySelector('#category-analytics') != null, 3000, 'the dialog');
    banner!.shadowRoot!.querySelector<HTMLInputElement>('#category-analytics')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    shadowButton(banner, 'button-save').click();
    const [fromDialog] = await nextEntries(1);
    expect(fromDialog).to.deep.include({ event: 'choice', source: 'preferences', method: 'custom', previousId: fromNotice!.id, id: fromNotice!.id });
    expect(fromDialog!.granted).to.deep.equal(['necessary', 'analytics']);

    win.ConsentBanner!.reset();
    const [reset] = await nextEntries(1);
    expect(reset).to.deep.include({ event: 'reset', source: 'api', id: fromNotice!.id, previousId: fromNotice!.id, method: null });

    win.ConsentBanner!.acceptAll();
    const [fromApi] = await nextEntries(1);
    expect(fromApi).to.deep.include({ event: 'choice', source: 'api', method: 'accept-all', previousId: null });
    expect(fromApi!.id).not.to.equal(fromNotice!.id);
  });

  it('a stored consent found lapsed at load is forgotten and logged with source "expiry"', async () => {
    // What an older visit left: valid for this config in every way but its age (the site shortened
    // expiresDays since, or the browser kept the cookie past its end).
    const config = normalizeConfig({
      categories: { necessary: { required: true }, analytics: { cookies: ['_stats'] }, marketing: { services: { video: { cookies: ['_video'] } } } },
    });
    const updated = new Date(Math.floor(Date.now() / 1000) * 1000 - 200 * 24 * 3600 * 1000).toISOString();
    const id = '11111111-2222-4333-8444-555555555555';
    document.cookie = `e2e_log_sources=${encodeRecord({ id, revision: 1, given: updated, updated, categories: ['necessary', 'analytics'], services: {}, method: 'custom', gpc: false, regime: 'opt-in', region: null }, config)}; path=/`;
    const page = await openPage('log-sources.html');
    await pageStarted(page.window);
    expect(page.window.ConsentBanner!.get()).to.equal(null);
    expect(page.window.ConsentBanner!.views.notice).to.equal(true);
    expect(document.cookie).not.to.include('e2e_log_sources=');
    const change = page.window.__events.find((e) => e.type === 'consent-change');
    expect(change?.detail).to.deep.include({ origin: 'expiry', previousId: id, withdrawn: ['analytics'] });
    const [entry] = await nextEntries(1);
    expect(entry).to.deep.include({ event: 'reset', source: 'expiry', id, previousId: id, method: null });
  });
});
