/**
 * `consent-banner/global`: the globals of the script-tag build, for pages whose own scripts are
 * TypeScript (`/// <reference types="consent-banner/global" />`, or `"types"` in tsconfig). Type-only.
 */
import type { ConsentApi } from '../core/types.js';
import type { Texts } from '../i18n/texts.js';
import '../ui/define.js';
import '../ui/placeholders.js';
import './events.js';

declare global {
  interface Window {
    /** The page-wide consent API of the script-tag build (set once its script ran). */
    ConsentBanner?: ConsentApi;
    /** The same API, under this name only when the page made `window.ConsentBanner` unwritable. */
    consentBannerApi?: ConsentApi;
    /** The config, for pages that set it from JavaScript before the script tag. */
    consentBannerConfig?: unknown;
    /** Languages registered by the language files of the script-tag build, by code. */
    consentBannerTranslations?: Record<string, Texts>;
  }
}

export {};
