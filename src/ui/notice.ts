import type { ShownContext } from '../core/shown-context.js';
import type { ConsentApi } from '../core/types.js';
import { mountBanner, type LanguageSource } from './mount.js';
import type { PlaceholderAttacher } from './placeholders.js';
import { preferencesOnDemand } from './preferences-on-demand.js';
import type { PreferencesView } from './preferences-view.js';
import { shownContext } from './shown.js';

/** What the notice needs from the file (or module) that loaded it. */
export interface NoticeHooks {
  /** The UI's languages, read now. */
  readonly languages: LanguageSource;
  /** What puts placeholders on blocked iframes (loaded on demand). */
  readonly placeholders: PlaceholderAttacher;
  /** Loads the preferences dialog's content (its add-on file, or a chunk of the npm build). */
  readonly preferences: () => Promise<PreferencesView | undefined>;
}

/** The notice, shown: what the visitor was shown (for the consent log), and how to take it away. */
export interface MountedNotice {
  shown(): ShownContext;
  unmount(): void;
}

/** Shows the notice, the reopen button and the dialog for a started API (see `mountBanner`). */
export type MountNotice = (api: ConsentApi, hooks: NoticeHooks) => MountedNotice;

/**
 * The UI of the page-wide instance, which the main file loads the moment a notice must show (or at
 * idle, for the reopen button): the `<consent-banner>` element, Lit, the styles and English.
 */
export const mountNotice: MountNotice = (api, hooks) => {
  const stopPrefetch = preferencesOnDemand(api, hooks.preferences);
  const ui = mountBanner(api, hooks.languages, { placeholders: hooks.placeholders });
  return {
    shown: () => shownContext(ui.locale, api.config),
    unmount() {
      stopPrefetch();
      ui.unmount();
    },
  };
};
