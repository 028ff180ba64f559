/**
 * What both `consent-banner` entries (the browser one and the `node`-condition one) export besides
 * the browser-only UI: all of the core, and the helpers that need no DOM.
 */
export * from './core.js';
export type { Texts } from '../i18n/texts.js';
export { BUILT_IN_LANGUAGES } from '../i18n/builtin.js';
export { shownContent, shownContext } from '../ui/shown.js';
export { textsArchive, type ShownVersion } from '../ui/texts-archive.js';
