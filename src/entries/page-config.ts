import { consoleReporter } from '../core/report.js';
import { createSay, reason, type Say } from '../core/say.js';

/** The id of the `<script type="application/json">` element that holds the page's config. */
const CONFIG_ELEMENT_ID = 'consent-banner-config';

/**
 * Reads the page's declarative config: the JSON element `#consent-banner-config`, else
 * `window.consentBannerConfig`, else nothing (defaults). Invalid JSON is reported, never thrown.
 */
export function readPageConfig(doc: Document = document, win: Window = window, say: Say = createSay(consoleReporter)): unknown {
  // Only a JSON script element counts: another element of the same id (a form, a div) is not a config.
  const element = doc.querySelector(`script[type="application/json"]#${CONFIG_ELEMENT_ID}`);
  let fromWindow: unknown = win.consentBannerConfig;
  if (fromWindow instanceof Element) {
    say.warn('configIsElement');
    fromWindow = undefined;
  }
  if (element !== null) {
    if (fromWindow !== undefined) say.warn('configTwice');
    const text = element.textContent;
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      say.error('configNotJson', reason(error));
      return undefined;
    }
  }
  return fromWindow;
}
