/**
 * The public types of consent-banner: the configuration a site writes, the normalised form the core
 * works with, the consent record, and the events.
 */

/** A text given by the site: one string, or one string per language code (`{ en: '…', de: '…' }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A cookie or storage-key pattern: an exact name, a name with `*` wildcards, or a RegExp. */
export type NamePattern = string | RegExp;

/** A cookie with what the visitor is told about it (shown in the preferences dialog). */
export interface CookieInfo {
  /** The name, a `*` pattern or a RegExp. */
  readonly name: NamePattern;
  /** What the cookie is for. */
  readonly purpose?: LocalizedText;
  /** How long it lasts, as the visitor should read it ("13 months", "session"). */
  readonly duration?: LocalizedText;
  /** Who sets it or receives its data ("Google Ireland Ltd"); default: its service's provider. */
  readonly provider?: LocalizedText;
}

/** A cookie entry in the config: a name or pattern, or a name with its purpose and duration. */
export type CookieEntry = NamePattern | CookieInfo;

/** One service inside a category (a vendor or tool, e.g. Google Analytics). */
export interface ServiceConfig {
  /** The name the visitor sees. */
  readonly label?: LocalizedText;
  /** What the service does with the visitor's data. */
  readonly description?: LocalizedText;
  /** The company behind the service (shown for its cookies): naming third parties is part of informed consent. */
  readonly provider?: LocalizedText;
  /** Cookies and storage keys the service sets; removed when consent is withdrawn, and on every load while it is not granted. */
  readonly cookies?: readonly CookieEntry[];
  /** IndexedDB databases the service keeps (names or patterns); deleted like its cookies. */
  readonly indexedDB?: readonly NamePattern[];
}

/** One consent category (e.g. `analytics`). */
export interface CategoryConfig {
  /** Always granted and shown locked on (strictly necessary). */
  readonly required?: boolean;
  /** The name the visitor sees; built-in for `necessary`, `functional`, `analytics`, `marketing`. */
  readonly label?: LocalizedText;
  /** What the category is for. */
  readonly description?: LocalizedText;
  /** The services in this category, by id. */
  readonly services?: Readonly<Record<string, ServiceConfig>>;
  /** Cookies and storage keys of the category itself; removed when consent is withdrawn, and on every load while it is not granted. */
  readonly cookies?: readonly CookieEntry[];
  /** IndexedDB databases of the category itself (names or patterns); deleted like its cookies. */
  readonly indexedDB?: readonly NamePattern[];
}

/** Values accepted for the cookie's SameSite attribute. */
export type SameSite = 'Lax' | 'Strict' | 'None';

/** Where and how long the visitor's choice is stored. */
export interface CookieConfig {
  /** Cookie name; default `consent_banner`. */
  readonly name?: string;
  /** Domain attribute (e.g. `example.com` to share the choice with subdomains); default: this host only. */
  readonly domain?: string;
  /** Path attribute; default `/`. */
  readonly path?: string;
  /**
   * Write the cookie again on each visit, with the same end date (browsers that cap script-written
   * cookies, such as Safari at 7 days, then keep it while the visitor returns within the cap).
   * Default true; `false` when the server re-sets it (see `consent-banner/server`).
   */
  readonly rewrite?: boolean;
  /** SameSite attribute; default `Lax`. */
  readonly sameSite?: SameSite;
  /** How long a choice lasts, in days; default 182, at most 395 (13 months). */
  readonly expiresDays?: number;
}

/** Layouts of the first-layer notice. */
export type Layout = 'bar' | 'box' | 'modal';
/** Positions of the notice (a bar uses `top` or `bottom`; a box any corner). */
export type Position = 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' | 'center';
/** Colour themes. */
export type Theme = 'light' | 'dark' | 'auto';
/** Where the small reopen button sits after a choice, or `false` for none. */
export type ReopenButton = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right' | false;

/** Vendor consent adapters: `true` uses the category named in each line's comment. */
export interface VendorsConfig {
  /** Microsoft UET (`uetq`): `ad_storage` follows this category (default `marketing`). */
  readonly microsoftUet?: boolean | { readonly category?: string };
  /** Microsoft Clarity (`clarity('consentv2')`): analytics (default `analytics`) and ads (default `marketing`). */
  readonly clarity?: boolean | { readonly analytics?: string; readonly ads?: string };
  /** Meta Pixel (`fbq('consent')`): follows this category (default `marketing`). */
  readonly metaPixel?: boolean | { readonly category?: string };
  /** Matomo (`_paq`): follows this category (default `analytics`); `mode` `consent` (tracking consent) or `cookie` (cookie consent). */
  readonly matomo?: boolean | { readonly category?: string; readonly mode?: 'consent' | 'cookie' };
}

