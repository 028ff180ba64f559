/**
 * consent-banner for bundlers: `init()` starts the page-wide instance and shows the UI;
 * `createConsent()` makes an independent, headless one. Both return the same API as
 * `window.ConsentBanner` in the script-tag build.
 */
import type { ConsentApi, ConsentConfig } from './core/types.js';
import { BUILT_IN_LANGUAGES, loadBuiltInTexts } from './i18n/builtin.js';
import en from './i18n/languages/en.js';
import { consoleReporter } from './core/report.js';
import { isEnabled, type Integration, type IntegrationName } from './integrations/integration.js';
import { createPageConsent } from './page.js';

export { createConsent, DEFAULT_SCRIPT_TIMEOUT_MS, type ConsentEnvironment } from './core/consent.js';
export { normalizeConfig, DEFAULT_CONFIG, DEFAULT_GOOGLE_CONSENT_MAP, MAX_EXPIRES_DAYS } from './core/config.js';
export { isBot } from './core/bots.js';
export { CONSENT_ATTRIBUTE, SERVICE_ATTRIBUTE, STATE_ATTRIBUTE, type NodeState } from './core/gate.js';
export type { Reporter } from './core/report.js';
export type * from './core/types.js';
export type { Texts } from './i18n/texts.js';
export { BUILT_IN_LANGUAGES } from './i18n/builtin.js';
export { ConsentBannerElement } from './ui/consent-banner.js';
export { ConsentPlaceholderElement } from './ui/consent-placeholder.js';
export { defineElements } from './ui/define.js';
export { mountUi, type LanguageSource, type MountedUi } from './ui/mount.js';
export { shownContent, shownContext } from './ui/shown.js';
export { textsArchive, type ShownVersion } from './ui/texts-archive.js';
export { VERSION } from './version.js';
export * from './integrations/index.js';

let pageInstance: ConsentApi | null = null;

/** Options of `init()`. */
export interface InitOptions {
  /**
   * The integrations the config may turn on (`googleConsentMode()`, `consentLog()`, `clarity()` …,
   * imported from `consent-banner`). Only those you import end up in your bundle.
   */
  readonly integrations?: readonly Integration[];
}

const INTEGRATION_IMPORTS: Readonly<Record<IntegrationName, string>> = {
  googleConsentMode: 'googleConsentMode()',
  log: 'consentLog()',
  'vendors.microsoftUet': 'microsoftUet()',
  'vendors.clarity': 'clarity()',
  'vendors.metaPixel': 'metaPixel()',
  'vendors.matomo': 'matomo()',
};

/**
 * Starts the page-wide instance once, with the notice and dialog (later calls return it unchanged).
 * Integrations the config turns on must be passed in `options.integrations`; one that is missing is
 * named in the console.
 */
export function init(config?: ConsentConfig, options: InitOptions = {}): ConsentApi {
  if (pageInstance !== null) return pageInstance.init(config);
  const given = options.integrations ?? [];
  const api = createPageConsent({
    languages: () => ({ present: { en }, loadable: BUILT_IN_LANGUAGES, loader: loadBuiltInTexts }),
    integrations: given,
  });
  pageInstance = api;
  api.init(config);
  for (const name of Object.keys(INTEGRATION_IMPORTS) as IntegrationName[]) {
    if (isEnabled(api, name) && !given.some((integration) => integration.name === name)) {
      consoleReporter.warn(`config.${name} is on, but init() was not given ${INTEGRATION_IMPORTS[name]}: import it from "consent-banner" and pass it in options.integrations.`);
    }
  }
  return api;
}
