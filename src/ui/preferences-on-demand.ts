import { whenIdle } from '../core/schedule.js';
import type { ConsentApi } from '../core/types.js';
import { ConsentBannerElement } from './consent-banner.js';
import type { PreferencesView } from './preferences-view.js';

/**
 * The preferences dialog's content, fetched when the dialog first opens, and at idle once the
 * notice shows (so a click on "Manage preferences" finds it ready). A returning visitor fetches it
 * only on opening the dialog. Returns what stops the prefetch.
 */
export function preferencesOnDemand(api: ConsentApi, load: () => Promise<PreferencesView | undefined>): () => void {
  ConsentBannerElement.loadPreferences = () => load().then((view) => view ?? null);
  const prefetch = (): void => {
    stopPrefetch();
    whenIdle(window, () => void load());
  };
  const stopPrefetch = api.on('show', ({ view }) => {
    if (view === 'notice') prefetch();
  });
  // The UI may come after the notice was shown (its file arrived once the core had decided).
  if (api.views.notice) prefetch();
  return stopPrefetch;
}
