import { consoleReporter, type Reporter } from '../core/report.js';
import type { ChangeDetail, ChangeOrigin, ConsentApi, ConsentMethod, LogConfig } from '../core/types.js';
import { VERSION } from '../version.js';
import { onConsent, type Integration } from './integration.js';

/** What the visitor was shown, for the proof: the language and a fingerprint of the texts. */
export interface ShownContext {
  readonly language: string;
  readonly textsHash: string;
}

/** One proof-of-consent entry, as POSTed to `log.url` (JSON). */
export interface ConsentLogPayload {
  /** The payload format. */
  readonly schema: 1;
  /** `choice`: a record was saved; `reset`: the choice was forgotten (`id` is the forgotten record's). */
  readonly event: 'choice' | 'reset';
  /** Where it happened: `notice`, `preferences`, `placeholder`, `api` (the site's code) or `gpc`. */
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
  /** The page's path, without query or fragment. */
  readonly page: string;
  readonly language: string;
  readonly textsHash: string;
  readonly version: string;
}

/** What the log records when no UI says what was shown. */
const UNKNOWN_SHOWN: ShownContext = { language: 'und', textsHash: '' };

/** The localStorage key that keeps entries not yet delivered. */
export const PENDING_KEY = 'consent_banner_log_pending';
/** At most this many undelivered entries are kept (the newest). */
export const MAX_PENDING = 5;

/** What the log needs from its surroundings; tests replace the network. */
export interface ConsentLogOptions {
  /** What the visitor was shown; the UI provides it (`und`/empty without a UI). */
  readonly shown?: () => ShownContext;
  readonly reporter?: Reporter;
}

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
      schema: 1, event: 'reset', source, previousId, id: previousId, revision: api.config.revision, given: now, updated: now, method: null,
      granted: required, denied: api.config.categories.map((c) => c.id).filter((id) => !required.includes(id)), services: {},
      gpc: api.gpc, page, language: shown.language, textsHash: shown.textsHash, version: VERSION,
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
    page,
    language: shown.language,
    textsHash: shown.textsHash,
    version: VERSION,
  };
}

function readPending(storage: Storage | null): ConsentLogPayload[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PENDING_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((entry: unknown): entry is ConsentLogPayload =>
      typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string').slice(-MAX_PENDING);
  } catch {
    return [];
  }
}

function writePending(storage: Storage | null, entries: readonly ConsentLogPayload[]): void {
  try {
    if (entries.length === 0) storage?.removeItem(PENDING_KEY);
    else storage?.setItem(PENDING_KEY, JSON.stringify(entries.slice(-MAX_PENDING)));
  } catch {
    // storage full or blocked: the entry is only tried once
  }
}

/**
 * Proof of consent: each choice saved on this page is sent to `log.url` as JSON, by `fetch` with
 * `keepalive`, without `Referer` and (unless `log.credentials` says otherwise) without cookies. An
 * entry is kept in localStorage until the server answers 2xx (a network error or any other status
 * keeps it, with a console warning), and the ones left (at most five) are sent again on the next
 * page load. Nothing here can break the page.
 */
export function consentLog(options: ConsentLogOptions = {}): Integration {
  const reporter = options.reporter ?? consoleReporter;
  return {
    name: 'log',
    attach: (api, win, context) => {
    let log: LogConfig | null = null;
    // localStorage is opened only when a log is configured: the first access costs a page that has none.
    let storage: Storage | null | undefined; // undefined: not opened yet; null: blocked
    const pendingStorage = (): Storage | null => {
      if (storage === undefined) {
        try {
          storage = win.localStorage;
        } catch {
          storage = null;
        }
      }
      return storage;
    };

    /**
     * One POST, by `fetch` with `keepalive` (it outlives the page, like a beacon, and unlike one it
     * tells whether the server took the entry): no `Referer` (the page's URL and query stay on the
     * page) and no cookies unless `log.credentials` asks for them.
     */
    const deliver = async (entry: ConsentLogPayload): Promise<boolean> => {
      if (log === null) return false;
      try {
        const response = await win.fetch(log.url, {
          method: 'POST',
          body: JSON.stringify(entry),
          keepalive: true,
          credentials: log.credentials ?? 'omit',
          referrerPolicy: 'no-referrer',
          headers: { 'Content-Type': 'application/json', ...log.headers },
        });
        if (!response.ok) reporter.warn(`the consent log at ${log.url} answered ${String(response.status)}; the entry is kept and sent again.`);
        return response.ok;
      } catch {
        return false;
      }
    };

    const keyOf = (entry: ConsentLogPayload): string => `${entry.id}|${entry.updated}`;
    // This page's entries not delivered yet: kept here too, so that they are sent even where
    // localStorage is blocked or full (there, a failed entry is only retried while the page lives).
    let unsent: ConsentLogPayload[] = [];
    /** The stored entries (from earlier pages too) and this page's, each once. */
    const pendingEntries = (storage: Storage | null): ConsentLogPayload[] => {
      const stored = readPending(storage);
      const keys = new Set(stored.map(keyOf));
      return [...stored, ...unsent.filter((entry) => !keys.has(keyOf(entry)))];
    };
    /** Sends every pending entry, one flush at a time; keeps those that fail. */
    const flush = async (): Promise<void> => {
      const storage = pendingStorage();
      const pending = pendingEntries(storage);
      const delivered = new Set<string>();
      for (const entry of pending) if (await deliver(entry)) delivered.add(keyOf(entry));
      unsent = unsent.filter((entry) => !delivered.has(keyOf(entry)));
      writePending(storage, readPending(storage).filter((entry) => !delivered.has(keyOf(entry))));
      const left = pendingEntries(storage);
      if (left.length > 0) reporter.warn(`${String(left.length)} consent log entr${left.length === 1 ? 'y' : 'ies'} not sent to ${log?.url ?? ''} yet; trying again on the next page.`);
    };
    let flushing = Promise.resolve();
    const scheduleFlush = (): void => {
      flushing = flushing.then(flush, flush);
    };

    const shown = (): ShownContext => {
      try {
        return (options.shown ?? context?.shown)?.() ?? UNKNOWN_SHOWN;
      } catch {
        return UNKNOWN_SHOWN;
      }
    };

    return onConsent(api, () => {
      log = api.config.log;
      if (log !== null) scheduleFlush();
    }, (detail) => {
      // Choices made on this page are logged, and a GPC opt-out applied here: one made in another
      // tab was logged there.
      if (log === null || detail.source === 'tab') return;
      const entry = logPayload(api, win.location.pathname, shown(), detail);
      if (entry === null) return;
      const storage = pendingStorage();
      unsent = [...unsent, entry];
      writePending(storage, [...readPending(storage), entry]);
      scheduleFlush();
    });
    },
  };
}
