import { createConsent } from './core/consent.js';
import { whenParsed } from './core/schedule.js';
import type { ConsentApi } from './core/types.js';
import type { ShownContext } from './core/shown-context.js';
import type { Integration } from './integrations/integration.js';
import type { NodeState } from './core/gate.js';
import { mountBanner, type LanguageSource } from './ui/mount.js';
import type { PlaceholderAttacher } from './ui/placeholders.js';
import { shownContext } from './ui/shown.js';

/** How an entry point wires the page-wide instance. */
export interface PageConsentOptions {
  /** Where the config comes from when `init()` gets none (the script tag's declarative config). */
  readonly loadConfig?: () => unknown;
  /** The UI's languages, read when the UI is mounted (so language files loaded until then count). */
  readonly languages: () => LanguageSource;
  /** Integrations to attach; they listen before `init()`, so Consent Mode's default comes first. */
  readonly integrations: readonly Integration[];
  /** The CSP nonce our script tag carries, if any. */
  readonly scriptNonce?: string;
  /** What puts placeholders on blocked iframes (the script-tag build loads it on demand). */
  readonly placeholders: PlaceholderAttacher;
  /** Told each state the gate gives a tagged node. */
  readonly onNodeState?: (node: Element, state: NodeState) => void;
}

/**
 * The page-wide instance both entry points use: the UI comes with `init()` (whoever calls it), and
 * the integrations are told what the visitor was shown.
 */
export function createPageConsent(options: PageConsentOptions): ConsentApi {
  let shown: (() => ShownContext) | undefined;
  /** What `destroy()` must undo: the UI, the wait for it, the integrations. */
  const teardown: (() => void)[] = [];
  const api = createConsent(undefined, {
    ...(options.loadConfig === undefined ? {} : { loadConfig: options.loadConfig }),
    ...(options.scriptNonce === undefined ? {} : { scriptNonce: options.scriptNonce }),
    ...(options.onNodeState === undefined ? {} : { onNodeState: options.onNodeState }),
    onStart: (started) => {
      let mounted = false;
      const mount = (): void => {
        if (mounted || !started.started) return;
        mounted = true;
        const ui = mountBanner(started, options.languages(), { placeholders: options.placeholders });
        teardown.push(() => {
          ui.unmount();
        });
        shown = () => shownContext(ui.locale, started.config);
      };
      if (started.views.notice || started.views.preferences) {
        mount();
        return;
      }
      // A returning visitor is shown nothing while the page loads: the UI (the reopen button and the
      // placeholders) waits until the tagged nodes are released, unless something is shown first.
      const stopWaiting = started.on('show', () => {
        stopWaiting();
        mount();
      });
      teardown.push(stopWaiting, () => {
        mounted = true; // the parse that ends later mounts nothing
      });
      whenParsed(document, () => {
        stopWaiting();
        mount();
      });
    },
    onDestroy: () => {
      for (const undo of teardown.splice(0).reverse()) undo();
    },
  });
  const context = { shown: () => shown?.() };
  for (const integration of options.integrations) teardown.push(integration.attach(api, window, context));
  return api;
}
