import { expect } from 'chai';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { closePages, openUrl, type Frame } from '../helpers/frame.js';

/** What the example apps record. */
interface AppWindow extends Window {
  __ran?: string[];
  __hydrationErrors?: string[];
}

const appWindow = (page: Frame): AppWindow => page.window;
const banners = (page: Frame): Element[] => [...page.window.document.querySelectorAll('consent-banner')];

/** A button of the page's banner, by its part name (`button-accept-all` …). */
function bannerButton(page: Frame, part: string): HTMLButtonElement | null {
  for (const banner of banners(page)) {
    const button = banner.shadowRoot?.querySelector<HTMLButtonElement>(`button[part~="${part}"]`);
    if (button != null) return button;
  }
  return null;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The drive both UI examples share: one banner (the app's own element), a choice, a tagged script run once. */
async function driveUiApp(url: string, script: string): Promise<void> {
  const page = await openUrl(url);
  await waitFor(() => bannerButton(page, 'button-accept-all') !== null, 4000, 'the notice');
  const [banner, ...others] = banners(page);
  expect(others, 'one <consent-banner> on the page').to.have.length(0);
  expect(banner?.closest('main'), "the app's own element is the one used").not.to.equal(null);
  await pause(200);
  expect(appWindow(page).__ran ?? [], 'nothing ran before consent').to.deep.equal([]);
  bannerButton(page, 'button-accept-all')!.click();
  await waitFor(() => (appWindow(page).__ran ?? []).includes(script), 3000, 'the tagged script');
  await waitFor(
    () => (page.window.document.querySelector('#status')?.textContent ?? '').includes('Granted: necessary, analytics, marketing'),
    2000,
    'the app to follow the choice',
  );
  await pause(200);
  expect(appWindow(page).__ran, 'ran once').to.deep.equal([script]);
  await page.reload();
  await waitFor(() => (appWindow(page).__ran ?? []).includes(script), 3000, 'the tagged script on return');
  await waitFor(() => banners(page).some((element) => element.shadowRoot?.querySelector('.reopen') != null), 3000, 'the reopen button');
  expect(bannerButton(page, 'button-accept-all'), 'no notice for a returning visitor').to.equal(null);
  await pause(200);
  expect(appWindow(page).__ran, 'ran once on return').to.deep.equal([script]);
  expect(banners(page), 'one <consent-banner> on return').to.have.length(1);
}

describe('the example apps (built with Vite against the packed entries)', () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it("React 19 in StrictMode: init() in an effect with destroy() as clean-up shows one working banner in the app's own element", async () => {
    await driveUiApp('/examples/react/dist/index.html', 'react-stats');
  });

  it('React: unmounting and mounting the component that renders a tagged script runs it no second time', async () => {
    const page = await openUrl('/examples/react/dist/index.html');
    await waitFor(() => bannerButton(page, 'button-accept-all') !== null, 4000, 'the notice');
    bannerButton(page, 'button-accept-all')!.click();
    await waitFor(() => (appWindow(page).__ran ?? []).length === 1, 3000, 'the tagged script');
    const toggle = page.window.document.querySelector<HTMLButtonElement>('#toggle-stats')!;
    toggle.click();
    await pause(50);
    toggle.click();
    await pause(300);
    expect(appWindow(page).__ran).to.deep.equal(['react-stats']);
  });

  it('Vue 3: the same journey with onMounted / onBeforeUnmount', async () => {
    await driveUiApp('/examples/vue/dist/index.html', 'vue-stats');
  });

  it("SSR (React, consent-banner/core, the site's own notice): the server's HTML hydrates cleanly, the notice works, the tagged script runs once", async () => {
    const page = await openUrl('/examples/ssr/dist/client/index.html');
    const doc = page.window.document;
    await waitFor(() => doc.querySelector('#site-notice') !== null, 4000, "the site's notice");
    expect(doc.querySelector('consent-banner'), 'no element from the library').to.equal(null);
    expect(appWindow(page).__hydrationErrors ?? [], 'hydration').to.deep.equal([]);
    expect(appWindow(page).__ran ?? []).to.deep.equal([]);
    doc.querySelector<HTMLButtonElement>('#site-accept')!.click();
    await waitFor(() => (appWindow(page).__ran ?? []).includes('ssr-stats'), 3000, 'the tagged script');
    await waitFor(() => doc.querySelector('#site-notice') === null, 2000, 'the notice to close');
    expect(doc.querySelector('#status')?.textContent).to.equal('Granted: necessary, analytics, marketing');
    await page.reload();
    await waitFor(() => (appWindow(page).__ran ?? []).includes('ssr-stats'), 3000, 'the tagged script on return');
    await pause(300);
    expect(page.window.document.querySelector('#site-notice'), 'no notice on return').to.equal(null);
    expect(appWindow(page).__ran).to.deep.equal(['ssr-stats']);
    expect(appWindow(page).__hydrationErrors ?? [], 'hydration on return').to.deep.equal([]);
  });
});
