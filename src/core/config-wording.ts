/*
 * The full wording of the config checks. The main file finds each problem (`config.ts`, in data:
 * the field, the value, a key for what was expected) and says it in one short line; this module,
 * loaded only when a config has a problem (an add-on file for the script tag, a chunk for bundlers),
 * says what each field takes and what is used instead.
 */
import { isConfigError, problemField } from './config-report.js';
import { NOT_REGION_CODES } from './regimes.js';
import { describeValue, type Reporter } from './report.js';

/** The countries of the European Economic Area, as ISO 3166-1 codes (suggested when `"EU"` is written). */
const EEA_CODES = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK';

const listOf = (options: readonly string[]): string => options.map((o) => `"${o}"`).join(', ');

/**
 * What a field expects where a region was wrong (`alternatives`: what else the field takes), with
 * what to write instead of a common mistake: the UK is `GB`; a group is its countries.
 */
function regionExpected(value: unknown, alternatives = ''): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const hint = code === 'UK' ? '; the United Kingdom is "GB"' : NOT_REGION_CODES.has(code) ? `; for the EEA list its countries: ${EEA_CODES}` : '';
  return `an ISO 3166 code such as "US" or "US-CA"${alternatives}${hint}`;
}

/** What each kind of value is, by the key the checks give. */
const EXPECTED = {
  bool: () => 'true or false',
  url: () => 'an http(s) or relative URL',
  language: () => 'a language code such as "de" or "pt-BR"',
  languageOrAuto: () => '"auto" or a language code such as "de" or "pt-BR"',
  category: () => 'the id of a configured category',
  optionalCategory: () => 'a category that is not required',
  categoryIds: () => 'an array of category ids',
  text: () => 'a string or an object of strings by language code',
  string: () => 'a string',
  pattern: () => 'a name, a "*" pattern or a RegExp',
  patterns: () => 'an array of names, "*" patterns or RegExps',
  cookieEntry: () => 'a cookie name, a "*" pattern, a RegExp or { name, purpose, duration }',
  cookieEntries: () => 'an array of cookie names, "*" patterns, RegExps or { name, purpose, duration } objects',
  oneOf: (options: readonly string[]) => `one of ${listOf(options)}`,
  falseOrOneOf: (options: readonly string[]) => `false or one of ${listOf(options)}`,
  whole: (min: number, max: number) =>
    max === Number.MAX_SAFE_INTEGER ? `a whole number of ${String(min)} or more` : `a whole number from ${String(min)} to ${String(max)}`,
  object: () => 'an object',
  categories: () => 'an object of categories by id',
  services: () => 'an object of services by id',
  translations: () => 'an object of texts by language code',
  texts: () => 'an object of texts',
  domain: () => 'a domain name',
  domainOfHost: (hostname: string) => `this host (${hostname}) or one of its parent domains`,
  laxOrStrict: () => '"Lax" or "Strict" on a page that is not https (browsers refuse SameSite=None without Secure)',
  days: (max: number) => `a number of days above 0, at most ${String(max)}`,
  atMostDays: (max: number) => `at most ${String(max)} (13 months)`,
  cookieName: () => "a cookie name (letters, digits and !#$%&'*+-.^_`|~)",
  cookiePath: () => 'a path starting with "/"',
  nonce: () => "the page's CSP nonce (base64, at least 8 characters)",
  region: (value: unknown) => regionExpected(value),
  regimeRegion: (value: unknown) => regionExpected(value, ', "*" or "US-STATE-LAWS"'),
  googleRegions: (wrong: unknown) => `a non-empty array, each ${regionExpected(wrong)}`,
  regimes: () => 'an array of { "regions": [...], "mode": "opt-in" | "opt-out" }',
  regime: () => 'an object with "regions" and "mode"',
  regimeMode: () => '"opt-in" or "opt-out"',
  regimeRegions: () => 'a non-empty array of regions',
  gpp: () => 'true, false or { "cmpId": …, "cmpVersion": … }',
  googleConsentMode: () => 'true, false or an object mapping Google consent types to categories',
  vendor: () => 'true, false or an object',
  vendors: () => 'an object such as { "clarity": true }',
  waitForUpdate: () => 'a number of milliseconds from 0 to 10000',
  log: () => 'an object such as { "url": "/consent-log" }',
  headers: () => 'an object of header names to strings',
} satisfies Record<string, (...params: never[]) => string>;

