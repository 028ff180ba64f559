/** The add-on file `consent-banner.gpp.js`: the IAB GPP API (`__gpp`), loaded when the config has `gpp`. */
import { gpp } from '../integrations/gpp.js';
import { registerAddon } from './registry.js';

registerAddon('gpp', gpp);
