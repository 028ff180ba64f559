import { expect } from 'chai';
import type { ConsentApi } from '../../src/core/types.js';
import { init } from '../../src/entries/index.js';
import { clearAllCookies, rawCookie } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';

const CONFIG = { cookie: { name: 'lifecycle' }, policyUrl: '/privacy', reloadOnWithdraw: false } as const;

const banners = (): Element[] => [...document.querySelectorAll('consent-banner')];
const acceptButton = (element: Element | undefined): HTMLButtonElement | null =>
  element?.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="button-accept-all"]') ?? null;
const noticeShown = (): boolean => banners().some((element) => acceptButton(element) !== null);

/** Captures console.error and console.warn while `run` runs, and until `atLeast` messages came. */
async function consoleOf(run: () => Promise<void> | void, atLeast = 0): Promise<string[]> {
  const seen: string[] = [];
  const { error, warn } = console;
  console.error = (message: unknown) => seen.push(String(message));
  console.warn = (message: unknown) => seen.push(String(message));
  try {
    await run();
    // A runtime message waits for its wording (a chunk) before it is said.
    await waitFor(() => seen.length >= atLeast, 3000, `${String(atLeast)} console messages`);
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return seen;
}

describe("the page-wide instance's lifecycle (init, destroy, init again; the site's own element)", () => {
  let api: ConsentApi | null = null;
  afterEach(() => {
    api?.destroy();
    api = null;
    for (const element of banners()) element.remove();
    document.querySelectorAll('[data-test-node]').forEach((node) => {
      node.remove();
    });
    clearAllCookies();
  });

  it('destroy() takes away the notice, its element and the placeholders, and leaves the stored choice and the tagged nodes as they are', async () => {
    const iframe = document.createElement('iframe');
    iframe.dataset.consent = 'marketing';
    iframe.dataset.src = 'about:blank';
    iframe.dataset.testNode = '';
    document.body.append(iframe);
    api = init(CONFIG);
    await waitFor(noticeShown, 2000, 'the notice');
    await waitFor(() => document.querySelector('consent-placeholder') !== null, 2000, 'the placeholder');
    api.rejectAll();
    const stored = rawCookie('lifecycle');
    api.show();
    await waitFor(noticeShown, 2000, 'the notice again');
    const state = iframe.getAttribute('data-consent-state');
    api.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(banners(), 'no element left').to.have.length(0);
    expect(document.querySelector('consent-placeholder'), 'no placeholder left').to.equal(null);
    expect(rawCookie('lifecycle'), 'the stored choice').to.equal(stored);
    expect(iframe.isConnected).to.equal(true);
    expect(iframe.getAttribute('data-consent-state')).to.equal(state);
  });

  it('init() after destroy() starts a fresh instance: one working banner (mount, unmount, mount)', async () => {
    const first = init(CONFIG);
    first.destroy();
    api = init(CONFIG);
    expect(api).not.to.equal(first);
    expect(api.started).to.equal(true);
    await waitFor(noticeShown, 2000, 'the notice');
    expect(banners()).to.have.length(1);
    acceptButton(banners()[0])!.click();
    expect(api.get()?.method).to.equal('accept-all');
    expect(rawCookie('lifecycle')).not.to.equal(undefined);
  });

  it('a method called after destroy() says the instance was destroyed, not that init() is missing', async () => {
    const gone = init(CONFIG);
    gone.destroy();
    const messages = await consoleOf(() => {
      gone.acceptAll();
    }, 1);
    expect(messages.join('\n')).to.match(/acceptAll\(\) was called after destroy\(\)/);
    expect(messages.join('\n')).not.to.match(/before init/);
  });

  it('a <consent-banner> the site renders after init() is the one used; when it goes, the UI comes back in one of ours', async () => {
    api = init(CONFIG);
    await waitFor(noticeShown, 2000, 'the notice');
    const container = document.createElement('div');
    container.dataset.testNode = '';
    const own = document.createElement('consent-banner');
    container.append(own);
    document.body.append(container);
    await waitFor(() => acceptButton(own) !== null, 2000, "the notice in the site's element");
    expect(banners(), 'one element').to.deep.equal([own]);
    container.remove();
    await waitFor(() => banners().length === 1 && noticeShown(), 2000, 'the notice back in an element of ours');
    expect(banners()[0]).not.to.equal(own);
    expect(own.api).to.equal(undefined);
  });

  it('a second site element stays empty, with a message', async () => {
    const first = document.createElement('consent-banner');
    first.dataset.testNode = '';
    document.body.append(first);
    api = init(CONFIG);
    await waitFor(() => acceptButton(first) !== null, 2000, "the notice in the site's element");
    const second = document.createElement('consent-banner');
    second.dataset.testNode = '';
    const messages = await consoleOf(async () => {
      document.body.append(second);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(messages.join('\n')).to.match(/second <consent-banner>/);
    expect(acceptButton(second)).to.equal(null);
    expect(acceptButton(first)).not.to.equal(null);
  });
});
