import Cookies from 'js-cookie';
import { cookieValues, decodeCookieText, parseCookieHeader, type ListedCookie } from './cookie-header.js';

/** Attributes for writing or removing one cookie. */
export interface CookieAttributes {
  readonly domain?: string;
  readonly path?: string;
  readonly sameSite?: 'Lax' | 'Strict' | 'None';
  readonly secure?: boolean;
  readonly expires?: Date;
}

/** Every cookie the page can see, as `document.cookie` lists them. */
function listCookies(): ListedCookie[] {
  try {
    return parseCookieHeader(document.cookie);
  } catch {
    return []; // a sandboxed document throws on access
  }
}

/** The part of the Cookie Store API we read (Chromium, Safari 18.4, Firefox 140; secure contexts only). */
export interface CookieStoreLike extends EventTarget {
  getAll(name: string): Promise<readonly { readonly name: string; readonly value: string }[]>;
}

/** The page's Cookie Store, where the browser has one. */
export function cookieStoreOf(win: Window): CookieStoreLike | undefined {
  try {
    const store = (win as unknown as { cookieStore?: CookieStoreLike }).cookieStore;
    return store !== undefined && typeof store.getAll === 'function' ? store : undefined;
  } catch {
    return undefined;
  }
}

/** The only place that touches `document.cookie` (writes through js-cookie). Never throws. */
export const cookieJar = {
  /**
   * Every value of this name the page can see, in the browser's order (Chromium lists longer paths
   * first). Several cookies share a name when they differ in domain or path.
   */
  readAll(name: string): string[] {
    return cookieValues(listCookies(), name);
  },

  /** Writes a cookie; returns whether the browser kept it (it may refuse, e.g. a wrong domain). */
  write(name: string, value: string, attributes: CookieAttributes): boolean {
    try {
      Cookies.set(name, value, toJsCookie(attributes));
    } catch {
      return false;
    }
    return cookieJar.readAll(name).includes(value);
  },

  /**
   * Removes a cookie; the domain and path must be those it was written with. The name is written
   * as the page lists it (not re-encoded), so names with `(`, `)` or `@` are removed too.
   */
  remove(name: string, attributes: Pick<CookieAttributes, 'domain' | 'path'> = {}): void {
    let text = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${attributes.path ?? '/'}`;
    if (attributes.domain !== undefined && attributes.domain !== '') text += `; domain=${attributes.domain}`;
    try {
      document.cookie = text;
    } catch {
      // a cookie we cannot remove is left alone
    }
  },

  /**
   * Every value of this name as the browser's cookie store holds it now, or `undefined` without a
   * Cookie Store. Unlike `document.cookie`, which another tab's write reaches a moment later, this
   * asks the store itself.
   */
  async readAllFromStore(win: Window, name: string): Promise<string[] | undefined> {
    const store = cookieStoreOf(win);
    if (store === undefined) return undefined;
    try {
      return (await store.getAll(name)).map((cookie) => decodeCookieText(cookie.value));
    } catch {
      return undefined;
    }
  },

  /** The names of every cookie this page can see, as the page lists them, each once. */
  names(): string[] {
    return [...new Set(listCookies().map((cookie) => cookie.name))];
  },
};

function toJsCookie(attributes: CookieAttributes): Cookies.CookieAttributes {
  const result: Cookies.CookieAttributes = {};
  if (attributes.domain !== undefined && attributes.domain !== '') result.domain = attributes.domain;
  if (attributes.path !== undefined) result.path = attributes.path;
  if (attributes.sameSite !== undefined) result.sameSite = attributes.sameSite;
  if (attributes.secure === true) result.secure = true;
  if (attributes.expires !== undefined) result.expires = attributes.expires;
  return result;
}
