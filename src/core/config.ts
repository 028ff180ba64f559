import { ID_PATTERN } from './units.js';
import type {
  CategoryConfig,
  ConsentConfig,
  CookieConfig,
  GppConfig,
  NormalizedRegime,
  RegimeConfig,
  CookieInfo,
  NamePattern,
  GoogleConsentModeSettings,
  Layout,
  LocalizedText,
  LogConfig,
  NormalizedCategory,
  NormalizedConfig,
  NormalizedCookie,
  NormalizedService,
  NormalizedVendors,
  Position,
  ReopenButton,
  SameSite,
  ServiceConfig,
  Theme,
  VendorsConfig,
} from './types.js';
import { expandRegion, parseRegion, regionHint } from './regimes.js';
import { consoleReporter, describeValue, type Reporter } from './report.js';
import { isSafeUrl } from './safe-url.js';

/** Consent lives at most 13 months. */
export const MAX_EXPIRES_DAYS = 395;
/** The default life of a choice, in days (about six months). */
const DEFAULT_EXPIRES_DAYS = 182;

/** Google Consent Mode v2 types and the category each follows when `googleConsentMode` is `true`. */
export const DEFAULT_GOOGLE_CONSENT_MAP: Readonly<Record<string, string>> = Object.freeze({
  analytics_storage: 'analytics',
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  functionality_storage: 'functional',
  personalization_storage: 'functional',
});

/** The Google consent types a site may map. `security_storage` is always granted. */
const GOOGLE_CONSENT_TYPES = new Set([...Object.keys(DEFAULT_GOOGLE_CONSENT_MAP), 'security_storage']);

/** A cookie name as RFC 6265 allows it (a token). */
const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/;
/** A language code such as `en`, `pt-BR`, `zh-Hant`. */
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const LAYOUTS: readonly Layout[] = ['bar', 'box', 'modal'];
const POSITIONS: readonly Position[] = ['top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right', 'center'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const SAME_SITES: readonly SameSite[] = ['Lax', 'Strict', 'None'];
/** The positions each layout takes (a modal is always centred). */
const LAYOUT_POSITIONS: Readonly<Record<Layout, readonly Position[]>> = {
  box: ['bottom-right', 'bottom-left', 'top-right', 'top-left'],
  bar: ['bottom', 'top'],
  modal: [],
};
const REOPEN_BUTTONS: readonly Exclude<ReopenButton, false>[] = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];

/*
 * The fields of each config object. Typed as a record over the config type's keys, so a field added
 * to the type and not here (or the reverse) fails the type check; docs/configuration.md is checked
 * against these by a test.
 */
const fields = <T>(record: Record<keyof T, true>): ReadonlySet<string> => new Set(Object.keys(record));
const TOP_LEVEL_KEYS = fields<ConsentConfig>({
  revision: true, categories: true, cookie: true, language: true, translations: true, policyUrl: true, layout: true,
  position: true, theme: true, blocking: true, reopenButton: true, gpc: true, googleConsentMode: true, vendors: true,
  log: true, reloadOnWithdraw: true, nonce: true, hideFromBots: true, region: true, regimes: true, gpp: true,
});
const CATEGORY_KEYS = fields<CategoryConfig>({ required: true, label: true, description: true, services: true, cookies: true, indexedDB: true });
const SERVICE_KEYS = fields<ServiceConfig>({ label: true, description: true, provider: true, cookies: true, indexedDB: true });
const COOKIE_KEYS = fields<CookieConfig>({ name: true, domain: true, path: true, sameSite: true, expiresDays: true, rewrite: true });
const LOG_KEYS = fields<LogConfig>({ url: true, headers: true, credentials: true });
const COOKIE_INFO_KEYS = fields<CookieInfo>({ name: true, purpose: true, duration: true, provider: true });
const VENDOR_KEYS = fields<VendorsConfig>({ microsoftUet: true, clarity: true, metaPixel: true, matomo: true });
const REGIME_KEYS = fields<RegimeConfig>({ regions: true, mode: true });
const GPP_KEYS = fields<GppConfig>({ cmpId: true, cmpVersion: true });

/** Google's own option names, accepted inside `googleConsentMode`. */
const GOOGLE_OPTIONS: ReadonlySet<string> = new Set(['wait_for_update', 'region', 'url_passthrough', 'ads_data_redaction']);

