import { adoptStyles, html, LitElement, supportsAdoptingStyleSheets, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ConsentApi, LocalizedText, NormalizedCategory, NormalizedService, Theme } from '../core/types.js';
import { localize } from '../i18n/resolve.js';
import { formatText, type Texts } from '../i18n/texts.js';
import { bannerStyles, preferencesStyles } from './consent-banner.styles.js';
import { deepActiveElement, focusIfPossible } from './focus.js';
import { chevronIcon, closeIcon, cookieIcon } from './icons.js';
import type { Locale } from './locale.js';
import { renderRichText } from './rich-text.js';
import { keepScrollRoom, type ScrollRoom } from './scroll-room.js';
import { selectionOf } from './selection.js';
import { bannerConnected } from './site-placed.js';
import { tokenStyles } from './tokens.styles.js';
import { categoryLabel, cookieRows, formatList } from './labels.js';

/** The attribute that makes any page element open the preferences dialog. */
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

/** The visitor's unsaved switches in the preferences dialog. */
interface Draft {
  readonly categories: ReadonlySet<string>;
  readonly services: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * What a category's switch shows: on when the category is granted with all its services, mixed when
 * only some of its services are on (granted alone, or the category without the others), else off.
 */
function categorySwitchState(category: NormalizedCategory, draft: Draft): { on: boolean; mixed: boolean } {
  if (category.required) return { on: true, mixed: false };
  if (category.services.length === 0) return { on: draft.categories.has(category.id), mixed: false };
  const services = draft.services.get(category.id);
  const count = category.services.filter((s) => services?.has(s.id) === true).length;
  const on = draft.categories.has(category.id) && count === category.services.length;
  return { on, mixed: count > 0 && !on };
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
 * @csspart button - every button; plus button-accept-all, button-reject-all, button-preferences, button-save, button-close
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
export class ConsentBannerElement extends LitElement {
  static override styles = [tokenStyles, bannerStyles];

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
  declare private draft: Draft | null;
  declare private expanded: ReadonlySet<string>;
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
      this.adoptPreferencesStyles();
      const selection = selectionOf(api.get(), api.config);
      this.draft = {
        categories: new Set(selection.categories),
        services: new Map(Object.entries(selection.services).map(([id, list]) => [id, new Set(list)])),
      };
    } else if (!api.views.preferences && this.draft !== null) {
      this.draft = null;
      this.expanded = new Set();
      this.closing = true;
    }
  }

  private preferencesStylesAdopted = false;

