import type { NormalizedConfig } from '../core/types.js';
import { localize } from '../i18n/resolve.js';
import type { Texts } from '../i18n/texts.js';
import { textHash, type ShownContext } from '../core/shown-context.js';
import { cookieRows } from './labels.js';
import type { Locale } from './locale.js';

/**
 * Everything the notice and the dialog can show in a language: the UI texts (with the site's
 * overrides), the policy URL, and each category's and service's label, description and provider
 * with its cookie table (names, purposes, durations, providers).
 */
export function shownContent(texts: Texts, config: NormalizedConfig, code: string): unknown {
  const categories = config.categories.map((c) => [
    c.id,
    localize(c.label, code) ?? '',
    localize(c.description, code) ?? '',
    cookieRows(c.cookies, code),
    c.services.map((s) => [
      s.id,
      localize(s.label, code) ?? '',
      localize(s.description, code) ?? '',
      localize(s.provider, code) ?? '',
      cookieRows(s.cookies, code, s.provider),
    ]),
  ]);
  return [texts, config.policyUrl, categories];
}

/**
 * What the visitor was shown, for the proof of consent: the language, and a fingerprint of all of
 * it (`shownContent`).
 */
export function shownContext(locale: Locale, config: NormalizedConfig): ShownContext {
  return { language: locale.code, textsHash: textHash(JSON.stringify(shownContent(locale.texts, config, locale.code))) };
}
