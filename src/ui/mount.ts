import { consoleReporter, type Reporter } from '../core/report.js';
import type { ConsentApi } from '../core/types.js';
import { createCatalog, type TextsLoader } from '../i18n/catalog.js';
import type { Texts } from '../i18n/texts.js';
import { ConsentBannerElement } from './consent-banner.js';
import { BANNER_TAG, defineBanner } from './define.js';
import { createLocale, type Locale } from './locale.js';
import type { PlaceholderAttacher } from './placeholders.js';
import { watchConnectedBanners } from './site-placed.js';

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
  /** The element in use now (a site's `<consent-banner>` rendered later takes over from one made here). */
  readonly element: ConsentBannerElement;
  readonly locale: Locale;
  unmount(): void;
}

/**
 * Shows the UI for a started API: uses the page's `<consent-banner>` if it has one (or one the site
 * renders later), else creates it as the first child of `<body>` (first in the tab order; waiting
 * for `<body>` if the script runs in `<head>`), and puts placeholders on blocked iframes (with the
 * attacher it is given: the script-tag build loads them from their add-on file).
 */
export function mountBanner(
  api: ConsentApi,
  languages: LanguageSource,
  { doc = document, reporter = consoleReporter, placeholders }: { doc?: Document; reporter?: Reporter; placeholders: PlaceholderAttacher },
): MountedUi {
  // Lit adopts constructable stylesheets; where a browser lacks them it writes <style> elements,
  // which a strict CSP admits only with the page's nonce.
  const global = window as unknown as { litNonce?: string };
  if (api.config.nonce !== '' && global.litNonce === undefined) global.litNonce = api.config.nonce;
  defineBanner();
  const catalog = createCatalog(languages.present, languages.loadable ?? [], languages.loader, api.config.translations, reporter);
  const locale = createLocale(api.config.language, catalog, doc, navigator);
  const existing = doc.querySelector(BANNER_TAG);
  /** The element in use: the site's own, or one made here (`own`). */
  let element = existing ?? doc.createElement(BANNER_TAG);
  let own = existing === null;
  element.api = api;
  element.locale = locale;
  let waitForBody: MutationObserver | null = null;
  /** Puts an element made here first in `<body>` (waiting for `<body>` when the script runs in `<head>`). */
  const placeOwn = (): void => {
    const place = (): boolean => {
      // document.body is null while a script in <head> runs, whatever its type says.
      const body = doc.body as HTMLElement | null;
      if (body === null) return false;
      body.prepend(element);
      return true;
    };
    if (!place()) {
      waitForBody?.disconnect();
      waitForBody = new MutationObserver(() => {
        if (place()) waitForBody?.disconnect();
      });
      waitForBody.observe(doc.documentElement, { childList: true });
    }
  };
  if (own) placeOwn();
  /** Hands the UI to another element; the one made here goes, a site's own is left empty. */
  const moveTo = (next: ConsentBannerElement, nextIsOwn: boolean): void => {
    const previous = element;
    const previousWasOwn = own;
    element = next;
    own = nextIsOwn;
    next.api = api;
    next.locale = locale;
    previous.api = undefined;
    previous.locale = undefined;
    if (previousWasOwn) previous.remove();
  };
  // A site that renders its own <consent-banner> after this ran (React, Vue) gets it used. One that
  // is still empty a moment after it connects is the site's (a UI sets its element at once).
  const stopWatching = watchConnectedBanners((candidate) => {
    if (candidate.ownerDocument !== doc || !(candidate instanceof ConsentBannerElement)) return;
    queueMicrotask(() => {
      if (!candidate.isConnected || candidate.api !== undefined || candidate === element) return;
      if (own || !element.isConnected) moveTo(candidate, false);
      else reporter.warn('the page has a second <consent-banner>; it stays empty (one is enough).');
    });
  });
  // When the site's element goes (its component unmounted) and none takes its place, the UI comes
  // back in an element made here; one made here that the page took out (a framework that owns
  // <body>) is put back: the visitor can always make and change the choice.
  const lost = new MutationObserver(() => {
    if (element.isConnected) return;
    if (own) {
      if ((doc.body as HTMLElement | null) !== null) placeOwn();
      return;
    }
    const other = [...doc.querySelectorAll(BANNER_TAG)].find((banner) => banner.api === undefined);
    if (other !== undefined) moveTo(other, false);
    else {
      moveTo(doc.createElement(BANNER_TAG), true);
      placeOwn();
    }
  });
  lost.observe(doc.documentElement, { childList: true, subtree: true });
  const detachPlaceholders = placeholders(api, locale, doc);
  return {
    get element() {
      return element;
    },
    locale,
    unmount() {
      stopWatching();
      lost.disconnect();
      waitForBody?.disconnect();
      detachPlaceholders();
      locale.destroy();
      element.api = undefined;
      element.locale = undefined;
      if (own) element.remove();
    },
  };
}
