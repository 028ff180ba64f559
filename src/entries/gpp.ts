/**
 * `consent-banner/gpp`: the IAB Global Privacy Platform integration for the npm build. Pass `gpp()`
 * to `init(config, { integrations: [gpp()] })` with `gpp` in the config. It needs the optional peer
 * dependency `@iabgpp/cmpapi` (`npm install @iabgpp/cmpapi`); sites that do not use GPP never load it.
 */
export { gpp, usSectionsFor } from '../integrations/gpp.js';
