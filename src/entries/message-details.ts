import type { MessageDetails } from '../core/say.js';

/**
 * The npm builds' loader of the full wording of the messages (the config checks' and the runtime
 * ones): a chunk of its own, fetched only when there is something to say. `init()` uses it; with
 * `createConsent()`, pass it in the environment (`createConsent(config, { messageDetails })`) to
 * have each message said in full rather than as its field and value, or its key and parameters.
 */
export const messageDetails: MessageDetails = () => import('../core/diagnostics.js').then((module) => module.diagnostics);
