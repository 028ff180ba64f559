/**
 * What `consent-banner` gives in place of its browser-only parts where there is no DOM (a server):
 * `init()` returns an inert instance; the element classes and `mountUi()` say they need a browser.
 * Nothing here loads Lit, so importing the entry never throws on a server, whatever the export
 * conditions.
 */
import { createInertConsent } from '../core/inert.js';
import type * as Ui from './ui-exports.js';

function needsBrowser(what: string): Error {
  return new Error(`[consent-banner] ${what} needs a browser (it ran where there is no window or document).`);
}

/** Stands in for an element class on a server: constructing (or calling) it throws a clear error. */
function serverOnlyStandIn(): never {
  throw needsBrowser('the <consent-banner> element');
}

/** The server's stand-ins, with the types of the real exports. */
export const serverUi: typeof Ui = {
  init: () => createInertConsent('init'),
  ConsentBannerElement: serverOnlyStandIn as unknown as typeof Ui.ConsentBannerElement,
  ConsentPlaceholderElement: serverOnlyStandIn as unknown as typeof Ui.ConsentPlaceholderElement,
  defineElements: () => undefined,
  mountUi: () => {
    throw needsBrowser('mountUi()');
  },
};
