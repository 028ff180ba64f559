import { expect } from 'chai';
import type { ConsentConfig } from '../../src/core/types.js';
import ar from '../../src/i18n/languages/ar.js';
import de from '../../src/i18n/languages/de.js';
import { deepActiveElement } from '../../src/ui/focus.js';
import { clearAllCookies } from '../helpers/cookies.js';
import { destroyAll, stubNavigator, waitFor } from '../helpers/consent.js';
import { emulateMedia, itWith, limitOf, press, setViewport } from '../helpers/engine.js';
import { axeViolations, mountFixture, unmountAll, type UiFixture } from '../helpers/ui.js';

const categories: ConsentConfig['categories'] = {
  necessary: { required: true, cookies: [{ name: 'session', purpose: 'Keeps you signed in', duration: 'Session' }] },
  analytics: {
    services: {
      stats: {
        label: 'Site statistics',
        description: 'Counts page views',
        cookies: [{ name: '_stats*', purpose: 'Tells visits apart', duration: '13 months' }],
      },
      heatmap: { label: 'Heatmaps' },
    },
  },
  marketing: { services: { youtube: { label: 'YouTube' } } },
};

function config(extra: Partial<ConsentConfig> = {}): ConsentConfig {
  return { categories, policyUrl: '/privacy', reloadOnWithdraw: false, ...extra };
}

function focusedText(): string {
  const active = deepActiveElement();
  return active?.getAttribute('aria-label') ?? active?.textContent.trim() ?? '';
}

function buttons(fixture: UiFixture, scope: string): HTMLButtonElement[] {
  return [...fixture.root.querySelectorAll<HTMLButtonElement>(`${scope} button`)];
}

