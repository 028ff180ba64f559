import type { Reporter } from '../core/report.js';
import en from './languages/en.js';
import type { Texts } from './texts.js';

/** Loads a built-in language on demand (the ES module build); undefined when there is no such language. */
export type TextsLoader = (code: string) => Promise<Texts | undefined> | undefined;

/** The languages the UI can show: built-in ones present now, ones that can be loaded, and the site's own. */
export interface Catalog {
  /** Can this language be shown now, or after `load()`. */
  isAvailable(code: string): boolean;
  /** Makes the language ready to show (loads a built-in one if needed). */
  load(code: string): Promise<void>;
  /** The texts of a language: English, under the built-in language, under the site's overrides. */
  texts(code: string): Texts;
  /** Every language code the catalog knows. */
  codes(): string[];
}

const TEXT_KEYS = new Set(Object.keys(en));

/**
 * Makes a catalog from the built-in languages at hand (`present`), an optional loader for more, and
 * the site's `translations` from the config (overrides and extra languages).
 */
export function createCatalog(
  present: Readonly<Record<string, Texts>>,
  loadable: readonly string[],
  loader: TextsLoader | undefined,
  overrides: Readonly<Record<string, Readonly<Record<string, string>>>>,
  reporter: Reporter,
): Catalog {
  const loaded = new Map<string, Texts>(Object.entries(present).map(([code, texts]) => [code.toLowerCase(), texts]));
  loaded.set('en', loaded.get('en') ?? en);
  const siteTexts = new Map<string, Partial<Texts>>();
  for (const [code, texts] of Object.entries(overrides)) {
    const valid: Record<string, string> = {};
    for (const [key, value] of Object.entries(texts)) {
      if (TEXT_KEYS.has(key)) valid[key] = value;
      else reporter.warn(`config.translations.${code}.${key}: not a text the banner shows, ignored.`);
    }
    siteTexts.set(code.toLowerCase(), valid);
  }
  const loadableSet = new Set(loadable.map((c) => c.toLowerCase()));
  return {
    isAvailable: (code) => loaded.has(code) || siteTexts.has(code) || (loader !== undefined && loadableSet.has(code)),
    async load(code) {
      if (loaded.has(code) || loader === undefined || !loadableSet.has(code)) return;
      try {
        const texts = await loader(code);
        if (texts !== undefined) loaded.set(code, texts);
      } catch (error) {
        reporter.warn(`the "${code}" texts could not be loaded (${String(error)}); showing English.`);
      }
    },
    texts(code) {
      return { ...en, ...loaded.get(code), ...siteTexts.get(code) };
    },
    codes: () => [...new Set([...loaded.keys(), ...siteTexts.keys(), ...(loader === undefined ? [] : loadableSet)])].sort(),
  };
}
