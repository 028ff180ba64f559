import { expect } from 'chai';
import type { ConsentConfig } from '../../src/core/types.js';
import { BUILT_IN_LANGUAGES, loadBuiltInTexts } from '../../src/i18n/builtin.js';
import en from '../../src/i18n/languages/en.js';
import type { Texts } from '../../src/i18n/texts.js';
import { destroyAll } from '../helpers/consent.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { emulateMedia, itWith, limitOf, setViewport } from '../helpers/engine.js';
import { axeViolations, mountFixture, unmountAll, type UiFixture } from '../helpers/ui.js';

/** The demo's categories and policy link: what a real first visit shows. */
const config = (language: string, extra: Partial<ConsentConfig> = {}): ConsentConfig => ({
  language,
  policyUrl: '/privacy',
  categories: { necessary: { required: true }, functional: {}, analytics: {}, marketing: {} },
  ...extra,
});

async function shown(language: string, extra?: Partial<ConsentConfig>): Promise<UiFixture> {
  const texts: Texts | undefined = language === 'en' ? en : await loadBuiltInTexts(language);
  return mountFixture(config(language, extra), { present: { [language]: texts! } });
}

/** The share of the screen the notice covers, in per cent. */
function coverage(f: UiFixture): number {
  const box = f.$('.notice').getBoundingClientRect();
  return (box.width * box.height * 100) / (window.innerWidth * window.innerHeight);
}

describe('the notice on a phone', () => {
  afterEach(async () => {
    unmountAll();
    destroyAll();
    clearAllCookies();
    await setViewport(1280, 800);
  });

  itWith('narrow-viewport', 'spans a 375 × 667 screen with equal side margins and 16 px inside', async () => {
    await setViewport(375, 667);
    const f = await shown('en');
    const box = f.$('.notice').getBoundingClientRect();
    expect(box.left).to.be.closeTo(window.innerWidth - box.right, 0.5);
    expect(getComputedStyle(f.$('.notice')).paddingInlineStart).to.equal('16px');
    expect(await axeViolations(f.element)).to.deep.equal([]);
  });

  for (const layout of ['box', 'bar', 'modal'] as const) {
    itWith('narrow-viewport', `the ${layout} covers under 35 % of a 375 × 667 screen in English, and keeps its three buttons in view`, async () => {
      await setViewport(375, 667);
      const f = await shown('en', { layout });
      const share = coverage(f);
      console.log(`[figures] ${layout} at 375 × 667: ${share.toFixed(1)} %`);
      expect(share).to.be.below(35);
      for (const button of f.root.querySelectorAll<HTMLButtonElement>('.notice .actions button')) {
        const box = button.getBoundingClientRect();
        expect(box.top, button.textContent).to.be.at.least(0);
        expect(box.bottom, button.textContent).to.be.at.most(window.innerHeight);
      }
      expect(await axeViolations(f.element)).to.deep.equal([]);
    });
  }

  itWith('emulate-media', 'axe finds nothing in forced colours, on a phone and on a desktop, notice and dialog', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    try {
      for (const [width, height] of [
        [320, 568],
        [1280, 800],
      ] as const) {
        if (width === 320 && limitOf('narrow-viewport') !== undefined) continue;
        await setViewport(width, height);
        const f = await shown('en');
        expect(await axeViolations(f.element), `notice at ${String(width)}`).to.deep.equal([]);
        f.api.showPreferences();
        await f.settle();
        for (const toggle of f.root.querySelectorAll<HTMLElement>('.details-toggle')) toggle.click();
        await f.settle();
        expect(await axeViolations(f.element), `dialog at ${String(width)}`).to.deep.equal([]);
        unmountAll();
        destroyAll();
      }
    } finally {
      await emulateMedia({ 'forced-colors': 'none' });
    }
  });

  itWith('narrow-viewport', 'puts Accept all and Reject all side by side, exactly equal, and Manage preferences under them, full width', async () => {
    await setViewport(320, 568);
    for (const language of ['en', 'de', 'fi', 'el']) {
      const f = await shown(language);
      const [accept, reject, manage] = [...f.root.querySelectorAll<HTMLButtonElement>('.notice .actions button')].map((b) => b.getBoundingClientRect());
      expect(accept!.top, language).to.equal(reject!.top);
      expect(accept!.width, language).to.equal(reject!.width);
      expect(accept!.height, language).to.equal(reject!.height);
      expect(manage!.top, language).to.be.above(accept!.bottom);
      expect(manage!.width, language).to.be.closeTo(reject!.right - accept!.left, 0.5);
      expect(f.$('.notice').scrollWidth, language).to.be.at.most(f.$('.notice').clientWidth);
      unmountAll();
      destroyAll();
    }
  });

  itWith('narrow-viewport', 'reports what each language covers at 375 × 667 and 320 × 568 (every one under half of a 375 × 667 screen)', async function () {
    this.timeout(60_000); // 26 languages at two sizes
    const figures: string[] = [];
    const at375: number[] = [];
    for (const [width, height] of [
      [375, 667],
      [320, 568],
    ] as const) {
      await setViewport(width, height);
      for (const language of BUILT_IN_LANGUAGES) {
        const f = await shown(language);
        const share = coverage(f);
        figures.push(`${String(width)}×${String(height)} ${language} ${share.toFixed(0)} %`);
        if (width === 375) at375.push(share);
        unmountAll();
        destroyAll();
      }
    }
    console.log(`[figures] notice coverage: ${figures.join(', ')}`);
    expect(Math.max(...at375), figures.join(', ')).to.be.below(50);
  });
});
