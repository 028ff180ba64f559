import type { CookieInfo, LocalizedText, NormalizedCategory } from '../core/types.js';
import { localize } from '../i18n/resolve.js';
import type { Texts } from '../i18n/texts.js';

/** A category's name in a language: the site's label, else the built-in one for well-known ids, else the id. */
export function categoryLabel(category: NormalizedCategory, texts: Texts, code: string): string {
  const builtIn = (texts as unknown as Record<string, unknown>)[`${category.id}Label`];
  return localize(category.label, code) ?? (typeof builtIn === 'string' ? builtIn : category.id);
}

/** One row of a cookie table, as text. */
export interface CookieRow {
  readonly name: string;
  readonly purpose: string | undefined;
  readonly duration: string | undefined;
  readonly provider: string | undefined;
}

/**
 * The rows of a cookie table: names (a RegExp shows its source), purposes, durations and providers
 * in the language; a cookie without its own provider shows `provider` (its service's).
 */
export function cookieRows(cookies: readonly CookieInfo[], code: string, provider?: LocalizedText): CookieRow[] {
  return cookies.map((cookie) => ({
    name: cookie.name instanceof RegExp ? cookie.name.source : cookie.name,
    purpose: localize(cookie.purpose, code),
    duration: localize(cookie.duration, code),
    provider: localize(cookie.provider ?? provider, code),
  }));
}

/**
 * "A, B and C" in the language: by `Intl.ListFormat` where the browser has the language's list data,
 * else with the language's own `and` (Chromium has none for Irish or Maltese, and would say "and").
 */
export function formatList(items: readonly string[], code: string, and: string): string {
  try {
    if (Intl.ListFormat.supportedLocalesOf([code]).length > 0) return new Intl.ListFormat(code, { type: 'conjunction' }).format(items);
  } catch {
    // an unknown or invalid code: the fallback below
  }
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}
