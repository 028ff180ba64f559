/*
 * The full wording of the core's runtime messages (the gate, the API, the record). The main file
 * says each message as data, a key and its parameters (`say.error('scriptSrcNotUrl', src)`); this
 * module, loaded only when there is something to say (an add-on file for the script tag, a chunk
 * for bundlers), words it. Where it cannot load, the key and the parameters are said as they are.
 */

const quoted = (value: string): string => JSON.stringify(value);

/** Each message, by key: its parameters and its words. */
const MESSAGES = {
  // The API, used in a way it does not take.
  afterDestroy: (method: string) => `${method}() was called after destroy(); make a new instance (init(), createConsent()).`,
  beforeInit: (method: string) => `${method}() was called before init(); call init() first.`,
  initDestroyed: () => 'init() was called on a destroyed instance; make a new one.',
  initAgain: () => "init() was called again; the first call's config stays in use.",
  acceptCategoriesNotArray: (type: string) => `accept(): categories must be an array of ids, got ${type}; nothing saved.`,
  acceptServicesNotObject: () => 'accept(): services must be an object of service-id arrays by category; nothing saved.',
  acceptUnknownCategory: (id: string) => `accept(): ${quoted(id)} is not a configured category; ignored.`,
  acceptServicesOfUnknown: (id: string) => `accept(): services given for ${quoted(id)}, which is not a configured category; ignored.`,
  acceptUnknownService: (id: string, category: string) => `accept(): ${quoted(id)} is not a service of "${category}"; ignored.`,
  notAnEvent: (given: string, events: string) => `on(): ${given} is not an event; use one of ${events}.`,
  listenerNotFunction: (event: string) => `on("${event}"): the listener is not a function.`,
  // What the site's own code did.
  listenerThrew: (event: string, why: string) => `a "${event}" listener threw: ${why}`,
  dispatchFailed: (event: string, why: string) => `dispatching consent-${event} failed: ${why}`,
  uiStartFailed: (why: string) => `starting the UI failed: ${why}`,
  uiRemoveFailed: (why: string) => `taking the UI away failed: ${why}`,
  nodeStateThrew: (why: string) => `a node-state listener threw: ${why}`,
  // The record and its cookie.
  cookieNotKept: () => 'the browser did not keep the consent cookie (cookies blocked?); the choice holds for this page only.',
  cookieTooBig: (bytes: number, most: number) =>
    `config.categories: this choice needs a ${String(bytes)}-byte cookie, more than the ${String(most)} browsers keep; it holds for this page only. Use fewer categories or services.`,
  pageRegion: (given: string) => `<html data-consent-region>: ${given} is not an ISO 3166 code such as "US" or "US-CA"; the region counts as unknown.`,
  // The page's tagging.
  emptyTag: (markup: string) => `a node has an empty data-consent; it stays blocked: ${markup}`,
  unknownCategory: (id: string) => `data-consent="${id}" names no configured category; such nodes stay blocked.`,
  untypedScript: (markup: string) => `a tagged script without type="text/plain" runs without waiting for consent: ${markup}`,
  scriptWithoutNonce: (markup: string) =>
    `a tagged script without our script's CSP nonce is never released (content a visitor wrote? add the nonce, or mark its container data-consent-ignore): ${markup}`,
  liveFrame: (live: readonly string[], loaded: boolean, markup: string) =>
    `a tagged iframe's live ${live.join(' and ')}${loaded ? ' loaded before this script ran: not held' : ''}; use data-${live[0] ?? 'src'}: ${markup}`,
  untaggedTracker: (url: string, host: string, script: boolean) =>
    `${url} (${host}) loads without waiting for consent; hold it with ${script ? 'type="text/plain" data-consent="…"' : 'data-src and data-consent="…"'}.`,
  requiredTracker: (url: string, host: string, categories: string) =>
    `${url} (${host}) is tagged data-consent="${categories}", a required category: it runs for every visitor. Trackers need a category the visitor can refuse.`,
  // The page's globals and its declarative config.
  configIsElement: () => 'window.consentBannerConfig is an element of the page (an id or name), not a config; ignored.',
  configTwice: () => 'both #consent-banner-config and window.consentBannerConfig are set; using #consent-banner-config.',
  configNotJson: (why: string) => `#consent-banner-config is not valid JSON (${why}); using the defaults.`,
  apiNameTaken: (element: string) =>
    `window.ConsentBanner was ${element === '' ? 'something the page set' : `the page's <${element}> named "ConsentBanner"`}; it now holds the consent API. Rename the element to keep it reachable by that name.`,
  apiNameUnwritable: () => 'window.ConsentBanner cannot be set on this page; the consent API is window.consentBannerApi.',
  scriptTwice: () => 'the script is on this page twice; the second copy does nothing.',
  integrationNotGiven: (name: string, factory: string) =>
    `config.${name} is on, but init() was not given ${factory}: import it and pass it in options.integrations.`,
  // The vendors' own code.
  dataLayerNotArray: () => 'window.dataLayer is not an array (or has no push); Google Consent Mode is off for this page.',
  vendorThrew: (call: string, why: string) => `${call} threw: ${why}`,
  vendorNoPush: (name: string) => `window.${name} has no push(); its consent call was not made.`,
  fbqNotWatched: () => 'window.fbq could not be watched; call fbq("consent", "revoke") before fbq("init") yourself.',
  // Releasing what was tagged.
  scriptFailed: (why: string) => `a tagged script could not be run: ${why}`,
  scriptSrcNotUrl: (src: string) => `a tagged script's src ${quoted(src)} is not an http(s) or relative URL; not run.`,
  documentWrite: (markup: string) =>
    `a tagged inline script called document.write after the page was parsed, which would have replaced the whole page; the call was refused: ${markup}`,
  scriptTimeout: (what: string, external: boolean, ms: number) =>
    `the tagged script ${what} did not ${external ? 'load' : 'finish'} in ${String(ms)} ms; the next ones run anyway.`,
  scriptLoadFailed: (what: string) => `the tagged script ${what} failed to load; the next ones run anyway.`,
  attributeDropped: (name: string, why: string) => `the ${name} attribute of a tagged script was dropped (${why}); the script runs without it.`,
  mediaNotUrl: (tag: string, from: string, value: string) => `a tagged ${tag}'s ${from} ${quoted(value)} is not an http(s) or relative URL; not loaded.`,
  mediaSetFailed: (tag: string, from: string, why: string) => `a tagged ${tag}'s ${from} could not be set (${why}).`,
} satisfies Record<string, (...params: never[]) => string>;

type Wordings = typeof MESSAGES;

/** The key of a runtime message. */
export type MessageKey = keyof Wordings;

/** A runtime message in data: its key and the parameters its wording takes. */
export type Message = { [K in MessageKey]: readonly [K, ...Parameters<Wordings[K]>] }[MessageKey];

/**
 * Words a message. A key this file does not know (a main file of another version) gives
 * `undefined`: the caller says the key and parameters as they are.
 */
export function wordMessage([key, ...params]: Message): string | undefined {
  const wording = Object.prototype.hasOwnProperty.call(MESSAGES, key) ? (MESSAGES[key] as (...given: readonly unknown[]) => string) : undefined;
  return wording?.(...params);
}

/** `wordMessage`, as the add-on file and the chunk hand it over. */
export type WordMessage = typeof wordMessage;
