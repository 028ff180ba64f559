import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentApi, LocalizedText, NormalizedCategory, NormalizedService } from '../core/types.js';
import { localize } from '../i18n/resolve.js';
import type { Texts } from '../i18n/texts.js';
import { closeIcon } from './icons.js';
import { chevronIcon } from './preferences-icons.js';
import { preferencesStyles } from './preferences.styles.js';
import { categoryLabel, cookieRows } from './labels.js';
import type { Locale } from './locale.js';
import { policyLink, renderGpc } from './notice-parts.js';
import { renderRichText } from './rich-text.js';
import { selectionOf } from './selection.js';

/** The visitor's unsaved switches in the preferences dialog. */
export interface Draft {
  readonly categories: ReadonlySet<string>;
  readonly services: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What the dialog's content reads from and writes to the `<consent-banner>` that shows it. */
export interface PreferencesHost {
  readonly api: ConsentApi | undefined;
  readonly locale: Locale | undefined;
  /** The unsaved switches (a reactive property: a new value re-renders). */
  draft: Draft | null;
  /** The categories whose details are open. */
  expanded: ReadonlySet<string>;
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

/** A built-in text by key (for well-known category ids), if there is one. */
function builtInText(texts: Texts, key: string): string | undefined {
  const value = (texts as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The preferences dialog's content: header, categories with their switches, services and cookie
 * tables, and the three choices. Its own module (the script-tag build's add-on file
 * `consent-banner.preferences.js`): a page pays for it when the visitor opens the dialog.
 */
export class PreferencesView {
  /** The dialog's styles, adopted by the shadow root when it first opens. */
  readonly styles = preferencesStyles;

  /** The switches as saved, for the dialog that opens now. */
  draftFrom(api: ConsentApi): Draft {
    const selection = selectionOf(api);
    return {
      categories: new Set(selection.categories),
      services: new Map(Object.entries(selection.services).map(([id, list]) => [id, new Set(list)])),
    };
  }

  /** The content of the open dialog. */
  render(host: PreferencesHost, api: ConsentApi, texts: Texts, draft: Draft): TemplateResult {
    const code = host.locale?.code ?? 'en';
    return html`
          <div class="dialog-header" part="dialog-header">
            <h2 class="title" id="preferences-title" part="dialog-title">${texts.preferencesTitle}</h2>
            <button type="button" class="icon-button" part="button button-close" aria-label=${texts.closeWithoutSaving}
              @click=${() => host.api?.hidePreferences()}>${closeIcon}</button>
          </div>
          <div class="dialog-body" part="dialog-body" data-nosnippet>
            <p class="description" id="preferences-description">${renderRichText(texts.preferencesDescription)}${policyLink(api.config.policyUrl, texts)}</p>
            ${renderGpc(api, texts, code)}
            ${api.config.categories.map((category) => this.renderCategory(host, category, draft, texts))}
          </div>
          <div class="dialog-footer" part="dialog-footer">
            <button type="button" class="button choice" part="button button-accept-all" @click=${() => host.api?.acceptAll({ source: 'preferences' })}>${texts.acceptAll}</button>
            <button type="button" class="button choice" part="button button-reject-all" @click=${() => host.api?.rejectAll({ source: 'preferences' })}>${texts.rejectAll}</button>
            <button type="button" class="button secondary" part="button button-save" @click=${() => {
              this.save(host);
            }}>${texts.savePreferences}</button>
          </div>`;
  }

  /**
   * One category as a compact row: its label (for its switch), the switch, and a chevron that shows
   * the description, the services and the cookies folded under the row.
   */
  private renderCategory(host: PreferencesHost, category: NormalizedCategory, draft: Draft, texts: Texts): TemplateResult {
    const code = host.locale?.code ?? 'en';
    const id = `category-${category.id}`;
    const { on, mixed } = categorySwitchState(category, draft);
    const label = categoryLabel(category, texts, code);
    const description = localize(category.description, code) ?? builtInText(texts, `${category.id}Description`);
    const foldable = description !== undefined || category.services.length > 0 || category.cookies.length > 0;
    const expanded = host.expanded.has(category.id);
    // A GPC signal keeps this category off (the visitor has not turned it on here): say so.
    const optedOut = host.api?.gpc === true && host.api.config.gpc.includes(category.id) && !on && !mixed;
    const describedBy = [optedOut ? `${id}-gpc` : '', description === undefined ? '' : `${id}-description`].filter((part) => part !== '').join(' ');
    return html`
      <div class="category" part="category">
        <div class="category-head">
          <label class="category-label" part="category-label" for=${id}>${label}</label>
          <span class="switch-wrap">
            ${category.required ? html`<span class="always-on" aria-hidden="true">${texts.alwaysOn}</span>` : nothing}
            <input type="checkbox" role="switch" part="switch" id=${id} .checked=${on} .indeterminate=${mixed} ?disabled=${category.required}
              aria-checked=${mixed ? 'mixed' : nothing}
              aria-describedby=${describedBy === '' ? nothing : describedBy}
              @change=${(event: Event) => {
                this.toggleCategory(host, category, (event.target as HTMLInputElement).checked);
              }}>
          </span>
          ${
            foldable
              ? html`
            <button type="button" class="details-toggle" part="details-toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="${id}-details"
              @click=${() => {
                this.toggleExpanded(host, category.id);
              }}>${chevronIcon}<span class="visually-hidden">${texts.details}: ${label}</span></button>`
              : nothing
          }
        </div>
        ${optedOut ? html`<p class="gpc-honoured" part="gpc-honoured" id="${id}-gpc">${texts.gpcHonoured}</p>` : nothing}
        ${
          foldable
            ? html`
          <div class="details" part="details" id="${id}-details" ?hidden=${!expanded}>
            ${description === undefined ? nothing : html`<p class="category-description" part="category-description" id="${id}-description">${renderRichText(description)}${category.required ? [' ', html`<span class="visually-hidden">(${texts.alwaysOn})</span>`] : nothing}</p>`}
            ${category.services.map((service) => this.renderService(host, category, service, draft, texts))}
            ${this.renderCookies(host, category.cookies, texts, label)}
          </div>`
            : nothing
        }
      </div>`;
  }

  private renderService(host: PreferencesHost, category: NormalizedCategory, service: NormalizedService, draft: Draft, texts: Texts): TemplateResult {
    const code = host.locale?.code ?? 'en';
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
              this.toggleService(host, category, service.id, (event.target as HTMLInputElement).checked);
            }}>
        </div>
        ${description === undefined ? nothing : html`<p class="service-description" part="service-description" id="${id}-description">${renderRichText(description)}</p>`}
        ${this.renderCookies(host, service.cookies, texts, localize(service.label, code) ?? service.id, service.provider)}
      </div>`;
  }

  /** A table of cookies, captioned (for screen readers) with whose they are. */
  private renderCookies(
    host: PreferencesHost,
    cookies: NormalizedCategory['cookies'],
    texts: Texts,
    owner: string,
    provider?: LocalizedText,
  ): TemplateResult | typeof nothing {
    if (cookies.length === 0) return nothing;
    const rows = cookieRows(cookies, host.locale?.code ?? 'en', provider);
    const withPurpose = rows.some((row) => row.purpose !== undefined);
    const withDuration = rows.some((row) => row.duration !== undefined);
    const withProvider = rows.some((row) => row.provider !== undefined);
    return html`
      <table class="cookies" part="cookie-table">
        <caption class="visually-hidden">${texts.details}: ${owner}</caption>
        <thead><tr>
          <th scope="col">${texts.cookieName}</th>
          ${withPurpose ? html`<th scope="col">${texts.cookiePurpose}</th>` : nothing}
          ${withDuration ? html`<th scope="col">${texts.cookieDuration}</th>` : nothing}
          ${withProvider ? html`<th scope="col">${texts.cookieProvider}</th>` : nothing}
        </tr></thead>
        <tbody>${rows.map(
          (row) => html`<tr>
          <td data-label=${texts.cookieName}><code>${row.name}</code></td>
          ${withPurpose ? html`<td data-label=${texts.cookiePurpose}>${row.purpose ?? ''}</td>` : nothing}
          ${withDuration ? html`<td data-label=${texts.cookieDuration}>${row.duration ?? ''}</td>` : nothing}
          ${withProvider ? html`<td data-label=${texts.cookieProvider}>${row.provider ?? ''}</td>` : nothing}
        </tr>`,
        )}</tbody>
      </table>`;
  }

  private toggleCategory(host: PreferencesHost, category: NormalizedCategory, on: boolean): void {
    if (host.draft === null) return;
    const categories = new Set(host.draft.categories);
    const services = new Map(host.draft.services);
    if (on) categories.add(category.id);
    else categories.delete(category.id);
    if (category.services.length > 0) services.set(category.id, new Set(on ? category.services.map((s) => s.id) : []));
    host.draft = { categories, services };
  }

  /**
   * A service switch: the last one off turns its category off (none granted means no); all on turns
   * it on; in between, the category keeps its state and its switch shows mixed.
   */
  private toggleService(host: PreferencesHost, category: NormalizedCategory, serviceId: string, on: boolean): void {
    if (host.draft === null) return;
    const services = new Map(host.draft.services);
    const set = new Set(services.get(category.id));
    if (on) set.add(serviceId);
    else set.delete(serviceId);
    services.set(category.id, set);
    const categories = new Set(host.draft.categories);
    if (set.size === 0) categories.delete(category.id);
    else if (category.services.every((s) => set.has(s.id))) categories.add(category.id);
    host.draft = { categories, services };
  }

  private toggleExpanded(host: PreferencesHost, id: string): void {
    const expanded = new Set(host.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    host.expanded = expanded;
  }

  private save(host: PreferencesHost): void {
    if (host.draft === null || host.api === undefined) return;
    const services: Record<string, string[]> = {};
    for (const [id, set] of host.draft.services) services[id] = [...set];
    host.api.accept([...host.draft.categories], services, { source: 'preferences' });
  }
}