/** What is used instead of a value that is not valid, when it is no value of the field's own. */
const USING = {
  defaults: 'the defaults',
  defaultCategories: 'necessary, analytics, marketing',
  builtIn: 'the built-in text',
  nothing: 'nothing',
  thisHost: 'this host only',
  noLog: 'no log',
  denied: 'denied',
  everyRegion: 'every region',
  pageRegion: "the page's data-consent-region",
};

/** What is said of a field that was ignored, skipped or is missing (`value`: the field's value, when it matters). */
const REMARKS = {
  unknown: () => 'unknown field, ignored.',
  noPolicy: () => 'none set; the notice links to no privacy policy, which informed consent needs.',
  undeclared: () => 'declares no services and no cookies; the visitor cannot see what it covers.',
  position: (value: unknown, layout: string, taken: readonly string[], instead: string | undefined) =>
    `${JSON.stringify(value)} does not apply to the ${layout} layout${instead === undefined ? ', which is always centred' : `, which takes ${listOf(taken)}; shown at "${instead}"`}.`,
  regionIgnored: () => 'ignored, since regimes gives each Consent Mode default its regions.',
  googleType: () => 'not a Google consent type Google documents; sent as given.',
  badId: (value: unknown, kind: string) => `the id ${describeValue(value)} may only use letters, digits, "_" and "-"; ${kind} skipped.`,
  reservedId: (value: unknown, kind: string) => `the id ${JSON.stringify(value)} is a name every JavaScript object has (choose another); ${kind} skipped.`,
  notObject: (value: unknown, kind: string) => `${describeValue(value)} is not an object; ${kind} skipped.`,
  noCategory: () => 'no valid category; using the defaults (necessary, analytics, marketing).',
  unreadable: (_value: unknown, why: string) => `could not be read (${why}); using the defaults.`,
} satisfies Record<string, (value: unknown, ...params: never[]) => string>;

type Wordings = typeof EXPECTED;
type Remarks = typeof REMARKS;
type Rest<F> = F extends (value: unknown, ...rest: infer R) => string ? R : never;

/** What a field expected: a key of the wordings and its parameters (`['oneOf', ['bar', 'box']]`). */
export type Expected = { [K in keyof Wordings]: readonly [K, ...Parameters<Wordings[K]>] }[keyof Wordings];
/** What is used instead: a key of the wordings above, or a value of the field's own (`{ value: 'Lax' }`). */
export type Using = keyof typeof USING | { readonly value: unknown };
/** What is said of a field: a key of the remarks and its parameters. */
export type Remark = { [K in keyof Remarks]: readonly [K, ...Rest<Remarks[K]>] }[keyof Remarks];

/** A value a config gives that is not valid: `using` is taken instead. Always an error. */
export interface Refusal {
  readonly field: string;
  readonly value: unknown;
  readonly expected: Expected;
  readonly using: Using;
}

/** A field that was ignored, skipped or is missing; `error` when something the site gave was lost. */
export interface Remarked {
  readonly field: string;
  readonly value?: unknown;
  readonly remark: Remark;
  readonly error: boolean;
}

/** One problem a config has, in data (the field always named, `cookie.name`, `categories.x.label`). */
export type ConfigProblem = Refusal | Remarked;

function expectedText([key, ...params]: Expected): string {
  return (EXPECTED[key] as (...given: readonly unknown[]) => string)(...params);
}

function remarkText(value: unknown, [key, ...params]: Remark): string {
  return (REMARKS[key] as (value: unknown, ...given: readonly unknown[]) => string)(value, ...params);
}

/** The full message of one problem: the field, the value, what was expected and what is used instead. */
export function explainConfigProblem(problem: ConfigProblem): string {
  const field = problemField(problem);
  if ('remark' in problem) return `${field}: ${remarkText(problem.value, problem.remark)}`;
  const { using } = problem;
  const instead = typeof using === 'string' ? USING[using] : describeValue(using.value);
  return `${field}: ${describeValue(problem.value)} is not valid, expected ${expectedText(problem.expected)}; using ${instead}.`;
}

/** Says each problem in full, errors as errors and warnings as warnings. */
export function explainConfigProblems(problems: readonly ConfigProblem[], reporter: Reporter): void {
  for (const problem of problems) {
    const message = explainConfigProblem(problem);
    if (isConfigError(problem)) reporter.error(message);
    else reporter.warn(message);
  }
}

/** `explainConfigProblems`, as the add-on file and the chunk hand it over. */
export type ExplainConfigProblems = typeof explainConfigProblems;