/**
 * Every documented config field, as dotted paths (`<id>` stands for a category or service id). A
 * function, so that bundles which never list the fields leave it out.
 */
export const configFields = (): readonly string[] => [
  ...TOP_LEVEL_KEYS,
  ...[...CATEGORY_KEYS].map((k) => `categories.<id>.${k}`),
  ...[...SERVICE_KEYS].map((k) => `categories.<id>.services.<id>.${k}`),
  ...[...COOKIE_INFO_KEYS].map((k) => `cookies[].${k}`),
  ...[...COOKIE_KEYS].map((k) => `cookie.${k}`),
  ...[...GOOGLE_OPTIONS].map((k) => `googleConsentMode.${k}`),
  ...[...VENDOR_KEYS].map((k) => `vendors.${k}`),
  ...[...LOG_KEYS].map((k) => `log.${k}`),
  ...[...REGIME_KEYS].map((k) => `regimes[].${k}`),
  ...[...GPP_KEYS].map((k) => `gpp.${k}`),
];

/** Where the page runs: what the cookie checks need to know. */
export interface PageLocation {
  readonly hostname: string;
  readonly protocol: string;
}

/** The categories used when a config names none. */
const DEFAULT_CATEGORIES: readonly NormalizedCategory[] = [
  { id: 'necessary', required: true, services: [], cookies: [], indexedDB: [] },
  { id: 'analytics', required: false, services: [], cookies: [], indexedDB: [] },
  { id: 'marketing', required: false, services: [], cookies: [], indexedDB: [] },
];

