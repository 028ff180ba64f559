/**
 * The self-contained script-tag entry (`consent-banner.all.iife.js`): the add-ons are registered
 * before the start, so no sibling file is requested but GPP's (a config with `gpp`) and the config
 * checks' full wording (a config with a mistake, whose fields the main file names anyway). For
 * sites that must host one file.
 */
import { registerAddon } from '../addons/registry.js';
import { consentLog } from '../integrations/consent-log.js';
import { mountNotice } from '../ui/notice.js';
import { attachPlaceholders } from '../ui/placeholders.js';
import { PreferencesView } from '../ui/preferences-view.js';
import { startScriptTag } from './script-tag.js';

registerAddon('notice', mountNotice);
registerAddon('log', consentLog);
registerAddon('placeholders', attachPlaceholders);
registerAddon('preferences', new PreferencesView());
startScriptTag();