  /** Adds the dialog's styles to the shadow root the first time the dialog opens. */
  private adoptPreferencesStyles(): void {
    const root = this.renderRoot;
    if (this.preferencesStylesAdopted || !(root instanceof ShadowRoot)) return;
    this.preferencesStylesAdopted = true;
    const sheet = supportsAdoptingStyleSheets ? preferencesStyles.styleSheet : undefined;
    // Without constructable stylesheets Lit writes <style> elements (with the page's nonce) after the
    // rendered content, where no render touches them.
    if (sheet === undefined) adoptStyles(root, [preferencesStyles]);
    else root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
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
          if (origin === 'notice' || origin === 'preferences') this.announceSaved();
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

  /** Any element with `data-consent-open` opens the preferences (and gets the focus back after). */
  private readonly onDocumentClick = (event: MouseEvent): void => {
    const trigger = event.composedPath().find((node): node is Element => node instanceof Element && node.hasAttribute(OPEN_ATTRIBUTE));
    if (trigger === undefined || this.api?.started !== true) return;
    event.preventDefault();
    this.openPreferences(trigger);
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
        ${config.blocking ? this.renderBlockingNotice(api, views.notice, texts) : html`
          <div class="live" aria-live="polite">${views.notice ? this.renderNotice(api, texts, false) : nothing}</div>`}
        ${this.renderPreferences(api, texts)}
        <p class="visually-hidden" role="status">${this.status}</p>
        ${showReopen ? html`
          <button type="button" class="reopen ${config.reopenButton}" part="reopen" aria-label=${texts.reopen} title=${texts.reopen}
            @click=${(event: Event) => {
              this.openPreferences(event.currentTarget as Element);
            }}>${cookieIcon}</button>` : nothing}
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
    return html`
      <section class="notice ${config.layout} ${config.position}" part="notice" data-nosnippet role=${blocking ? nothing : 'region'}
        aria-labelledby="notice-title" aria-describedby="notice-description"
        tabindex=${blocking ? '-1' : nothing} ?autofocus=${blocking}>
        <div class="content">
          <div class="text">
            <h2 class="title" id="notice-title" part="title">${texts.title}</h2>
            <p class="description" id="notice-description" part="description">
              ${renderRichText(texts.description)}${policyLink(config.policyUrl, texts)}
            </p>
            ${this.renderGpc(api, texts)}
          </div>
          <div class="actions" part="actions">
            <button type="button" class="button choice" part="button button-accept-all" @click=${() => this.api?.acceptAll({ source: 'notice' })}>${texts.acceptAll}</button>
            <button type="button" class="button choice" part="button button-reject-all" @click=${() => this.api?.rejectAll({ source: 'notice' })}>${texts.rejectAll}</button>
            <button type="button" class="button secondary" part="button button-preferences" @click=${(event: Event) => {
              this.openPreferences(event.currentTarget as Element);
            }}>${texts.managePreferences}</button>
          </div>
        </div>
      </section>`;
  }

  private renderGpc(api: ConsentApi, texts: Texts): TemplateResult | typeof nothing {
    if (!api.gpc || api.config.gpc.length === 0) return nothing;
    const code = this.locale?.code ?? 'en';
    const labels = api.config.gpc.map((id) => {
      const category = api.config.categories.find((c) => c.id === id);
      return category === undefined ? id : categoryLabel(category, texts, code);
    });
    return html`<p class="gpc" part="gpc-notice">${formatText(texts.gpc, { categories: formatList(labels, code, texts.and) })}</p>`;
  }

  private renderPreferences(api: ConsentApi, texts: Texts): TemplateResult {
    const draft = this.draft;
    return html`
      <dialog class="preferences" part="dialog" aria-labelledby="preferences-title" aria-describedby="preferences-description"
        @cancel=${(event: Event) => {
          event.preventDefault();
          this.api?.hidePreferences(); // Escape: close without saving
        }}
        @close=${() => {
          if (this.api?.views.preferences === true) this.api.hidePreferences();
        }}>
        ${draft === null ? nothing : html`
          <div class="dialog-header" part="dialog-header">
            <h2 class="title" id="preferences-title" part="dialog-title">${texts.preferencesTitle}</h2>
            <button type="button" class="icon-button" part="button button-close" aria-label=${texts.close} title=${texts.close}
              @click=${() => this.api?.hidePreferences()}>${closeIcon}</button>
          </div>
          <div class="dialog-body" part="dialog-body" data-nosnippet>
            <p class="description" id="preferences-description">${renderRichText(texts.preferencesDescription)}${policyLink(api.config.policyUrl, texts)}</p>
            ${this.renderGpc(api, texts)}
            ${api.config.categories.map((category) => this.renderCategory(category, draft, texts))}
          </div>
          <div class="dialog-footer" part="dialog-footer">
            <button type="button" class="button choice" part="button button-accept-all" @click=${() => this.api?.acceptAll({ source: 'preferences' })}>${texts.acceptAll}</button>
            <button type="button" class="button choice" part="button button-reject-all" @click=${() => this.api?.rejectAll({ source: 'preferences' })}>${texts.rejectAll}</button>
            <button type="button" class="button choice" part="button button-save" @click=${() => {
              this.save();
            }}>${texts.savePreferences}</button>
          </div>`}
      </dialog>`;
  }

  private renderCategory(category: NormalizedCategory, draft: Draft, texts: Texts): TemplateResult {
    const code = this.locale?.code ?? 'en';
    const id = `category-${category.id}`;
    const { on, mixed } = categorySwitchState(category, draft);
    const description = localize(category.description, code) ?? builtInText(texts, `${category.id}Description`);
    const hasDetails = category.services.length > 0 || category.cookies.length > 0;
    const expanded = this.expanded.has(category.id);
    // A GPC signal keeps this category off (the visitor has not turned it on here): say so.
    const optedOut = this.api?.gpc === true && this.api.config.gpc.includes(category.id) && !on && !mixed;
    const describedBy = [optedOut ? `${id}-gpc` : '', description === undefined ? '' : `${id}-description`].filter((part) => part !== '').join(' ');
    return html`
      <div class="category" part="category">
        <div class="category-head">
          <label class="category-label" part="category-label" for=${id}>${categoryLabel(category, texts, code)}</label>
          <span class="switch-wrap">
            ${category.required ? html`<span class="always-on" aria-hidden="true">${texts.alwaysOn}</span>` : nothing}
            <input type="checkbox" role="switch" part="switch" id=${id} .checked=${on} .indeterminate=${mixed} ?disabled=${category.required}
              aria-checked=${mixed ? 'mixed' : nothing}
              aria-describedby=${describedBy === '' ? nothing : describedBy}
              @change=${(event: Event) => {
                this.toggleCategory(category, (event.target as HTMLInputElement).checked);
              }}>
          </span>
        </div>
        ${optedOut ? html`<p class="gpc-honoured" part="gpc-honoured" id="${id}-gpc">${texts.gpcHonoured}</p>` : nothing}
        ${description === undefined ? nothing : html`<p class="category-description" part="category-description" id="${id}-description">${renderRichText(description)}${category.required ? [' ', html`<span class="visually-hidden">(${texts.alwaysOn})</span>`] : nothing}</p>`}
        ${hasDetails ? html`
          <button type="button" class="details-toggle" part="details-toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="${id}-details"
            @click=${() => {
              this.toggleExpanded(category.id);
            }}>${chevronIcon}<span>${texts.details}</span><span class="visually-hidden">: ${categoryLabel(category, texts, code)}</span></button>
          <div class="details" part="details" id="${id}-details" ?hidden=${!expanded}>
            ${category.services.map((service) => this.renderService(category, service, draft, texts))}
            ${this.renderCookies(category.cookies, texts)}
          </div>` : nothing}
      </div>`;
  }

  private renderService(category: NormalizedCategory, service: NormalizedService, draft: Draft, texts: Texts): TemplateResult {
    const code = this.locale?.code ?? 'en';
    const id = `service-${category.id}-${service.id}`;
    const on = category.required || draft.services.get(category.id)?.has(service.id) === true;
    const description = localize(service.description, code);
    return html`
      <div class="service" part="service">
        <div class="service-head">
          <label class="service-label" part="service-label" for=${id}>${localize(service.label, code) ?? service.id}</label>
          <input type="checkbox" role="switch" part="switch" id=${id} .checked=${on} ?disabled=${category.required}
            aria-describedby=${description === undefined ? nothing : `${id}-description`}
            @change=${(event: Event) => {
              this.toggleService(category, service.id, (event.target as HTMLInputElement).checked);
            }}>
        </div>
        ${description === undefined ? nothing : html`<p class="service-description" part="service-description" id="${id}-description">${renderRichText(description)}</p>`}
        ${this.renderCookies(service.cookies, texts, service.provider)}
      </div>`;
  }

  private renderCookies(cookies: NormalizedCategory['cookies'], texts: Texts, provider?: LocalizedText): TemplateResult | typeof nothing {
    if (cookies.length === 0) return nothing;
    const rows = cookieRows(cookies, this.locale?.code ?? 'en', provider);
    const withPurpose = rows.some((row) => row.purpose !== undefined);
    const withDuration = rows.some((row) => row.duration !== undefined);
    const withProvider = rows.some((row) => row.provider !== undefined);
    return html`
      <table class="cookies" part="cookie-table">
        <thead><tr>
          <th scope="col">${texts.cookieName}</th>
          ${withPurpose ? html`<th scope="col">${texts.cookiePurpose}</th>` : nothing}
          ${withDuration ? html`<th scope="col">${texts.cookieDuration}</th>` : nothing}
          ${withProvider ? html`<th scope="col">${texts.cookieProvider}</th>` : nothing}
        </tr></thead>
        <tbody>${rows.map((row) => html`<tr>
          <td><code>${row.name}</code></td>
          ${withPurpose ? html`<td>${row.purpose ?? ''}</td>` : nothing}
          ${withDuration ? html`<td>${row.duration ?? ''}</td>` : nothing}
          ${withProvider ? html`<td>${row.provider ?? ''}</td>` : nothing}
        </tr>`)}</tbody>
      </table>`;
  }

  // ---------- the draft ----------

  private toggleCategory(category: NormalizedCategory, on: boolean): void {
    if (this.draft === null) return;
    const categories = new Set(this.draft.categories);
    const services = new Map(this.draft.services);
    if (on) categories.add(category.id);
    else categories.delete(category.id);
    if (category.services.length > 0) services.set(category.id, new Set(on ? category.services.map((s) => s.id) : []));
    this.draft = { categories, services };
  }

  /**
   * A service switch: the last one off turns its category off (none granted means no); all on turns
   * it on; in between, the category keeps its state and its switch shows mixed.
   */
  private toggleService(category: NormalizedCategory, serviceId: string, on: boolean): void {
    if (this.draft === null) return;
    const services = new Map(this.draft.services);
    const set = new Set(services.get(category.id));
    if (on) set.add(serviceId);
    else set.delete(serviceId);
    services.set(category.id, set);
    const categories = new Set(this.draft.categories);
    if (set.size === 0) categories.delete(category.id);
    else if (category.services.every((s) => set.has(s.id))) categories.add(category.id);
    this.draft = { categories, services };
  }

  private toggleExpanded(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  private save(): void {
    if (this.draft === null || this.api === undefined) return;
    const services: Record<string, string[]> = {};
    for (const [id, set] of this.draft.services) services[id] = [...set];
    this.api.accept([...this.draft.categories], services, { source: 'preferences' });
  }

  // ---------- dialogs and focus ----------

  protected override updated(): void {
    this.syncDialogs();
    this.syncScrollRoom();
  }

  /** While the non-blocking notice shows, the page keeps what it scrolls to (the focus) clear of it. */
  private syncScrollRoom(): void {
    const notice = this.api?.config.blocking === false ? this.shadowRoot?.querySelector<HTMLElement>('.live > .notice') ?? null : null;
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
    const dialog = root.querySelector<HTMLDialogElement>('dialog.preferences');
    if (dialog === null) return;
    if (api.views.preferences) {
      if (!dialog.open) dialog.showModal();
      return;
    }
    if (dialog.open) dialog.close();
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

/**
 * The policy link after a description, when the config has a policy URL. The space before it is a
 * value, not template text: the build's template minifier drops whitespace at a template's edge.
 */
function policyLink(url: string, texts: Texts): (string | TemplateResult)[] | typeof nothing {
  return url === '' ? nothing : [' ', html`<a part="link" href=${url}>${texts.policyLink}</a>`];
}

/** A built-in text by key (for well-known category ids), if there is one. */
function builtInText(texts: Texts, key: string): string | undefined {
  const value = (texts as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}
