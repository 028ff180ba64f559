import { createConsent } from './core/consent.js';
import type { ConsentApi } from './core/types.js';
import type { ShownContext } from './integrations/consent-log.js';
import type { Integration } from './integrations/integration.js';
import { mountUi, type LanguageSource } from './ui/mount.js';
import { shownContext } from './ui/shown.js';

/** How an entry point wires the page-wide instance. */
export interface PageConsentOptions {
  /** Where the config comes from when `init()` gets none (the script tag's declarative config). */
  readonly loadConfig?: () => unknown;
  /** The UI's languages, read when the UI is mounted (so language files loaded until then count). */
  readonly languages: () => LanguageSource;
  /** Integrations to attach; they listen before `init()`, so Consent Mode's default comes first. */
  readonly integrations: readonly Integration[];
}

/**
 * The page-wide instance both entry points use: the UI comes with `init()` (whoever calls it), and
 * the integrations are told what the visitor was shown.
 */
export function createPageConsent(options: PageConsentOptions): ConsentApi {
  let shown: (() => ShownContext) | undefined;
  const api = createConsent(undefined, {
    ...(options.loadConfig === undefined ? {} : { loadConfig: options.loadConfig }),
    onStart: (started) => {
      const ui = mountUi(started, options.languages());
      shown = () => shownContext(ui.locale, started.config);
    },
  });
  const context = { shown: () => shown?.() };
  for (const integration of options.integrations) integration.attach(api, window, context);
  return api;
}
