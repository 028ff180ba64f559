/** Every integration, for the script-tag build and for sites that want them all. */
import { consentLog } from './consent-log.js';
import { googleConsentMode } from './google-consent-mode.js';
import type { Integration } from './integration.js';
import { clarity, matomo, metaPixel, microsoftUet } from './vendors.js';

export { consentLog, type ConsentLogPayload, type ShownContext } from './consent-log.js';
export { googleConsentMode, type GoogleConsentState } from './google-consent-mode.js';
export { clarity, matomo, metaPixel, microsoftUet } from './vendors.js';
export type { Integration, IntegrationContext, IntegrationName } from './integration.js';

/** All integrations; each stays silent unless the config turns it on. */
export function allIntegrations(): Integration[] {
  return [googleConsentMode(), microsoftUet(), clarity(), metaPixel(), matomo(), consentLog()];
}