/** The configuration used when the site gives none. */
export const DEFAULT_CONFIG: NormalizedConfig = {
  revision: 1,
  categories: DEFAULT_CATEGORIES,
  cookie: { name: 'consent_banner', domain: '', path: '/', sameSite: 'Lax', expiresDays: DEFAULT_EXPIRES_DAYS, rewrite: true },
  language: 'auto',
  translations: {},
  policyUrl: '',
  layout: 'box',
  position: 'bottom-right',
  theme: 'auto',
  blocking: false,
  reopenButton: 'bottom-left',
  gpc: ['marketing'],
  googleConsentMode: null,
  vendors: { microsoftUet: null, clarity: null, metaPixel: null, matomo: null },
  log: null,
  reloadOnWithdraw: true,
  hideFromBots: true,
  nonce: '',
  region: null,
  regimes: [],
  gpp: null,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Realm-agnostic: an object made in another frame has that frame's Object.prototype.
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Own enumerable entries, skipping keys that could reach a prototype. */
function entriesOf(value: Record<string, unknown>): [string, unknown][] {
  return Object.keys(value)
    .filter((key) => key !== '__proto__' && key !== 'constructor' && key !== 'prototype')
    .map((key) => [key, value[key]]);
}

/**
 * Validates one config. Each problem is reported once, naming the field and the value, and the
 * field's default is used instead; nothing is thrown.
 */
export function normalizeConfig(
  input: unknown,
  location: PageLocation = { hostname: '', protocol: 'https:' },
  reporter: Reporter = consoleReporter,
): NormalizedConfig {
  try {
    return normalizeObject(input, location, reporter);
  } catch (error) {
    // Only a hostile object (a throwing getter, a revoked proxy) gets here.
    reporter.error(`config: could not be read (${error instanceof Error ? error.message : String(error)}); using the defaults.`);
    return DEFAULT_CONFIG;
  }
}

function normalizeObject(input: unknown, location: PageLocation, reporter: Reporter): NormalizedConfig {
  const fail = (field: string, value: unknown, expected: string, fallback: unknown): void => {
    reporter.error(`config.${field}: ${describeValue(value)} is not valid, expected ${expected}; using ${describeValue(fallback)}.`);
  };
  const warnUnknown = (field: string, value: Record<string, unknown>, known: ReadonlySet<string>): void => {
    for (const key of Object.keys(value)) {
      if (!known.has(key)) reporter.warn(`config.${field}${field ? '.' : ''}${key}: unknown field, ignored.`);
    }
  };

  if (input === undefined || input === null) return DEFAULT_CONFIG;
  if (!isPlainObject(input)) {
    reporter.error(`config: ${describeValue(input)} is not an object; using the defaults.`);
    return DEFAULT_CONFIG;
  }
  const config = input as ConsentConfig & Record<string, unknown>;
  warnUnknown('', config, TOP_LEVEL_KEYS);

  const pick = <T>(field: keyof ConsentConfig, valid: (value: unknown) => value is T, expected: string, fallback: T): T => {
    const value: unknown = config[field];
    if (value === undefined) return fallback;
    if (valid(value)) return value;
    fail(field, value, expected, fallback);
    return fallback;
  };
  const oneOf = <T extends string>(options: readonly T[]) => (value: unknown): value is T =>
    typeof value === 'string' && (options as readonly string[]).includes(value);
  const listOf = (options: readonly string[]): string => options.map((o) => `"${o}"`).join(', ');

  const revision = pick(
    'revision',
    (v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
    'a whole number of 0 or more',
    DEFAULT_CONFIG.revision,
  );

  const categories = normalizeCategories(config.categories, fail, reporter);
  const categoryIds = new Set(categories.map((c) => c.id));

  const cookie = normalizeCookie(config.cookie, location, fail, warnUnknown);

  const language = pick(
    'language',
    (v): v is string => typeof v === 'string' && (v === 'auto' || LANGUAGE_PATTERN.test(v)),
    '"auto" or a language code such as "de" or "pt-BR"',
    DEFAULT_CONFIG.language,
  );

  const translations = normalizeTranslations(config.translations, fail);

  const policyUrl = pick(
    'policyUrl',
    (v): v is string => typeof v === 'string' && (v === '' || isSafeUrl(v)),
    'an http(s) or relative URL',
    DEFAULT_CONFIG.policyUrl,
  );

  // Informed consent: the visitor must be able to read what each choice covers.
  if (policyUrl === '') reporter.warn('config.policyUrl: none set; the notice links to no privacy policy, which informed consent needs.');
  for (const category of categories) {
    if (!category.required && category.services.length === 0 && category.cookies.length === 0) {
      reporter.warn(`config.categories.${category.id}: declares no services and no cookies; the visitor cannot see what it covers.`);
    }
  }

  const layout = pick('layout', oneOf(LAYOUTS), `one of ${listOf(LAYOUTS)}`, DEFAULT_CONFIG.layout);
  const position = pick('position', oneOf(POSITIONS), `one of ${listOf(POSITIONS)}`, DEFAULT_CONFIG.position);
  const theme = pick('theme', oneOf(THEMES), `one of ${listOf(THEMES)}`, DEFAULT_CONFIG.theme);
  // Each layout takes some positions only; one it ignores is said, with where the notice goes instead.
  if (config.position !== undefined && position === config.position) {
    const taken = LAYOUT_POSITIONS[layout];
    if (!taken.includes(position)) {
      reporter.warn(`config.position: ${JSON.stringify(position)} does not apply to the ${layout} layout${taken.length === 0 ? ', which is always centred' : `, which takes ${listOf(taken)}; shown at ${JSON.stringify(position.startsWith('top') ? taken.find((p) => p.startsWith('top')) : taken.find((p) => p.startsWith('bottom')))}`}.`);
    }
  }

  const blocking = pick('blocking', (v): v is boolean => typeof v === 'boolean', 'true or false', DEFAULT_CONFIG.blocking);
  const reopenButton = pick(
    'reopenButton',
    (v): v is ReopenButton => v === false || oneOf(REOPEN_BUTTONS)(v),
    `false or one of ${listOf(REOPEN_BUTTONS)}`,
    DEFAULT_CONFIG.reopenButton,
  );

  const gpc = normalizeGpc(config.gpc, categories, fail);
  const googleConsentMode = normalizeGoogleConsentMode(config.googleConsentMode, categoryIds, fail, reporter);
  const vendors = normalizeVendors(config.vendors, categoryIds, fail, warnUnknown);
  const log = normalizeLog(config.log, fail, warnUnknown);

  const reloadOnWithdraw = pick(
    'reloadOnWithdraw',
    (v): v is boolean => typeof v === 'boolean',
    'true or false',
    DEFAULT_CONFIG.reloadOnWithdraw,
  );

  const nonce = pick(
    'nonce',
    (v): v is string => typeof v === 'string' && /^[A-Za-z0-9+/_=-]{8,256}$/.test(v),
    'the page\'s CSP nonce (base64, at least 8 characters)',
    DEFAULT_CONFIG.nonce,
  );

  const hideFromBots = pick('hideFromBots', (v): v is boolean => typeof v === 'boolean', 'true or false', DEFAULT_CONFIG.hideFromBots);

  let region: string | null = null;
  if (config.region !== undefined) {
    region = parseRegion(config.region);
    if (region === null) fail('region', config.region, `an ISO 3166 code such as "US" or "US-CA"${regionHint(config.region)}`, 'the page\'s data-consent-region');
  }
  const regimes = normalizeRegimes(config.regimes, fail, warnUnknown);
  if (regimes.length > 0 && (googleConsentMode?.region.length ?? 0) > 0) {
    reporter.warn('config.googleConsentMode.region: ignored, since regimes gives each Consent Mode default its regions.');
  }
  const gpp = normalizeGpp(config.gpp, fail, warnUnknown);

  return {
    revision, categories, cookie, language, translations, policyUrl, layout, position, theme, blocking, reopenButton, gpc,
    googleConsentMode, vendors, log, reloadOnWithdraw, nonce, hideFromBots, region, regimes, gpp,
  };
}

type Fail = (field: string, value: unknown, expected: string, fallback: unknown) => void;
type WarnUnknown = (field: string, value: Record<string, unknown>, known: ReadonlySet<string>) => void;

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return true;
  return isPlainObject(value) && entriesOf(value).every(([key, text]) => LANGUAGE_PATTERN.test(key) && typeof text === 'string');
}

function normalizeText(field: string, value: unknown, fail: Fail): LocalizedText | undefined {
  if (value === undefined) return undefined;
  if (isLocalizedText(value)) return value;
  fail(field, value, 'a string or an object of strings by language code', 'the built-in text');
  return undefined;
}


function isPattern(value: unknown): value is string | RegExp {
  return (typeof value === 'string' && value !== '' && value.length <= 256) || value instanceof RegExp;
}

function normalizeCookieEntries(field: string, value: unknown, fail: Fail, reporter: Reporter): CookieInfo[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(field, value, 'an array of cookie names, "*" patterns, RegExps or { name, purpose, duration } objects', []);
    return [];
  }
  const cookies: CookieInfo[] = [];
  value.forEach((item: unknown, index) => {
    const itemField = `${field}[${String(index)}]`;
    if (isPattern(item)) {
      cookies.push({ name: item });
      return;
    }
    if (isPlainObject(item) && isPattern(item.name)) {
      for (const key of Object.keys(item)) {
        if (!COOKIE_INFO_KEYS.has(key)) reporter.warn(`config.${itemField}.${key}: unknown field, ignored.`);
      }
      const purpose = normalizeText(`${itemField}.purpose`, item.purpose, fail);
      const duration = normalizeText(`${itemField}.duration`, item.duration, fail);
      const provider = normalizeText(`${itemField}.provider`, item.provider, fail);
      cookies.push({
        name: item.name,
        ...(purpose === undefined ? {} : { purpose }),
        ...(duration === undefined ? {} : { duration }),
        ...(provider === undefined ? {} : { provider }),
      });
      return;
    }
    fail(itemField, item, 'a cookie name, a "*" pattern, a RegExp or { name, purpose, duration }', 'nothing');
  });
  return cookies;
}

