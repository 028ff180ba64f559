/**
 * `consent-banner/core`: the headless consent core for sites that draw their own UI. Config,
 * record, cookie, gate, events and the integrations (Consent Mode, vendors, the consent log); no
 * Lit, no elements, no wording of the config checks (a config's problems are named in one short
 * line; pass `messageDetails` in the environment for the full wording, a chunk loaded only then). `createConsent()` returns the same API as `window.ConsentBanner` in the
 * script-tag build; the UI's methods (`show()`, `showPreferences()` …) change `views` and fire
 * `consent-show` / `consent-hide` for the site's own UI to follow.
 */
import './events.js';

export { createConsent, DEFAULT_SCRIPT_TIMEOUT_MS, type ConsentEnvironment } from '../core/consent.js';
export { normalizeConfig, checkConfig, DEFAULT_CONFIG, DEFAULT_GOOGLE_CONSENT_MAP, MAX_EXPIRES_DAYS, type PageLocation } from '../core/config.js';
export type { Diagnostics, MessageDetails } from '../core/say.js';
export type { ConfigProblem } from '../core/config-wording.js';
export { messageDetails } from './message-details.js';
export { isBot } from '../core/bots.js';
export { CONSENT_ATTRIBUTE, SERVICE_ATTRIBUTE, STATE_ATTRIBUTE, type NodeState } from '../core/gate.js';
export type { Reporter } from '../core/report.js';
export type * from '../core/types.js';
export { VERSION } from '../version.js';
export * from '../integrations/index.js';
