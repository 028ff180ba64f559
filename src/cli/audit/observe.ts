import type { Browser, BrowserContext, Page } from 'playwright-core';
import { matchHost } from '../../core/trackers.js';
import { AUDIT_NAMES, installAuditHooks, makeChoice, readPageConfig, readPageState, readRegime, waitForConsentApi } from './page-scripts.js';
import type { Phase, PhaseObservation, SeenRequest, SeenWrite } from './types.js';

/** How the banner's console messages begin. */
const BANNER_PREFIX = '[consent-banner]';
/** How long the page must make no request to count as settled, and the longest wait for that. */
const QUIET_MS = 500;
const QUIET_LIMIT_MS = 5000;
/** The longest wait for the page's consent API to be ready. */
const API_WAIT_MS = 3000;

/** What the first visit also reports: the page's own config and its same-origin links. */
export interface FirstVisitExtras {
  readonly pageConfig: ReturnType<typeof readPageConfig>;
  readonly links: readonly string[];
}

/** A CDP request initiator, as far as the audit reads it. */
interface Initiator {
  readonly url?: string;
  readonly stack?: { readonly callFrames: readonly { readonly url: string }[]; readonly parent?: Initiator['stack'] };
}

/** The script that started a request, where the browser says: the initiator's URL or the first script frame. */
function initiatorScript(initiator: Initiator | undefined): string | undefined {
  for (let stack = initiator?.stack; stack !== undefined; stack = stack.parent) {
    const frame = stack.callFrames.find((candidate) => candidate.url.startsWith('http'));
    if (frame !== undefined) return frame.url;
  }
  return initiator?.url?.startsWith('http') === true ? initiator.url : undefined;
}

/** Cookie names in a response's `Set-Cookie` header (one per line, as CDP joins them). */
function setCookieNames(headers: Readonly<Record<string, string>>): string[] {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'set-cookie');
  if (entry === undefined) return [];
  return entry[1]
    .split('\n')
    .map((line) => (line.split(';')[0] ?? '').split('=')[0]?.trim() ?? '')
    .filter(Boolean);
}

/** Records a context's requests (to other hosts) and writes, and knows when its network is quiet. */
class Recorder {
  private readonly seenRequests: Omit<SeenRequest, 'initiator'>[] = [];
  readonly writes: SeenWrite[] = [];
  readonly bannerMessages: { level: 'error' | 'warning'; text: string }[] = [];
  /** Whether requests count yet: after the choice, in the phases that make one. */
  recording: boolean;
  private readonly initiators = new Map<string, string>();
  private inFlight = 0;
  private lastActivity = Date.now();

  constructor(
    private readonly pageHost: string,
    private readonly trackerHosts: readonly string[],
    recording: boolean,
  ) {
    this.recording = recording;
  }

  async attach(context: BrowserContext, page: Page): Promise<void> {
    await context.exposeBinding(AUDIT_NAMES.binding, (_source, entry: SeenWrite) => {
      this.writes.push(entry);
    });
    await context.addInitScript(installAuditHooks, AUDIT_NAMES);
    const cdp = await context.newCDPSession(page);
    const scriptsByRequest = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      const script = initiatorScript(event.initiator);
      if (script === undefined) return;
      this.initiators.set(event.request.url, script);
      scriptsByRequest.set(event.requestId, script);
    });
    cdp.on('Network.responseReceivedExtraInfo', (event) => {
      const script = scriptsByRequest.get(event.requestId);
      for (const name of setCookieNames(event.headers)) this.writes.push({ kind: 'cookie', name, ...(script === undefined ? {} : { script }) });
    });
    await cdp.send('Network.enable');
    const settle = (): void => {
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.lastActivity = Date.now();
    };
    context.on('request', (request) => {
      this.inFlight += 1;
      this.lastActivity = Date.now();
      if (this.recording) this.record(request.url(), request.resourceType());
    });
    // The banner's own console messages: a config error, an add-on file refused, advice to the site.
    page.on('console', (message) => {
      const type = message.type();
      const text = message.text();
      if ((type === 'error' || type === 'warning') && text.startsWith(BANNER_PREFIX)) {
        this.bannerMessages.push({ level: type, text: text.slice(BANNER_PREFIX.length).trim() });
      }
    });
    context.on('requestfinished', settle);
    context.on('requestfailed', settle);
  }

  private record(url: string, type: string): void {
    let host: string;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return;
      host = parsed.hostname;
    } catch {
      return;
    }
    if (host === this.pageHost) return;
    const tracker = matchHost(host, this.trackerHosts);
    this.seenRequests.push({ url, host, type, ...(tracker === undefined ? {} : { tracker }) });
  }

  /** The requests to other hosts, each with the script that started it (known once the protocol said: read at the end). */
  get requests(): SeenRequest[] {
    return this.seenRequests.map((request) => {
      const initiator = this.initiators.get(request.url);
      return initiator === undefined ? request : { ...request, initiator };
    });
  }

  /** Resolves once no request has been in flight for a moment (or after a few seconds regardless). */
  async quiet(page: Page): Promise<void> {
    const started = Date.now();
    while (Date.now() - started < QUIET_LIMIT_MS) {
      if (this.inFlight === 0 && Date.now() - this.lastActivity >= QUIET_MS) return;
      await page.waitForTimeout(100);
    }
  }
}

