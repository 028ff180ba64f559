/**
 * The script-tag entry: exposes `window.ConsentBanner` and, unless the tag carries `data-manual`,
 * starts it with the page's declarative config (`#consent-banner-config` or `window.consentBannerConfig`)
 * and shows the UI. English is built in; other languages come from language files loaded before this
 * script (`consent-banner.de.js` …) or from the config's `translations`.
 */
import { createConsent } from './core/consent.js';
import { consoleReporter } from './core/report.js';
import type { ConsentApi } from './core/types.js';
import type { Texts } from './i18n/texts.js';
import { allIntegrations } from './integrations/index.js';
import type { ShownContext } from './integrations/consent-log.js';
import { readPageConfig } from './page-config.js';
import { mountUi } from './ui/mount.js';
import { shownContext } from './ui/shown.js';

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
  let shown: (() => ShownContext) | undefined;
  const api = createConsent(undefined, {
    loadConfig: () => readPageConfig(),
    // Whether this script or the page (data-manual) calls init(), the UI comes with it.
    onStart: (started) => {
      const ui = mountUi(started, { present: { ...window.consentBannerTranslations } });
      shown = () => shownContext(ui.locale, started.config);
    },
  });
  // Integrations listen before init(): Google Consent Mode's default must precede everything.
  const context = { shown: () => shown?.() ?? { language: 'und', textsHash: '' } };
  for (const integration of allIntegrations()) integration.attach(api, window, context);
  window.ConsentBanner = api;
  if (tag?.hasAttribute('data-manual') !== true) api.init();
}

try {
  start();
} catch (error) {
  // Whatever happens, the host page goes on.
  consoleReporter.error(`could not start: ${error instanceof Error ? error.message : String(error)}`);
}
