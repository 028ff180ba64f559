import { expireEverywhere, type CookiePlace } from './cleanup.js';
import { cookieJar } from './cookie-jar.js';
import { decodeRecord, encodeRecord, winningRecord } from './record-codec.js';
import type { Say } from './say.js';
import type { ConsentRecord, NormalizedConfig, RegimeMode } from './types.js';
import { DAY_MS } from './units.js';

/** What the cookie holds now: the winning record and its raw value. */
export interface StoredChoice {
  /** The record that counts, or `null` when no value is a valid choice now. */
  readonly record: ConsentRecord | null;
  /** The winning value as stored (`undefined` when there is no valid one). */
  readonly raw: string | undefined;
  /**
   * When no value is valid: the newest one that would be, were it not older than `expiresDays` (the
   * consent lapsed; browsers usually drop the cookie at that moment, so this is seldom seen).
   */
  readonly expired?: ConsentRecord;
}

/** Reads, writes and removes the consent cookie for one config. */
export interface RecordStore {
  /** The stored choice: of several values of our name, the one that wins (see `pickWinner` in the codec). */
  load(nowMs: number): StoredChoice;
  /**
   * The same, asked of the browser's cookie store (the truth when tabs write at once: this tab's
   * `document.cookie` may lag behind another tab's write); `undefined` without a Cookie Store.
   */
  loadFromStore(nowMs: number): Promise<StoredChoice | undefined>;
  /** Does the browser have a Cookie Store to ask. */
  readonly hasCookieStore: boolean;
  /**
   * Writes the record (its expiry is `expiresDays` after `record.updated`) and expires every other
   * cookie of our name the page can see. Returns the value written and whether the browser kept it.
   */
  save(record: ConsentRecord): { kept: boolean; raw: string };
  /** Removes every cookie of our name the page can see. */
  clear(): void;
  /** Reads a value as a record under this config (`null` when it is not a valid choice now). */
  parse(raw: string, nowMs: number): ConsentRecord | null;
}

/** Browsers keep about 4096 bytes of name and value per cookie; stay clear of it. */
const MAX_COOKIE_BYTES = 4000;

/**
 * Makes the store for a page (its location tells where other copies of our cookie may be). Under
 * the `opt-in` regime a choice made under `opt-out` counts as none (see `decodeRecord`).
 */
export function createRecordStore(config: NormalizedConfig, win: Window, say?: Say, regime?: RegimeMode): RecordStore {
  const { name, domain, path, sameSite, expiresDays } = config.cookie;
  const location = { hostname: win.location.hostname, pathname: win.location.pathname };
  const secure = win.location.protocol === 'https:';
  const own: CookiePlace = { domain, path };
  const ageless: NormalizedConfig = { ...config, cookie: { ...config.cookie, expiresDays: Infinity } };
  const choose = (values: readonly string[], nowMs: number): StoredChoice => {
    const winner = winningRecord(values, config, nowMs, regime);
    if (winner !== undefined || values.length === 0) return { record: winner?.record ?? null, raw: winner?.raw };
    const lapsed = winningRecord(values, ageless, nowMs, regime);
    return lapsed === undefined ? { record: null, raw: undefined } : { record: null, raw: undefined, expired: lapsed.record };
  };
  return {
    load(nowMs) {
      return choose(cookieJar.readAll(name), nowMs);
    },
    // Asked without touching it: making the page's CookieStore costs a load a few milliseconds.
    hasCookieStore: 'cookieStore' in win,
    async loadFromStore(nowMs) {
      const values = await cookieJar.readAllFromStore(win, name);
      return values === undefined ? undefined : choose(values, nowMs);
    },
    save(record) {
      const expires = new Date(Date.parse(record.updated) + expiresDays * DAY_MS);
      const raw = encodeRecord(record, config);
      const bytes = name.length + 1 + raw.length;
      if (bytes > MAX_COOKIE_BYTES) {
        say?.error('cookieTooBig', bytes, MAX_COOKIE_BYTES);
        return { kept: false, raw };
      }
      const kept = cookieJar.write(name, raw, { domain, path, sameSite, secure, expires });
      // Other cookies of our name (another path, host-only beside a domain cookie) would compete
      // with this one on a later read: expire them, keeping the one just written.
      if (kept && cookieJar.readAll(name).length > 1) expireEverywhere(name, location, { keep: own });
      return { kept, raw };
    },
    clear() {
      expireEverywhere(name, location, { paths: [path] });
    },
    parse(raw, nowMs) {
      return decodeRecord(raw, config, nowMs, regime);
    },
  };
}
