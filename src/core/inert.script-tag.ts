import type { ConsentApi } from './types.js';

/**
 * What the script-tag builds use in place of `inert.ts` (see `vite.config.ts`): a script tag runs
 * in a page, never on a server, so there is always a DOM and the inert server instance is never
 * made. Its bytes stay out of every page view.
 */
export function hasDom(): boolean {
  return true;
}

/** Never called in a page (`hasDom()` is true there). */
export function createInertConsent(caller: 'createConsent' | 'init'): ConsentApi {
  throw new Error(`${caller}(): no inert instance in the script-tag build`);
}
