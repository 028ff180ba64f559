import { hasDom, createInertConsent } from '../core/inert.js';
import { consoleReporter } from '../core/report.js';
import { createSay } from '../core/say.js';
import type { ConsentApi, ConsentConfig } from '../core/types.js';
import { BUILT_IN_LANGUAGES, loadBuiltInTexts } from '../i18n/builtin.js';
import { isEnabled, type Integration, type IntegrationName } from '../integrations/integration.js';
import { messageDetails } from './message-details.js';
import { createPageConsent } from './page.js';
import { placeholdersOnDemand } from '../ui/placeholders-on-demand.js';

/** Options of `init()`. */
export interface InitOptions {
  /**
   * The integrations the config may turn on (`googleConsentMode()`, `consentLog()`, `clarity()` …,
   * imported from `consent-banner`). Only those you import end up in your bundle.
   */
  readonly integrations?: readonly Integration[];
}

const INTEGRATION_IMPORTS: Readonly<Record<IntegrationName, string>> = {
  googleConsentMode: 'googleConsentMode() from "consent-banner"',
  log: 'consentLog() from "consent-banner"',
  gpp: 'gpp() from "consent-banner/gpp"',
  'vendors.microsoftUet': 'microsoftUet() from "consent-banner"',
  'vendors.clarity': 'clarity() from "consent-banner"',
  'vendors.metaPixel': 'metaPixel() from "consent-banner"',
  'vendors.matomo': 'matomo() from "consent-banner"',
};

let pageInstance: ConsentApi | null = null;

/**
 * Starts the page-wide instance, with the notice and dialog; while it runs, later calls return it
 * unchanged. After its `destroy()` the next call starts a fresh one (a component that mounts,
 * unmounts and mounts again, as React's StrictMode does, gets one working banner). On a server it
 * returns an inert instance. Integrations the config turns on must be passed in
 * `options.integrations`; one that is missing is named in the console.
 */
export function init(config?: ConsentConfig, options: InitOptions = {}): ConsentApi {
  if (!hasDom()) return createInertConsent('init');
  if (pageInstance?.started === true) return pageInstance.init(config);
  const given = options.integrations ?? [];
  // The notice, the dialog's content and the placeholders are chunks of their own: a bundler splits
  // them off, and the page loads them when needed, as the script-tag build loads its add-on files.
  const placeholders = placeholdersOnDemand(() => import('../ui/placeholders.js').then((module) => module.attachPlaceholders));
  const api = createPageConsent({
    languages: () => ({ present: {}, loadable: BUILT_IN_LANGUAGES, loader: loadBuiltInTexts }),
    integrations: given,
    messageDetails,
    notice: () => import('../ui/notice.js').then((module) => module.mountNotice),
    preferences: () => import('../ui/preferences-view.js').then((module) => new module.PreferencesView()),
    placeholders: placeholders.attacher,
    onNodeState: placeholders.onNodeState,
  });
  pageInstance = api;
  api.init(config);
  const say = createSay(consoleReporter, messageDetails);
  for (const name of Object.keys(INTEGRATION_IMPORTS) as IntegrationName[]) {
    if (isEnabled(api, name) && !given.some((integration) => integration.name === name)) {
      say.warn('integrationNotGiven', name, INTEGRATION_IMPORTS[name]);
    }
  }
  return api;
}