/** A list of names or patterns (`indexedDB`); each bad item is reported and left out. */
function normalizePatterns(field: string, value: unknown, fail: Fail): NamePattern[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(field, value, 'an array of names, "*" patterns or RegExps', []);
    return [];
  }
  const patterns: NamePattern[] = [];
  value.forEach((item: unknown, index) => {
    if (isPattern(item)) patterns.push(item);
    else fail(`${field}[${String(index)}]`, item, 'a name, a "*" pattern or a RegExp', 'nothing');
  });
  return patterns;
}

/** Ids that would collide with what every object has (`toString`, `constructor`, `__proto__`…). */
function isReservedId(id: string): boolean {
  return id === 'prototype' || id in Object.prototype;
}

/** Every own key of a map of categories or services, reserved ones included (so they are reported by name). */
function idEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.keys(value).map((key) => [key, Object.getOwnPropertyDescriptor(value, key)?.value]);
}

/**
 * Checks one category or service entry: a valid id and an object body (else it is reported and
 * skipped), and warns about unknown fields in it.
 */
function isUsableEntry(
  field: string,
  id: string,
  raw: unknown,
  kind: 'category' | 'service',
  known: ReadonlySet<string>,
  reporter: Reporter,
): raw is Record<string, unknown> {
  if (!ID_PATTERN.test(id)) {
    reporter.error(`config.${field}: the id ${describeValue(id)} may only use letters, digits, "_" and "-"; ${kind} skipped.`);
    return false;
  }
  if (isReservedId(id)) {
    reporter.error(`config.${field}: the id ${JSON.stringify(id)} is a name every JavaScript object has; ${kind} skipped. Choose another id.`);
    return false;
  }
  if (!isPlainObject(raw)) {
    reporter.error(`config.${field}: ${describeValue(raw)} is not an object; ${kind} skipped.`);
    return false;
  }
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) reporter.warn(`config.${field}.${key}: unknown field, ignored.`);
  }
  return true;
}

