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
  SameSite,
  ServiceConfig,
  VendorsConfig,
} from './types.js';
import { reportConfigProblems } from './config-report.js';
import type { ConfigProblem, Expected, Remark, Using } from './config-wording.js';
import { expandRegion, parseRegion } from './regimes.js';
import { consoleReporter, type Reporter } from './report.js';
import { reason, type MessageDetails } from './say.js';
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

const LAYOUTS: readonly Layout[] = ['bar', 'box', 'modal'];
const POSITIONS: readonly Position[] = ['top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right', 'center'];
/** The positions each layout takes (a modal is always centred). */
const LAYOUT_POSITIONS: Readonly<Record<Layout, readonly Position[]>> = {
  box: ['bottom-right', 'bottom-left', 'top-right', 'top-left'],
  bar: ['bottom', 'top'],
  modal: [],
};
const SAME_SITES: readonly SameSite[] = ['Lax', 'Strict', 'None'];

/*
 * The fields of each config object. Typed as a record over the config type's keys, so a field added
 * to the type and not here (or the reverse) fails the type check; docs/configuration.md is checked
 * against these by a test.
 */
const fields = <T>(record: Record<keyof T, true>): ReadonlySet<string> => new Set(Object.keys(record));
const TOP_LEVEL_KEYS = fields<ConsentConfig>({
  revision: true,
  categories: true,
  cookie: true,
  language: true,
  translations: true,
  policyUrl: true,
  layout: true,
  position: true,
  theme: true,
  blocking: true,
  reopenButton: true,
  gpc: true,
  googleConsentMode: true,
  vendors: true,
  log: true,
  reloadOnWithdraw: true,
  nonce: true,
  hideFromBots: true,
  region: true,
  regimes: true,
  gpp: true,
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
const DEFAULT_CATEGORIES: readonly NormalizedCategory[] = ['necessary', 'analytics', 'marketing'].map((id, index) => ({
  id,
  required: index === 0,
  services: [],
  cookies: [],
  indexedDB: [],
}));

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

// ---------- the checks: each kind of value has one test and one key to its wording ----------

/**
 * A check and what was expected, as a key to its wording: the words live in `config-wording.ts`,
 * which is loaded only when a config has a problem.
 */
type Rule<T> = readonly [valid: (value: unknown) => value is T, expected: Expected];

const BOOLEAN: Rule<boolean> = [(v): v is boolean => typeof v === 'boolean', ['bool']];
const URL_RULE: Rule<string> = [(v): v is string => typeof v === 'string' && isSafeUrl(v), ['url']];
/** A language code such as `en`, `pt-BR`, `zh-Hant`. */
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const TEXT_RULE: Rule<LocalizedText> = [
  (v): v is LocalizedText =>
    typeof v === 'string' || (isPlainObject(v) && entriesOf(v).every(([key, text]) => LANGUAGE_PATTERN.test(key) && typeof text === 'string')),
  ['text'],
];
const PATTERN_RULE: Rule<string | RegExp> = [
  (v): v is string | RegExp => (typeof v === 'string' && v !== '' && v.length <= 256) || v instanceof RegExp,
  ['pattern'],
];

/** Is `value` one of these strings. */
const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (options as readonly string[]).includes(value);

/** One of these strings. */
const choice = <T extends string>(options: readonly T[]): Rule<T> => [(v): v is T => isOneOf(options, v), ['oneOf', options]];

/** The id of one of the config's categories. */
const configuredCategory = (ids: ReadonlySet<string>): Rule<string> => [(v): v is string => typeof v === 'string' && ids.has(v), ['category']];

/** A whole number in a range. */
const whole = (min: number, max: number): Rule<number> => [
  (v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max,
  ['whole', min, max],
];

/** The corners the reopen button takes. */
const CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'] as const;

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

/** Collects what is wrong in a config, in data: always the field (`cookie.name`), and the value. */
class Checker {
  readonly problems: ConfigProblem[] = [];

  /** A bad value: what was expected, and what is used instead. */
  refuse(field: string, value: unknown, expected: Expected, using: Using): void {
    this.problems.push({ field, value, expected, using });
  }

  /** A field ignored, skipped or missing (`error` when something the site gave is lost), with its value when it matters. */
  remark(field: string, remark: Remark, error: boolean, ...value: [unknown] | []): void {
    this.problems.push(value.length === 0 ? { field, remark, error } : { field, remark, error, value: value[0] });
  }

  /** Notes each key of an object the config type does not have. */
  unknown(field: string, value: Record<string, unknown>, known: ReadonlySet<string>): void {
    for (const key of Object.keys(value)) if (!known.has(key)) this.remark(join(field, key), ['unknown'], false);
  }

  /** An optional field of `source`: absent gives the fallback; a value the rule refuses is noted and gives it too. */
  read<T, F = T>(source: Record<string, unknown>, field: string, key: string, [valid, expected]: Rule<T>, fallback: F, using?: Using): T | F {
    const value = source[key];
    if (value === undefined) return fallback;
    if (valid(value)) return value;
    this.refuse(join(field, key), value, expected, using ?? { value: fallback });
    return fallback;
  }

  /** An object the config gives at `field`; `null` (noted) when it is something else. */
  object(field: string, value: unknown, known: ReadonlySet<string> | null, expected: Expected, using: Using): Record<string, unknown> | null {
    if (isPlainObject(value)) {
      if (known !== null) this.unknown(field, value, known);
      return value;
    }
    this.refuse(field, value, expected, using);
    return null;
  }
}

/** A field's path: `cookie` and `name` make `cookie.name`. */
const join = (field: string, key: string): string => (key === '' ? field : field === '' ? key : `${field}.${key}`);

/**
 * Checks one config: the config to use (each field that is not valid replaced by its default) and
 * its problems, in data. Nothing is thrown, and nothing is said: `normalizeConfig` says it.
 */
export function checkConfig(
  input: unknown,
  location: PageLocation = { hostname: '', protocol: 'https:' },
): { readonly config: NormalizedConfig; readonly problems: readonly ConfigProblem[] } {
  const check = new Checker();
  let config = DEFAULT_CONFIG;
  try {
    const given = input === undefined || input === null ? null : check.object('', input, TOP_LEVEL_KEYS, ['object'], 'defaults');
    if (given !== null) config = normalizeObject(given, location, check);
  } catch (error) {
    // Only a hostile object (a throwing getter, a revoked proxy) gets here.
    check.remark('', ['unreadable', reason(error)], true);
  }
  return { config, problems: check.problems };
}

/**
 * Validates one config. At once, one short error names each field and value that is not used (the
 * field's default is used instead); `details`, when given, loads the full wording of each problem
 * (the diagnostics add-on, a chunk), said next. Nothing is thrown.
 */
export function normalizeConfig(input: unknown, location?: PageLocation, reporter: Reporter = consoleReporter, details?: MessageDetails): NormalizedConfig {
  const { config, problems } = checkConfig(input, location);
  reportConfigProblems(problems, reporter, details);
  return config;
}

function normalizeObject(config: Record<string, unknown>, location: PageLocation, check: Checker): NormalizedConfig {
  const top = <T>(key: keyof ConsentConfig & keyof NormalizedConfig, rule: Rule<T>): T => check.read(config, '', key, rule, DEFAULT_CONFIG[key] as T);

  const categories = normalizeCategories(config.categories, check);
  const categoryIds = new Set(categories.map((c) => c.id));
  const policyUrl = top('policyUrl', [(v): v is string => v === '' || URL_RULE[0](v), URL_RULE[1]]);
  // Informed consent: the visitor must be able to read what each choice covers.
  if (policyUrl === '') check.remark('policyUrl', ['noPolicy'], false);
  for (const category of categories) {
    if (!category.required && category.services.length === 0 && category.cookies.length === 0) {
      check.remark(`categories.${category.id}`, ['undeclared'], false);
    }
  }
  const layout = top('layout', choice(LAYOUTS));
  const position = top('position', choice(POSITIONS));
  // Each layout takes some positions only; one it ignores is said, with where the notice goes instead.
  const taken = LAYOUT_POSITIONS[layout];
  if (config.position === position && !taken.includes(position)) {
    const instead = taken.find((p) => p.startsWith(position.startsWith('top') ? 'top' : 'bottom'));
    check.remark('position', ['position', layout, taken, instead], false, position);
  }
  const googleConsentMode = normalizeGoogleConsentMode(config.googleConsentMode, categoryIds, check);
  let region: string | null = null;
  if (config.region !== undefined) {
    region = parseRegion(config.region);
    if (region === null) check.refuse('region', config.region, ['region', config.region], 'pageRegion');
  }
  const regimes = normalizeRegimes(config.regimes, check);
  if (regimes.length > 0 && (googleConsentMode?.region.length ?? 0) > 0) {
    check.remark('googleConsentMode.region', ['regionIgnored'], false);
  }

  return {
    revision: top('revision', whole(0, Number.MAX_SAFE_INTEGER)),
    categories,
    cookie: normalizeCookie(config.cookie, location, check),
    language: top('language', [(v): v is string => typeof v === 'string' && (v === 'auto' || LANGUAGE_PATTERN.test(v)), ['languageOrAuto']]),
    translations: normalizeTranslations(config.translations, check),
    policyUrl,
    layout,
    position,
    theme: top('theme', choice(['light', 'dark', 'auto'])),
    blocking: top('blocking', BOOLEAN),
    reopenButton: top('reopenButton', [(v): v is (typeof CORNERS)[number] | false => v === false || isOneOf(CORNERS, v), ['falseOrOneOf', CORNERS]]),
    gpc: normalizeGpc(config.gpc, categories, check),
    googleConsentMode,
    vendors: normalizeVendors(config.vendors, categoryIds, check),
    log: normalizeLog(config.log, check),
    reloadOnWithdraw: top('reloadOnWithdraw', BOOLEAN),
    nonce: top('nonce', [(v): v is string => typeof v === 'string' && /^[A-Za-z0-9+/_=-]{8,256}$/.test(v), ['nonce']]),
    hideFromBots: top('hideFromBots', BOOLEAN),
    region,
    regimes,
    gpp: normalizeGpp(config.gpp, check),
  };
}

/** A list the config gives at `field`, each item read by `item` (which reports its own mistakes, and gives `undefined` to leave it out); empty when it is no array. */
function listAt<T>(check: Checker, field: string, value: unknown, expected: Expected, item: (value: unknown, field: string) => T | undefined): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    check.refuse(field, value, expected, { value: [] });
    return [];
  }
  const items: T[] = [];
  value.forEach((entry: unknown, index) => {
    const read = item(entry, `${field}[${String(index)}]`);
    if (read !== undefined) items.push(read);
  });
  return items;
}

/** A cookie entry: a name, a pattern, or `{ name, purpose, duration, provider }`. */
function cookieEntry(check: Checker, item: unknown, field: string): CookieInfo | undefined {
  const [isPattern] = PATTERN_RULE;
  if (isPattern(item)) return { name: item };
  if (isPlainObject(item) && isPattern(item.name)) {
    check.unknown(field, item, COOKIE_INFO_KEYS);
    const entry: { -readonly [K in keyof CookieInfo]: CookieInfo[K] } = { name: item.name };
    for (const key of ['purpose', 'duration', 'provider'] as const) {
      const text = check.read(item, field, key, TEXT_RULE, undefined, 'builtIn');
      if (text !== undefined) entry[key] = text;
    }
    return entry;
  }
  check.refuse(field, item, ['cookieEntry'], 'nothing');
  return undefined;
}

/** Ids that would collide with what every object has (`toString`, `constructor`, `__proto__`…). */
function isReservedId(id: string): boolean {
  return id === 'prototype' || id in Object.prototype;
}

/**
 * The entries of a map of categories or services whose id and body are usable (the others are
 * reported and skipped; reserved ids included, so they are reported by name), with unknown fields
 * warned about.
 */
function usableEntries(
  check: Checker,
  field: string,
  value: Record<string, unknown>,
  kind: 'category' | 'service',
  known: ReadonlySet<string>,
): [string, string, Record<string, unknown>][] {
  const usable: [string, string, Record<string, unknown>][] = [];
  for (const id of Object.keys(value)) {
    const entryField = `${field}.${id}`;
    const raw: unknown = Object.getOwnPropertyDescriptor(value, id)?.value;
    const problem: Remark | null = !ID_PATTERN.test(id)
      ? ['badId', kind]
      : isReservedId(id)
        ? ['reservedId', kind]
        : isPlainObject(raw)
          ? null
          : ['notObject', kind];
    if (problem !== null) {
      check.remark(entryField, problem, true, problem[0] === 'notObject' ? raw : id);
      continue;
    }
    check.unknown(entryField, raw as Record<string, unknown>, known);
    usable.push([id, entryField, raw as Record<string, unknown>]);
  }
  return usable;
}

/** What categories and services share: texts, cookies and IndexedDB names. */
function describedEntry(check: Checker, field: string, raw: Record<string, unknown>, texts: readonly ('label' | 'description' | 'provider')[]) {
  const entry: Partial<Record<'label' | 'description' | 'provider', LocalizedText | undefined>> = {};
  for (const key of texts) entry[key] = check.read(raw, field, key, TEXT_RULE, undefined, 'builtIn');
  return {
    ...entry,
    cookies: listAt(check, `${field}.cookies`, raw.cookies, ['cookieEntries'], (item, at) => cookieEntry(check, item, at)),
    indexedDB: listAt<NamePattern>(check, `${field}.indexedDB`, raw.indexedDB, ['patterns'], (item, at) => {
      if (PATTERN_RULE[0](item)) return item;
      check.refuse(at, item, PATTERN_RULE[1], 'nothing');
      return undefined;
    }),
  };
}

function normalizeCategories(value: unknown, check: Checker): readonly NormalizedCategory[] {
  if (value === undefined) return DEFAULT_CATEGORIES;
  const map = check.object('categories', value, null, ['categories'], 'defaultCategories');
  if (map === null) return DEFAULT_CATEGORIES;
  const categories = usableEntries(check, 'categories', map, 'category', CATEGORY_KEYS).map(([id, field, raw]): NormalizedCategory => ({
    id,
    required: check.read(raw, field, 'required', BOOLEAN, false),
    ...describedEntry(check, field, raw, ['label', 'description']),
    services: normalizeServices(check, `${field}.services`, raw.services),
  }));
  if (categories.length === 0) {
    check.remark('categories', ['noCategory'], true);
    return DEFAULT_CATEGORIES;
  }
  return categories;
}

function normalizeServices(check: Checker, field: string, value: unknown): NormalizedService[] {
  if (value === undefined) return [];
  const map = check.object(field, value, null, ['services'], { value: {} });
  if (map === null) return [];
  return usableEntries(check, field, map, 'service', SERVICE_KEYS).map(([id, serviceField, raw]) => ({
    id,
    ...describedEntry(check, serviceField, raw, ['label', 'description', 'provider']),
  }));
}

/** Is `domain` this host or one of its parent domains (so a browser would accept it). */
export function isDomainOfHost(domain: string, hostname: string): boolean {
  const bare = domain.replace(/^\./, '').toLowerCase();
  const host = hostname.toLowerCase();
  if (bare === '' || (!bare.includes('.') && bare !== 'localhost')) return false;
  return host === bare || host.endsWith(`.${bare}`);
}

function normalizeCookie(value: unknown, location: PageLocation, check: Checker): NormalizedCookie {
  const defaults = DEFAULT_CONFIG.cookie;
  if (value === undefined) return defaults;
  const cookie = check.object('cookie', value, COOKIE_KEYS, ['object'], { value: defaults });
  if (cookie === null) return defaults;
  const field = 'cookie';
  let domain = check.read(cookie, field, 'domain', [(v): v is string => typeof v === 'string', ['domain']], '', 'thisHost');
  if (domain !== '' && location.hostname !== '' && !isDomainOfHost(domain, location.hostname)) {
    check.refuse('cookie.domain', domain, ['domainOfHost', location.hostname], 'thisHost');
    domain = '';
  }
  // SameSite in any case; None only where the cookie can be Secure (browsers refuse it otherwise).
  let sameSite = check.read(
    cookie,
    field,
    'sameSite',
    [(v): v is string => typeof v === 'string' && SAME_SITES.some((s) => s.toLowerCase() === v.toLowerCase()), ['oneOf', SAME_SITES]],
    defaults.sameSite,
  );
  sameSite = SAME_SITES.find((s) => s.toLowerCase() === sameSite.toLowerCase()) ?? defaults.sameSite;
  if (sameSite === 'None' && location.protocol !== 'https:') {
    check.refuse('cookie.sameSite', cookie.sameSite, ['laxOrStrict'], { value: defaults.sameSite });
    sameSite = defaults.sameSite;
  }
  let expiresDays = check.read(
    cookie,
    field,
    'expiresDays',
    [(v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0, ['days', MAX_EXPIRES_DAYS]],
    defaults.expiresDays,
  );
  if (expiresDays > MAX_EXPIRES_DAYS) {
    check.refuse('cookie.expiresDays', expiresDays, ['atMostDays', MAX_EXPIRES_DAYS], { value: MAX_EXPIRES_DAYS });
    expiresDays = MAX_EXPIRES_DAYS;
  }
  return {
    name: check.read(
      cookie,
      field,
      'name',
      [(v): v is string => typeof v === 'string' && /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/.test(v), ['cookieName']],
      defaults.name,
    ),
    domain,
    path: check.read(
      cookie,
      field,
      'path',
      [(v): v is string => typeof v === 'string' && v.startsWith('/') && !/[;\s]/.test(v), ['cookiePath']],
      defaults.path,
    ),
    sameSite: sameSite as SameSite,
    expiresDays,
    rewrite: check.read(cookie, field, 'rewrite', BOOLEAN, defaults.rewrite),
  };
}

function normalizeTranslations(value: unknown, check: Checker): NormalizedConfig['translations'] {
  if (value === undefined) return {};
  const map = check.object('translations', value, null, ['translations'], { value: {} });
  const translations: Record<string, Record<string, string>> = {};
  for (const [language, texts] of map === null ? [] : entriesOf(map)) {
    const field = `translations.${language}`;
    if (!LANGUAGE_PATTERN.test(language)) {
      check.refuse(field, language, ['language'], 'nothing');
      continue;
    }
    const given = check.object(field, texts, null, ['texts'], { value: {} });
    if (given === null) continue;
    const valid: Record<string, string> = {};
    for (const [key] of entriesOf(given)) {
      const text = check.read(given, field, key, [(v): v is string => typeof v === 'string', ['string']], undefined, 'builtIn');
      if (text !== undefined) valid[key] = text;
    }
    translations[language] = valid;
  }
  return translations;
}

function normalizeGpc(value: unknown, categories: readonly NormalizedCategory[], check: Checker): readonly string[] {
  const known = new Map(categories.map((c) => [c.id, c]));
  const fallback = DEFAULT_CONFIG.gpc.filter((id) => known.get(id)?.required === false);
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    check.refuse('gpc', value, ['categoryIds'], { value: fallback });
    return fallback;
  }
  const ids = listAt(check, 'gpc', value, ['categoryIds'], (id, field) => {
    const category = typeof id === 'string' ? known.get(id) : undefined;
    if (category === undefined || category.required) check.refuse(field, id, category === undefined ? ['category'] : ['optionalCategory'], 'nothing');
    else return category.id;
    return undefined;
  });
  return [...new Set(ids)];
}

function normalizeRegimes(value: unknown, check: Checker): readonly NormalizedRegime[] {
  return listAt(check, 'regimes', value, ['regimes'], (entry, field) => {
    const regime = check.object(field, entry, REGIME_KEYS, ['regime'], 'nothing');
    if (regime === null) return undefined;
    const { mode, regions } = regime;
    if (mode !== 'opt-in' && mode !== 'opt-out') {
      check.refuse(`${field}.mode`, mode, ['regimeMode'], 'nothing');
      return undefined;
    }
    if (!Array.isArray(regions) || regions.length === 0) {
      check.refuse(`${field}.regions`, regions, ['regimeRegions'], 'nothing');
      return undefined;
    }
    const codes = listAt(check, `${field}.regions`, regions, ['regimeRegions'], (item, at) => {
      const expanded = expandRegion(item);
      if (expanded === null) check.refuse(at, item, ['regimeRegion', item], 'nothing');
      return expanded ?? undefined;
    }).flat();
    return codes.length > 0 ? { regions: [...new Set(codes)], mode } : undefined;
  });
}

/** An integration's section: `true` for its defaults, `false` (or nothing) for off, else an object of its options. */
function section(check: Checker, field: string, value: unknown, known: ReadonlySet<string> | null, expected: Expected): Record<string, unknown> | null {
  if (value === undefined || value === false) return null;
  if (value === true) return {};
  return check.object(field, value, known, expected, { value: false });
}

function normalizeGpp(value: unknown, check: Checker): Required<GppConfig> | null {
  const gpp = section(check, 'gpp', value, GPP_KEYS, ['gpp']);
  if (gpp === null) return null;
  const id = whole(0, 4095);
  return { cmpId: check.read(gpp, 'gpp', 'cmpId', id, 0), cmpVersion: check.read(gpp, 'gpp', 'cmpVersion', id, 1) };
}

/** The default wait for an update after `default`, in milliseconds. */
const DEFAULT_WAIT_FOR_UPDATE = 500;

function normalizeGoogleConsentMode(value: unknown, categoryIds: ReadonlySet<string>, check: Checker): GoogleConsentModeSettings | null {
  const field = 'googleConsentMode';
  const options = section(check, field, value, null, ['googleConsentMode']);
  if (options === null) return null;
  const types: Record<string, string> = {};
  const typeEntries = entriesOf(options).filter(([key]) => !GOOGLE_OPTIONS.has(key));
  for (const [type] of typeEntries) {
    if (!GOOGLE_CONSENT_TYPES.has(type)) check.remark(`${field}.${type}`, ['googleType'], false);
    const category = check.read(options, field, type, configuredCategory(categoryIds), undefined, 'denied');
    if (category !== undefined) types[type] = category;
  }
  let region: readonly string[] = [];
  if (options.region !== undefined) {
    // Group names look like codes but are none: Google ignores a default for "EU" without a word.
    const given: unknown[] = Array.isArray(options.region) ? (options.region as unknown[]) : [options.region];
    const codes = given.map(parseRegion);
    const wrong = given.find((r) => parseRegion(r) === null);
    if (Array.isArray(options.region) && codes.length > 0 && wrong === undefined) region = codes as string[];
    else check.refuse(`${field}.region`, options.region, ['googleRegions', wrong], 'everyRegion');
  }
  return {
    // Only options given: the default map with those options.
    types: typeEntries.length === 0 ? DEFAULT_GOOGLE_CONSENT_MAP : types,
    waitForUpdate: Math.round(
      check.read(
        options,
        field,
        'wait_for_update',
        [(v): v is number => typeof v === 'number' && v >= 0 && v <= 10_000, ['waitForUpdate']],
        DEFAULT_WAIT_FOR_UPDATE,
      ),
    ),
    region,
    urlPassthrough: check.read(options, field, 'url_passthrough', BOOLEAN, false),
    adsDataRedaction: check.read(options, field, 'ads_data_redaction', BOOLEAN, false),
  };
}

function normalizeVendors(value: unknown, categoryIds: ReadonlySet<string>, check: Checker): NormalizedVendors {
  if (value === undefined) return DEFAULT_CONFIG.vendors;
  const vendors = check.object('vendors', value, VENDOR_KEYS, ['vendors'], { value: {} });
  const categoryRule = configuredCategory(categoryIds);
  /**
   * A vendor's options and a reader of its category options (the given id, else the default if it
   * is configured, else null); `null` when the vendor is off.
   */
  const vendor = (key: keyof VendorsConfig) => {
    const field = `vendors.${key}`;
    const options = vendors === null ? null : section(check, field, vendors[key], null, ['vendor']);
    if (options === null) return null;
    const category = (option: string, fallback: string): string | null => {
      const given = check.read(options, field, option, categoryRule, fallback);
      return categoryIds.has(given) ? given : null;
    };
    return { options, category };
  };
  const single = (key: 'microsoftUet' | 'metaPixel'): { category: string } | null => {
    const id = vendor(key)?.category('category', 'marketing') ?? null;
    return id === null ? null : { category: id };
  };
  const microsoftUet = single('microsoftUet');
  const clarity = vendor('clarity');
  const analytics = clarity?.category('analytics', 'analytics') ?? null;
  const ads = clarity?.category('ads', 'marketing') ?? null;
  const metaPixel = single('metaPixel');
  const matomo = vendor('matomo');
  const matomoId = matomo?.category('category', 'analytics') ?? null;
  const mode = matomo === null ? 'consent' : check.read(matomo.options, 'vendors.matomo', 'mode', choice(['consent', 'cookie'] as const), 'consent');
  return {
    microsoftUet,
    clarity: analytics === null || ads === null ? null : { analytics, ads },
    metaPixel,
    matomo: matomoId === null ? null : { category: matomoId, mode },
  };
}

function normalizeLog(value: unknown, check: Checker): LogConfig | null {
  if (value === undefined || value === null || value === false) return null;
  const log = check.object('log', value, LOG_KEYS, ['log'], { value: null });
  if (log === null) return null;
  const url = check.read(log, 'log', 'url', URL_RULE, '', 'noLog');
  if (url === '') {
    if (log.url === undefined || log.url === '') check.refuse('log.url', log.url, URL_RULE[1], 'noLog');
    return null;
  }
  const headers = check.read(
    log,
    'log',
    'headers',
    [(v): v is Record<string, string> => isPlainObject(v) && entriesOf(v).every(([, h]) => typeof h === 'string'), ['headers']],
    undefined,
    { value: {} },
  );
  const credentials = check.read(log, 'log', 'credentials', choice(['omit', 'same-origin', 'include'] as const), undefined, { value: 'omit' });
  return { url, ...(headers === undefined ? {} : { headers }), ...(credentials === undefined ? {} : { credentials }) };
}
