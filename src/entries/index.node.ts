/**
 * `consent-banner` where the `node` export condition applies (server rendering, Node scripts, test
 * runners): the same exports as the browser entry. Without a DOM, Lit is never loaded (its browser
 * build needs one, and some setups resolve it) and `init()` returns an inert instance; with one
 * (jsdom, happy-dom) the real UI is loaded.
 */
import { hasDom } from '../core/inert.js';
import type * as Ui from './ui-exports.js';
import { serverUi } from './ui-server.js';

export * from './entry-common.js';
export type { InitOptions, LanguageSource, MountedUi } from './ui-exports.js';

const ui: typeof Ui = hasDom() ? await import('./ui-exports.js') : serverUi;

/** See the browser entry. */
export const { init, ConsentBannerElement, ConsentPlaceholderElement, defineElements, mountUi } = ui;