function normalizeCategories(value: unknown, fail: Fail, reporter: Reporter): readonly NormalizedCategory[] {
  if (value === undefined) return DEFAULT_CATEGORIES;
  if (!isPlainObject(value)) {
    fail('categories', value, 'an object of categories by id', 'necessary, analytics, marketing');
    return DEFAULT_CATEGORIES;
  }
  const categories: NormalizedCategory[] = [];
  for (const [id, raw] of idEntries(value)) {
    const field = `categories.${id}`;
    if (!isUsableEntry(field, id, raw, 'category', CATEGORY_KEYS, reporter)) continue;
    let required = false;
    if (raw.required !== undefined) {
      if (typeof raw.required === 'boolean') required = raw.required;
      else fail(`${field}.required`, raw.required, 'true or false', false);
    }
    categories.push({
      id,
      required,
      label: normalizeText(`${field}.label`, raw.label, fail),
      description: normalizeText(`${field}.description`, raw.description, fail),
      services: normalizeServices(field, raw.services, fail, reporter),
      cookies: normalizeCookieEntries(`${field}.cookies`, raw.cookies, fail, reporter),
      indexedDB: normalizePatterns(`${field}.indexedDB`, raw.indexedDB, fail),
    });
  }
  if (categories.length === 0) {
    reporter.error('config.categories: no valid category; using the defaults (necessary, analytics, marketing).');
    return DEFAULT_CATEGORIES;
  }
  return categories;
}

function normalizeServices(categoryField: string, value: unknown, fail: Fail, reporter: Reporter): NormalizedService[] {
  if (value === undefined) return [];
  const field = `${categoryField}.services`;
  if (!isPlainObject(value)) {
    fail(field, value, 'an object of services by id', {});
    return [];
  }
  const services: NormalizedService[] = [];
  for (const [id, raw] of idEntries(value)) {
    const serviceField = `${field}.${id}`;
    if (!isUsableEntry(serviceField, id, raw, 'service', SERVICE_KEYS, reporter)) continue;
    services.push({
      id,
      label: normalizeText(`${serviceField}.label`, raw.label, fail),
      description: normalizeText(`${serviceField}.description`, raw.description, fail),
      provider: normalizeText(`${serviceField}.provider`, raw.provider, fail),
      cookies: normalizeCookieEntries(`${serviceField}.cookies`, raw.cookies, fail, reporter),
      indexedDB: normalizePatterns(`${serviceField}.indexedDB`, raw.indexedDB, fail),
    });
  }
  return services;
}

/** Is `domain` this host or one of its parent domains (so a browser would accept it). */
export function isDomainOfHost(domain: string, hostname: string): boolean {
  const bare = domain.replace(/^\./, '').toLowerCase();
  const host = hostname.toLowerCase();
  if (bare === '' || !bare.includes('.') && bare !== 'localhost') return false;
  return host === bare || host.endsWith(`.${bare}`);
}