/** Google Consent Mode settings after validation. */
export interface GoogleConsentModeSettings {
  /** Google consent type → category id. `security_storage` is always granted and not listed. */
  readonly types: Readonly<Record<string, string>>;
  readonly waitForUpdate: number;
  readonly region: readonly string[];
  readonly urlPassthrough: boolean;
  readonly adsDataRedaction: boolean;
}

/** Vendor adapters after validation: `null` for off. */
export interface NormalizedVendors {
  readonly microsoftUet: { readonly category: string } | null;
  readonly clarity: { readonly analytics: string; readonly ads: string } | null;
  readonly metaPixel: { readonly category: string } | null;
  readonly matomo: { readonly category: string; readonly mode: 'consent' | 'cookie' } | null;
}

/** Where each saved record is sent as proof of consent. */
export interface LogConfig {
  /** The endpoint that receives a JSON payload per saved choice. */
  readonly url: string;
  /** Extra request headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Whether the request carries cookies: `omit` (the default), `same-origin` or `include`. */
  readonly credentials?: 'omit' | 'same-origin' | 'include';
}

/**
 * How consent works where the visitor is: `opt-in` asks first (nothing optional runs before a
 * choice); `opt-out` counts every optional category as granted until the visitor opts out.
 */
export type RegimeMode = 'opt-in' | 'opt-out';

/** One entry of `regimes`: the regions it covers and the regime there. */
export interface RegimeConfig {
  /**
   * ISO 3166-1 codes (`"US"`, which covers its subdivisions), ISO 3166-2 codes (`"US-CA"`), `"*"`
   * for anywhere, or the preset `"US-STATE-LAWS"` (the US states whose privacy laws are in force).
   */
  readonly regions: readonly string[];
  readonly mode: RegimeMode;
}

/** A regime after validation: presets expanded, codes upper-cased. */
export interface NormalizedRegime {
  readonly regions: readonly string[];
  readonly mode: RegimeMode;
}

/** The IAB Global Privacy Platform settings (`gpp`). */
export interface GppConfig {
  /** The CMP id IAB Tech Lab registered for the site's CMP; default 0 (none registered). */
  readonly cmpId?: number;
  /** The site's own version number of its CMP setup; default 1. */
  readonly cmpVersion?: number;
}

/** The configuration a site gives, in JSON or JavaScript. Every field is optional. */
export interface ConsentConfig {
  /** Raise it when the policy changes: every visitor is asked again. Default 1. */
  readonly revision?: number;
  /** The categories by id. Default: `necessary` (required), `analytics`, `marketing`. */
  readonly categories?: Readonly<Record<string, CategoryConfig>>;
  /** The cookie that stores the choice. */
  readonly cookie?: CookieConfig;
  /** `auto` (page, then browser languages, then English) or a language code. */
  readonly language?: string;
  /** Text overrides and extra languages: `{ de: { acceptAll: '…' } }`. */
  readonly translations?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The privacy policy linked from the notice. */
  readonly policyUrl?: string;
  /** Notice layout; default `box`. */
  readonly layout?: Layout;
  /** Notice position; default `bottom-right`. */
  readonly position?: Position;
  /** Colour theme; default `auto`. */
  readonly theme?: Theme;
  /** Make the notice modal: the page cannot be used until the visitor chooses. Default false. */
  readonly blocking?: boolean;
  /** The reopen button's corner after a choice, or `false` to hide it. Default `bottom-left`. */
  readonly reopenButton?: ReopenButton;
  /** Categories a Global Privacy Control signal keeps off on "accept all". Default `["marketing"]`. */
  readonly gpc?: readonly string[];
  /**
   * Google Consent Mode v2: `true` for the default map, or an object mapping Google consent types to
   * categories, which may also carry Google's options `wait_for_update` (ms), `region` (ISO codes),
   * `url_passthrough` and `ads_data_redaction`.
   */
  readonly googleConsentMode?: boolean | Readonly<Record<string, string | number | boolean | readonly string[]>>;
  /** Other vendors' consent APIs, each off unless named here. */
  readonly vendors?: VendorsConfig;
  /** Proof of consent: each saved record is sent here. */
  readonly log?: LogConfig;
  /** Reload the page when a category whose scripts already ran is withdrawn. Default true. */
  readonly reloadOnWithdraw?: boolean;
  /** The page's CSP nonce, for browsers that need a `<style>` element instead of constructable stylesheets. */
  readonly nonce?: string;
  /**
   * Show no notice to known crawlers (search engines, link previews, AI crawlers that say who they
   * are; never automated browsers). Default true.
   */
  readonly hideFromBots?: boolean;
  /**
   * The visitor's region (ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: `"US-CA"`),
   * as the site's server or CDN knows it; else `<html data-consent-region>` says it. Never looked up.
   */
  readonly region?: string;
  /** Which regime applies where: the first entry matching the region; otherwise `opt-in`. */
  readonly regimes?: readonly RegimeConfig[];
  /** The IAB Global Privacy Platform's `__gpp` API (an add-on): `true` or its settings. */
  readonly gpp?: boolean | GppConfig;
}

