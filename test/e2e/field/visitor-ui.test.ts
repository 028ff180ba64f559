import { expect } from 'chai';
import de from '../../../src/i18n/languages/de.js';
import en from '../../../src/i18n/languages/en.js';
import fi from '../../../src/i18n/languages/fi.js';
import type { Texts } from '../../../src/i18n/texts.js';
import { clearAllCookies } from '../../helpers/cookies.js';
import { waitFor } from '../../helpers/consent.js';
import { emulateMedia, itWith, limitOf, press } from '../../helpers/engine.js';
import { closePages, openUrl, type Frame } from '../../helpers/frame.js';

/** Opens the visitor-UI page (script-tag build) in a frame of this size, with these query options. */
async function openUiPage(width: number, height: number, query: Record<string, string> = {}): Promise<Frame> {
  const page = await openUrl(`/test/e2e/pages/ui-field.html?${new URLSearchParams(query).toString()}`);
  page.element.style.width = `${String(width)}px`;
  page.element.style.height = `${String(height)}px`;
  await waitFor(() => page.window.ConsentBanner?.started === true && page.window.document.readyState === 'complete', 3000, 'the start');
  return page;
}

const shadowOf = (page: Frame): ShadowRoot => page.window.document.querySelector('consent-banner')!.shadowRoot!;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function noticeOf(page: Frame): Promise<HTMLElement> {
  await waitFor(() => shadowOf(page).querySelector('.notice') !== null, 3000, 'the notice');
  await pause(250); // the entrance animation
  return shadowOf(page).querySelector<HTMLElement>('.notice')!;
}

async function openPreferences(page: Frame): Promise<ShadowRoot> {
  page.window.ConsentBanner!.showPreferences();
  await waitFor(() => shadowOf(page).querySelector('dialog.preferences[open] .category') !== null, 3000, 'the dialog');
  await pause(200);
  return shadowOf(page);
}

/**
 * Waits until the page has stopped scrolling: the same position over three painted frames (a
 * smooth scroll, and the notice's own scroll a frame after the focus moved, have ended).
 */
async function scrollSettled(win: Window): Promise<void> {
  const frame = (): Promise<unknown> => new Promise((resolve) => win.requestAnimationFrame(resolve));
  let last = -1;
  let still = 0;
  for (let frames = 0; frames < 300 && still < 3; frames += 1) {
    await frame();
    const position = win.scrollY;
    still = position === last ? still + 1 : 0;
    last = position;
  }
}

/** Is rectangle `inner` entirely inside `outer` (to half a pixel). */
const inside = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

