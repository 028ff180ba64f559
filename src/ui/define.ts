import { ConsentBannerElement } from './consent-banner.js';
import { ConsentPlaceholderElement } from './consent-placeholder.js';
import { PLACEHOLDER_TAG } from './placeholders.js';

/** The tag of the banner element. */
export const BANNER_TAG = 'consent-banner';

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBannerElement;
    'consent-placeholder': ConsentPlaceholderElement;
  }
}

/** Registers both elements, once (a second copy of the library on the page leaves the first in place). */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  if (registry.get(BANNER_TAG) === undefined) registry.define(BANNER_TAG, ConsentBannerElement);
  if (registry.get(PLACEHOLDER_TAG) === undefined) registry.define(PLACEHOLDER_TAG, ConsentPlaceholderElement);
}
