import { defineBanner } from './define.js';
import { definePlaceholder } from './placeholders.js';

/** Registers both elements, once (a second copy of the library on the page leaves the first in place). */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  defineBanner(registry);
  definePlaceholder(registry);
}
