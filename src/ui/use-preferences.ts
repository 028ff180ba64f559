import { ConsentBannerElement } from './consent-banner.js';
import { PreferencesView } from './preferences-view.js';

/** Gives `<consent-banner>` the preferences dialog's content now (the npm build: no add-on file). */
export function usePreferencesView(): void {
  ConsentBannerElement.preferences ??= new PreferencesView();
}
