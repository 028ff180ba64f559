/**
 * Is this URL safe to put in a link or send a request to: http(s), or relative to the page.
 * `javascript:`, `data:`, `vbscript:` and every other scheme are refused, including when hidden
 * behind whitespace, control characters or mixed case.
 */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore leading C0 controls and spaces, and tabs/newlines anywhere, when parsing a URL.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  if (cleaned === '') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  if (scheme === null) return true; // relative: path, query, fragment, or protocol-relative `//host`
  return scheme[1] === 'http' || scheme[1] === 'https';
}
