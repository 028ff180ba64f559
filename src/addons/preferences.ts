/**
 * The add-on file `consent-banner.preferences.js`: the preferences dialog's content and styles,
 * loaded when the visitor first opens the dialog (fetched at idle once the notice shows, so the
 * click finds it ready). Lit comes from the main file.
 */
import { PreferencesView } from '../ui/preferences-view.js';
import { registerAddon } from './registry.js';

registerAddon('preferences', new PreferencesView());
