import { adoptStyles, html, LitElement, supportsAdoptingStyleSheets, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ConsentApi, Theme } from '../core/types.js';
import type { Texts } from '../i18n/texts.js';
import { bannerStyles } from './consent-banner.styles.js';
import { deepActiveElement, focusIfPossible } from './focus.js';
import { closeIcon, cookieIcon } from './icons.js';
import type { Locale } from './locale.js';
import { renderRichText } from './rich-text.js';
import { keepScrollRoom, type ScrollRoom } from './scroll-room.js';
import { policyLink, renderGpc } from './notice-parts.js';
import type { Draft, PreferencesHost, PreferencesView } from './preferences-view.js';
import { bannerConnected } from './site-placed.js';
import { tokenStyles } from './tokens.styles.js';

/**
 * The attribute that makes any page element open the preferences dialog, or with the value
 * `opt-out`, opt out ("Do Not Sell or Share") in one click.
 */
const OPEN_ATTRIBUTE = 'data-consent-open';

/** How long the "saved" status stays in its live region, in milliseconds. */
const STATUS_MS = 6000;

/** One pending timeout: `start` replaces the pending one, `stop` cancels it. */
function timer(): { start(run: () => void, ms: number): void; stop(): void } {
  let id: ReturnType<typeof setTimeout> | undefined;
  return {
    start(run, ms) {
      clearTimeout(id);
      id = setTimeout(run, ms);
    },
    stop() {
      clearTimeout(id);
      id = undefined;
    },
  };
}

/**
 * `<consent-banner>`: the cookie notice, the preferences dialog and the reopen button. It renders
 * only from the consent API's state and calls only the API; it never touches cookies or the page
 * outside its shadow root (but for listening to clicks on `[data-consent-open]`).
 *
 * @tagname consent-banner
 * @csspart notice - the first-layer notice (a region, or a modal dialog when `blocking`)
 * @csspart title - the notice's heading
 * @csspart description - the notice's text
 * @csspart gpc-notice - the line that says a Global Privacy Control signal is honoured
 * @csspart gpc-honoured - under a category's switch that the Global Privacy Control signal keeps off
 * @csspart actions - the notice's buttons
 * @csspart button - every button; plus button-accept-all, button-reject-all, button-preferences, button-save, button-close (the dialog's and the opt-out notice's), button-opt-out ("Do Not Sell or Share")
 * @csspart link - links in texts
 * @csspart dialog - the preferences dialog; dialog-header, dialog-title, dialog-body, dialog-footer
 * @csspart category - one category; category-label, category-description, switch, details-toggle, details
 * @csspart service - one service in a category's details; service-label, service-description
 * @csspart cookie-table - a table of cookies
 * @csspart reopen - the small button that reopens the preferences after a choice
 * @cssproperty --consent-color-accent - buttons, switches and focus rings
 * @cssproperty --consent-color-on-accent - text on accent-coloured buttons
 * @cssproperty --consent-color-surface - the background of the notice and the dialog
 * @cssproperty --consent-color-text - the main text colour
 * @cssproperty --consent-color-muted - secondary text
 * @cssproperty --consent-color-border - borders
 * @cssproperty --consent-color-subtle - quiet backgrounds (hover, the GPC line)
 * @cssproperty --consent-color-focus - the focus ring (defaults to the accent)
 * @cssproperty --consent-font-family - defaults to the system UI font
 * @cssproperty --consent-font-size - the base size (1rem)
 * @cssproperty --consent-radius - corner radius (0.75rem)
 * @cssproperty --consent-space - the spacing unit (1rem)
 * @cssproperty --consent-shadow - the notice's and dialog's shadow
 * @cssproperty --consent-z-index - stacking order (2147483000)
 * @cssproperty --consent-box-width - the box layout's width (26rem; never wider than the screen allows)
 */
export class ConsentBannerElement extends LitElement implements PreferencesHost {
  static override styles = [tokenStyles, bannerStyles];

  /**
   * The preferences dialog's content. The npm build sets it as it loads; the script-tag build gets
   * it from its add-on file through `loadPreferences` when the dialog first opens (or earlier, at idle).
   */
  static preferences: PreferencesView | null = null;
  /** Fetches the dialog's content (the script-tag build's add-on file); resolves to null when it cannot. */
  static loadPreferences: (() => Promise<PreferencesView | null>) | null = null;

