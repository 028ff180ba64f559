import type { ConsentApi } from '../../src/core/types.js';
import { PENDING_KEY as PENDING_LOG_KEY } from '../../src/integrations/consent-log.js';
import { waitFor } from './consent.js';

/** What an end-to-end page records (see test/e2e/pages/record.js). */
export interface PageWindow extends Window {
  ConsentBanner?: ConsentApi;
  __ran: string[];
  __events: { type: string; detail: unknown; ran: string[] }[];
  __errors: string[];
  __warnings: string[];
}

/** A real page in an iframe: its own document and window, sharing this origin's cookies. */
export interface Frame {
  readonly element: HTMLIFrameElement;
  readonly window: PageWindow;
  /** Reloads the page and waits until it has loaded. */
  reload(): Promise<void>;
  /** Waits for the next load (after the page reloads itself). */
  nextLoad(): Promise<void>;
}

const frames: HTMLIFrameElement[] = [];

/** Opens an end-to-end page from test/e2e/pages and waits for its load event. */
export function openPage(name: string): Promise<Frame> {
  return openUrl(`/test/e2e/pages/${name}`);
}

/** Opens any page of this server in an iframe (800 × 600 unless told) and waits for its load event. */
export async function openUrl(url: string, size: { readonly width: number; readonly height: number } = { width: 800, height: 600 }): Promise<Frame> {
  const element = document.createElement('iframe');
  element.style.width = `${String(size.width)}px`;
  element.style.height = `${String(size.height)}px`;
  element.style.border = '0';
  frames.push(element);
  const nextLoad = (): Promise<void> =>
    new Promise((resolve) => {
      element.addEventListener(
        'load',
        () => {
          resolve();
        },
        { once: true },
      );
    });
  const loaded = nextLoad();
  element.src = url;
  document.body.append(element);
  await loaded;
  const frame: Frame = {
    element,
    get window() {
      return element.contentWindow as PageWindow;
    },
    async reload() {
      const again = nextLoad();
      element.contentWindow!.location.reload();
      await again;
    },
    nextLoad,
  };
  return frame;
}

/**
 * Removes every page opened by `openPage`, and the consent-log entries they left pending (an entry
 * whose answer had not arrived when its page closed would be sent again by the next test's page).
 */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
  localStorage.removeItem(PENDING_LOG_KEY);
}

/** Waits until none of the page's tagged scripts is queued or loading. */
export async function scriptsSettled(win: Window, timeoutMs = 4000): Promise<void> {
  await waitFor(
    () => win.document.querySelectorAll('[data-consent-state="queued"], [data-consent-state="loading"]').length === 0,
    timeoutMs,
    'scripts to settle',
  );
}

/**
 * Waits until the page has loaded, its consent instance has started, its tagged scripts have
 * settled and the work it does after the first paint (the tab channel, the cookie rewrite, the
 * load's clean-up) has run.
 */
export async function pageStarted(win: PageWindow): Promise<void> {
  await waitFor(() => win.ConsentBanner?.started === true && win.document.readyState === 'complete', 3000, 'the start');
  await scriptsSettled(win);
  await new Promise((resolve) => setTimeout(resolve, 150));
}

/**
 * Waits until the page has had an idle moment after the work it queued for one (the library's
 * idle work, e.g. the dialog's prefetch and the clean-up, was queued earlier and runs first). Where
 * the engine has no idle callbacks, the library waits 200 ms instead, and so does this, a little longer.
 */
export async function pageIdle(win: Window): Promise<void> {
  const hasIdle = typeof (win as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback === 'function';
  for (let round = 0; round < 2; round += 1) {
    await new Promise<void>((resolve) => {
      if (hasIdle)
        win.requestIdleCallback(() => {
          resolve();
        });
      else win.setTimeout(resolve, 250);
    });
  }
}
