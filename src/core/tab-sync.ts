/** Keeps the site's open tabs in step: a choice saved in one reaches the others. */
export interface TabSync {
  /** Tells the other tabs that the stored choice changed. */
  notify(): void;
  /** Stops listening. */
  stop(): void;
}

/**
 * Listens on a BroadcastChannel named after the consent cookie, and, as the fallback for browsers or
 * contexts without it, re-checks when the tab becomes visible again or is restored from the
 * back/forward cache. `onPossibleChange` must re-read the cookie and act only if it differs.
 */
export function createTabSync(win: Window, channelName: string, onPossibleChange: () => void): TabSync {
  let channel: BroadcastChannel | null = null;
  try {
    if (typeof BroadcastChannel === 'function') {
      const opened = new BroadcastChannel(channelName);
      opened.onmessage = () => {
        onPossibleChange();
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
    notify() {
      try {
        channel?.postMessage('change');
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
