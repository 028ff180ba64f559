/** The add-on file `consent-banner.log.js`: the consent log, loaded when the config has `log`. */
import { consentLog } from '../integrations/consent-log.js';
import { registerAddon } from './registry.js';

registerAddon('log', consentLog);
