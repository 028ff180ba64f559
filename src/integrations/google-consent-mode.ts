import { consoleReporter, type Reporter } from '../core/report.js';
import type { ConsentApi, GoogleConsentModeSettings } from '../core/types.js';
import { onConsent, readGlobal, type Integration } from './integration.js';

/** A Google consent state: each consent type granted or denied. */
export type GoogleConsentState = Record<string, 'granted' | 'denied'>;

/** What the visitor's choice means for each mapped Google consent type (`security_storage` always granted). */
export function googleConsentState(api: ConsentApi, settings: GoogleConsentModeSettings): GoogleConsentState {
  const state: GoogleConsentState = {};
  for (const [type, category] of Object.entries(settings.types)) state[type] = api.has(category) ? 'granted' : 'denied';
  state.security_storage = 'granted';
  return state;
}

type Gtag = (...args: unknown[]) => void;

/**
 * The page's `gtag`, or the same function Google's snippet defines: it pushes its `arguments` object
 * to `window.dataLayer` (Google Tag Manager ignores plain arrays there). Null when the page's
 * dataLayer cannot take entries.
 */
function pageGtag(win: Window, reporter: Reporter): Gtag | null {
  const existing = readGlobal(win, 'gtag');
  if (typeof existing === 'function') return existing as Gtag;
  const record = win as unknown as { dataLayer?: unknown; gtag?: Gtag };
  record.dataLayer ??= [];
  const layer = record.dataLayer as { push?: unknown } | null;
  if (typeof layer !== 'object' || layer === null || typeof layer.push !== 'function') {
    reporter.error('window.dataLayer is not an array (or has no push); Google Consent Mode is off for this page.');
    return null;
  }
  record.gtag = function gtag() {
    // eslint-disable-next-line prefer-rest-params -- Google's tags read the arguments object itself
    (record.dataLayer as { push: (entry: unknown) => void }).push(arguments);
  };
  return record.gtag;
}

/**
 * Google Consent Mode v2. On `ready`, before any tagged node is released: `gtag('consent', 'default',
 * …)` with every mapped type denied (and `wait_for_update`, `region`), `url_passthrough` and
 * `ads_data_redaction` when set, then at once `gtag('consent', 'update', …)` for a returning visitor.
 * Every later change sends an update.
 */
export function googleConsentMode(reporter: Reporter = consoleReporter): Integration {
  return {
    name: 'googleConsentMode',
    attach: (api, win) => {
    let gtag: Gtag | null = null;
    let settings: GoogleConsentModeSettings | null = null;
    const send = (...args: unknown[]): void => {
      try {
        gtag?.(...args);
      } catch (error) {
        reporter.error(`gtag threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    return onConsent(api, () => {
      settings = api.config.googleConsentMode;
      if (settings === null) return;
      gtag = pageGtag(win, reporter);
      if (gtag === null) return;
      const denied: Record<string, unknown> = {};
      for (const type of Object.keys(settings.types)) denied[type] = 'denied';
      denied.security_storage = 'granted';
      if (settings.waitForUpdate > 0) denied.wait_for_update = settings.waitForUpdate;
      if (settings.region.length > 0) denied.region = [...settings.region];
      send('consent', 'default', denied);
      if (settings.adsDataRedaction) send('set', 'ads_data_redaction', true);
      if (settings.urlPassthrough) send('set', 'url_passthrough', true);
      if (api.get() !== null) send('consent', 'update', googleConsentState(api, settings));
    }, () => {
      if (settings === null || gtag === null) return;
      send('consent', 'update', googleConsentState(api, settings));
    });
    },
  };
}
