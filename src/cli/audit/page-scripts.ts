/**
 * Functions the audit runs inside the audited page. Each is sent to the browser as its source text,
 * so each is self-contained: no imports, no module-level names, only its arguments.
 */
import type { SeenWrite, TaggedNode, UntaggedTracker } from './types.js';

/**
 * The names the page functions share: the binding through which the page reports its writes, and
 * the global symbol key under which the hooks leave the function that finds the page's consent API.
 */
export const AUDIT_NAMES = { binding: '__consentBannerAuditWrite', finder: 'consent-banner.audit.api' } as const;

/** What the page's consent API looks like from outside, as far as the audit uses it. */
interface PageApi {
  readonly config?: unknown;
  readonly regime?: unknown;
  readonly ready?: Promise<unknown>;
  acceptAll?: () => unknown;
  rejectAll?: () => unknown;
}

/** The page's consent API and where it was found. */
interface FoundApi {
  readonly api: PageApi;
  readonly where: string;
}

/** The finder the hooks install, under a global symbol, for the other page functions. */
type ApiFinder = () => FoundApi | undefined;

/**
 * Installed before any script of the page: records every cookie written through `document.cookie`,
 * every `setItem` on local or session storage and every IndexedDB `open`, with the tagged script that
 * did it (`document.currentScript`, matched to the held original beside the gate's runnable copy) or
 * else the first script URL on the stack. The writes themselves go through unchanged.
 */
export function installAuditHooks({ binding, finder }: { binding: string; finder: string }): void {
  // The script-tag build's global, else the element's API (a site that imports the package from npm).
  const findApi: ApiFinder = () => {
    const global = window as unknown as Record<string, unknown>;
    for (const name of ['ConsentBanner', 'consentBannerApi']) {
      const api = global[name];
      if (typeof api === 'object' && api !== null && 'ready' in api) return { api: api as PageApi, where: `window.${name}` };
    }
    const element = document.querySelector<Element & { api?: unknown }>('consent-banner');
    if (typeof element?.api === 'object' && element.api !== null) return { api: element.api, where: '<consent-banner>.api' };
    return undefined;
  };
  Object.defineProperty(window, Symbol.for(finder), { value: findApi, configurable: true });
  const report = (window as unknown as Record<string, unknown>)[binding];
  if (typeof report !== 'function') return;
  const send = (entry: SeenWrite): void => {
    try {
      void (report as (entry: SeenWrite) => Promise<void>)(entry);
    } catch {
      // the audit's own channel failing must not change what the page does
    }
  };
  const writer = (): Pick<SeenWrite, 'categories' | 'script'> => {
    const current = document.currentScript;
    if (current instanceof HTMLScriptElement) {
      const source = current.src;
      for (const original of document.querySelectorAll('script[data-consent]')) {
        const declared = original.getAttribute('data-src') ?? original.getAttribute('src');
        const same =
          source !== ''
            ? declared !== null && new URL(declared, document.baseURI).href === source
            : declared === null && original.textContent === current.textContent;
        if (same) {
          const categories = (original.getAttribute('data-consent') ?? '').split(/\s+/).filter(Boolean);
          return source === '' ? { categories } : { categories, script: source };
        }
      }
      if (source !== '') return { script: source };
    }
    const page = location.href.split('#')[0];
    for (const match of (new Error().stack ?? '').matchAll(/(https?:\/\/[^\s()]+?):\d+:\d+/g)) {
      const url = match[1];
      if (url !== undefined && url !== page) return { script: url };
    }
    return {};
  };

  // The originals, taken as plain functions (not methods) and always called with the right receiver.
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  const getCookie: unknown = cookie === undefined ? undefined : Reflect.get(cookie, 'get');
  const setCookie: unknown = cookie === undefined ? undefined : Reflect.get(cookie, 'set');
  if (typeof getCookie === 'function' && typeof setCookie === 'function') {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: true,
      get(this: Document): string {
        return String(getCookie.call(this));
      },
      set(this: Document, value: unknown) {
        const text = String(value);
        const removal = /;\s*(max-age=0|expires=[^;]*1970)/i.test(text);
        const name = (text.split(';')[0] ?? '').split('=')[0]?.trim() ?? '';
        if (name !== '' && !removal) send({ kind: 'cookie', name, ...writer() });
        setCookie.call(this, value);
      },
    });
  }
  const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (this: Storage, key: string, value: string) => void;
  // A page may pass anything (the browser turns it into a string): the parameters say so.
  Storage.prototype.setItem = function setItemRecorded(this: Storage, key: unknown, value: unknown): void {
    let kind: SeenWrite['kind'] = 'sessionStorage';
    try {
      if (this === window.localStorage) kind = 'localStorage';
    } catch {
      // storage blocked: the write below throws as it would have
    }
    send({ kind, name: String(key), ...writer() });
    setItem.call(this, key as string, value as string);
  };
  const open = Object.getOwnPropertyDescriptor(IDBFactory.prototype, 'open')?.value as (this: IDBFactory, name: string, version?: number) => IDBOpenDBRequest;
  IDBFactory.prototype.open = function openRecorded(this: IDBFactory, name: unknown, version?: number): IDBOpenDBRequest {
    send({ kind: 'indexedDB', name: String(name), ...writer() });
    return version === undefined ? open.call(this, name as string) : open.call(this, name as string, version);
  };
}

