/**
 * `consent-banner/server`: server helpers for the consent cookie. Safari keeps cookies written by
 * script for 7 days; a cookie the server sets lives as long as it says. Given a request's `Cookie`
 * header and the site's config, `consentCookieRefresh()` returns the `Set-Cookie` value that writes
 * the visitor's choice again from the server, ending when the choice ends (`expiresDays` after it
 * was last updated), never later. Pure: no DOM, no Lit; runs in Node, Deno, Bun and edge runtimes.
 */
import { normalizeConfigExplained } from '../core/config-explained.js';
import { cookieValues, parseCookieHeader } from '../core/cookie-header.js';
import { gpcOptOut } from '../core/gpc.js';
import { encodeRecord, winningRecord } from '../core/record-codec.js';
import { parseRegion, regimeOf } from '../core/regimes.js';
import { consoleReporter } from '../core/report.js';
import { DAY_MS } from '../core/units.js';
import type { ConsentConfig, ConsentRecord, NormalizedConfig } from '../core/types.js';

export type { ConsentConfig, ConsentRecord } from '../core/types.js';

/** Options of the server helpers. */
export interface ServerCookieOptions {
  /** The current time in milliseconds (tests; default `Date.now()`). */
  readonly now?: number;
  /** Add `Secure` (the site is served over https). Default true. */
  readonly secure?: boolean;
  /**
   * The visitor's region, as the page tells the banner (`data-consent-region`, e.g. `"US-CA"`). As in
   * the browser, the config's own `region` comes first; this is used when the config has none. With the config's `regimes` it decides the regime
   * as in the browser: in an opt-in region (or an unknown one) a choice made under opt-out is none.
   */
  readonly region?: string;
  /**
   * The request's Global Privacy Control signal: its `Sec-GPC` header as the server framework gives
   * it (`req.headers['sec-gpc']`, `request.headers.get('sec-gpc')`; `"1"` is the signal), or `true`.
   * As in the browser, a choice saved without the signal loses the categories `config.gpc` names
   * (the record is the opted-out one, and the refresh writes it); one saved with the signal stands.
   */
  readonly gpc?: boolean | string | readonly string[] | null;
}

/** Does the request carry the GPC signal (`Sec-GPC: 1`; a header given twice counts when one says so). */
function hasGpcHeader(value: ServerCookieOptions['gpc']): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() === '1';
  return Array.isArray(value) && value.some((item) => typeof item === 'string' && item.trim() === '1');
}

/** Each config object is checked once (its messages go to the console once, not per request). */
const normalized = new WeakMap<object, NormalizedConfig>();

function configOf(config: ConsentConfig): NormalizedConfig {
  let result = normalized.get(config);
  if (result === undefined) {
    result = normalizeConfigExplained(config, { hostname: '', protocol: 'https:' }, consoleReporter);
    normalized.set(config, result);
  }
  return result;
}

/**
 * The visitor's current choice as the request's cookies hold it, or `null` (none, malformed, of
 * another revision, expired). Of several values of our name, the most recently updated wins, as in
 * the browser.
 */
export function consentFromCookieHeader(
  cookieHeader: string | null | undefined,
  config: ConsentConfig,
  options: ServerCookieOptions = {},
): ConsentRecord | null {
  return storedChoice(cookieHeader, configOf(config), options)?.record ?? null;
}

/**
 * The winning valid record of the request's cookies, with the value to keep: as sent, or, when a GPC
 * signal withdraws categories of it, the opted-out record's (as the browser would save it).
 */
function storedChoice(
  cookieHeader: string | null | undefined,
  config: NormalizedConfig,
  options: ServerCookieOptions,
): { record: ConsentRecord; raw: string } | undefined {
  if (typeof cookieHeader !== 'string' || cookieHeader === '') return undefined;
  const now = options.now ?? Date.now();
  const regime = regimeOf(config.region ?? parseRegion(options.region), config.regimes);
  const winner = winningRecord(cookieValues(parseCookieHeader(cookieHeader), config.cookie.name), config, now, regime);
  if (winner === undefined) return undefined;
  const optedOut = gpcOptOut(config, winner.record, hasGpcHeader(options.gpc), new Date(Math.floor(now / 1000) * 1000).toISOString());
  return optedOut === null ? winner : { record: optedOut, raw: encodeRecord(optedOut, config) };
}

/**
 * The `Set-Cookie` header value that writes the visitor's current choice again from the server,
 * with the config's name, domain, path and SameSite, expiring when the choice does; `null` when the
 * request carries no valid choice (then set nothing). Call it on page responses (not on every asset).
 */
export function consentCookieRefresh(cookieHeader: string | null | undefined, config: ConsentConfig, options: ServerCookieOptions = {}): string | null {
  const normalizedConfig = configOf(config);
  const { cookie } = normalizedConfig;
  const now = options.now ?? Date.now();
  const winner = storedChoice(cookieHeader, normalizedConfig, { ...options, now });
  if (winner === undefined) return null;
  const endsMs = Date.parse(winner.record.updated) + cookie.expiresDays * DAY_MS;
  const maxAge = Math.floor((endsMs - now) / 1000);
  if (maxAge <= 0) return null;
  const parts = [
    `${cookie.name}=${winner.raw}`,
    `Path=${cookie.path}`,
    `Expires=${new Date(endsMs).toUTCString()}`,
    `Max-Age=${String(maxAge)}`,
    `SameSite=${cookie.sameSite}`,
  ];
  if (cookie.domain !== '') parts.push(`Domain=${cookie.domain}`);
  if (options.secure !== false) parts.push('Secure');
  return parts.join('; ');
}