  static override properties = {
    api: { attribute: false },
    locale: { attribute: false },
    theme: { reflect: true },
    draft: { state: true },
    expanded: { state: true },
    status: { state: true },
  };

  /** The consent API this element shows and drives. */
  declare api: ConsentApi | undefined;
  /** The language shown. */
  declare locale: Locale | undefined;
  /** The colour theme, reflected for styles (`light`, `dark`, `auto`); taken from the config. */
  declare theme: Theme;
  /** @internal The dialog's unsaved switches while it is open. */
  declare draft: Draft | null;
  /** @internal The categories whose details are open in the dialog. */
  declare expanded: ReadonlySet<string>;
  /** The status message (after a save), read politely by screen readers. */
  declare private status: string;
  private readonly statusTimer = timer();

  private unsubscribers: (() => void)[] = [];
  private opener: Element | null = null;
  private focusWasInNotice = false;
  private closing = false;
  /** The notice the page's scroll padding is kept for, and what keeps it. */
  private roomFor: HTMLElement | null = null;
  private room: ScrollRoom | null = null;

  constructor() {
    super();
    this.api = undefined;
    this.locale = undefined;
    this.theme = 'auto';
    this.draft = null;
    this.expanded = new Set();
    this.status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('click', this.onDocumentClick, true);
    this.ownerDocument.addEventListener('focusin', this.onDocumentFocus);
    this.subscribe();
    bannerConnected(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('click', this.onDocumentClick, true);
    this.ownerDocument.removeEventListener('focusin', this.onDocumentFocus);
    this.unsubscribe();
    this.stopScrollRoom();
    this.statusTimer.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('locale')) this.subscribe();
    const api = this.api;
    if (api === undefined) return;
    this.theme = api.config.theme;
    // The dialog's switches start from the saved choice each time it opens, and are dropped when it closes.
    if (api.views.preferences && this.draft === null) {
      const view = ConsentBannerElement.preferences;
      if (view === null) {
        this.fetchPreferences();
        return;
      }
      this.adoptPreferencesStyles(view);
      this.preferencesRendered = true;
      this.draft = view.draftFrom(api);
    } else if (!api.views.preferences && this.draft !== null) {
      this.draft = null;
      this.expanded = new Set();
      this.closing = true;
    }
  }

  private preferencesStylesAdopted = false;
  private fetchingPreferences = false;
  /** The dialog element is rendered from its first opening on (never on the first paint), then kept for its closing. */
  private preferencesRendered = false;