/** Throws when the page's deadline has passed; the milliseconds left otherwise. */
function remaining(deadline: number): number {
  const left = deadline - Date.now();
  if (left <= 0) throw new Error('timed out');
  return left;
}

async function settle(page: Page, recorder: Recorder, deadline: number): Promise<void> {
  await page.waitForLoadState('load', { timeout: remaining(deadline) });
  await page.evaluate(waitForConsentApi, { finder: AUDIT_NAMES.finder, timeout: Math.min(API_WAIT_MS, remaining(deadline)) });
  await recorder.quiet(page);
  remaining(deadline);
}

/**
 * One phase of one page, in a fresh browser context: load (and, after a choice through the page's
 * API, reload), wait until the network is quiet, then read cookies, storage, databases and nodes.
 */
export async function observePhase(
  browser: Browser,
  url: string,
  phase: Phase,
  { trackerHosts, deadline }: { trackerHosts: readonly string[]; deadline: number },
): Promise<{ observation: PhaseObservation; extras?: FirstVisitExtras }> {
  const recorder = new Recorder(new URL(url).hostname, trackerHosts, phase === 'first-visit');
  const context = await browser.newContext();
  const empty = { phase, cookies: [], localStorage: [], sessionStorage: [], indexedDB: [], tagged: [], untaggedTrackers: [] };
  // A page that hangs (a choice that never settles, a script in an endless loop) is cut off at the
  // deadline: closing the context makes every pending step fail.
  const cutOff = { done: false };
  const timer = setTimeout(
    () => {
      cutOff.done = true;
      void context.close().catch(() => undefined);
    },
    Math.max(0, deadline - Date.now()),
  );
  try {
    const page = await context.newPage();
    await recorder.attach(context, page);
    await page.goto(url, { waitUntil: 'load', timeout: remaining(deadline) });
    await settle(page, recorder, deadline);
    const pageConfig = phase === 'first-visit' ? await page.evaluate(readPageConfig, AUDIT_NAMES.finder) : null;
    const regime = await page.evaluate(readRegime, AUDIT_NAMES.finder);
    if (phase !== 'first-visit') {
      recorder.recording = true;
      const choice: 'accept' | 'reject' = phase === 'after-accept' ? 'accept' : 'reject';
      const failure = await page.evaluate(makeChoice, { finder: AUDIT_NAMES.finder, choice }).catch((error: unknown) => {
        // The banner may reload the page itself as the choice returns (`reloadOnWithdraw`): the
        // choice was made; the evaluation lost its page.
        if (error instanceof Error && /context was destroyed|navigat/i.test(error.message)) return null;
        throw error;
      });
      if (failure !== null) throw new Error(failure);
      await recorder.quiet(page);
      await reloadRetrying(page, deadline);
      await settle(page, recorder, deadline);
    }
    const state = await page.evaluate(readPageState, trackerHosts);
    const cookies = (await context.cookies()).map(({ name, domain, path, expires, httpOnly, secure }) => ({ name, domain, path, expires, httpOnly, secure }));
    const { links, ...seen } = state;
    const observation = { phase, cookies, ...seen, requests: recorder.requests, writes: recorder.writes, bannerMessages: recorder.bannerMessages, regime };
    return phase === 'first-visit' ? { observation, extras: { pageConfig, links } } : { observation };
  } catch (error) {
    const message =
      cutOff.done || (error instanceof Error && error.message === 'timed out')
        ? 'timed out (see --timeout)'
        : error instanceof Error
          ? (error.message.split('\n')[0] ?? error.message)
          : String(error);
    return { observation: { ...empty, requests: recorder.requests, writes: recorder.writes, bannerMessages: recorder.bannerMessages, error: message } };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

/**
 * Reloads the page for the returning visitor's view. The banner may be reloading it already (after
 * withdrawing what already ran, `reloadOnWithdraw`): the two navigations can abort each other, so a
 * reload that fails for any reason but time is tried again, up to three times, after the page's own
 * load.
 */
async function reloadRetrying(page: Page, deadline: number): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.reload({ waitUntil: 'load', timeout: remaining(deadline) });
      return;
    } catch (error) {
      if (attempt === 3 || (error instanceof Error && error.name === 'TimeoutError')) throw error;
      await page.waitForLoadState('load', { timeout: remaining(deadline) }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  }
}