function normalizeCookie(value: unknown, location: PageLocation, fail: Fail, warnUnknown: WarnUnknown): NormalizedCookie {
  const defaults = DEFAULT_CONFIG.cookie;
  if (value === undefined) return defaults;
  if (!isPlainObject(value)) {
    fail('cookie', value, 'an object', defaults);
    return defaults;
  }
  warnUnknown('cookie', value, COOKIE_KEYS);
  let { name, domain, path, sameSite, expiresDays, rewrite } = defaults;

  if (value.name !== undefined) {
    if (typeof value.name === 'string' && COOKIE_NAME_PATTERN.test(value.name)) name = value.name;
    else fail('cookie.name', value.name, 'a cookie name (letters, digits and !#$%&\'*+-.^_`|~)', name);
  }
  if (value.domain !== undefined) {
    if (typeof value.domain !== 'string') {
      fail('cookie.domain', value.domain, 'a domain name', 'this host only');
    } else if (value.domain !== '') {
      if (location.hostname !== '' && !isDomainOfHost(value.domain, location.hostname)) {
        fail('cookie.domain', value.domain, `this host (${location.hostname}) or one of its parent domains`, 'this host only');
      } else {
        domain = value.domain;
      }
    }
  }
  if (value.path !== undefined) {
    if (typeof value.path === 'string' && value.path.startsWith('/') && !/[;\s]/.test(value.path)) path = value.path;
    else fail('cookie.path', value.path, 'a path starting with "/"', path);
  }
  if (value.sameSite !== undefined) {
    const match = typeof value.sameSite === 'string'
      ? SAME_SITES.find((option) => option.toLowerCase() === (value.sameSite as string).toLowerCase())
      : undefined;
    if (match === undefined) {
      fail('cookie.sameSite', value.sameSite, `one of ${SAME_SITES.map((s) => `"${s}"`).join(', ')}`, sameSite);
    } else if (match === 'None' && location.protocol !== 'https:') {
      fail('cookie.sameSite', value.sameSite, '"Lax" or "Strict" on a page that is not https (browsers refuse SameSite=None without Secure)', sameSite);
    } else {
      sameSite = match;
    }
  }
  if (value.expiresDays !== undefined) {
    const days = value.expiresDays;
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
      fail('cookie.expiresDays', days, `a number of days above 0, at most ${String(MAX_EXPIRES_DAYS)}`, expiresDays);
    } else if (days > MAX_EXPIRES_DAYS) {
      fail('cookie.expiresDays', days, `at most ${String(MAX_EXPIRES_DAYS)} (13 months)`, MAX_EXPIRES_DAYS);
      expiresDays = MAX_EXPIRES_DAYS;
    } else {
      expiresDays = days;
    }
  }
  if (value.rewrite !== undefined) {
    if (typeof value.rewrite === 'boolean') rewrite = value.rewrite;
    else fail('cookie.rewrite', value.rewrite, 'true or false', rewrite);
  }
  return { name, domain, path, sameSite, expiresDays, rewrite };
}

function normalizeTranslations(value: unknown, fail: Fail): NormalizedConfig['translations'] {
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    fail('translations', value, 'an object of texts by language code', {});
    return {};
  }
  const translations: Record<string, Record<string, string>> = {};
  for (const [language, texts] of entriesOf(value)) {
    if (!LANGUAGE_PATTERN.test(language)) {
      fail(`translations.${language}`, language, 'a language code such as "de" or "pt-BR"', 'nothing');
      continue;
    }
    if (!isPlainObject(texts)) {
      fail(`translations.${language}`, texts, 'an object of texts', {});
      continue;
    }
    const valid: Record<string, string> = {};
    for (const [key, text] of entriesOf(texts)) {
      if (typeof text === 'string') valid[key] = text;
      else fail(`translations.${language}.${key}`, text, 'a string', 'the built-in text');
    }
    translations[language] = valid;
  }
  return translations;
}

function normalizeGpc(value: unknown, categories: readonly NormalizedCategory[], fail: Fail): readonly string[] {
  const known = new Map(categories.map((c) => [c.id, c]));
  const fallback = DEFAULT_CONFIG.gpc.filter((id) => known.has(id) && known.get(id)?.required !== true);
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    fail('gpc', value, 'an array of category ids', fallback);
    return fallback;
  }
  const ids: string[] = [];
  value.forEach((id: unknown, index) => {
    const category = typeof id === 'string' ? known.get(id) : undefined;
    if (category === undefined) fail(`gpc[${String(index)}]`, id, 'the id of a configured category', 'nothing');
    else if (category.required) fail(`gpc[${String(index)}]`, id, 'a category that is not required', 'nothing');
    else if (!ids.includes(category.id)) ids.push(category.id);
  });
  return ids;
}

