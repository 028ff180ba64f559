import type { ChangeDetail, ChangeOrigin, ConsentApi, ConsentMethod, RegimeMode } from '../core/types.js';
import { UNKNOWN_SHOWN, type ShownContext } from '../core/shown-context.js';
import { VERSION } from '../version.js';

/** One proof-of-consent entry, as POSTed to `log.url` (JSON). */
export interface ConsentLogPayload {
  /** The payload format. */
  readonly schema: 1;
  /** `choice`: a record was saved; `reset`: the choice was forgotten (`id` is the forgotten record's). */
  readonly event: 'choice' | 'reset';
  /** Where it happened: `notice`, `preferences`, `placeholder`, `link` (a `data-consent-open="opt-out"` element), `api` (the site's code) or `gpc`. */
  readonly source: ChangeOrigin;
  /** The record id before this entry (a reset and the next choice get different ids). */
  readonly previousId: string | null;
  readonly id: string;
  readonly revision: number;
  readonly given: string;
  readonly updated: string;
  /** How the choice was made; `null` for a reset. */
  readonly method: ConsentMethod | null;
  readonly granted: readonly string[];
  readonly denied: readonly string[];
  readonly services: Readonly<Record<string, readonly string[]>>;
  readonly gpc: boolean;
  /** The regime the choice was made under (for a reset: the one in force). */
  readonly regime: RegimeMode;
  /** The visitor's region then, `null` when unknown. */
  readonly region: string | null;
  /** The page's path, without query or fragment. */
  readonly page: string;
  readonly language: string;
  readonly textsHash: string;
  readonly version: string;
}

/** The localStorage key that keeps entries not yet delivered. */
export const PENDING_KEY = 'consent_banner_log_pending';
/** At most this many undelivered entries are kept (the newest). */
export const MAX_PENDING = 5;

/**
 * Builds the payload for a change: the current record, or, after a reset, the forgotten record's id
 * with nothing but the required categories granted.
 */
export function logPayload(api: ConsentApi, page: string, shown: ShownContext, change?: Pick<ChangeDetail, 'origin' | 'previousId'>): ConsentLogPayload | null {
  const record = api.get();
  const source = change?.origin ?? 'api';
  const previousId = change?.previousId ?? null;
  if (record === null) {
    if (previousId === null) return null;
    const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const required = api.config.categories.filter((c) => c.required).map((c) => c.id);
    return {
      schema: 1,
      event: 'reset',
      source,
      previousId,
      id: previousId,
      revision: api.config.revision,
      given: now,
      updated: now,
      method: null,
      granted: required,
      denied: api.config.categories.map((c) => c.id).filter((id) => !required.includes(id)),
      services: {},
      gpc: api.gpc,
      regime: api.regime,
      region: api.region,
      page,
      language: shown.language,
      textsHash: shown.textsHash,
      version: VERSION,
    };
  }
  return {
    schema: 1,
    event: 'choice',
    source,
    previousId,
    id: record.id,
    revision: record.revision,
    given: record.given,
    updated: record.updated,
    method: record.method,
    granted: [...record.categories],
    denied: api.config.categories.map((c) => c.id).filter((id) => !record.categories.includes(id)),
    services: record.services,
    gpc: record.gpc,
    regime: record.regime,
    region: record.region,
    page,
    language: shown.language,
    textsHash: shown.textsHash,
    version: VERSION,
  };
}

export function readPending(storage: Storage | null): ConsentLogPayload[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PENDING_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((entry: unknown): entry is ConsentLogPayload => typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string')
      .slice(-MAX_PENDING);
  } catch {
    return [];
  }
}

export function writePending(storage: Storage | null, entries: readonly ConsentLogPayload[]): void {
  try {
    if (entries.length === 0) storage?.removeItem(PENDING_KEY);
    else storage?.setItem(PENDING_KEY, JSON.stringify(entries.slice(-MAX_PENDING)));
  } catch {
    // storage full or blocked: the entry is only tried once
  }
}

/**
 * Puts the entry for a change made on this page in the queue kept in localStorage (a change from
 * another tab was logged there). Returns it, or null when there is nothing to log.
 */
export function queueLogEntry(api: ConsentApi, page: string, shown: ShownContext, detail: ChangeDetail, storage: Storage | null): ConsentLogPayload | null {
  if (detail.source === 'tab') return null;
  const entry = logPayload(api, page, shown, detail);
  if (entry !== null) writePending(storage, [...readPending(storage), entry]);
  return entry;
}

/**
 * Queues the entry for a change made before the log's own code is on the page (the script-tag
 * build loads it from an add-on file): written to localStorage at once, as the log itself does, so
 * that it is sent even if the visitor leaves before the file arrives (by the next page that has it;
 * this page's log sends it when its file arrives). False when localStorage is blocked: then the
 * change is handed to the log in memory instead.
 */
export function queueEarlyLogEntry(api: ConsentApi, win: Window, shown: (() => ShownContext | undefined) | undefined, detail: ChangeDetail): boolean {
  let storage: Storage | null = null;
  try {
    storage = win.localStorage;
  } catch {
    // blocked: the entry is handed to the log when its file arrives, and kept only while the page lives
  }
  let context: ShownContext = UNKNOWN_SHOWN;
  try {
    context = shown?.() ?? UNKNOWN_SHOWN;
  } catch {
    // a UI that cannot say what it showed: recorded as unknown, as the log does
  }
  if (storage === null) return false;
  queueLogEntry(api, win.location.pathname, context, detail, storage);
  return true;
}
