import { expect } from 'chai';
import { clearAllCookies } from '../helpers/cookies.js';
import { waitFor } from '../helpers/consent.js';
import { closePages, openUrl, pageStarted, type PageWindow } from '../helpers/frame.js';

/** The docs' browser snippets marked `<!-- run: page … -->`, by doc: each runs as a page's own script. */
const DOCS = ['docs/api.md', 'docs/migration-from-vanilla-cookieconsent.md'];

async function markers(doc: string): Promise<string[]> {
  const text = await (await fetch(`/${doc}`)).text();
  return [...text.matchAll(/<!-- run: (page[^>]*)-->/g)].map((match) => match[1]!.trim());
}

describe("the docs' runnable snippets, as written (script tag)", () => {
  afterEach(() => {
    closePages();
    clearAllCookies();
  });

  it('the docs mark their page snippets', async () => {
    const counts = await Promise.all(DOCS.map(markers));
    expect(counts.flat().length).to.be.at.least(3);
  });

  for (const doc of DOCS) {
    it(`${doc}: every marked snippet runs without an error and does what its text says`, async () => {
      const marked = await markers(doc);
      for (const [n, marker] of marked.entries()) {
        clearAllCookies();
        const page = await openUrl(`/__test/snippet?doc=${encodeURIComponent(doc)}&n=${String(n)}`);
        await pageStarted(page.window);
        const win = (): PageWindow => page.window;
        if (marker.includes('acceptService')) {
          win().ConsentBanner!.accept(['marketing'], { marketing: ['youtube'] });
          (win() as PageWindow & { acceptService: (service: string, category: string) => void }).acceptService('ga', 'analytics');
          expect(win().ConsentBanner!.hasService('analytics', 'ga'), `${doc} #${String(n)}`).to.equal(true);
          expect(win().ConsentBanner!.hasService('marketing', 'facebook'), `${doc} #${String(n)}: a refusal stands`).to.equal(false);
        } else {
          // A choice on this page, then a returning visitor's page: the snippet starts analytics on one of them.
          win().ConsentBanner!.acceptAll();
          await new Promise((resolve) => setTimeout(resolve, 100));
          const first = [...win().__ran];
          await page.reload();
          await pageStarted(page.window);
          await waitFor(() => [...first, ...win().__ran].includes('startAnalytics'), 2000, `${doc} #${String(n)} to start analytics`);
        }
        expect(win().__errors, `${doc} #${String(n)}`).to.deep.equal([]);
        closePages();
      }
    });
  }
});
