import { cookieJar } from './cookie-jar.js';
import { compileNamePatterns } from './name-pattern.js';
import type { NamePattern } from './types.js';

/** What the clean-up needs to know about the page. */
export interface CleanupTarget {
  readonly hostname: string;
  readonly pathname: string;
  readonly localStorage?: Storage | null;
  readonly sessionStorage?: Storage | null;
}

/** This host and each parent domain a cookie may have been set on (`a.b.example.com` → …, `example.com`). */
export function candidateDomains(hostname: string): string[] {
  const domains = [''];
  const labels = hostname.split('.');
  // An IP address or a single-label host only has host-only cookies.
  if (labels.length < 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return domains;
  for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}

/**
 * `/` plus every prefix of the page's path, with and without a trailing slash, plus extra paths:
 * every path a cookie this page can see may have been set on.
 */
export function candidatePaths(pathname: string, extra: readonly string[] = []): string[] {
  const paths = new Set<string>(['/', ...extra]);
  const segments = pathname.split('/').filter((s) => s !== '');
  let current = '';
  for (const segment of segments) {
    current += `/${segment}`;
    paths.add(current);
    paths.add(`${current}/`);
  }
  return [...paths];
}

/** Where a cookie is: its domain (`''` for host-only) and its path. */
export interface CookiePlace {
  readonly domain: string;
  readonly path: string;
}

/** Is this the same place (a leading dot on the domain makes no difference). */
function samePlace(a: CookiePlace, b: CookiePlace): boolean {
  const bare = (domain: string): string => domain.replace(/^\./, '').toLowerCase();
  return a.path === b.path && bare(a.domain) === bare(b.domain);
}

/**
 * Expires the named cookie on this host and its parent domains, on every path the page can see
 * (and `paths`), except at `keep` (the place the current value lives).
 */
export function expireEverywhere(
  name: string,
  target: Pick<CleanupTarget, 'hostname' | 'pathname'>,
  options: { readonly keep?: CookiePlace; readonly paths?: readonly string[] } = {},
): void {
  const { keep } = options;
  const paths = candidatePaths(target.pathname, [...(options.paths ?? []), ...(keep === undefined ? [] : [keep.path])]);
  for (const domain of candidateDomains(target.hostname)) {
    for (const path of paths) {
      if (keep === undefined || !samePlace({ domain, path }, keep)) cookieJar.remove(name, { domain, path });
    }
  }
}

/**
 * Removes every cookie whose name matches, on this host and its parent domains and on each candidate
 * path, and every matching localStorage and sessionStorage key. Names in `keep` are never touched
 * (the consent cookie itself). Returns the names removed.
 */
export function removeMatchingData(
  patterns: readonly NamePattern[],
  target: CleanupTarget,
  options: { readonly keep?: readonly string[]; readonly paths?: readonly string[] } = {},
): string[] {
  if (patterns.length === 0) return [];
  const matches = compileNamePatterns(patterns);
  const keep = new Set(options.keep ?? []);
  const removed: string[] = [];
  for (const name of cookieJar.names()) {
    if (keep.has(name) || !matches(name)) continue;
    expireEverywhere(name, target, options.paths === undefined ? {} : { paths: options.paths });
    removed.push(name);
  }
  for (const storage of [target.localStorage, target.sessionStorage]) {
    if (storage === null || storage === undefined) continue;
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null && !keep.has(key) && matches(key)) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
      removed.push(...keys);
    } catch {
      // storage may be blocked (private mode, sandboxed iframe): nothing to remove there
    }
  }
  return removed;
}

/** The part of `IDBFactory` the clean-up uses (`databases()` is missing in older browsers). */
export interface DatabaseFactory {
  deleteDatabase(name: string): unknown;
  databases?: () => Promise<readonly { readonly name?: string }[]>;
}

/**
 * Deletes every IndexedDB database whose name matches. With `indexedDB.databases()` the page's
 * databases are listed and matched; without it, only exact names (patterns with no `*`) can be
 * deleted. A database the page holds open is deleted once its connections close (at the latest on
 * the next load). Resolves to the names deleted; never rejects.
 */
export async function removeMatchingDatabases(patterns: readonly NamePattern[], factory: DatabaseFactory | null | undefined): Promise<string[]> {
  if (patterns.length === 0 || factory === null || factory === undefined) return [];
  const matches = compileNamePatterns(patterns);
  let names: string[];
  try {
    if (typeof factory.databases === 'function') {
      names = (await factory.databases()).map((db) => db.name ?? '').filter((name) => name !== '' && matches(name));
    } else {
      names = patterns.filter((p): p is string => typeof p === 'string' && !p.includes('*'));
    }
  } catch {
    return []; // storage blocked (private mode, sandboxed frame)
  }
  const deleted: string[] = [];
  for (const name of names) {
    try {
      factory.deleteDatabase(name);
      deleted.push(name);
    } catch {
      // one database we cannot delete does not stop the others
    }
  }
  return deleted;
}