describe("the visitor's UI in the field (script-tag build)", () => {
  afterEach(async () => {
    if (limitOf('emulate-media') === undefined) await emulateMedia({ 'forced-colors': 'none' });
    closePages();
    clearAllCookies();
  });

  for (const [label, width, height, config, smooth] of [
    ['the box notice at 375 px', 375, 667, {}],
    ['the top bar at 1280 px', 1280, 800, { layout: 'bar', position: 'top' }],
    ['the bottom bar at 768 px', 768, 800, { layout: 'bar', position: 'bottom' }],
    ['the bottom bar at 375 px', 375, 667, { layout: 'bar', position: 'bottom' }],
    ['the top bar at 375 px', 375, 667, { layout: 'bar', position: 'top' }],
    ['the bottom bar at 375 px on a page that scrolls smoothly', 375, 667, { layout: 'bar', position: 'bottom' }, 'smooth'],
    ['the top bar at 768 px on a page that scrolls smoothly', 768, 800, { layout: 'bar', position: 'top' }, 'smooth'],
  ] as const) {
    it(`no page link that takes the focus is hidden under ${label} (WCAG 2.2 SC 2.4.11)`, async function () {
      this.timeout(40_000); // 54 key presses, each waiting for the page's scroll to end
      const page = await openUiPage(width, height, { links: '28', config: JSON.stringify(config), ...(smooth === undefined ? {} : { smooth: '1' }) });
      const notice = await noticeOf(page);
      const doc = page.window.document;
      doc.querySelector<HTMLElement>('#link-0')!.focus();
      const hidden: string[] = [];
      for (let step = 1; step < 28; step += 1) {
        await press('Tab');
        const active = doc.activeElement;
        if (!active?.id.startsWith('link-')) continue;
        await scrollSettled(page.window); // the browser's scroll, then the room the notice keeps where the page ends
        if (inside(active.getBoundingClientRect(), notice.getBoundingClientRect())) hidden.push(active.id);
      }
      expect(doc.activeElement?.id, 'the focus went through the page').to.equal('link-27');
      // And back up (under a top bar, that is where links hide).
      for (let step = 1; step < 28; step += 1) {
        await press('Tab', { shift: true });
        const active = doc.activeElement;
        if (!active?.id.startsWith('link-')) continue;
        await scrollSettled(page.window); // the browser's scroll, then the room the notice keeps where the page ends
        if (inside(active.getBoundingClientRect(), notice.getBoundingClientRect())) hidden.push(`${active.id} (back)`);
      }
      expect(doc.activeElement?.id, 'the focus went back up').to.equal('link-0');
      expect(hidden, 'focused links entirely under the notice').to.deep.equal([]);
      page.window.ConsentBanner!.rejectAll();
      await pause(100);
      expect(doc.documentElement.getAttribute('style') ?? '', 'nothing left on the page after the notice went').to.equal('');
    });
  }

  it('the bar: one row of three buttons at 1280 px; at 768 px Accept and Reject as equal halves of a full-width row, Manage under them', async () => {
    const wide = await openUiPage(1280, 800, { config: JSON.stringify({ layout: 'bar', position: 'bottom' }) });
    await noticeOf(wide);
    const rects = (page: Frame): DOMRect[] =>
      ['button-accept-all', 'button-reject-all', 'button-preferences'].map((part) =>
        shadowOf(page).querySelector(`.notice [part~="${part}"]`)!.getBoundingClientRect(),
      );
    const [accept, reject, manage] = rects(wide);
    expect(new Set([accept!.top, reject!.top, manage!.top].map(Math.round)).size, 'one row').to.equal(1);
    expect(manage!.left, 'Manage is last').to.be.above(reject!.left);
    const barHeight = shadowOf(wide).querySelector('.notice')!.getBoundingClientRect().height;
    expect(barHeight, 'a compact bar').to.be.below(200);
    closePages();
    const narrow = await openUiPage(768, 800, { config: JSON.stringify({ layout: 'bar', position: 'bottom' }) });
    await noticeOf(narrow);
    const [a, r, m] = rects(narrow);
    expect(Math.round(a!.top)).to.equal(Math.round(r!.top));
    expect(Math.abs(a!.width - r!.width), 'equal halves').to.be.below(1);
    expect(m!.top, 'Manage under them').to.be.above(a!.bottom);
    expect(Math.abs(m!.left - a!.left) + Math.abs(m!.right - r!.right), 'Manage spans the row').to.be.below(1);
  });

  for (const [code, texts] of [
    ['en', en],
    ['de', de],
    ['fi', fi],
  ] as [string, Texts][]) {
    it(`the policy link stands apart from the sentence before it, in the notice and the dialog (${code})`, async () => {
      const page = await openUiPage(800, 600, { lang: code });
      const notice = await noticeOf(page);
      const noticeText = notice.querySelector('.description')!.textContent.replace(/\s+$/, '');
      expect(noticeText.endsWith(texts.policyLink), noticeText).to.equal(true);
      expect(noticeText.slice(0, -texts.policyLink.length), noticeText).to.match(/\s$/);
      const root = await openPreferences(page);
      const dialogText = root.querySelector('#preferences-description')!.textContent.replace(/\s+$/, '');
      expect(dialogText.slice(0, -texts.policyLink.length), dialogText).to.match(/\S\s$/);
      const required = root.querySelector('.category-description')!.textContent;
      expect(required, 'the hidden "always on" after the description').to.match(/\S\s\(/);
    });
  }

  itWith(
    'emulate-media',
    'in forced colours (Windows High Contrast) on, off and "always on" switches look different, and their state shows by shape',
    async () => {
      await emulateMedia({ 'forced-colors': 'active' });
      const page = await openUiPage(800, 700);
      expect(page.window.matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const root = await openPreferences(page);
      const analytics = root.querySelector<HTMLInputElement>('#category-analytics')!;
      analytics.click();
      await pause(100);
      const look = (id: string): string => {
        const element = root.querySelector<HTMLInputElement>(`#category-${id}`)!;
        const box = getComputedStyle(element);
        const knob = getComputedStyle(element, '::before');
        const glyph = getComputedStyle(element, '::after');
        return JSON.stringify([box.backgroundColor, box.borderColor, knob.backgroundColor, knob.insetInlineStart, glyph.content]);
      };
      const on = look('analytics');
      const off = look('marketing');
      const always = look('necessary');
      expect(new Set([on, off, always]).size, `${on}\n${off}\n${always}`).to.equal(3);
      const glyph = (id: string): string => getComputedStyle(root.querySelector(`#category-${id}`)!, '::after').content;
      expect(glyph('analytics'), 'a glyph for on').not.to.be.oneOf(['none', 'normal', '""']);
      expect(glyph('marketing'), 'a glyph for off').not.to.be.oneOf(['none', 'normal', '""']);
      expect(glyph('analytics')).not.to.equal(glyph('marketing'));
    },
  );

  for (const [code, texts] of [
    ['en', en],
    ['de', de],
  ] as [string, Texts][]) {
    it(`saving is announced politely (${code})`, async () => {
      const page = await openUiPage(800, 700, { lang: code });
      const root = await openPreferences(page);
      root.querySelector<HTMLButtonElement>('button[part~="button-save"]')!.click();
      await waitFor(() => (root.querySelector('[role="status"]')?.textContent ?? '').includes(texts.saved), 2000, 'the status message');
      const status = root.querySelector('[role="status"]')!;
      expect(status.closest('[aria-live="assertive"]'), 'polite, not assertive').to.equal(null);
      expect(status.isConnected).to.equal(true);
    });
  }

  for (const code of ['de', 'fi']) {
    it(`at 320 px every category row stays inside its card (${code})`, async () => {
      const page = await openUiPage(320, 568, { lang: code });
      const root = await openPreferences(page);
      const spills: string[] = [];
      for (const category of root.querySelectorAll<HTMLElement>('.category')) {
        const card = category.getBoundingClientRect();
        for (const part of category.querySelectorAll<HTMLElement>('.category-head, .category-head > *, .switch-wrap > *')) {
          if (!inside(part.getBoundingClientRect(), card))
            spills.push(`${category.querySelector('.category-label')?.textContent ?? ''}: ${part.className || part.tagName}`);
        }
      }
      expect(spills).to.deep.equal([]);
    });
  }

  it('the video placeholder grows to fit its text: long words and the WCAG 1.4.12 text-spacing override', async () => {
    const categories = {
      necessary: { required: true },
      functional: { label: 'Komfortfunktionen', services: { video: { label: 'Videoplattformeinbettungsdienstleistungsanbieter', cookies: ['yt_*'] } } },
    };
    const page = await openUiPage(800, 700, { embed: '240', lang: 'de', config: JSON.stringify({ categories }) });
    const doc = page.window.document;
    await waitFor(() => doc.querySelector('consent-placeholder')?.shadowRoot?.querySelector('button') != null, 3000, 'the placeholder');
    const placeholder = doc.querySelector<HTMLElement>('consent-placeholder')!;
    // The text-spacing bookmarklet's values; inherited properties reach into the shadow root.
    placeholder.style.setProperty('line-height', '1.5');
    placeholder.style.setProperty('letter-spacing', '0.12em');
    placeholder.style.setProperty('word-spacing', '0.16em');
    await pause(100);
    const box = placeholder.getBoundingClientRect();
    expect(box.width, "keeps the iframe's width as a minimum").to.be.at.least(239);
    expect(box.height, "keeps the iframe's height as a minimum").to.be.at.least(134);
    const overflowing: string[] = [];
    for (const element of placeholder.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && !inside(rect, box)) overflowing.push(element.className || element.tagName);
    }
    expect(overflowing).to.deep.equal([]);
  });

  it("under html { zoom: 2 } the dialog's header and footer stay on screen", async () => {
    const page = await openUiPage(800, 600, { zoom: '2' });
    const root = await openPreferences(page);
    const viewport = new DOMRect(0, 0, page.window.innerWidth, page.window.innerHeight);
    for (const selector of ['button[part~="button-close"]', 'button[part~="button-save"]', 'button[part~="button-accept-all"]']) {
      const button = root.querySelector(`dialog ${selector}`) ?? root.querySelector(selector);
      const rect = button!.getBoundingClientRect();
      // getBoundingClientRect is in the zoomed element's own units under CSS zoom: compare in CSS pixels of the viewport.
      expect(inside(rect, viewport), `${selector}: ${JSON.stringify(rect)} in ${JSON.stringify(viewport)}`).to.equal(true);
    }
  });
});
