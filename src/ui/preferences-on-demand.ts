import { whenIdle } from '../core/schedule.js';
import type { ConsentApi } from '../core/types.js';
import { ConsentBannerElement } from './consent-banner.js';
import type { PreferencesView } from './preferences-view.js';

/**
 * The preferences dialog's content, fetched when the dialog first opens, and at idle once the
 * notice shows (so a click on "Manage preferences" finds it ready). A returning visitor fetches it
 * only on opening the dialog.
 */
export function preferencesOnDemand(api: ConsentApi, load: () => Promise<PreferencesView | undefined>): void {
  ConsentBannerElement.loadPreferences = () => load().then((view) => view ?? null);
  const stopPrefetch = api.on('show', ({ view }) => {
    if (view !== 'notice') return;
    stopPrefetch();
    whenIdle(window, () => void load());
  });
}
