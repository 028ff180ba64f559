import { consoleReporter, type Reporter } from '../core/report.js';
import type { ConsentApi } from '../core/types.js';
import { createCatalog, type TextsLoader } from '../i18n/catalog.js';
import type { Texts } from '../i18n/texts.js';
import type { ConsentBannerElement } from './consent-banner.js';
import { BANNER_TAG, defineElements } from './define.js';
import { createLocale, type Locale } from './locale.js';
import { attachPlaceholders } from './placeholders.js';

/** Where the UI's languages come from. */
export interface LanguageSource {
  /** Languages ready now (English is always added). */
  readonly present: Readonly<Record<string, Texts>>;
  /** Languages that can be loaded on demand, with the loader. */
  readonly loadable?: readonly string[];
  readonly loader?: TextsLoader;
}

/** The mounted UI: its element and language, and the function that takes it all away. */
export interface MountedUi {
  readonly element: ConsentBannerElement;
  readonly locale: Locale;
  unmount(): void;
}

/**
 * Shows the UI for a started API: uses the page's `<consent-banner>` if it has one, else creates it
 * as the first child of `<body>` (first in the tab order; waiting for `<body>` if the script runs
 * in `<head>`), and puts placeholders on blocked iframes.
 */
export function mountUi(api: ConsentApi, languages: LanguageSource, doc: Document = document, reporter: Reporter = consoleReporter): MountedUi {
  // Lit adopts constructable stylesheets; where a browser lacks them it writes <style> elements,
  // which a strict CSP admits only with the page's nonce.
  const global = window as unknown as { litNonce?: string };
  if (api.config.nonce !== '' && global.litNonce === undefined) global.litNonce = api.config.nonce;
  defineElements();
  const catalog = createCatalog(languages.present, languages.loadable ?? [], languages.loader, api.config.translations, reporter);
  const locale = createLocale(api.config.language, catalog, doc, navigator);
  const existing = doc.querySelector(BANNER_TAG);
  const element = existing ?? doc.createElement(BANNER_TAG);
  element.api = api;
  element.locale = locale;
  let waitForBody: MutationObserver | null = null;
  if (existing === null) {
    const place = (): boolean => {
      // document.body is null while a script in <head> runs, whatever its type says.
      const body = doc.body as HTMLElement | null;
      if (body === null) return false;
      body.prepend(element);
      return true;
    };
    if (!place()) {
      waitForBody = new MutationObserver(() => {
        if (place()) waitForBody?.disconnect();
      });
      waitForBody.observe(doc.documentElement, { childList: true });
    }
  }
  const detachPlaceholders = attachPlaceholders(api, locale, doc);
  return {
    element,
    locale,
    unmount() {
      waitForBody?.disconnect();
      detachPlaceholders();
      locale.destroy();
      if (existing === null) element.remove();
    },
  };
}
