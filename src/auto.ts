/**
 * The script-tag entry: exposes `window.ConsentBanner` and, unless the tag carries `data-manual`,
 * starts it with the page's declarative config (`#consent-banner-config` or `window.consentBannerConfig`).
 */
import { createConsent } from './core/consent.js';
import { consoleReporter } from './core/report.js';
import type { ConsentApi } from './core/types.js';
import { readPageConfig } from './page-config.js';

declare global {
  interface Window {
    /** The page-wide consent API of the script-tag build. */
    ConsentBanner?: ConsentApi;
  }
}

function start(): void {
  const tag = document.currentScript;
  if (window.ConsentBanner !== undefined) {
    consoleReporter.warn('the script is on this page twice; the second copy does nothing.');
    return;
  }
  const api = createConsent(undefined, { loadConfig: () => readPageConfig() });
  window.ConsentBanner = api;
  if (tag?.hasAttribute('data-manual') !== true) api.init();
}

try {
  start();
} catch (error) {
  // Whatever happens, the host page goes on.
  consoleReporter.error(`could not start: ${error instanceof Error ? error.message : String(error)}`);
}
