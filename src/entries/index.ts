/**
 * consent-banner for bundlers: `init()` starts the page-wide instance and shows the UI;
 * `createConsent()` makes an independent, headless one. Both return the same API as
 * `window.ConsentBanner` in the script-tag build. Everything of `consent-banner/core` is here too.
 */
export * from './entry-common.js';
export * from './ui-exports.js';
