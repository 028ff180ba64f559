import Cookies from 'js-cookie';

/** Removes every cookie this page can see, on the common paths, so that tests start clean. */
export function clearAllCookies(): void {
  for (const name of Object.keys(Cookies.get())) {
    for (const path of ['/', location.pathname]) Cookies.remove(name, { path });
  }
}

/** The raw `document.cookie` value of one cookie, undecoded, or undefined. */
export function rawCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  return document.cookie
    .split('; ')
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
}
