/**
 * The script-tag entry: exposes `window.ConsentBanner` and, unless the tag carries `data-manual`,
 * starts it with the page's declarative config (`#consent-banner-config` or `window.consentBannerConfig`)
 * and shows the UI. English is built in; other languages come from language files loaded before this
 * script (`consent-banner.de.js` …) or from the config's `translations`.
 */
import { consoleReporter } from './core/report.js';
import type { ConsentApi } from './core/types.js';
import type { Texts } from './i18n/texts.js';
import { allIntegrations } from './integrations/index.js';
import { readPageConfig } from './page-config.js';
import { createPageConsent } from './page.js';

declare global {
  interface Window {
    /** The page-wide consent API of the script-tag build. */
    ConsentBanner?: ConsentApi;
    /** Languages registered by the language files of the script-tag build, by code. */
    consentBannerTranslations?: Record<string, Texts>;
  }
}

function start(): void {
  const tag = document.currentScript;
  if (window.ConsentBanner !== undefined) {
    consoleReporter.warn('the script is on this page twice; the second copy does nothing.');
    return;
  }
  const api = createPageConsent({
    loadConfig: () => readPageConfig(),
    languages: () => ({ present: { ...window.consentBannerTranslations } }),
    integrations: allIntegrations(),
    scriptNonce: tag instanceof HTMLScriptElement ? tag.nonce : '',
  });
  window.ConsentBanner = api;
  if (tag?.hasAttribute('data-manual') !== true) api.init();
}

try {
  start();
} catch (error) {
  // Whatever happens, the host page goes on.
  consoleReporter.error(`could not start: ${error instanceof Error ? error.message : String(error)}`);
}
