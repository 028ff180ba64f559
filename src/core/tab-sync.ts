import { cookieStoreOf } from './cookie-jar.js';

/** What another tab said it stored (the cookie value, or `undefined` after a reset), or what the cookie store reported. */
export interface AnnouncedValue {
  readonly value: string | undefined;
  /**
   * Reported by the cookie store's change event: the value the store holds now (its events come in
   * the order of the writes), so it beats a same-second value this tab's lagging view still shows.
   */
  readonly fromStore?: boolean;
}

/** How many of this tab's own writes are remembered until the Cookie Store reports them. */
const MAX_OWN_WRITES = 64;

/** Keeps the site's open tabs in step: a choice saved in one reaches the others. */
export interface TabSync {
  /** Tells the other tabs that the stored choice changed: to this cookie value, or removed (`undefined`). */
  notify(value: string | undefined): void;
  /**
   * This tab wrote this cookie value. The Cookie Store reports this tab's own writes too, later and
   * one by one: its event for this value is no news, and a value it reports before this one's event
   * comes was written earlier, so it is older than what this tab holds.
   */
  wrote(value: string): void;
  /** Stops listening. */
  stop(): void;
}

/**
 * Listens on a BroadcastChannel named after the consent cookie and to the Cookie Store's changes of
 * that cookie, and, as the fallback for browsers or contexts without them, re-checks when the tab
 * becomes visible again or is restored from the back/forward cache. `onPossibleChange` must re-read
 * the cookie and act only if it differs; it gets the value another tab announced, which may be
 * newer than what this tab's cookie read shows yet (browsers update each tab's view of the cookies
 * asynchronously).
 */
export function createTabSync(win: Window, cookieName: string, onPossibleChange: (announced?: AnnouncedValue) => void): TabSync {
  let channel: BroadcastChannel | null = null;
  try {
    if (typeof BroadcastChannel === 'function') {
      const opened = new BroadcastChannel(`consent-banner:${cookieName}`);
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
  const cookieStore = cookieStoreOf(win);
  /** Values this tab wrote whose change event has not come yet, oldest first. */
  const ownWrites: string[] = [];
  const onCookieChange = (event: Event): void => {
    const { changed = [], deleted = [] } = event as Event & { changed?: readonly { name?: string; value?: string }[]; deleted?: readonly { name?: string }[] };
    // Another tab's value; `null` for one written before this tab's latest write (whose event is
    // still to come): a stale value, never adopted; the store is asked what it holds now.
    let news: string | null | undefined;
    for (const { name, value } of changed) {
      if (name !== cookieName || value === undefined) continue;
      const own = ownWrites.indexOf(value);
      news = own >= 0 ? undefined : ownWrites.length > 0 ? null : value;
      ownWrites.splice(0, own + 1);
    }
    if (typeof news === 'string') onPossibleChange({ value: news, fromStore: true });
    else if (news === null || deleted.some((cookie) => cookie.name === cookieName)) onPossibleChange({ value: undefined, fromStore: true });
  };
  cookieStore?.addEventListener('change', onCookieChange);
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
    wrote(value) {
      ownWrites.push(value);
      if (ownWrites.length > MAX_OWN_WRITES) ownWrites.shift();
    },
    stop() {
      channel?.close();
      channel = null;
      cookieStore?.removeEventListener('change', onCookieChange);
      win.document.removeEventListener('visibilitychange', onVisible);
      win.removeEventListener('pageshow', onPageShow);
    },
  };
}
