import { useSyncExternalStore } from 'react';
import type { ConsentApi, ConsentRecord } from 'consent-banner';

/**
 * The visitor's current choice, re-rendering on every change (here, in another tab, by GPC).
 * `null` before a choice, on the server, and while `api` is not started.
 */
export function useConsent(api: ConsentApi | null): ConsentRecord | null {
  return useSyncExternalStore(
    (onChange) => api?.on('change', onChange) ?? (() => undefined),
    () => api?.get() ?? null,
    () => null,
  );
}
