/**
 * consent-banner for bundlers: `init()` starts the page-wide instance and shows the UI;
 * `createConsent()` makes an independent, headless one. Both return the same API as
 * `window.ConsentBanner` in the script-tag build.
 */
import { createConsent } from './core/consent.js';
import type { ConsentApi, ConsentConfig } from './core/types.js';
import { BUILT_IN_LANGUAGES, loadBuiltInTexts } from './i18n/builtin.js';
import en from './i18n/languages/en.js';
import { mountUi } from './ui/mount.js';

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

let pageInstance: ConsentApi | null = null;

/** Starts the page-wide instance once, with the notice and dialog (later calls return it unchanged). */
export function init(config?: ConsentConfig): ConsentApi {
  pageInstance ??= createConsent(undefined, {
    onStart: (api) => {
      mountUi(api, { present: { en }, loadable: BUILT_IN_LANGUAGES, loader: loadBuiltInTexts });
    },
  });
  return pageInstance.init(config);
}
