/**
 * The add-on file `consent-banner.placeholders.js`: `<consent-placeholder>` and what puts it on
 * blocked iframes, loaded when the gate first holds an iframe. Lit comes from the main file.
 */
import { attachPlaceholders } from '../ui/placeholders.js';
import { registerAddon } from './registry.js';

registerAddon('placeholders', attachPlaceholders);
