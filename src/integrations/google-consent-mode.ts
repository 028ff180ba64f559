import { consoleReporter, type Reporter } from '../core/report.js';
import { reason, type Say } from '../core/say.js';
import type { ConsentApi, GoogleConsentModeSettings, NormalizedRegime, RegimeMode } from '../core/types.js';
import { integrationSay, onConsent, readGlobal, type Integration } from './integration.js';

/** A Google consent state: each consent type granted or denied. */
export type GoogleConsentState = Record<string, 'granted' | 'denied'>;

/** What the visitor's choice means for each mapped Google consent type (`security_storage` always granted). */
function googleConsentState(api: ConsentApi, settings: GoogleConsentModeSettings): GoogleConsentState {
  const state: GoogleConsentState = {};
  for (const [type, category] of Object.entries(settings.types)) state[type] = api.has(category) ? 'granted' : 'denied';
  state.security_storage = 'granted';
  return state;
}

type Gtag = (...args: unknown[]) => void;

/**
 * The regions of each regime, for Google's per-region defaults: a code is left out where an earlier
 * entry already decides it (the code itself, its country, or `*`), as the core's first match would;
 * `anywhere` is the regime of `*` (else opt-in), the default without a region.
 */
function regionsByRegime(regimes: readonly NormalizedRegime[]): { anywhere: RegimeMode; lists: Record<RegimeMode, string[]> } {
  const lists: Record<RegimeMode, string[]> = { 'opt-in': [], 'opt-out': [] };
  const decided = new Set<string>();
  let anywhere: RegimeMode | null = null;
  for (const { regions, mode } of regimes) {
    for (const code of regions) {
      if (anywhere !== null || decided.has(code) || decided.has(code.slice(0, 2))) continue;
      if (code === '*') anywhere = mode;
      else {
        decided.add(code);
        lists[mode].push(code);
      }
    }
  }
  return { anywhere: anywhere ?? 'opt-in', lists };
}

/**
 * The page's `gtag`, or the same function Google's snippet defines: it pushes its `arguments` object
 * to `window.dataLayer` (Google Tag Manager ignores plain arrays there). Null when the page's
 * dataLayer cannot take entries.
 */
function pageGtag(win: Window, say: Say): Gtag | null {
  const existing = readGlobal(win, 'gtag');
  if (typeof existing === 'function') return existing as Gtag;
  const record = win as unknown as { dataLayer?: unknown; gtag?: Gtag };
  record.dataLayer ??= [];
  const layer = record.dataLayer as { push?: unknown } | null;
  if (typeof layer !== 'object' || layer === null || typeof layer.push !== 'function') {
    say.error('dataLayerNotArray');
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
 * With `regimes`, one default per regime with Google's `region` list (opt-out regions granted but for
 * what a GPC signal withdraws), the default without a region following `*` (else denied); an update
 * follows at once where the visitor's own regime is opt-out. Every later change sends an update.
 */
export function googleConsentMode(reporter: Reporter = consoleReporter): Integration {
  return {
    name: 'googleConsentMode',
    attach: (api, win, context) => {
      const say = integrationSay(reporter, context);
      let gtag: Gtag | null = null;
      let settings: GoogleConsentModeSettings | null = null;
      const send = (...args: unknown[]): void => {
        try {
          gtag?.(...args);
        } catch (error) {
          say.error('vendorThrew', 'gtag', reason(error));
        }
      };
      return onConsent(
        api,
        () => {
          settings = api.config.googleConsentMode;
          if (settings === null) return;
          gtag = pageGtag(win, say);
          if (gtag === null) return;
          const { types, waitForUpdate } = settings;
          const held = api.gpc ? api.config.gpc : [];
          /** A default command's state: every type denied, or (opt-out) granted but for what GPC holds. */
          const defaultFor = (mode: RegimeMode, region: readonly string[]): Record<string, unknown> => {
            const state: Record<string, unknown> = {};
            for (const [type, category] of Object.entries(types)) {
              state[type] = mode === 'opt-out' && !held.includes(category) && api.config.categories.some((c) => c.id === category) ? 'granted' : 'denied';
            }
            state.security_storage = 'granted';
            if (waitForUpdate > 0) state.wait_for_update = waitForUpdate;
            if (region.length > 0) state.region = [...region];
            return state;
          };
          const { regimes } = api.config;
          if (regimes.length === 0) send('consent', 'default', defaultFor('opt-in', settings.region));
          else {
            const { anywhere, lists } = regionsByRegime(regimes);
            send('consent', 'default', defaultFor(anywhere, []));
            for (const mode of ['opt-out', 'opt-in'] as const) if (lists[mode].length > 0) send('consent', 'default', defaultFor(mode, lists[mode]));
          }
          if (settings.adsDataRedaction) send('set', 'ads_data_redaction', true);
          if (settings.urlPassthrough) send('set', 'url_passthrough', true);
          if (api.get() !== null || api.regime === 'opt-out') send('consent', 'update', googleConsentState(api, settings));
        },
        () => {
          if (settings === null || gtag === null) return;
          send('consent', 'update', googleConsentState(api, settings));
        },
      );
    },
  };
}
