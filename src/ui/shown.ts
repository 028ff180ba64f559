import type { NormalizedConfig } from '../core/types.js';
import type { ShownContext } from '../integrations/consent-log.js';
import { localize } from '../i18n/resolve.js';
import { textHash } from '../integrations/text-hash.js';
import type { Locale } from './locale.js';

/**
 * What the visitor was shown, for the proof of consent: the language, and a fingerprint of every
 * text of the notice and the dialog in it (the UI texts with the site's overrides, and each
 * category's and service's label and description).
 */
export function shownContext(locale: Locale, config: NormalizedConfig): ShownContext {
  const code = locale.code;
  const categories = config.categories.map((c) => [
    c.id, localize(c.label, code) ?? '', localize(c.description, code) ?? '',
    c.services.map((s) => [s.id, localize(s.label, code) ?? '', localize(s.description, code) ?? '']),
  ]);
  return { language: code, textsHash: textHash(JSON.stringify([locale.texts, config.policyUrl, categories])) };
}