/** Waits, at most `timeout` ms, for the page's consent API (if it has one) to be ready. */
export async function waitForConsentApi({ finder, timeout }: { finder: string; timeout: number }): Promise<void> {
  const found = (window as unknown as Record<symbol, ApiFinder | undefined>)[Symbol.for(finder)]?.();
  if (found !== undefined) await Promise.race([found.api.ready, new Promise((resolve) => setTimeout(resolve, timeout))]);
}

/**
 * The config the page's banner runs with: the API's validated config (RegExp patterns as their
 * parts), else the text of the page's `#consent-banner-config`, else nothing.
 */
export function readPageConfig(finder: string): { source: string; config: unknown } | { source: string; json: string } | null {
  const found = (window as unknown as Record<symbol, ApiFinder | undefined>)[Symbol.for(finder)]?.();
  if (typeof found?.api.config === 'object' && found.api.config !== null) {
    const text = JSON.stringify(found.api.config, (_key, value: unknown) => (value instanceof RegExp ? { source: value.source, flags: value.flags } : value));
    return { source: `the page (${found.where}.config)`, config: JSON.parse(text) as unknown };
  }
  const element = document.getElementById('consent-banner-config');
  if (element !== null) return { source: 'the page (#consent-banner-config)', json: element.textContent };
  return null;
}

/** The regime the page's banner applies (`opt-in` where it says none: older versions, no banner). */
export function readRegime(finder: string): 'opt-in' | 'opt-out' {
  const found = (window as unknown as Record<symbol, ApiFinder | undefined>)[Symbol.for(finder)]?.();
  return found?.api.regime === 'opt-out' ? 'opt-out' : 'opt-in';
}

/** Makes the visitor's choice through the page's own API; an error message when it cannot. */
export async function makeChoice({ finder, choice }: { finder: string; choice: 'accept' | 'reject' }): Promise<string | null> {
  const found = (window as unknown as Record<symbol, ApiFinder | undefined>)[Symbol.for(finder)]?.();
  const method = choice === 'accept' ? found?.api.acceptAll : found?.api.rejectAll;
  if (found === undefined || typeof method !== 'function')
    return `no consent API on the page (window.ConsentBanner or <consent-banner>.api): the choice could not be made.`;
  try {
    await method.call(found.api);
    return null;
  } catch (error) {
    return `${found.where}.${choice}All() threw: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** What the page holds at the end of a phase: storage keys, databases, tagged nodes, untagged trackers, same-origin links. */
export async function readPageState(trackerHosts: readonly string[]): Promise<{
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  tagged: TaggedNode[];
  untaggedTrackers: UntaggedTracker[];
  links: string[];
}> {
  const keys = (kind: 'localStorage' | 'sessionStorage'): string[] => {
    try {
      const storage = window[kind];
      return Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '')
        .filter(Boolean)
        .sort();
    } catch {
      return [];
    }
  };
  let databases: string[] = [];
  try {
    databases = (await indexedDB.databases())
      .map((database) => database.name ?? '')
      .filter(Boolean)
      .sort();
  } catch {
    // IndexedDB blocked or not listable
  }
  const absolute = (url: string | null): string => {
    try {
      return url === null ? '' : new URL(url, document.baseURI).href;
    } catch {
      return url ?? '';
    }
  };
  const tagged = Array.from(document.querySelectorAll('[data-consent]'), (node): TaggedNode => ({
    element: node.localName,
    categories: (node.getAttribute('data-consent') ?? '').split(/\s+/).filter(Boolean),
    services: (node.getAttribute('data-consent-service') ?? '').split(/\s+/).filter(Boolean),
    url: absolute(node.getAttribute('data-src') ?? node.getAttribute('src')),
    state: node.getAttribute('data-consent-state') ?? 'none',
  }));
  const untaggedTrackers: UntaggedTracker[] = [];
  for (const node of document.querySelectorAll('script[src], iframe[src], img[src]')) {
    if (node.hasAttribute('data-consent')) continue;
    const url = absolute(node.getAttribute('src'));
    let hostname = '';
    try {
      hostname = new URL(url).hostname.toLowerCase();
    } catch {
      continue;
    }
    const host = trackerHosts.find((candidate) => hostname === candidate || hostname.endsWith(`.${candidate}`));
    if (host !== undefined) untaggedTrackers.push({ element: node.localName, url, host });
  }
  const links = new Set<string>();
  for (const anchor of document.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(absolute(anchor.getAttribute('href')));
    } catch {
      continue;
    }
    if (url.origin !== location.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
    url.hash = '';
    links.add(url.href);
  }
  return { localStorage: keys('localStorage'), sessionStorage: keys('sessionStorage'), indexedDB: databases, tagged, untaggedTrackers, links: [...links] };
}
