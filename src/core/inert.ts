import { DEFAULT_CONFIG } from './config.js';
import { consoleReporter } from './report.js';
import type { ConsentApi } from './types.js';

/**
 * Is there a page to run on: a `window` with a `document`. False on a server (Node, a worker, an
 * edge runtime), where the consent core has nothing to gate and nobody to ask.
 */
export function hasDom(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

let warned = false;

/** Is this a development run on a server (`NODE_ENV` is not `production`). Never throws. */
function isDevelopment(): boolean {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    return env?.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/**
 * The instance a server gets from `createConsent()` or `init()`: every method does nothing, `get()`
 * is `null`, nothing is granted, no listener is kept. A server render stays the same as the
 * browser's first render before the choice is read. Warns once per process in development.
 */
export function createInertConsent(caller: 'createConsent' | 'init'): ConsentApi {
  if (!warned && isDevelopment()) {
    warned = true;
    consoleReporter.warn(
      `${caller}() ran without a browser window (server rendering?): the instance is inert and grants nothing. Start it in the browser (useEffect, onMounted).`,
    );
  }
  const nothing = (): void => undefined;
  const api: ConsentApi = {
    init: () => api,
    acceptAll: nothing,
    rejectAll: nothing,
    optOut: nothing,
    dismiss: nothing,
    accept: nothing,
    has: () => false,
    hasService: () => false,
    get: () => null,
    show: nothing,
    hide: nothing,
    showPreferences: nothing,
    hidePreferences: nothing,
    reset: nothing,
    on: () => nothing,
    // Settled with no choice: server code that awaits it is never held up, and grants nothing.
    ready: Promise.resolve(Object.freeze({ record: null })),
    config: DEFAULT_CONFIG,
    views: Object.freeze({ notice: false, preferences: false }),
    started: false,
    gpc: false,
    region: null,
    regime: 'opt-in',
    destroy: nothing,
  };
  return Object.freeze(api);
}
