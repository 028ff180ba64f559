/**
 * consent-banner for bundlers: `init()` starts the page-wide instance and shows the UI;
 * `createConsent()` makes an independent, headless one. Both return the same API as
 * `window.ConsentBanner` in the script-tag build. Everything of `consent-banner/core` is here too.
 */
export * from './core.js';
export type { Texts } from './i18n/texts.js';
export { BUILT_IN_LANGUAGES } from './i18n/builtin.js';
export { shownContent, shownContext } from './ui/shown.js';
export { textsArchive, type ShownVersion } from './ui/texts-archive.js';
export * from './ui-exports.js';
