import { ConsentBannerElement } from './consent-banner.js';

/** The tag of the banner element. */
export const BANNER_TAG = 'consent-banner';

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBannerElement;
  }
}

/** Registers `<consent-banner>`, once (a second copy of the library on the page leaves the first in place). */
export function defineBanner(registry: CustomElementRegistry = customElements): void {
  if (registry.get(BANNER_TAG) === undefined) registry.define(BANNER_TAG, ConsentBannerElement);
}
