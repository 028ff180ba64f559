import type { TextsLoader } from './catalog.js';
import type { Texts } from './texts.js';

/**
 * The built-in languages other than English, each its own module: the ES module build loads only
 * the one a visitor needs, when they need it.
 */
const LOADERS: Readonly<Record<string, () => Promise<{ default: Texts }>>> = {
  ar: () => import('./languages/ar.js'),
  bg: () => import('./languages/bg.js'),
  cs: () => import('./languages/cs.js'),
  da: () => import('./languages/da.js'),
  de: () => import('./languages/de.js'),
  el: () => import('./languages/el.js'),
  es: () => import('./languages/es.js'),
  et: () => import('./languages/et.js'),
  fi: () => import('./languages/fi.js'),
  fr: () => import('./languages/fr.js'),
  ga: () => import('./languages/ga.js'),
  hr: () => import('./languages/hr.js'),
  hu: () => import('./languages/hu.js'),
  it: () => import('./languages/it.js'),
  lt: () => import('./languages/lt.js'),
  lv: () => import('./languages/lv.js'),
  mt: () => import('./languages/mt.js'),
  nl: () => import('./languages/nl.js'),
  pl: () => import('./languages/pl.js'),
  pt: () => import('./languages/pt.js'),
  'pt-BR': () => import('./languages/pt-BR.js'),
  ro: () => import('./languages/ro.js'),
  sk: () => import('./languages/sk.js'),
  sl: () => import('./languages/sl.js'),
  sv: () => import('./languages/sv.js'),
};

/** The codes of the built-in languages, English included. */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)].sort();

/** The loaders by lower-case code (the catalog asks in lower case: `pt-br`). */
const LOADERS_BY_CODE = new Map(Object.entries(LOADERS).map(([code, load]) => [code.toLowerCase(), load]));

/** Loads a built-in language module (any letter case: `pt-BR`, `pt-br`); undefined for a code that has none. */
export const loadBuiltInTexts: TextsLoader = (code) => LOADERS_BY_CODE.get(code.toLowerCase())?.().then((module) => module.default);