function normalizeRegimes(value: unknown, fail: Fail, warnUnknown: WarnUnknown): readonly NormalizedRegime[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail('regimes', value, 'an array of { "regions": [...], "mode": "opt-in" | "opt-out" }', []);
    return [];
  }
  const regimes: NormalizedRegime[] = [];
  value.forEach((entry: unknown, index) => {
    const field = `regimes[${String(index)}]`;
    if (!isPlainObject(entry)) {
      fail(field, entry, 'an object with "regions" and "mode"', 'nothing');
      return;
    }
    warnUnknown(field, entry, REGIME_KEYS);
    const { mode, regions } = entry;
    if (mode !== 'opt-in' && mode !== 'opt-out') {
      fail(`${field}.mode`, mode, '"opt-in" or "opt-out"', 'nothing');
      return;
    }
    if (!Array.isArray(regions) || regions.length === 0) {
      fail(`${field}.regions`, regions, 'a non-empty array of regions', 'nothing');
      return;
    }
    const codes: string[] = [];
    regions.forEach((region: unknown, at) => {
      const expanded = expandRegion(region);
      if (expanded === null) fail(`${field}.regions[${String(at)}]`, region, `an ISO 3166 code such as "US" or "US-CA", "*" or "US-STATE-LAWS"${regionHint(region)}`, 'nothing');
      else for (const code of expanded) if (!codes.includes(code)) codes.push(code);
    });
    if (codes.length > 0) regimes.push({ regions: codes, mode });
  });
  return regimes;
}

function normalizeGpp(value: unknown, fail: Fail, warnUnknown: WarnUnknown): Required<GppConfig> | null {
  if (value === undefined || value === false) return null;
  const settings = { cmpId: 0, cmpVersion: 1 };
  if (value === true) return settings;
  if (!isPlainObject(value)) {
    fail('gpp', value, 'true, false or { "cmpId": …, "cmpVersion": … }', false);
    return null;
  }
  warnUnknown('gpp', value, GPP_KEYS);
  for (const key of ['cmpId', 'cmpVersion'] as const) {
    const given = value[key];
    if (given === undefined) continue;
    if (typeof given === 'number' && Number.isSafeInteger(given) && given >= 0 && given <= 4095) settings[key] = given;
    else fail(`gpp.${key}`, given, 'a whole number from 0 to 4095', settings[key]);
  }
  return settings;
}

/** The default wait for an update after `default`, in milliseconds. */
const DEFAULT_WAIT_FOR_UPDATE = 500;

function normalizeGoogleConsentMode(
  value: unknown,
  categoryIds: ReadonlySet<string>,
  fail: Fail,
  reporter: Reporter,
): GoogleConsentModeSettings | null {
  const settings = (types: Readonly<Record<string, string>>): GoogleConsentModeSettings => ({
    types, waitForUpdate: DEFAULT_WAIT_FOR_UPDATE, region: [], urlPassthrough: false, adsDataRedaction: false,
  });
  if (value === undefined || value === false) return null;
  if (value === true) return settings(DEFAULT_GOOGLE_CONSENT_MAP);
  if (!isPlainObject(value)) {
    fail('googleConsentMode', value, 'true, false or an object mapping Google consent types to categories', false);
    return null;
  }
  const entries = entriesOf(value);
  const typeEntries = entries.filter(([key]) => !GOOGLE_OPTIONS.has(key));
  const types: Record<string, string> = {};
  for (const [type, category] of typeEntries) {
    if (!GOOGLE_CONSENT_TYPES.has(type)) reporter.warn(`config.googleConsentMode.${type}: not a Google consent type Google documents; sent as given.`);
    if (typeof category === 'string' && categoryIds.has(category)) types[type] = category;
    else fail(`googleConsentMode.${type}`, category, 'the id of a configured category', 'denied');
  }
  // Only options given: the default map with those options.
  const result = { ...settings(typeEntries.length === 0 ? DEFAULT_GOOGLE_CONSENT_MAP : types) };
  const wait = value.wait_for_update;
  if (wait !== undefined) {
    if (typeof wait === 'number' && Number.isFinite(wait) && wait >= 0 && wait <= 10_000) result.waitForUpdate = Math.round(wait);
    else fail('googleConsentMode.wait_for_update', wait, 'a number of milliseconds from 0 to 10000', DEFAULT_WAIT_FOR_UPDATE);
  }
  const region = value.region;
  if (region !== undefined) {
    // Group names look like codes but are none: Google ignores a default for "EU" without a word.
    const codes = Array.isArray(region) ? (region as unknown[]).map(parseRegion) : [];
    if (codes.length > 0 && codes.every((code) => code !== null)) result.region = codes;
    else {
      const wrong: unknown = Array.isArray(region) ? (region as unknown[]).find((r) => parseRegion(r) === null) : region;
      fail('googleConsentMode.region', region, `a non-empty array of ISO 3166-1/2 codes such as ["ES", "US-CA"]${regionHint(wrong)}`, 'every region');
    }
  }
  for (const [key, field] of [['url_passthrough', 'urlPassthrough'], ['ads_data_redaction', 'adsDataRedaction']] as const) {
    const option = value[key];
    if (option === undefined) continue;
    if (typeof option === 'boolean') result[field] = option;
    else fail(`googleConsentMode.${key}`, option, 'true or false', false);
  }
  return result;
}


