import { defineBanner } from './define.js';
import { definePlaceholder } from './placeholders.js';
import { usePreferencesView } from './use-preferences.js';

/** Registers both elements, once (a second copy of the library on the page leaves the first in place). */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  usePreferencesView();
  defineBanner(registry);
  definePlaceholder(registry);
}