  /** Adds the dialog's styles to the shadow root the first time the dialog opens. */
  private adoptPreferencesStyles(view: PreferencesView): void {
    const root = this.renderRoot;
    if (this.preferencesStylesAdopted || !(root instanceof ShadowRoot)) return;
    this.preferencesStylesAdopted = true;
    const sheet = supportsAdoptingStyleSheets ? view.styles.styleSheet : undefined;
    // Without constructable stylesheets Lit writes <style> elements (with the page's nonce) after the
    // rendered content, where no render touches them.
    if (sheet === undefined) adoptStyles(root, [view.styles]);
    else root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /**
   * The dialog was asked for before its content is here: fetch it, then open. When it cannot be
   * had, the request is dropped (the notice's own choices still work; the loader said why).
   */
  private fetchPreferences(): void {
    const load = ConsentBannerElement.loadPreferences;
    if (this.fetchingPreferences) return;
    this.fetchingPreferences = true;
    void (load === null ? Promise.resolve(null) : load()).then((view) => {
      this.fetchingPreferences = false;
      if (view !== null) ConsentBannerElement.preferences ??= view;
      if (ConsentBannerElement.preferences !== null) this.requestUpdate();
      else if (this.api?.views.preferences === true) {
        this.opener = null;
        this.api.hidePreferences();
      }
    });
  }

  private subscribe(): void {
    this.unsubscribe();
    if (!this.isConnected) return;
    const refresh = (): void => {
      this.requestUpdate();
    };
    if (this.api !== undefined) {
      this.unsubscribers.push(
        this.api.on('change', ({ origin }) => {
          // A choice the visitor made in our UI is confirmed in words: the notice or dialog that
          // held the focus is gone, and nothing else says that the choice was kept.
          if (origin === 'notice' || origin === 'preferences' || origin === 'link') this.announceSaved();
          refresh();
        }),
        this.api.on('show', ({ view }) => {
          if (view === 'preferences') this.opener ??= deepActiveElement(this.ownerDocument);
          refresh();
        }),
        this.api.on('hide', ({ view }) => {
          if (view === 'notice') this.focusWasInNotice = this.isFocusIn('.notice');
          refresh();
        }),
      );
    }
    if (this.locale !== undefined) this.unsubscribers.push(this.locale.subscribe(refresh));
  }

  /** Puts "saved" in the status region (emptied first, so a second save is announced again). */
  private announceSaved(): void {
    this.status = '';
    this.statusTimer.stop();
    this.statusTimer.start(() => {
      this.status = this.locale?.texts.saved ?? '';
      this.statusTimer.start(() => {
        this.status = '';
      }, STATUS_MS);
    }, 50);
  }

  private unsubscribe(): void {
    for (const off of this.unsubscribers.splice(0)) off();
  }

  private isFocusIn(selector: string): boolean {
    const active = this.shadowRoot?.activeElement;
    return active != null && active.closest(selector) !== null;
  }

  /**
   * Any element with `data-consent-open` opens the preferences (and gets the focus back after);
   * `data-consent-open="opt-out"` opts out at once (the "Do Not Sell or Share" link a footer carries).
   */
  private readonly onDocumentClick = (event: MouseEvent): void => {
    const trigger = event.composedPath().find((node): node is Element => node instanceof Element && node.hasAttribute(OPEN_ATTRIBUTE));
    if (trigger === undefined || this.api?.started !== true) return;
    event.preventDefault();
    if (trigger.getAttribute(OPEN_ATTRIBUTE) === 'opt-out') this.api.optOut({ source: 'link' });
    else this.openPreferences(trigger);
  };

  private openPreferences(opener: Element): void {
    this.opener = opener;
    this.api?.showPreferences();
  }

  // ---------- rendering ----------

  protected override render(): TemplateResult | typeof nothing {
    const { api, locale } = this;
    if (api?.started !== true || locale?.ready !== true) return nothing;
    const { views, config } = api;
    const texts = locale.texts;
    const record = api.get();
    const showReopen = record !== null && !views.notice && !views.preferences && config.reopenButton !== false;
    return html`
      <div class="root" dir=${locale.dir} lang=${locale.code}>
        ${
          config.blocking
            ? this.renderBlockingNotice(api, views.notice, texts)
            : html`
          <div class="live" aria-live="polite">${views.notice ? this.renderNotice(api, texts, false) : nothing}</div>`
        }
        ${this.preferencesRendered || views.preferences ? this.renderPreferences(api, texts) : nothing}
        <p class="visually-hidden" role="status">${this.status}</p>
        ${
          showReopen
            ? html`
          <button type="button" class="reopen ${config.reopenButton}" part="reopen" aria-label=${texts.reopen} title=${texts.reopen}
            @click=${(event: Event) => {
              this.openPreferences(event.currentTarget as Element);
            }}>${cookieIcon}</button>`
            : nothing
        }
      </div>`;
  }

  private renderBlockingNotice(api: ConsentApi, open: boolean, texts: Texts): TemplateResult {
    return html`<dialog class="notice-dialog" aria-labelledby="notice-title" aria-describedby="notice-description" @cancel=${(event: Event) => {
      event.preventDefault(); // a blocking notice waits for a choice
    }} @close=${() => {
      if (this.api?.views.notice === true) this.syncDialogs(); // closed by the browser: open it again
    }}>${open ? this.renderNotice(api, texts, true) : nothing}</dialog>`;
  }

  private renderNotice(api: ConsentApi, texts: Texts, blocking: boolean): TemplateResult {
    const { config } = api;
    // Where the opt-out regime applies: a notice at collection, with the one-click opt-out.
    const optOut = api.regime === 'opt-out';
    return html`
      <section class="notice ${config.layout} ${config.position} ${optOut ? 'opt-out' : ''}" part="notice" data-nosnippet role=${blocking ? nothing : 'region'}
        aria-labelledby="notice-title" aria-describedby="notice-description"
        tabindex=${blocking ? '-1' : nothing} ?autofocus=${blocking}>
        <div class="content">
          <div class="text">
            <h2 class="title" id="notice-title" part="title">${texts.title}</h2>
            <p class="description" id="notice-description" part="description">
              ${renderRichText(optOut ? texts.optOutDescription : texts.description)}${policyLink(config.policyUrl, texts)}
            </p>
            ${renderGpc(api, texts, this.locale?.code ?? 'en')}
          </div>
          <div class="actions" part="actions">
            ${
              optOut
                ? html`
            <button type="button" class="button choice" part="button button-opt-out" @click=${() => this.api?.optOut({ source: 'notice' })}>${texts.doNotSell}</button>`
                : html`
            <button type="button" class="button choice" part="button button-accept-all" @click=${() => this.api?.acceptAll({ source: 'notice' })}>${texts.acceptAll}</button>
            <button type="button" class="button choice" part="button button-reject-all" @click=${() => this.api?.rejectAll({ source: 'notice' })}>${texts.rejectAll}</button>`
            }
            <button type="button" class="button secondary" part="button button-preferences" @click=${(event: Event) => {
              this.openPreferences(event.currentTarget as Element);
            }}>${texts.managePreferences}</button>
          </div>
        </div>
        ${
          optOut
            ? html`<button type="button" class="close" part="button button-close" aria-label=${texts.close}
          @click=${() => {
            // The visitor has seen the notice and keeps what holds by default.
            this.api?.dismiss({ source: 'notice' });
          }}>${closeIcon}</button>`
            : nothing
        }
      </section>`;
  }

  private renderPreferences(api: ConsentApi, texts: Texts): TemplateResult {
    const { draft } = this;
    const view = ConsentBannerElement.preferences;
    return html`
      <dialog class="preferences" part="dialog" aria-labelledby="preferences-title" aria-describedby="preferences-description"
        @cancel=${(event: Event) => {
          event.preventDefault();
          this.api?.hidePreferences(); // Escape: close without saving
        }}
        @close=${() => {
          if (this.api?.views.preferences === true) this.api.hidePreferences();
        }}>
        ${draft === null || view === null ? nothing : view.render(this, api, texts, draft)}
      </dialog>`;
  }

  // ---------- dialogs and focus ----------

  protected override updated(): void {
    this.syncDialogs();
    this.syncScrollRoom();
  }

  /** While the non-blocking notice shows, the page keeps what it scrolls to (the focus) clear of it. */
  private syncScrollRoom(): void {
    const notice = this.api?.config.blocking === false ? (this.shadowRoot?.querySelector<HTMLElement>('.live > .notice') ?? null) : null;
    if (notice === this.roomFor) return;
    this.stopScrollRoom();
    if (notice === null) return;
    this.roomFor = notice;
    this.room = keepScrollRoom(notice);
  }

  private stopScrollRoom(): void {
    this.room?.stop();
    this.room = null;
    this.roomFor = null;
  }

  private readonly onDocumentFocus = (event: FocusEvent): void => {
    this.room?.focused(event.target);
  };

  private syncDialogs(): void {
    const api = this.api;
    const root = this.shadowRoot;
    if (api === undefined || root === null) return;
    const notice = root.querySelector<HTMLDialogElement>('dialog.notice-dialog');
    if (notice !== null) {
      if (api.views.notice && !notice.open && !api.views.preferences) notice.showModal();
      if ((!api.views.notice || api.views.preferences) && notice.open) notice.close();
    }
    // Not rendered until it first opens.
    const dialog = root.querySelector<HTMLDialogElement>('dialog.preferences');
    if (api.views.preferences) {
      // Opened once its content is there (the script-tag build may still be fetching it).
      if (dialog !== null && !dialog.open && this.draft !== null) dialog.showModal();
      return;
    }
    if (dialog?.open === true) dialog.close();
    if (this.closing) {
      this.closing = false;
      this.restoreFocus();
    } else if (this.focusWasInNotice && api.get() !== null) {
      // The notice the focus was in is gone after a choice: hand the focus to the reopen button.
      this.focusWasInNotice = false;
      focusIfPossible(root.querySelector('.reopen'));
    }
  }

  /** After the dialog closes: back to what opened it, else to the reopen button or the notice. */
  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    this.focusWasInNotice = false;
    const root = this.shadowRoot;
    if (focusIfPossible(opener)) return;
    if (focusIfPossible(root?.querySelector('.reopen'))) return;
    focusIfPossible(root?.querySelector('.notice .button'));
  }
}
