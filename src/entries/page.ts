import { createConsent } from '../core/consent.js';
import type { MessageDetails } from '../core/say.js';
import { whenIdle, whenParsed } from '../core/schedule.js';
import type { ConsentApi } from '../core/types.js';
import type { ShownContext } from '../core/shown-context.js';
import type { Integration } from '../integrations/integration.js';
import type { NodeState } from '../core/gate.js';
import type { LanguageSource } from '../ui/mount.js';
import type { MountNotice } from '../ui/notice.js';
import type { PlaceholderAttacher } from '../ui/placeholders.js';
import type { PreferencesView } from '../ui/preferences-view.js';

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
  /** Loads the full wording of the messages (only when there is something to say). */
  readonly messageDetails: MessageDetails;
  /**
   * Loads the UI (the notice's add-on file, or a chunk of the npm build): asked the moment a notice
   * must show, else at idle once the page is parsed. Undefined when it cannot be had (said so).
   */
  readonly notice: () => Promise<MountNotice | undefined>;
  /** Loads the preferences dialog's content (when it first opens, or at idle once the notice shows). */
  readonly preferences: () => Promise<PreferencesView | undefined>;
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
    messageDetails: options.messageDetails,
    ...(options.loadConfig === undefined ? {} : { loadConfig: options.loadConfig }),
    ...(options.scriptNonce === undefined ? {} : { scriptNonce: options.scriptNonce }),
    ...(options.onNodeState === undefined ? {} : { onNodeState: options.onNodeState }),
    onStart: (started) => {
      /** Set once this start's UI is asked for (or the instance is gone): it is asked for once. */
      let asked = false;
      /** False once the instance is destroyed: a file that arrives later mounts nothing. */
      let live = true;
      const mount = (): void => {
        if (asked || !started.started) return;
        asked = true;
        void options.notice().then((mountNotice) => {
          if (mountNotice === undefined || !started.started || !live) return;
          const ui = mountNotice(started, { languages: options.languages(), placeholders: options.placeholders, preferences: options.preferences });
          teardown.push(() => {
            ui.unmount();
          });
          shown = () => ui.shown();
        });
      };
      teardown.push(() => {
        live = false;
        asked = true; // a parse or an idle moment that comes later loads nothing
      });
      if (started.views.notice || started.views.preferences) {
        mount();
        return;
      }
      // A returning visitor is shown nothing while the page loads: the UI (the reopen button and the
      // placeholders) is loaded at idle once the page is parsed, unless something is shown first.
      const stopWaiting = started.on('show', () => {
        stopWaiting();
        mount();
      });
      teardown.push(stopWaiting);
      whenParsed(document, () => {
        stopWaiting();
        whenIdle(window, mount);
      });
    },
    onDestroy: () => {
      for (const undo of teardown.splice(0).reverse()) undo();
    },
  });
  const context = { shown: () => shown?.(), messageDetails: options.messageDetails };
  for (const integration of options.integrations) teardown.push(integration.attach(api, window, context));
  return api;
}
