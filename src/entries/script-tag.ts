/**
 * The script-tag start: exposes `window.ConsentBanner` and, unless the tag carries `data-manual`,
 * starts it with the page's declarative config (`#consent-banner-config` or `window.consentBannerConfig`)
 * and shows the UI, which comes from the notice's add-on file (with English); other languages come from
 * language files loaded before this script (`dist/i18n/de.js` …) or from the config's `translations`.
 */
import { consoleReporter } from '../core/report.js';
import type { ConsentApi } from '../core/types.js';
import './global.js';
import { addonLoader, type AddonFile } from '../addons/loader.js';
import { placeholdersOnDemand } from '../ui/placeholders-on-demand.js';
import type { AddonName } from '../addons/registry.js';
import { reason, createSay, type Diagnostics, type Say } from '../core/say.js';
import { scriptTrust } from '../core/trusted-types.js';
import { deferredIntegration } from '../integrations/deferred.js';
import { installGppStub } from '../integrations/gpp-stub.js';
import { queueEarlyLogEntry } from '../integrations/log-queue.js';
import { googleConsentMode } from '../integrations/google-consent-mode.js';
import { clarity, matomo, metaPixel, microsoftUet } from '../integrations/vendors.js';
import { readPageConfig } from './page-config.js';
import { createPageConsent } from './page.js';

/**
 * The add-on files beside this one and their integrity hashes, written in by the build
 * (`scripts/addons.mjs`); empty in the self-contained build, which carries its add-ons.
 */
declare const __CONSENT_BANNER_ADDONS__: Partial<Record<AddonName, AddonFile>>;

/**
 * Marks that a copy of the script-tag build started on this page. A symbol: an element with an
 * `id` or `name` can stand in for any window property named by a string (`<img name="ConsentBanner">`).
 */
const STARTED_KEY = Symbol.for('consent-banner.started');

/**
 * Exposes the API as `window.ConsentBanner`. An element named so (which the browser makes a window
 * property) is shadowed, with a message; where the page made the name unwritable, the API goes to
 * `window.consentBannerApi` instead.
 */
function expose(api: ConsentApi, say: Say): void {
  const current: unknown = window.ConsentBanner;
  if (current !== undefined) say.warn('apiNameTaken', current instanceof Element ? current.localName : '');
  try {
    Object.defineProperty(window, 'ConsentBanner', { value: api, configurable: true, writable: true, enumerable: true });
  } catch {
    // fall through to the check below
  }
  if (window.ConsentBanner !== api) {
    window.consentBannerApi = api;
    say.error('apiNameUnwritable');
  }
}

function start(): void {
  const tag = document.currentScript;
  const script = tag instanceof HTMLScriptElement ? tag : null;
  const scriptNonce = script?.nonce ?? '';
  const loadAddon = addonLoader({
    files: __CONSENT_BANNER_ADDONS__,
    base: script !== null && script.src !== '' ? script.src : null,
    nonce: scriptNonce,
    trust: scriptTrust(window, consoleReporter),
    reporter: consoleReporter,
    document,
  });
  // The messages' wording is an add-on file as well, asked for when there is something to say.
  const messageDetails = (): Promise<Diagnostics | undefined> => loadAddon('diagnostics');
  const say = createSay(consoleReporter, messageDetails);
  const marker = window as unknown as { [STARTED_KEY]?: true };
  if (marker[STARTED_KEY] === true) {
    say.warn('scriptTwice');
    return;
  }
  marker[STARTED_KEY] = true;
  const placeholders = placeholdersOnDemand(() => loadAddon('placeholders'));
  const api = createPageConsent({
    loadConfig: () => readPageConfig(document, window, say),
    languages: () => ({ present: { ...window.consentBannerTranslations } }),
    // Consent Mode and the vendors' calls must come before the vendors' own tags: in this file.
    // The consent log can come later: from its add-on file, only when the config has one.
    // A choice made before the log's file is here is queued in localStorage at once (sent when the
    // file arrives, or by the next page if the visitor leaves first).
    integrations: [
      googleConsentMode(),
      microsoftUet(),
      clarity(),
      metaPixel(),
      matomo(),
      deferredIntegration(
        'log',
        () => loadAddon('log'),
        (consent, win, context, detail) => queueEarlyLogEntry(consent, win, () => context?.shown(), detail),
      ),
      // GPP's API from its add-on file; until it is here, the stub queues the page's __gpp calls.
      deferredIntegration('gpp', (consent) => {
        installGppStub(window, consent.config.gpp?.cmpId ?? 0);
        return loadAddon('gpp');
      }),
    ],
    scriptNonce,
    messageDetails,
    notice: () => loadAddon('notice'),
    preferences: () => loadAddon('preferences'),
    placeholders: placeholders.attacher,
    onNodeState: placeholders.onNodeState,
  });
  expose(api, say);
  if (tag?.hasAttribute('data-manual') !== true) api.init();
}

/** Starts the script-tag build on this page; whatever happens, the host page goes on. */
export function startScriptTag(): void {
  try {
    start();
  } catch (error) {
    consoleReporter.error(`could not start: ${reason(error)}`);
  }
}
