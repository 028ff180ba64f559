import { expect } from 'chai';
import { clearAllCookies } from '../../helpers/cookies.js';
import { closePages, openUrl, pageStarted, type PageWindow } from '../../helpers/frame.js';

/** The page's scripts that load from the vendor's hosts (or would) and are not held by the gate. */
function liveVendorScripts(win: PageWindow): string[] {
  return [...win.document.querySelectorAll('script')]
    .filter(
      (script) =>
        /googletagmanager\.com|google-analytics\.com|gtm\.js|matomo\.(js|php|example)|clarity\.ms/.test(script.src + script.text) &&
        script.type !== 'text/plain',
    )
    .map((script) => script.outerHTML.slice(0, 100));
}

describe("the docs' leading recipes contact no tracker before consent (script tag)", () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  for (const name of ['ga4', 'gtm', 'matomo', 'clarity']) {
    it(`${name}: nothing from the vendor runs on a first visit or after "Reject all"; it runs after "Accept all"`, async () => {
      const page = await openUrl(`/__test/recipe?name=${name}`);
      const win = page.window;
      await pageStarted(win);
      expect(liveVendorScripts(win), 'first visit').to.deep.equal([]);
      expect(win.__warnings.join('\n'), 'no untagged tracker').not.to.match(/loads without waiting for consent/);
      if (name === 'ga4' || name === 'gtm') {
        const layer = (win as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer.map((entry) => Array.from(entry));
        expect(layer[0]?.slice(0, 2), 'the denied default comes first').to.deep.equal(['consent', 'default']);
      }
      win.ConsentBanner!.rejectAll();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(liveVendorScripts(win), 'after Reject all').to.deep.equal([]);
      await page.reload();
      await pageStarted(page.window);
      expect(liveVendorScripts(page.window), 'a returning visitor who refused').to.deep.equal([]);
      page.window.ConsentBanner!.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(liveVendorScripts(page.window).length, 'released after Accept all').to.be.above(0);
    });
  }
});
