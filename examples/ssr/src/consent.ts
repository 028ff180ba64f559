import { useSyncExternalStore } from 'react';
import { createConsent, type ConsentApi, type ConsentRecord, type ViewState } from 'consent-banner/core';
import { config } from '../../consent-config.js';

/**
 * The page's consent instance, made at import: on the server it is inert (nothing granted, no
 * notice), so the server's HTML equals the browser's first render; the browser starts it from an
 * effect (`startConsent()`).
 */
export const consent: ConsentApi = createConsent(config);

/** Starts the instance in the browser, once (a second effect run, as StrictMode makes, does nothing). */
export function startConsent(): void {
  if (!consent.started) consent.init();
}

const subscribe = (onChange: () => void): (() => void) => {
  const offs = [consent.on('ready', onChange), consent.on('change', onChange), consent.on('show', onChange), consent.on('hide', onChange)];
  return () => {
    for (const off of offs) off();
  };
};

/** The visitor's choice, following every change; `null` on the server and before a choice. */
export function useConsentRecord(): ConsentRecord | null {
  return useSyncExternalStore(
    subscribe,
    () => consent.get(),
    () => null,
  );
}

const CLOSED: ViewState = { notice: false, preferences: false };

/** Which of the site's consent views are open; all closed on the server. */
export function useConsentViews(): ViewState {
  return useSyncExternalStore(
    subscribe,
    () => consent.views,
    () => CLOSED,
  );
}