function normalizeVendors(value: unknown, categoryIds: ReadonlySet<string>, fail: Fail, warnUnknown: WarnUnknown): NormalizedVendors {
  const off: NormalizedVendors = DEFAULT_CONFIG.vendors;
  if (value === undefined) return off;
  if (!isPlainObject(value)) {
    fail('vendors', value, 'an object such as { "clarity": true }', {});
    return off;
  }
  warnUnknown('vendors', value, VENDOR_KEYS);
  /** Reads one category option: the given id if configured, else the default if configured, else null. */
  const category = (field: string, given: unknown, fallback: string): string | null => {
    if (given !== undefined) {
      if (typeof given === 'string' && categoryIds.has(given)) return given;
      fail(field, given, 'the id of a configured category', fallback);
    }
    return categoryIds.has(fallback) ? fallback : null;
  };
  const vendor = <T>(key: string, read: (options: Record<string, unknown>) => T | null): T | null => {
    const raw = value[key];
    if (raw === undefined || raw === false) return null;
    if (raw === true) return read({});
    if (isPlainObject(raw)) return read(raw);
    fail(`vendors.${key}`, raw, 'true, false or an object', false);
    return null;
  };
  const microsoftUet = vendor('microsoftUet', (o) => {
    const id = category('vendors.microsoftUet.category', o.category, 'marketing');
    return id === null ? null : { category: id };
  });
  const clarity = vendor('clarity', (o) => {
    const analytics = category('vendors.clarity.analytics', o.analytics, 'analytics');
    const ads = category('vendors.clarity.ads', o.ads, 'marketing');
    return analytics === null || ads === null ? null : { analytics, ads };
  });
  const metaPixel = vendor('metaPixel', (o) => {
    const id = category('vendors.metaPixel.category', o.category, 'marketing');
    return id === null ? null : { category: id };
  });
  const matomo = vendor('matomo', (o) => {
    const id = category('vendors.matomo.category', o.category, 'analytics');
    let mode: 'consent' | 'cookie' = 'consent';
    if (o.mode !== undefined) {
      if (o.mode === 'consent' || o.mode === 'cookie') mode = o.mode;
      else fail('vendors.matomo.mode', o.mode, '"consent" or "cookie"', 'consent');
    }
    return id === null ? null : { category: id, mode };
  });
  return { microsoftUet, clarity, metaPixel, matomo };
}

function normalizeLog(value: unknown, fail: Fail, warnUnknown: WarnUnknown): LogConfig | null {
  if (value === undefined || value === null || value === false) return null;
  if (!isPlainObject(value)) {
    fail('log', value, 'an object such as { "url": "/consent-log" }', null);
    return null;
  }
  warnUnknown('log', value, LOG_KEYS);
  if (typeof value.url !== 'string' || value.url === '' || !isSafeUrl(value.url)) {
    fail('log.url', value.url, 'an http(s) or relative URL', 'no log');
    return null;
  }
  let headers: Record<string, string> | undefined;
  if (value.headers !== undefined) {
    if (isPlainObject(value.headers) && entriesOf(value.headers).every(([, v]) => typeof v === 'string')) headers = value.headers as Record<string, string>;
    else fail('log.headers', value.headers, 'an object of header names to strings', {});
  }
  let credentials: LogConfig['credentials'];
  if (value.credentials !== undefined) {
    if (value.credentials === 'omit' || value.credentials === 'same-origin' || value.credentials === 'include') credentials = value.credentials;
    else fail('log.credentials', value.credentials, '"omit", "same-origin" or "include"', 'omit');
  }
  return { url: value.url, ...(headers === undefined ? {} : { headers }), ...(credentials === undefined ? {} : { credentials }) };
}
