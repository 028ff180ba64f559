/**
 * consent-banner for bundlers: `init()` starts the page-wide instance, `createConsent()` makes an
 * independent one. Both return the same API as `window.ConsentBanner` in the script-tag build.
 */
import { createConsent } from './core/consent.js';
import type { ConsentApi, ConsentConfig } from './core/types.js';

export { createConsent, DEFAULT_SCRIPT_TIMEOUT_MS, type ConsentEnvironment } from './core/consent.js';
export { normalizeConfig, DEFAULT_CONFIG, DEFAULT_GOOGLE_CONSENT_MAP, MAX_EXPIRES_DAYS } from './core/config.js';
export { isBot } from './core/bots.js';
export { CONSENT_ATTRIBUTE, SERVICE_ATTRIBUTE, STATE_ATTRIBUTE, type NodeState } from './core/gate.js';
export type { Reporter } from './core/report.js';
export type * from './core/types.js';

let pageInstance: ConsentApi | null = null;

/** Starts the page-wide instance once (later calls return it unchanged) and returns its API. */
export function init(config?: ConsentConfig): ConsentApi {
  pageInstance ??= createConsent();
  return pageInstance.init(config);
}
