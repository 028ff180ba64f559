import type { ConsentMethod, ConsentRecord, NormalizedConfig, RegimeMode } from './types.js';
import { DAY_MS, ID_PATTERN } from './units.js';

/**
 * The cookie value: compact, versioned, and strict to read.
 *
 * `cb1.<revision>.<id>.<given>.<updated>.<method><gpc>.<grants>[.<regime><region>]`
 * - `cb1`: format and version, so a foreign value is never mistaken for ours;
 * - `revision`: base 36; `id`: the UUID's 16 bytes in base64url (22 characters);
 * - `given`, `updated`: seconds since 1970 in base 36;
 * - `method`: `a` accept-all, `r` reject-all, `c` custom, `e` an embed allowed before the notice was
 *   answered, `o` opt-out ("Do Not Sell or Share"), `d` the notice dismissed without a choice; `gpc`: `1` when the signal was present;
 * - `grants`: `|`-separated: `analytics` (granted), `analytics:ga+hotjar` (granted, with exactly these
 *   services), `!marketing:youtube` (category not granted, these services granted alone).
 *   Required categories are implied and not written;
 * - `regime`: `i` opt-in, `o` opt-out, then the region's code (`oUS-CA`); the part is left out for
 *   an opt-in choice in an unknown region (so values written before regions existed read the same).
 * Every character used is one js-cookie writes without percent-encoding.
 */
const FORMAT = 'cb1';

/** Longest value we read; anything longer is not ours. */
const MAX_VALUE_LENGTH = 3800;
/** A clock skew we forgive for times in the future. */
const FUTURE_SKEW_MS = DAY_MS;

const METHOD_CODES: Readonly<Record<ConsentMethod, string>> = { 'accept-all': 'a', 'reject-all': 'r', custom: 'c', embed: 'e', 'opt-out': 'o', dismiss: 'd' };
const METHODS_BY_CODE: Readonly<Record<string, ConsentMethod | undefined>> = {
  a: 'accept-all',
  r: 'reject-all',
  c: 'custom',
  e: 'embed',
  o: 'opt-out',
  d: 'dismiss',
};

const VALUE_PATTERN =
  /^cb1\.([0-9a-z]{1,11})\.([A-Za-z0-9_-]{22})\.([0-9a-z]{1,9})\.([0-9a-z]{1,9})\.([arcdeo])([01])\.([A-Za-z0-9_|:+!-]*)(?:\.([io])([A-Z]{2}(?:-[A-Z0-9]{1,3})?)?)?$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Packs a UUID's 128 bits into 22 base64url characters. */
export function uuidToCompact(uuid: string): string {
  const hex = uuid.replace(/-/g, '');
  // 32 hex digits = 128 bits; take 6 bits at a time from the bit string, padding the last group.
  let bits = '';
  for (const digit of hex) bits += parseInt(digit, 16).toString(2).padStart(4, '0');
  bits = bits.padEnd(132, '0');
  let out = '';
  for (let i = 0; i < 132; i += 6) out += BASE64URL[parseInt(bits.slice(i, i + 6), 2)] ?? '';
  return out;
}

/** The inverse of `uuidToCompact`; `null` when the text is not a packed UUID. */
export function compactToUuid(compact: string): string | null {
  if (compact.length !== 22) return null;
  let bits = '';
  for (const char of compact) {
    const index = BASE64URL.indexOf(char);
    if (index < 0) return null;
    bits += index.toString(2).padStart(6, '0');
  }
  if (!/^0000$/.test(bits.slice(128))) return null; // padding must be zero: one value, one spelling
  let hex = '';
  for (let i = 0; i < 128; i += 4) hex += parseInt(bits.slice(i, i + 4), 2).toString(16);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return UUID_PATTERN.test(uuid) ? uuid : null;
}

