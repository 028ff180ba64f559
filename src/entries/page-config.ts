import { consoleReporter, type Reporter } from '../core/report.js';

/** The id of the `<script type="application/json">` element that holds the page's config. */
const CONFIG_ELEMENT_ID = 'consent-banner-config';

/**
 * Reads the page's declarative config: the JSON element `#consent-banner-config`, else
 * `window.consentBannerConfig`, else nothing (defaults). Invalid JSON is reported, never thrown.
 */
export function readPageConfig(doc: Document = document, win: Window = window, reporter: Reporter = consoleReporter): unknown {
  // Only a JSON script element counts: another element of the same id (a form, a div) is not a config.
  const element = doc.querySelector(`script[type="application/json"]#${CONFIG_ELEMENT_ID}`);
  let fromWindow: unknown = win.consentBannerConfig;
  if (fromWindow instanceof Element) {
    reporter.warn('window.consentBannerConfig is an element of the page (an id or name), not a config; ignored.');
    fromWindow = undefined;
  }
  if (element !== null) {
    if (fromWindow !== undefined) reporter.warn(`both #${CONFIG_ELEMENT_ID} and window.consentBannerConfig are set; using #${CONFIG_ELEMENT_ID}.`);
    const text = element.textContent;
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      reporter.error(`#${CONFIG_ELEMENT_ID} is not valid JSON (${error instanceof Error ? error.message : String(error)}); using the defaults.`);
      return undefined;
    }
  }
  return fromWindow;
}