/** A service after validation. */
export interface NormalizedService {
  readonly id: string;
  readonly label?: LocalizedText;
  readonly description?: LocalizedText;
  readonly provider?: LocalizedText;
  readonly cookies: readonly CookieInfo[];
  readonly indexedDB: readonly NamePattern[];
}

/** A category after validation. */
export interface NormalizedCategory {
  readonly id: string;
  readonly required: boolean;
  readonly label?: LocalizedText;
  readonly description?: LocalizedText;
  readonly services: readonly NormalizedService[];
  readonly cookies: readonly CookieInfo[];
  readonly indexedDB: readonly NamePattern[];
}

/** The cookie settings after validation, with every default filled in. */
export interface NormalizedCookie {
  readonly rewrite: boolean;
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  readonly sameSite: SameSite;
  readonly expiresDays: number;
}

/** The configuration after validation: every field present, every value usable. */
export interface NormalizedConfig {
  readonly revision: number;
  readonly categories: readonly NormalizedCategory[];
  readonly cookie: NormalizedCookie;
  readonly language: string;
  readonly translations: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly policyUrl: string;
  readonly layout: Layout;
  readonly position: Position;
  readonly theme: Theme;
  readonly blocking: boolean;
  readonly reopenButton: ReopenButton;
  readonly gpc: readonly string[];
  readonly googleConsentMode: GoogleConsentModeSettings | null;
  readonly vendors: NormalizedVendors;
  readonly log: LogConfig | null;
  readonly reloadOnWithdraw: boolean;
  readonly nonce: string;
  readonly hideFromBots: boolean;
  /** The region the config gives (`null`: none; the page's `data-consent-region` may say it). */
  readonly region: string | null;
  readonly regimes: readonly NormalizedRegime[];
  /** The GPP settings, `null` when off. */
  readonly gpp: Required<GppConfig> | null;
}

/**
 * How the visitor made the current choice. `embed`: the visitor allowed an embed from its
 * placeholder and has not answered the notice yet (the notice keeps showing).
 */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'embed' | 'opt-out' | 'dismiss';

/**
 * Where a choice was made: the notice, the preferences dialog, an embed's placeholder, a page element
 * with `data-consent-open="opt-out"` (`link`), or the site's own code.
 */
export type ChoiceSource = 'notice' | 'preferences' | 'placeholder' | 'link' | 'api';

/** Options of the choice methods. */
export interface ChoiceOptions {
  /** Where the choice was made (default `api`); the UI says which, and the consent log records it. */
  readonly source?: ChoiceSource;
}

/**
 * Where a change came from, in detail: a choice (its `ChoiceSource`), a Global Privacy Control
 * signal, or another tab.
 */
export type ChangeOrigin = ChoiceSource | 'gpc' | 'tab' | 'expiry';

/** The visitor's choice, as `get()` returns it. */
export interface ConsentRecord {
  /** Random UUID of this consent, kept across later changes until the choice is reset. */
  readonly id: string;
  /** The config revision the choice was made under. */
  readonly revision: number;
  /** When the visitor first chose (ISO 8601). */
  readonly given: string;
  /** When the current choice was made (ISO 8601); the choice expires `expiresDays` after it. */
  readonly updated: string;
  /** The granted category ids. */
  readonly categories: readonly string[];
  /** The granted service ids, by category id. */
  readonly services: Readonly<Record<string, readonly string[]>>;
  /** What the visitor did. */
  readonly method: ConsentMethod;
  /** Whether a Global Privacy Control signal was present when the choice was made. */
  readonly gpc: boolean;
  /** The regime the choice was made under. */
  readonly regime: RegimeMode;
  /** The visitor's region then (`null`: unknown). */
  readonly region: string | null;
}

/** Which part of the UI a show/hide event is about. */
export type View = 'notice' | 'preferences';

/** Detail of `consent-ready`: the core has read the stored choice. */
export interface ReadyDetail {
  readonly record: ConsentRecord | null;
}

/** Detail of `consent-change`: a choice was saved, reset, or arrived from another tab. */
export interface ChangeDetail {
  readonly record: ConsentRecord | null;
  /** Category ids whose granted state changed (granted or withdrawn). */
  readonly changed: readonly string[];
  /** Category ids newly granted. */
  readonly granted: readonly string[];
  /** Category ids withdrawn. */
  readonly withdrawn: readonly string[];
  /**
   * Where the change came from: this page, another tab of the site, or a Global Privacy Control
   * signal that appeared after the visitor granted a category it opts out of (withdrawn at load).
   */
  readonly source: 'page' | 'tab' | 'gpc';
  /** Where the change was made: `notice`, `preferences`, `placeholder`, `api`, `gpc`, `tab`, or `expiry` (a stored consent found lapsed at load). */
  readonly origin: ChangeOrigin;
  /** The id of the record before the change (`null` when there was none): a reset changes it. */
  readonly previousId: string | null;
}

