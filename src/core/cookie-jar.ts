import Cookies from 'js-cookie';

/** Attributes for writing or removing one cookie. */
export interface CookieAttributes {
  readonly domain?: string;
  readonly path?: string;
  readonly sameSite?: 'Lax' | 'Strict' | 'None';
  readonly secure?: boolean;
  readonly expires?: Date;
}

/** The only place that touches `document.cookie` (through js-cookie). Never throws. */
export const cookieJar = {
  /** The value of the first cookie with this name, or undefined. */
  read(name: string): string | undefined {
    try {
      return Cookies.get(name);
    } catch {
      return undefined;
    }
  },

  /** Writes a cookie; returns whether the browser kept it (it may refuse, e.g. a wrong domain). */
  write(name: string, value: string, attributes: CookieAttributes): boolean {
    try {
      Cookies.set(name, value, toJsCookie(attributes));
      return Cookies.get(name) === value;
    } catch {
      return false;
    }
  },

  /** Removes a cookie; the domain and path must be those it was written with. */
  remove(name: string, attributes: Pick<CookieAttributes, 'domain' | 'path'> = {}): void {
    try {
      Cookies.remove(name, toJsCookie(attributes));
    } catch {
      // a cookie we cannot remove is left alone
    }
  },

  /** The names of every cookie this page can see. */
  names(): string[] {
    try {
      return Object.keys(Cookies.get());
    } catch {
      return [];
    }
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
