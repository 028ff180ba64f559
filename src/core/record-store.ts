import { cookieJar } from './cookie-jar.js';
import { decodeRecord, encodeRecord } from './record-codec.js';
import type { Reporter } from './report.js';
import type { ConsentRecord, NormalizedConfig } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads, writes and removes the consent cookie for one config. */
export interface RecordStore {
  /** The stored choice, or `null` when there is none that is valid now. Also returns the raw value. */
  load(nowMs: number): { record: ConsentRecord | null; raw: string | undefined };
  /** Writes the record; its expiry is `expiresDays` after `record.updated`. Returns whether the browser kept it. */
  save(record: ConsentRecord): boolean;
  /** Removes the cookie. */
  clear(): void;
}

/** Browsers keep about 4096 bytes of name and value per cookie; stay clear of it. */
export const MAX_COOKIE_BYTES = 4000;

/** Makes the store; `secure` adds the Secure attribute (https pages). */
export function createRecordStore(config: NormalizedConfig, secure: boolean, reporter?: Reporter): RecordStore {
  const { name, domain, path, sameSite, expiresDays } = config.cookie;
  return {
    load(nowMs) {
      const raw = cookieJar.read(name);
      return { record: decodeRecord(raw, config, nowMs), raw };
    },
    save(record) {
      const expires = new Date(Date.parse(record.updated) + expiresDays * DAY_MS);
      const value = encodeRecord(record, config);
      const bytes = name.length + 1 + value.length;
      if (bytes > MAX_COOKIE_BYTES) {
        reporter?.error(`config.categories: this choice needs a ${String(bytes)}-byte cookie, more than the ${String(MAX_COOKIE_BYTES)} browsers keep; it holds for this page only. Use fewer categories or services.`);
        return false;
      }
      return cookieJar.write(name, value, { domain, path, sameSite, secure, expires });
    },
    clear() {
      cookieJar.remove(name, { domain, path });
    },
  };
}
