import { checkConfig } from '../core/config.js';
import { consoleReporter } from '../core/report.js';
import type { ConsentConfig } from '../core/types.js';
import { BUILT_IN_LANGUAGES, loadBuiltInTexts } from '../i18n/builtin.js';
import { createCatalog } from '../i18n/catalog.js';
import { textHash } from '../core/shown-context.js';
import { shownContent } from './shown.js';

/** One wording the visitor may be shown: its language, its fingerprint, and the content itself. */
export interface ShownVersion {
  readonly language: string;
  readonly textsHash: string;
  readonly content: unknown;
}

/**
 * Every wording a config shows, one per language (the built-in ones and those the config's
 * `translations` add), with the `textsHash` the consent log records for it. Archive the result each
 * time the texts or the config change: a logged hash then proves which words the choice was made on.
 */
export async function textsArchive(config: ConsentConfig): Promise<ShownVersion[]> {
  // The config's problems are the instance's to say; here only its texts count.
  const normalized = checkConfig(config).config;
  const catalog = createCatalog({}, BUILT_IN_LANGUAGES, loadBuiltInTexts, normalized.translations, consoleReporter);
  const versions: ShownVersion[] = [];
  for (const code of catalog.codes()) {
    await catalog.load(code);
    const content = shownContent(catalog.texts(code), normalized, code);
    versions.push({ language: code, textsHash: textHash(JSON.stringify(content)), content });
  }
  return versions;
}
