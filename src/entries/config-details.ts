import type { ConfigDetails } from '../core/config-report.js';

/**
 * The npm builds' loader of the config checks' full wording: a chunk of its own, fetched only when a
 * config has a problem. `init()` uses it; with `createConsent()`, pass it in the environment
 * (`createConsent(config, { configDetails })`) to have each problem said in full.
 */
export const configDetails: ConfigDetails = () => import('../core/config-wording.js').then((module) => module.explainConfigProblems);
