/** What another tab said it stored: the cookie value, or `undefined` after a reset. */
export interface AnnouncedValue {
  readonly value: string | undefined;
}

/** Keeps the site's open tabs in step: a choice saved in one reaches the others. */
export interface TabSync {
  /** Tells the other tabs that the stored choice changed: to this cookie value, or removed (`undefined`). */
  notify(value: string | undefined): void;
  /** Stops listening. */
  stop(): void;
}

/**
 * Listens on a BroadcastChannel named after the consent cookie, and, as the fallback for browsers or
 * contexts without it, re-checks when the tab becomes visible again or is restored from the
 * back/forward cache. `onPossibleChange` must re-read the cookie and act only if it differs; it gets
 * the value another tab announced, which may be newer than what this tab's cookie read shows yet
 * (browsers update each tab's view of the cookies asynchronously).
 */
export function createTabSync(win: Window, channelName: string, onPossibleChange: (announced?: AnnouncedValue) => void): TabSync {
  let channel: BroadcastChannel | null = null;
  try {
    if (typeof BroadcastChannel === 'function') {
      const opened = new BroadcastChannel(channelName);
      opened.onmessage = (event: MessageEvent) => {
        const data: unknown = event.data;
        const value = typeof data === 'object' && data !== null ? (data as { value?: unknown }).value : undefined;
        onPossibleChange({ value: typeof value === 'string' ? value : undefined });
      };
      channel = opened;
    }
  } catch {
    channel = null; // e.g. an opaque origin: the visibility fallback still works
  }
  const onVisible = (): void => {
    if (win.document.visibilityState === 'visible') onPossibleChange();
  };
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) onPossibleChange();
  };
  win.document.addEventListener('visibilitychange', onVisible);
  win.addEventListener('pageshow', onPageShow);
  return {
    notify(value) {
      try {
        channel?.postMessage({ value });
      } catch {
        // a closed channel: the other tabs will see the cookie when they become visible
      }
    },
    stop() {
      channel?.close();
      channel = null;
      win.document.removeEventListener('visibilitychange', onVisible);
      win.removeEventListener('pageshow', onPageShow);
    },
  };
}
