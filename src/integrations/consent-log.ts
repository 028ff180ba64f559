import { consoleReporter, type Reporter } from '../core/report.js';
import type { LogConfig } from '../core/types.js';
import { onConsent, type Integration } from './integration.js';
import { UNKNOWN_SHOWN, type ShownContext } from '../core/shown-context.js';
import { queueLogEntry, readPending, writePending, type ConsentLogPayload } from './log-queue.js';

export { logPayload, MAX_PENDING, PENDING_KEY, type ConsentLogPayload } from './log-queue.js';
export type { ShownContext } from '../core/shown-context.js';

/** What the log needs from its surroundings; tests replace the network. */
export interface ConsentLogOptions {
  /** What the visitor was shown; the UI provides it (`und`/empty without a UI). */
  readonly shown?: () => ShownContext;
  readonly reporter?: Reporter;
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
        writePending(
          storage,
          readPending(storage).filter((entry) => !delivered.has(keyOf(entry))),
        );
        const left = pendingEntries(storage);
        if (left.length > 0)
          reporter.warn(
            `${String(left.length)} consent log entr${left.length === 1 ? 'y' : 'ies'} not sent to ${log?.url ?? ''} yet; trying again on the next page.`,
          );
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

      return onConsent(
        api,
        () => {
          log = api.config.log;
          if (log !== null) scheduleFlush();
        },
        (detail) => {
          // Choices made on this page are logged, and a GPC opt-out applied here: one made in another
          // tab was logged there.
          if (log === null) return;
          const entry = queueLogEntry(api, win.location.pathname, shown(), detail, pendingStorage());
          if (entry === null) return;
          unsent = [...unsent, entry];
          scheduleFlush();
        },
      );
    },
  };
}
