import type { Catalog } from '../i18n/catalog.js';
import { languageCandidates, pickLanguage } from '../i18n/resolve.js';
import { directionOf, type Texts } from '../i18n/texts.js';

/** The language the UI shows, shared by the banner and the placeholders. */
export interface Locale {
  /** The language code shown (`en`, `de`, `pt-br` …). */
  readonly code: string;
  /** Its texts, with the site's overrides. */
  readonly texts: Texts;
  /** Its writing direction. */
  readonly dir: 'ltr' | 'rtl';
  /** False until the chosen language's texts are loaded: nothing is shown before, so no other language flashes. */
  readonly ready: boolean;
  /** Calls the listener whenever the language or its readiness changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Stops watching the page's language. */
  destroy(): void;
}

/**
 * Picks the language from the config's `language` (`auto`: the page's `<html lang>`, then the
 * browser's languages, then English), loads it if needed, and follows later changes of `<html lang>`
 * (single-page apps that switch language).
 */
export function createLocale(setting: string, catalog: Catalog, doc: Document, nav: Navigator): Locale {
  const listeners = new Set<() => void>();
  let code = 'en';
  let texts = catalog.texts('en');
  let ready = false;
  let generation = 0;

  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  const resolve = (): void => {
    const candidates = languageCandidates(setting, doc.documentElement.lang, nav.languages);
    const wanted = pickLanguage(candidates, (code) => catalog.isAvailable(code));
    const current = ++generation;
    void catalog.load(wanted).then(() => {
      if (current !== generation) return; // a newer change of language won
      code = wanted;
      texts = catalog.texts(wanted);
      ready = true;
      notify();
    });
  };

  const observer = new MutationObserver(resolve);
  if (setting === 'auto') observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  resolve();

  return {
    get code() {
      return code;
    },
    get texts() {
      return texts;
    },
    get dir() {
      return directionOf(code);
    },
    get ready() {
      return ready;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    destroy() {
      observer.disconnect();
      listeners.clear();
    },
  };
}