describe('<consent-banner>', () => {
  afterEach(async () => {
    unmountAll();
    destroyAll();
    clearAllCookies();
    await setViewport(1280, 800);
  });

  describe('the notice', () => {
    it('shows a heading, the text with the policy link, and the three buttons with their exact English labels', async () => {
      const f = await mountFixture(config());
      expect(f.$('.notice [part~="title"]').textContent).to.equal('Cookies on this site');
      const link = f.$('.notice [part~="description"] a');
      expect(link.getAttribute('href')).to.equal('/privacy');
      expect(link.textContent).to.equal('Privacy policy');
      expect(buttons(f, '.notice').map((b) => b.textContent.trim())).to.deep.equal(['Accept all', 'Reject all', 'Manage preferences']);
    });

    it('is placed first in <body>, so it comes first in the tab order', async () => {
      const f = await mountFixture(config());
      expect(document.body.firstElementChild).to.equal(f.element);
    });

    it('uses a <consent-banner> the page placed itself', async () => {
      const placed = document.createElement('consent-banner');
      const holder = document.createElement('div');
      holder.append(placed);
      document.body.append(holder);
      try {
        const f = await mountFixture(config());
        expect(f.element).to.equal(placed);
        expect(f.$('.notice')).not.to.equal(null);
        expect(document.querySelectorAll('consent-banner')).to.have.length(1);
      } finally {
        holder.remove();
      }
    });

    it('gives Accept all and Reject all the same size, type and colour', async () => {
      const f = await mountFixture(config());
      const [accept, reject] = buttons(f, '.notice');
      const a = getComputedStyle(accept!);
      const r = getComputedStyle(reject!);
      for (const property of ['background-color', 'color', 'font-size', 'font-weight', 'border-top-color', 'height']) {
        expect(r.getPropertyValue(property), property).to.equal(a.getPropertyValue(property));
      }
      expect(Math.abs(accept!.getBoundingClientRect().width - reject!.getBoundingClientRect().width)).to.be.below(1);
    });

    it('is announced politely and does not take the focus', async () => {
      const before = document.activeElement;
      const f = await mountFixture(config());
      expect(f.$('.live').getAttribute('aria-live')).to.equal('polite');
      expect(f.$('.notice').getAttribute('role')).to.equal('region');
      expect(f.$('.notice').getAttribute('aria-labelledby')).to.equal('notice-title');
      expect(document.activeElement).to.equal(before);
    });

    it("names the provider of each cookie in the cookie table (the cookie's own, else its service's)", async () => {
      const f = await mountFixture(
        config({
          categories: {
            necessary: { required: true },
            analytics: {
              services: {
                ga: {
                  label: 'Google Analytics',
                  provider: 'Google Ireland Ltd',
                  cookies: [
                    { name: '_ga', duration: '13 months' },
                    { name: 'ar_debug', provider: 'Google LLC' },
                  ],
                },
              },
            },
          },
        }),
      );
      f.api.showPreferences();
      await f.settle();
      for (const toggle of f.root.querySelectorAll<HTMLElement>('.details-toggle')) toggle.click();
      await f.settle();
      const table = f.$('.service .cookies');
      expect([...table.querySelectorAll('th')].map((th) => th.textContent.trim())).to.deep.equal(['Cookie', 'Duration', 'Provider']);
      expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild?.textContent.trim())).to.deep.equal(['Google Ireland Ltd', 'Google LLC']);
    });

    it('keeps its texts out of search snippets (data-nosnippet on the notice and the dialog)', async () => {
      const f = await mountFixture(config());
      expect(f.$('.notice').hasAttribute('data-nosnippet')).to.equal(true);
      f.api.showPreferences();
      await f.settle();
      expect(f.$('.dialog-body').hasAttribute('data-nosnippet')).to.equal(true);
    });

    it('shifts no layout: it is fixed over the page', async () => {
      const f = await mountFixture(config());
      expect(getComputedStyle(f.$('.notice')).position).to.equal('fixed');
    });

    it('Accept all and Reject all save the choice and hide the notice', async () => {
      const f = await mountFixture(config());
      buttons(f, '.notice')[1]!.click();
      await f.settle();
      expect(f.api.get()?.method).to.equal('reject-all');
      expect(f.root.querySelector('.notice')).to.equal(null);
      expect(f.root.querySelector('.reopen')).not.to.equal(null);
    });

    it('shows nothing for a visitor who has chosen, only the reopen button', async () => {
      const first = await mountFixture(config());
      first.api.acceptAll();
      const name = first.api.config.cookie.name;
      unmountAll();
      destroyAll();
      const f = await mountFixture(config({ cookie: { name } }));
      expect(f.root.querySelector('.notice')).to.equal(null);
      expect(f.$('.reopen').getAttribute('aria-label')).to.equal('Cookie preferences');
    });

    it('can leave out the reopen button or place it in another corner', async () => {
      const none = await mountFixture(config({ reopenButton: false }));
      none.api.rejectAll();
      await none.settle();
      expect(none.root.querySelector('.reopen')).to.equal(null);
      const corner = await mountFixture(config({ reopenButton: 'top-right' }));
      corner.api.rejectAll();
      await corner.settle();
      expect(corner.$('.reopen').classList.contains('top-right')).to.equal(true);
    });

    for (const layout of ['bar', 'box', 'modal'] as const) {
      it(`lays out as a ${layout}`, async () => {
        const f = await mountFixture(config({ layout, position: layout === 'bar' ? 'top' : 'bottom-left' }));
        const rect = f.$('.notice').getBoundingClientRect();
        if (layout === 'bar') {
          expect(rect.top).to.equal(0);
          expect(rect.width).to.equal(document.documentElement.clientWidth);
        } else if (layout === 'box') {
          expect(rect.left).to.be.below(40);
          expect(rect.bottom).to.be.above(window.innerHeight - 40);
          expect(rect.width).to.be.below(500);
        } else {
          expect(Math.abs((rect.left + rect.right) / 2 - window.innerWidth / 2)).to.be.below(2);
        }
      });
    }

    it('a blocking notice is a modal dialog that takes the focus and cannot be dismissed with Escape', async () => {
      const f = await mountFixture(config({ blocking: true, layout: 'modal' }));
      const dialog = f.root.querySelector<HTMLDialogElement>('dialog.notice-dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(f.root.activeElement?.closest('dialog')).to.equal(dialog);
      await press('Escape');
      await f.settle();
      expect(dialog.open).to.equal(true);
      expect(f.api.views.notice).to.equal(true);
      buttons(f, '.notice')[0]!.click();
      await f.settle();
      expect(dialog.open).to.equal(false);
    });
  });

  describe('the preferences dialog', () => {
    async function openPreferences(f: UiFixture): Promise<HTMLDialogElement> {
      buttons(f, '.notice')[2]!.click();
      await f.settle();
      return f.root.querySelector<HTMLDialogElement>('dialog.preferences')!;
    }

    it('brings its styles when it first opens: a visitor who never opens it never parses them', async () => {
      const f = await mountFixture(config());
      const before = f.root.adoptedStyleSheets.length;
      const rules = (): string => f.root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      expect(rules()).not.to.include('.dialog-footer');
      const dialog = await openPreferences(f);
      expect(f.root.adoptedStyleSheets.length).to.equal(before + 1);
      expect(rules()).to.include('.dialog-footer');
      expect(getComputedStyle(dialog).display).to.equal('flex');
      f.api.hidePreferences();
      await f.settle();
      await openPreferences(f);
      expect(f.root.adoptedStyleSheets.length, 'adopted once').to.equal(before + 1);
    });

    it('is a named modal dialog with one switch per category, required ones on and locked, none other ticked', async () => {
      const f = await mountFixture(config());
      const dialog = await openPreferences(f);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(f.root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).to.equal('Cookie preferences');
      const switches = [...dialog.querySelectorAll<HTMLInputElement>('.category-head input[role="switch"]')];
      expect(switches.map((s) => f.root.querySelector(`label[for="${s.id}"]`)?.textContent)).to.deep.equal(['Strictly necessary', 'Analytics', 'Marketing']);
      expect(switches.map((s) => [s.checked, s.disabled])).to.deep.equal([
        [true, true],
        [false, false],
        [false, false],
      ]);
      expect(buttons(f, '.dialog-footer').map((b) => b.textContent.trim())).to.deep.equal(['Accept all', 'Reject all', 'Save preferences']);
    });

    it('lists services with their own switches and cookies with purpose and duration', async () => {
      const f = await mountFixture(config());
      await openPreferences(f);
      const toggle = f.$('[aria-controls="category-analytics-details"]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await f.settle();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const details = f.$('#category-analytics-details');
      expect(details.hidden).to.equal(false);
      expect([...details.querySelectorAll('.service-label')].map((l) => l.textContent)).to.deep.equal(['Site statistics', 'Heatmaps']);
      const cells = [...details.querySelectorAll('tbody td')].map((c) => c.textContent.trim());
      expect(cells).to.deep.equal(['_stats*', 'Tells visits apart', '13 months']);
    });

    it('saves exactly what the switches say', async () => {
      const f = await mountFixture(config());
      await openPreferences(f);
      f.$('#category-analytics').click();
      await f.settle();
      f.$('#service-analytics-heatmap').click();
      await f.settle();
      buttons(f, '.dialog-footer')[2]!.click();
      await f.settle();
      expect(f.api.get()).to.deep.include({ categories: ['necessary', 'analytics'], method: 'custom' });
      expect(f.api.get()?.services).to.deep.equal({ analytics: ['stats'] });
      expect(f.root.querySelector<HTMLDialogElement>('dialog.preferences')!.open).to.equal(false);
      expect(f.root.querySelector('.notice')).to.equal(null);
    });

    it('starts from the saved choice when reopened', async () => {
      const f = await mountFixture(config());
      f.api.accept(['marketing']);
      await f.settle();
      f.$('.reopen').click();
      await f.settle();
      expect((f.$('#category-marketing') as HTMLInputElement).checked).to.equal(true);
      expect((f.$('#category-analytics') as HTMLInputElement).checked).to.equal(false);
    });

    it('Escape closes it without saving and gives the focus back to what opened it', async () => {
      const f = await mountFixture(config());
      const manage = buttons(f, '.notice')[2]!;
      manage.focus();
      await openPreferences(f);
      f.$('#category-analytics').click();
      await press('Escape');
      await f.settle();
      expect(f.root.querySelector<HTMLDialogElement>('dialog.preferences')!.open).to.equal(false);
      expect(f.api.get()).to.equal(null);
      expect(f.api.views.notice).to.equal(true);
      expect(f.root.activeElement).to.equal(manage);
    });

    it('the close button, named "Close without saving" (no title to repeat it), closes without saving', async () => {
      const f = await mountFixture(config());
      await openPreferences(f);
      expect(f.$('[part~="button-close"]').getAttribute('aria-label')).to.equal('Close without saving');
      expect(f.$('[part~="button-close"]').hasAttribute('title')).to.equal(false);
      f.$('[part~="button-close"]').click();
      await f.settle();
      expect(f.api.views.preferences).to.equal(false);
      expect(f.api.get()).to.equal(null);
    });

    it('any page element with data-consent-open opens it, and gets the focus back', async () => {
      const f = await mountFixture(config());
      f.api.rejectAll();
      const link = document.createElement('a');
      link.href = '#';
      link.setAttribute('data-consent-open', '');
      link.textContent = 'Cookie settings';
      document.body.append(link);
      try {
        link.focus();
        link.click();
        await f.settle();
        expect(f.api.views.preferences).to.equal(true);
        expect(location.hash).to.equal('');
        await press('Escape');
        await f.settle();
        expect(document.activeElement).to.equal(link);
      } finally {
        link.remove();
      }
    });
  });

  describe('keyboard only', () => {
    it('accepts all: Tab reaches the notice first, Enter chooses', async () => {
      const f = await mountFixture(config());
      (document.activeElement as HTMLElement | null)?.blur();
      await press('Tab');
      expect(focusedText()).to.equal('Privacy policy');
      await press('Tab');
      expect(focusedText()).to.equal('Accept all');
      await press('Enter');
      await f.settle();
      expect(f.api.get()?.method).to.equal('accept-all');
      expect(focusedText(), 'focus lands on the reopen button, not lost').to.equal('Cookie preferences');
    });

    it('rejects all', async () => {
      const f = await mountFixture(config());
      (document.activeElement as HTMLElement | null)?.blur();
      await press('Tab');
      await press('Tab');
      await press('Tab');
      expect(focusedText()).to.equal('Reject all');
      await press('Space');
      await f.settle();
      expect(f.api.get()?.method).to.equal('reject-all');
    });

    it('chooses one category in the dialog, with focus kept inside while it is open', async () => {
      const f = await mountFixture(config());
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 4; i++) await press('Tab');
      expect(focusedText()).to.equal('Manage preferences');
      await press('Enter');
      await f.settle();
      expect(f.api.views.preferences).to.equal(true);
      const dialog = f.root.querySelector('dialog.preferences')!;
      // Walk to the Analytics switch, turn it on with Space.
      for (let i = 0; i < 20 && deepActiveElement()?.id !== 'category-analytics'; i++) await press('Tab');
      expect(deepActiveElement()?.id).to.equal('category-analytics');
      await press('Space');
      // Tab through everything: the focus never leaves the dialog.
      for (let i = 0; i < 25; i++) {
        await press('Tab');
        const active = deepActiveElement();
        expect(active === null || dialog.contains(active), `tab ${String(i)}: ${active?.outerHTML.slice(0, 60) ?? ''}`).to.equal(true);
        if (active?.textContent.trim() === 'Save preferences') break;
      }
      expect(focusedText()).to.equal('Save preferences');
      await press('Enter');
      await f.settle();
      expect(f.api.get()?.categories).to.deep.equal(['necessary', 'analytics']);
    });

    it('reopens the dialog from the reopen button and returns there after Escape', async () => {
      const f = await mountFixture(config());
      f.api.rejectAll();
      await f.settle();
      f.$('.reopen').focus();
      await press('Enter');
      await f.settle();
      expect(f.api.views.preferences).to.equal(true);
      await press('Escape');
      await f.settle();
      expect(f.api.views.preferences).to.equal(false);
      expect(f.root.activeElement).to.equal(f.$('.reopen'));
    });
  });

  describe('accessibility (axe-core)', () => {
    for (const layout of ['bar', 'box', 'modal'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`finds nothing in the ${layout} layout, ${theme} theme, with the notice and with the dialog open`, async () => {
          const f = await mountFixture(config({ layout, theme, position: layout === 'bar' ? 'bottom' : 'bottom-right' }));
          expect(await axeViolations(f.element)).to.deep.equal([]);
          f.api.showPreferences();
          await f.settle();
          for (const toggle of f.root.querySelectorAll<HTMLElement>('.details-toggle')) toggle.click();
          await f.settle();
          expect(await axeViolations(f.element)).to.deep.equal([]);
        });
      }
    }

    it('finds nothing with a category switch showing mixed (some of its services on), and the mixed knob sits in the middle', async () => {
      const f = await mountFixture(config({ theme: 'light' }));
      f.api.showPreferences();
      await f.settle();
      for (const toggle of f.root.querySelectorAll<HTMLElement>('.details-toggle')) toggle.click();
      await f.settle();
      f.$('#service-analytics-stats').click();
      await f.settle();
      const category = f.$('#category-analytics') as HTMLInputElement;
      expect(category.getAttribute('aria-checked')).to.equal('mixed');
      expect(category.indeterminate).to.equal(true);
      const knob = (input: HTMLElement): number => parseFloat(getComputedStyle(input, '::before').insetInlineStart);
      const off = f.$('#category-marketing');
      expect(knob(category)).to.be.above(knob(off) + 4);
      expect(await axeViolations(f.element)).to.deep.equal([]);
      f.$('#service-analytics-heatmap').click();
      await f.settle();
      expect(category.hasAttribute('aria-checked'), 'all services on: the category is on').to.equal(false);
      expect(category.checked).to.equal(true);
    });

    it('finds nothing with a blocking notice', async () => {
      const f = await mountFixture(config({ blocking: true }));
      expect(await axeViolations(f.element)).to.deep.equal([]);
    });
  });

  describe("the compact dialog (the demo's four categories)", () => {
    const cookie = (name: string): { name: string; purpose: string; duration: string } => ({
      name,
      purpose: 'Remembers a setting for the site',
      duration: '1 year',
    });
    const demo = (extra: Partial<ConsentConfig> = {}): ConsentConfig =>
      config({
        categories: {
          necessary: {
            required: true,
            services: {
              session: { label: 'Session and login', cookies: [cookie('nova_session')] },
              basket: { label: 'Shopping basket', cookies: [cookie('nova_basket')] },
            },
          },
          functional: {
            services: {
              language: { label: 'Language choice', cookies: [cookie('nova_lang')] },
              chat: { label: 'Support chat', cookies: [cookie('nova_chat_*')] },
            },
          },
          analytics: { services: { stats: { label: 'Usage statistics', cookies: [cookie('nova_stats_id'), cookie('nova_stats_seen')] } } },
          marketing: {
            services: {
              offers: { label: 'Offers', cookies: [cookie('nova_offer_profile')] },
              pixel: { label: 'Advertising pixel', cookies: [cookie('_adpixel')] },
            },
          },
        },
        ...extra,
      });
    const opened = async (extra?: Partial<ConsentConfig>): Promise<UiFixture> => {
      const f = await mountFixture(demo(extra));
      f.api.showPreferences();
      await f.settle();
      return f;
    };
    const within = (inner: DOMRect, outer: DOMRect): boolean => inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

    for (const [width, height] of [
      [1280, 800],
      [375, 667],
    ] as const) {
      (width < 400 ? itWith.bind(null, 'narrow-viewport') : it)(
        `shows all four categories in the first view at ${String(width)}×${String(height)}, and the footer buttons on one line each`,
        async () => {
          await setViewport(width, height);
          const f = await opened();
          const body = f.$('.dialog-body').getBoundingClientRect();
          const rows = [...f.root.querySelectorAll('.category-head')];
          expect(rows).to.have.length(4);
          for (const row of rows) expect(within(row.getBoundingClientRect(), body), row.textContent.trim()).to.equal(true);
          const [accept, reject, save] = buttons(f, '.dialog-footer');
          const lineHeight = parseFloat(getComputedStyle(save!).lineHeight);
          for (const button of [accept!, reject!, save!]) {
            const padding = parseFloat(getComputedStyle(button).paddingBlockStart) + parseFloat(getComputedStyle(button).paddingBlockEnd);
            expect(button.clientHeight - padding, `${button.textContent.trim()} on one line`).to.be.below(lineHeight * 1.5);
          }
          // Accept all and Reject all identical; Save preferences the quieter one.
          expect(accept!.getBoundingClientRect().width).to.be.closeTo(reject!.getBoundingClientRect().width, 0.5);
          expect(getComputedStyle(accept!).backgroundColor).to.equal(getComputedStyle(reject!).backgroundColor);
          expect(getComputedStyle(save!).backgroundColor).not.to.equal(getComputedStyle(accept!).backgroundColor);
          expect(save!.classList.contains('secondary')).to.equal(true);
        },
      );
    }

    it('folds the description, services and cookies under the row, behind a chevron named for its category', async () => {
      const f = await opened();
      const toggle = f.$('[aria-controls="category-analytics-details"]');
      expect(toggle.textContent.trim()).to.equal('Services and cookies: Analytics');
      const box = toggle.getBoundingClientRect();
      expect(Math.min(box.width, box.height), 'a 44 px target').to.be.at.least(44);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(f.$('#category-analytics-details').hidden).to.equal(true);
      expect(f.$('#category-analytics').getAttribute('aria-describedby')).to.equal('category-analytics-description');
      toggle.click();
      await f.settle();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(f.$('#category-analytics-description').textContent).to.include('understand how visitors use the site');
      expect(await axeViolations(f.element)).to.deep.equal([]);
    });

    it('captions each cookie table and gives every table the same column widths', async () => {
      const f = await opened();
      for (const toggle of f.root.querySelectorAll<HTMLElement>('.details-toggle')) toggle.click();
      await f.settle();
      const tables = [...f.root.querySelectorAll<HTMLTableElement>('table.cookies')];
      expect(tables.length).to.be.above(3);
      expect(tables.map((table) => table.caption?.textContent)).to.include('Services and cookies: Usage statistics');
      const firstColumn = tables.map((table) => Math.round(table.querySelector('th')!.getBoundingClientRect().width));
      expect(new Set(firstColumn).size, `first columns ${firstColumn.join(', ')}`).to.equal(1);
    });

    itWith('narrow-viewport', "stacks the cookie rows at 375 px, each value after its column's name", async () => {
      await setViewport(375, 667);
      const narrow = await opened();
      for (const toggle of narrow.root.querySelectorAll<HTMLElement>('.details-toggle')) toggle.click();
      await narrow.settle();
      const cell = narrow.$('table.cookies td[data-label="Duration"]');
      expect(getComputedStyle(cell).display).to.equal('grid');
      // Chromium gives the resolved text, Firefox the attr() it comes from.
      expect(getComputedStyle(cell, '::before').content).to.be.oneOf(['"Duration"', 'attr(data-label)']);
      expect(getComputedStyle(narrow.$('table.cookies thead')).position, 'the header row only for screen readers').to.equal('absolute');
      expect(narrow.$('.dialog-body').scrollWidth).to.be.at.most(narrow.$('.dialog-body').clientWidth);
      expect(await axeViolations(narrow.element)).to.deep.equal([]);
    });
  });

  describe('the opt-out notice (a visitor in an opt-out region)', () => {
    const optOut = (extra: Partial<ConsentConfig> = {}): ConsentConfig =>
      config({ region: 'US-CA', regimes: [{ regions: ['US'], mode: 'opt-out' }], ...extra });

    for (const layout of ['bar', 'box', 'modal'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`axe finds nothing in the ${layout} layout, ${theme} theme`, async () => {
          const f = await mountFixture(optOut({ layout, theme, position: layout === 'bar' ? 'bottom' : 'bottom-right' }));
          expect(buttons(f, '.notice').map((b) => b.getAttribute('aria-label') ?? b.textContent.trim())).to.deep.equal([
            'Do Not Sell or Share My Personal Information',
            'Manage preferences',
            'Close',
          ]);
          expect(await axeViolations(f.element)).to.deep.equal([]);
        });
      }
    }

    it('keyboard only: Tab reaches "Do Not Sell or Share", Enter opts out, and the saved status is announced', async () => {
      const f = await mountFixture(optOut());
      (document.activeElement as HTMLElement | null)?.blur();
      await press('Tab');
      expect(focusedText()).to.equal('Privacy policy');
      await press('Tab');
      expect(focusedText()).to.equal('Do Not Sell or Share My Personal Information');
      await press('Enter');
      await f.settle();
      expect(f.api.get()).to.deep.include({ method: 'opt-out', categories: ['necessary', 'analytics'] });
      expect(focusedText(), 'focus lands on the reopen button').to.equal('Cookie preferences');
      await waitFor(() => f.$('[role="status"]').textContent === 'Your cookie choices were saved.', 2000, 'the status');
    });

    it('keyboard only: the close button (a 44 px target) keeps the defaults and hides the notice', async () => {
      const f = await mountFixture(optOut());
      const close = f.$('.notice .close');
      const box = close.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      // The heading's words (not its box, whose padding makes room for the button).
      const words = document.createRange();
      words.selectNodeContents(f.$('.notice .title'));
      const title = words.getBoundingClientRect();
      expect(title.right <= box.left || title.left >= box.right || title.bottom <= box.top, 'the title is not under the close button').to.equal(true);
      close.focus();
      await press('Enter');
      await f.settle();
      expect(f.api.get()).to.deep.include({ method: 'dismiss', regime: 'opt-out', categories: ['necessary', 'analytics', 'marketing'] });
      expect(f.api.views.notice).to.equal(false);
    });

    it('the dialog shows what holds by default: every optional switch on', async () => {
      const f = await mountFixture(optOut());
      f.api.showPreferences();
      await f.settle();
      for (const id of ['analytics', 'marketing']) expect((f.$(`#category-${id}`) as HTMLInputElement).checked, id).to.equal(true);
      expect(await axeViolations(f.element)).to.deep.equal([]);
    });

    it('with GPC, says first that the opt-out request was honoured', async () => {
      const restore = stubNavigator('globalPrivacyControl', true);
      try {
        const f = await mountFixture(optOut());
        const line = f.$('.notice [part~="gpc-notice"]');
        expect(line.querySelector('strong')!.textContent).to.equal('Opt-out request honoured');
        expect(line.textContent).to.match(/^Opt-out request honoured Your browser sends/);
        expect(f.api.has('marketing')).to.equal(false);
        expect(await axeViolations(f.element)).to.deep.equal([]);
      } finally {
        restore();
      }
    });

    itWith('narrow-viewport', 'fits a 320 px phone without sideways scrolling, in German too', async () => {
      await setViewport(320, 568);
      for (const language of ['en', 'de']) {
        const f = await mountFixture(optOut({ language }), { present: { de } });
        expect(f.$('.notice .description').textContent, language).to.include(language === 'de' ? 'personenbezogenen' : 'personal information');
        const notice = f.$('.notice');
        expect(notice.scrollWidth, language).to.be.at.most(notice.clientWidth);
        expect(notice.getBoundingClientRect().right, language).to.be.at.most(320);
        unmountAll();
        destroyAll();
      }
    });
  });

  describe('themes', () => {
    it('light and dark differ, and auto follows the system', async () => {
      const light = await mountFixture(config({ theme: 'light' }));
      const lightBackground = getComputedStyle(light.$('.notice')).backgroundColor;
      unmountAll();
      const dark = await mountFixture(config({ theme: 'dark' }));
      const darkBackground = getComputedStyle(dark.$('.notice')).backgroundColor;
      expect(lightBackground).to.equal('rgb(255, 255, 255)');
      expect(darkBackground).to.equal('rgb(28, 33, 40)');
      expect(dark.element.getAttribute('theme')).to.equal('dark');
    });

    it('takes colours, radius and font from --consent-* custom properties', async () => {
      document.documentElement.style.setProperty('--consent-color-button', 'rgb(200, 0, 100)');
      document.documentElement.style.setProperty('--consent-color-accent', 'rgb(0, 90, 60)');
      document.documentElement.style.setProperty('--consent-radius', '3px');
      try {
        const f = await mountFixture(config({ theme: 'light' }));
        const [accept, reject] = buttons(f, '.notice');
        expect(getComputedStyle(accept!).backgroundColor).to.equal('rgb(200, 0, 100)');
        expect(getComputedStyle(reject!).backgroundColor).to.equal('rgb(200, 0, 100)');
        expect(getComputedStyle(f.$('.notice a')).color, 'links take the accent').to.equal('rgb(0, 90, 60)');
        expect(getComputedStyle(f.$('.notice')).borderTopLeftRadius).to.equal('3px');
      } finally {
        for (const name of ['--consent-color-button', '--consent-color-accent', '--consent-radius']) document.documentElement.style.removeProperty(name);
      }
    });

    it('by default, a calm neutral pair: Accept all and Reject all in the text colour, the description not muted', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const f = await mountFixture(config({ theme }));
        const [accept, reject] = buttons(f, '.notice');
        const text = getComputedStyle(f.$('.notice .title')).color;
        expect(getComputedStyle(accept!).backgroundColor, theme).to.equal(text);
        expect(getComputedStyle(reject!).backgroundColor, theme).to.equal(text);
        expect(getComputedStyle(accept!).color, theme).to.equal(getComputedStyle(f.$('.notice')).backgroundColor);
        expect(getComputedStyle(f.$('.notice .description')).color, theme).to.equal(text);
        unmountAll();
        destroyAll();
      }
    });

    it("--consent-box-width sets the box's width, wider or narrower, never wider than the screen", async () => {
      document.documentElement.style.setProperty('--consent-box-width', '32rem');
      try {
        const f = await mountFixture(config({ layout: 'box' }));
        const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
        expect(Math.round(f.$('.notice').getBoundingClientRect().width)).to.equal(Math.min(32 * rem, innerWidth - 2 * rem));
        document.documentElement.style.setProperty('--consent-box-width', '20rem');
        expect(Math.round(f.$('.notice').getBoundingClientRect().width)).to.equal(20 * rem);
      } finally {
        document.documentElement.style.removeProperty('--consent-box-width');
      }
    });

    it('exposes parts for restyling', async () => {
      const f = await mountFixture(config());
      for (const part of ['notice', 'title', 'description', 'actions', 'button-accept-all', 'button-reject-all', 'button-preferences']) {
        expect(f.root.querySelector(`[part~="${part}"]`), part).not.to.equal(null);
      }
    });
  });

  describe('small screens', () => {
    itWith(
      'narrow-viewport',
      'fits a 320 px wide screen: nothing overflows, Accept and Reject side by side above Manage, the dialog fills the screen',
      async () => {
        await setViewport(320, 640);
        const f = await mountFixture(config());
        const notice = f.$('.notice').getBoundingClientRect();
        expect(notice.left).to.be.at.least(0);
        expect(notice.right).to.be.at.most(320);
        const [accept, reject, manage] = buttons(f, '.notice').map((b) => b.getBoundingClientRect());
        expect(reject!.top).to.equal(accept!.top);
        expect(manage!.top).to.be.above(accept!.bottom);
        expect(f.$('.notice').scrollWidth).to.be.at.most(f.$('.notice').clientWidth);
        f.api.showPreferences();
        await f.settle();
        const dialog = f.$('dialog.preferences').getBoundingClientRect();
        expect(dialog.width).to.equal(320);
        expect(f.$('.dialog-body').scrollWidth).to.be.at.most(f.$('.dialog-body').clientWidth);
      },
    );
  });

  describe('zoom and motion', () => {
    afterEach(async () => {
      if (limitOf('emulate-media') === undefined) await emulateMedia({ 'prefers-reduced-motion': 'no-preference' });
    });

    it('works at 200% zoom (a 640 × 400 viewport): everything reachable, nothing cut off', async () => {
      await setViewport(640, 400);
      const f = await mountFixture(config({ layout: 'bar' }));
      const notice = f.$('.notice');
      const rect = notice.getBoundingClientRect();
      expect(rect.top).to.be.at.least(0);
      expect(rect.bottom).to.be.at.most(400);
      expect(notice.scrollWidth).to.be.at.most(notice.clientWidth);
      f.api.showPreferences();
      await f.settle();
      const dialog = f.$('dialog.preferences').getBoundingClientRect();
      expect(dialog.bottom).to.be.at.most(400);
      const save = f.$('[part~="button-save"]').getBoundingClientRect();
      expect(save.bottom, 'the footer stays on screen; the body scrolls').to.be.at.most(400);
      const body = f.$('.dialog-body');
      expect(body.scrollHeight).to.be.above(body.clientHeight);
      expect(getComputedStyle(body).overflowY).to.equal('auto');
    });

    itWith('emulate-media', 'the dialog fades and grows in, and not under prefers-reduced-motion', async () => {
      const moving = await mountFixture(config());
      moving.api.showPreferences();
      await moving.element.updateComplete;
      await moving.element.updateComplete;
      expect(getComputedStyle(moving.$('dialog.preferences')).animationName).to.equal('consent-dialog-in');
      unmountAll();
      await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      const still = await mountFixture(config());
      still.api.showPreferences();
      await still.settle();
      expect(getComputedStyle(still.$('dialog.preferences')).animationName).to.equal('none');
    });

    itWith('emulate-media', 'animates the notice only without prefers-reduced-motion', async () => {
      const moving = await mountFixture(config());
      expect(getComputedStyle(moving.$('.notice')).animationName).to.equal('consent-enter');
      unmountAll();
      await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      const still = await mountFixture(config());
      expect(getComputedStyle(still.$('.notice')).animationName).to.equal('none');
    });
  });

  describe('languages', () => {
    let restoreLanguages: () => void = () => undefined;
    afterEach(() => {
      restoreLanguages();
      document.documentElement.removeAttribute('lang');
    });

    it('picks <html lang> when it has the texts, before any English is shown', async () => {
      document.documentElement.lang = 'de-AT';
      const f = await mountFixture(config(), { present: { de } });
      expect(f.$('.notice [part~="title"]').textContent).to.equal(de.title);
      expect(f.$('.root').getAttribute('lang')).to.equal('de');
    });

    it("then the browser's languages, then English", async () => {
      document.documentElement.lang = 'xx';
      restoreLanguages = stubNavigator('languages', ['fi', 'de']);
      const f = await mountFixture(config(), { present: { de } });
      expect(f.$('.root').getAttribute('lang')).to.equal('de');
      unmountAll();
      const english = await mountFixture(config(), { present: {} });
      expect(english.$('.root').getAttribute('lang')).to.equal('en');
    });

    it('a site overrides texts and adds languages through translations', async () => {
      const f = await mountFixture(
        config({
          language: 'is',
          translations: { is: { acceptAll: 'Samþykkja allt', title: 'Vafrakökur' } },
        }),
      );
      expect(f.$('.notice [part~="title"]').textContent).to.equal('Vafrakökur');
      expect(buttons(f, '.notice')[0]!.textContent.trim()).to.equal('Samþykkja allt');
      expect(buttons(f, '.notice')[1]!.textContent.trim()).to.equal('Reject all');
    });

    it('mirrors the layout for a right-to-left language', async () => {
      const f = await mountFixture(config({ language: 'ar', position: 'bottom-right' }), { present: { ar } });
      expect(f.$('.root').getAttribute('dir')).to.equal('rtl');
      expect(f.$('.notice [part~="title"]').textContent).to.equal(ar.title);
      const rect = f.$('.notice').getBoundingClientRect();
      expect(rect.left, 'bottom-right sits on the left in RTL').to.be.below(40);
      const [accept, reject] = buttons(f, '.notice').map((b) => b.getBoundingClientRect());
      expect(accept!.left).to.be.above(reject!.left);
    });

    it('follows a later change of <html lang>', async () => {
      document.documentElement.lang = 'en';
      const f = await mountFixture(config(), { present: { de } });
      document.documentElement.lang = 'de';
      await waitFor(() => f.ui.locale.code === 'de', 2000, 'the new language');
      await f.settle();
      expect(f.$('.notice [part~="title"]').textContent).to.equal(de.title);
    });
  });

  describe('Global Privacy Control', () => {
    let restore: () => void = () => undefined;
    afterEach(() => {
      restore();
    });

    it('tells the visitor the signal is honoured and which categories it keeps off, in the notice and the dialog', async () => {
      restore = stubNavigator('globalPrivacyControl', true);
      const f = await mountFixture(config({ gpc: ['analytics', 'marketing'] }));
      expect(f.$('.notice [part~="gpc-notice"]').textContent).to.equal(
        'Your browser sends a Global Privacy Control signal, so these stay off unless you turn them on: Analytics and Marketing.',
      );
      f.api.showPreferences();
      await f.settle();
      expect(f.root.querySelector('dialog [part~="gpc-notice"]')).not.to.equal(null);
    });

    it('says nothing without the signal', async () => {
      const f = await mountFixture(config());
      expect(f.root.querySelector('[part~="gpc-notice"]')).to.equal(null);
    });
  });

  describe('texts from the config are text', () => {
    it('shows markup as text and makes links only of safe [text](url)', async () => {
      const f = await mountFixture(
        config({
          categories: {
            necessary: {
              required: true,
              label: '<img src=x onerror="window.__xss=1">Needed',
              description: 'See [our list](/cookies) or [this](javascript:alert(1)).',
            },
          },
          translations: { en: { description: 'Hello <b>bold</b> [evil](data:text/html,x) [ok](https://example.com/p)' } },
        }),
      );
      const description = f.$('.notice [part~="description"]');
      expect(description.querySelector('b')).to.equal(null);
      expect(description.textContent).to.include('Hello <b>bold</b> [evil](data:text/html,x)');
      expect([...description.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/p', '/privacy']);
      f.api.showPreferences();
      await f.settle();
      const label = f.$('label[for="category-necessary"]');
      expect(label.querySelector('img')).to.equal(null);
      expect(label.textContent).to.equal('<img src=x onerror="window.__xss=1">Needed');
      const categoryText = f.$('#category-necessary-description');
      expect([...categoryText.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/cookies']);
      expect(categoryText.textContent).to.include('[this](javascript:alert(1))');
      expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    });
  });
});
