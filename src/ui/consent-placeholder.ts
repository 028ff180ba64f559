import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { ConsentApi, Theme } from '../core/types.js';
import { localize } from '../i18n/resolve.js';
import { formatText } from '../i18n/texts.js';
import { categoryLabel, formatList } from './labels.js';
import type { Locale } from './locale.js';
import { selectionOf, withGrant } from './selection.js';
import { tokenStyles } from './tokens.styles.js';

/**
 * `<consent-placeholder>`: stands in a blocked iframe's box, says what it needs ("YouTube needs your
 * consent for Marketing cookies"), and offers **Allow** (grants that service, or the categories) and a way to
 * the preferences.
 *
 * @tagname consent-placeholder
 * @csspart placeholder - the box
 * @csspart message - the text
 * @csspart button - both buttons; plus button-allow and button-settings
 */
export class ConsentPlaceholderElement extends LitElement {
  static override styles = [
    tokenStyles,
    css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.5;
      color: var(--_text);
    }

    .box {
      box-sizing: border-box;
      inline-size: 100%;
      /*
       * The iframe's proportions, and taller when the text needs it: a box with an aspect ratio and
       * an automatic minimum height grows to its content. Without an iframe's size, at least 10rem.
       */
      aspect-ratio: var(--consent-placeholder-ratio, auto);
      min-block-size: var(--consent-placeholder-min, 10rem);
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 0.75rem;
      padding: var(--_space);
      text-align: center;
      background: var(--_subtle);
      border: 1px dashed var(--_border);
      border-radius: calc(var(--_radius) * 0.66);
    }

    /* Long words (a service's name, German compounds) and the text-spacing override wrap inside the box, which grows. */
    .message {
      margin: 0;
      max-inline-size: min(32rem, 100%);
      overflow-wrap: anywhere;
      hyphens: auto;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.5rem;
      max-inline-size: 100%;
    }

    .actions > * {
      max-inline-size: 100%;
      overflow-wrap: anywhere;
    }

    .link {
      font: inherit;
      background: none;
      border: 0;
      padding: 0.5rem;
      min-block-size: 2.75rem;
      color: var(--_text);
      text-decoration: underline;
      cursor: pointer;
    }
  `,
  ];

  static override properties = {
    api: { attribute: false },
    locale: { attribute: false },
    categories: { attribute: false },
    service: { attribute: false },
    theme: { reflect: true },
  };

  /** The consent API. */
  declare api: ConsentApi | undefined;
  /** The language shown. */
  declare locale: Locale | undefined;
  /** The categories the blocked node needs. */
  declare categories: readonly string[];
  /** The service it names, if any. */
  declare service: string | undefined;
  /** The colour theme, reflected for styles. */
  declare theme: Theme;

  private unsubscribe: (() => void) | null = null;

  constructor() {
    super();
    this.api = undefined;
    this.locale = undefined;
    this.categories = [];
    this.service = undefined;
    this.theme = 'auto';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe =
      this.locale?.subscribe(() => {
        this.requestUpdate();
      }) ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  protected override willUpdate(): void {
    if (this.api !== undefined) this.theme = this.api.config.theme;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { api, locale } = this;
    if (api === undefined || locale?.ready !== true) return nothing;
    const { texts, code } = locale;
    const categories = this.categories.map((id) => api.config.categories.find((c) => c.id === id));
    const categoryNames = categories.map((c, i) => (c === undefined ? (this.categories[i] ?? '') : categoryLabel(c, texts, code)));
    const list = formatList(categoryNames, code, texts.and);
    const serviceConfig = this.service === undefined ? undefined : categories.flatMap((c) => c?.services ?? []).find((s) => s.id === this.service);
    const serviceName = serviceConfig === undefined ? undefined : (localize(serviceConfig.label, code) ?? serviceConfig.id);
    const message =
      serviceName === undefined
        ? formatText(texts.placeholderGeneric, { category: list })
        : formatText(texts.placeholder, { service: serviceName, category: list });
    return html`
      <div class="box" part="placeholder" data-nosnippet dir=${locale.dir} lang=${code}>
        <p class="message" part="message">${message}</p>
        <div class="actions">
          <button type="button" class="button choice" part="button button-allow" @click=${() => {
            this.allow(serviceConfig?.id);
          }}>${serviceName === undefined ? texts.allow : formatText(texts.allowService, { service: serviceName })}</button>
          <button type="button" class="link" part="button button-settings" @click=${() => this.api?.showPreferences()}>${texts.reopen}</button>
        </div>
      </div>`;
  }

  /** Grants the named service in each of its categories, or else the categories themselves. */
  private allow(service: string | undefined): void {
    const api = this.api;
    if (api === undefined) return;
    let selection = selectionOf(api);
    for (const id of this.categories) {
      const category = api.config.categories.find((c) => c.id === id);
      if (category === undefined) continue;
      const ownsService = service !== undefined && category.services.some((s) => s.id === service);
      selection = withGrant(selection, id, ownsService ? service : undefined);
    }
    api.accept(selection.categories, selection.services, { source: 'placeholder' });
  }
}