function secondsOf(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/** Writes a record as the cookie value. */
export function encodeRecord(record: ConsentRecord, config: NormalizedConfig): string {
  const grants: string[] = [];
  for (const category of config.categories) {
    if (category.required) continue;
    const granted = record.categories.includes(category.id);
    if (category.services.length === 0) {
      if (granted) grants.push(category.id);
      continue;
    }
    const services = (record.services[category.id] ?? []).filter((id) => category.services.some((s) => s.id === id));
    if (granted) grants.push(`${category.id}:${services.join('+')}`);
    else if (services.length > 0) grants.push(`!${category.id}:${services.join('+')}`);
  }
  return [
    FORMAT,
    record.revision.toString(36),
    uuidToCompact(record.id),
    secondsOf(record.given).toString(36),
    secondsOf(record.updated).toString(36),
    `${METHOD_CODES[record.method]}${record.gpc ? '1' : '0'}`,
    grants.join('|'),
    ...(record.regime === 'opt-in' && record.region === null ? [] : [`${record.regime === 'opt-out' ? 'o' : 'i'}${record.region ?? ''}`]),
  ].join('.');
}

/**
 * Reads a cookie value. Returns `null` for anything that is not a current, well-formed choice under
 * this config: another format, another revision, an expired or future time, a broken id, or (under
 * the `opt-in` regime) a choice made under `opt-out`, whose default grants must not carry over: the
 * visitor is asked. Unknown categories and services are dropped; required categories are always
 * granted. Never throws.
 */
export function decodeRecord(value: unknown, config: NormalizedConfig, nowMs: number, regime?: RegimeMode): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return null;
  const match = VALUE_PATTERN.exec(value);
  if (match === null) return null;
  const [, revisionText = '', compactId = '', givenText = '', updatedText = '', methodCode = '', gpcCode = '', grantsText = '', regimeCode, regionCode] = match;
  const madeUnder: RegimeMode = regimeCode === 'o' ? 'opt-out' : 'opt-in';
  if (regime === 'opt-in' && madeUnder === 'opt-out') return null;

  const revision = parseInt(revisionText, 36);
  if (revision !== config.revision) return null;
  const id = compactToUuid(compactId);
  if (id === null) return null;
  const givenMs = parseInt(givenText, 36) * 1000;
  const updatedMs = parseInt(updatedText, 36) * 1000;
  if (!(givenMs <= updatedMs) || updatedMs > nowMs + FUTURE_SKEW_MS) return null;
  if (nowMs - updatedMs > config.cookie.expiresDays * DAY_MS) return null;
  const method = METHODS_BY_CODE[methodCode];
  if (method === undefined) return null;

  const categories = new Set(config.categories.filter((c) => c.required).map((c) => c.id));
  const services: Record<string, string[]> = {};
  for (const category of config.categories) {
    if (category.required && category.services.length > 0) services[category.id] = category.services.map((s) => s.id);
  }
  if (grantsText !== '') {
    for (const grant of grantsText.split('|')) {
      const parsed = /^(!?)([^:]+)(?::(.*))?$/.exec(grant);
      if (parsed === null) return null;
      const [, bang = '', categoryId = '', serviceText] = parsed;
      if (!ID_PATTERN.test(categoryId)) return null;
      const category = config.categories.find((c) => c.id === categoryId);
      if (category === undefined || category.required) continue; // dropped from the config since: ignore
      const serviceIds = serviceText === undefined || serviceText === '' ? [] : serviceText.split('+');
      if (!serviceIds.every((s) => ID_PATTERN.test(s))) return null;
      const known = category.services.filter((s) => serviceIds.includes(s.id)).map((s) => s.id);
      // A category with services counts as granted only with at least one of them.
      if (bang === '' && (category.services.length === 0 || known.length > 0)) categories.add(category.id);
      if (known.length > 0) services[category.id] = known;
    }
  }
  return {
    id,
    revision,
    given: new Date(givenMs).toISOString(),
    updated: new Date(updatedMs).toISOString(),
    categories: config.categories.filter((c) => categories.has(c.id)).map((c) => c.id),
    services,
    method,
    gpc: gpcCode === '1',
    regime: madeUnder,
    region: regionCode ?? null,
  };
}

/** How much a record grants: its categories and services. */
function grantCount(record: ConsentRecord): number {
  return record.categories.length + Object.values(record.services).reduce((sum, list) => sum + list.length, 0);
}

/**
 * Of several cookie values, the record that counts under this config (see `pickWinner`) with its
 * value, or `undefined` when none is a valid choice now.
 */
export function winningRecord(
  values: readonly string[],
  config: NormalizedConfig,
  nowMs: number,
  regime?: RegimeMode,
): { record: ConsentRecord; raw: string } | undefined {
  return pickWinner(
    values.flatMap((raw) => {
      const record = decodeRecord(raw, config, nowMs, regime);
      return record === null ? [] : [{ record, raw }];
    }),
  );
}

/**
 * Of several valid records, the one that counts: the most recently updated; at the same second,
 * the one that grants less (a record never wins by its position in `document.cookie`); then the
 * smaller value, so every tab picks the same one.
 */
export function pickWinner<T extends { readonly record: ConsentRecord; readonly raw: string }>(candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    if (best === undefined) {
      best = candidate;
      continue;
    }
    const byTime = Date.parse(candidate.record.updated) - Date.parse(best.record.updated);
    const byGrants = grantCount(best.record) - grantCount(candidate.record);
    if (byTime > 0 || (byTime === 0 && (byGrants > 0 || (byGrants === 0 && candidate.raw < best.raw)))) best = candidate;
  }
  return best;
}