/** Detail of `consent-show` and `consent-hide`. */
export interface ViewDetail {
  readonly view: View;
}

/** Event names and their details, for `on()`. */
export interface ConsentEventMap {
  ready: ReadyDetail;
  change: ChangeDetail;
  show: ViewDetail;
  hide: ViewDetail;
}

/** Event names accepted by `on()`: `change` or its DOM name `consent-change`. */
export type ConsentEventName = keyof ConsentEventMap | `consent-${keyof ConsentEventMap}`;

/** The detail type for an event name given to `on()`. */
export type DetailOf<N extends ConsentEventName> = N extends `consent-${infer K extends keyof ConsentEventMap}`
  ? ConsentEventMap[K]
  : N extends keyof ConsentEventMap
    ? ConsentEventMap[N]
    : never;

/** What the UI needs to draw: which views are open. */
export interface ViewState {
  readonly notice: boolean;
  readonly preferences: boolean;
}

/** The public API: `window.ConsentBanner` for the script tag, `init()`/`createConsent()` in ESM. */
export interface ConsentApi {
  /** Start (once): read the stored choice, release what it allows, show the notice if needed. */
  init(config?: ConsentConfig): ConsentApi;
  /** Grant every category (less the GPC-held ones when the signal is present), save, hide the notice. */
  acceptAll(options?: ChoiceOptions): void;
  /** Grant only the required categories, save, hide the notice. */
  rejectAll(options?: ChoiceOptions): void;
  /**
   * Grant exactly these categories (plus required ones) and, optionally, only these services. From a
   * placeholder (`source: 'placeholder'`) on a visit with no answer yet, the grant is saved as
   * `method: 'embed'` and the notice stays: allowing one embed answers nothing else.
   */
  accept(categories: readonly string[], services?: Readonly<Record<string, readonly string[]>>, options?: ChoiceOptions): void;
  /**
   * "Do Not Sell or Share My Personal Information": withdraw the `gpc` categories (and their
   * services), keep the rest as it is, save, hide the notice. Any element with
   * `data-consent-open="opt-out"` calls it.
   */
  optOut(options?: ChoiceOptions): void;
  /**
   * Close the notice without a choice of one's own: with no answer saved yet, what holds now (the
   * defaults; under `opt-in` the required categories only) is saved as `method: 'dismiss'`, so the
   * notice does not follow the visitor to every page; with an answer saved, the notice just hides.
   * The opt-out notice's close button calls it.
   */
  dismiss(options?: ChoiceOptions): void;
  /** Is the category granted now. */
  has(category: string): boolean;
  /** Is the service of this category granted now. */
  hasService(category: string, service: string): boolean;
  /** The current consent record, or `null` when the visitor has not chosen. */
  get(): ConsentRecord | null;
  /** Show the first-layer notice. */
  show(): void;
  /** Hide the notice and the preferences dialog. */
  hide(): void;
  /** Open the preferences dialog. */
  showPreferences(): void;
  /** Close the preferences dialog without saving (the notice stays if no choice was made). */
  hidePreferences(): void;
  /** Forget the choice (cookie removed) and show the notice again. */
  reset(options?: ChoiceOptions): void;
  /**
   * Subscribe to an event; returns the function that unsubscribes. A `ready` listener added after
   * `init()` read the stored choice is called at once with that event's detail (a page's own code
   * often runs after the script tag), and stays subscribed for nothing else.
   */
  on<N extends ConsentEventName>(event: N, listener: (detail: DetailOf<N>) => void): () => void;
  /**
   * Settles once `init()` has read the stored choice (at once if it already has), with the
   * `ready` event's detail: `await ConsentBanner.ready` works wherever the page's code runs.
   */
  readonly ready: Promise<ReadyDetail>;
  /** The validated configuration in use (defaults before `init`). */
  readonly config: NormalizedConfig;
  /** Which views are open. */
  readonly views: ViewState;
  /** Whether `init()` has run. */
  readonly started: boolean;
  /** Whether a Global Privacy Control signal is present. */
  readonly gpc: boolean;
  /** The visitor's region (config `region`, else `<html data-consent-region>`), `null` when unknown. */
  readonly region: string | null;
  /** The regime in force for the visitor's region (`opt-in` before `init()`). */
  readonly regime: RegimeMode;
  /** Stop observing the page and listening to other tabs (for tests and single-page-app teardown). */
  destroy(): void;
}
