/** A cookie as a `Cookie` header or `document.cookie` lists it: the raw name and the value. */
export interface ListedCookie {
  readonly name: string;
  readonly value: string;
}

/**
 * Undoes the percent-encoding js-cookie applies (and strips RFC 6265 quotes); a broken escape
 * stays as it is.
 */
export function decodeCookieText(text: string): string {
  const unquoted = text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
  try {
    return unquoted.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
  } catch {
    return unquoted;
  }
}

/**
 * Parses a `Cookie` header or `document.cookie` (`a=1; b=2`): every cookie, in order, names kept
 * raw (so names with `(`, `)` or `@` can be removed as written), values decoded. A nameless part is
 * left out: no name of ours can match it. Pure: the browser and the server helpers share it.
 */
export function parseCookieHeader(text: string): ListedCookie[] {
  const cookies: ListedCookie[] = [];
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    const equals = trimmed.indexOf('=');
    if (equals <= 0) continue;
    cookies.push({ name: trimmed.slice(0, equals), value: decodeCookieText(trimmed.slice(equals + 1)) });
  }
  return cookies;
}

/** Every value of the named cookie (several when they differ in path or domain), in order. */
export function cookieValues(cookies: readonly ListedCookie[], name: string): string[] {
  return cookies.filter((cookie) => cookie.name === name || decodeCookieText(cookie.name) === name).map((cookie) => cookie.value);
}
