import { consoleReporter, type Reporter } from '../core/report.js';
import type { ConsentApi } from '../core/types.js';
import { mountBanner, type LanguageSource, type MountedUi } from './mount.js';
import { attachPlaceholders } from './placeholders.js';
import { usePreferencesView } from './use-preferences.js';

/**
 * Shows the UI for a started API: the page's `<consent-banner>` (or one made first in `<body>`), its
 * preferences dialog, and placeholders on blocked iframes.
 */
export function mountUi(api: ConsentApi, languages: LanguageSource, doc: Document = document, reporter: Reporter = consoleReporter): MountedUi {
  usePreferencesView();
  return mountBanner(api, languages, { doc, reporter, placeholders: attachPlaceholders });
}
