import type { Say } from './say.js';
import type { NamePattern, NormalizedConfig } from './types.js';

/** Granted categories and services: the part of a record that decides what runs. */
export interface Grants {
  readonly categories: readonly string[];
  readonly services: Readonly<Record<string, readonly string[]>>;
}

/** Nothing but the required categories (and all their services). */
export function requiredGrants(config: NormalizedConfig): Grants {
  return resolveGrants(config, [], undefined);
}

/**
 * The grants for a request: the required categories plus those asked for (in config order). A granted
 * category gets all its services unless `services` lists which; services listed for a category that
 * is not granted are granted alone (an "allow this embed" choice). A category that has services and
 * none of them granted is not granted: turning every service off means no. Unknown ids are reported
 * and ignored.
 */
export function resolveGrants(
  config: NormalizedConfig,
  categories: readonly string[],
  services: Readonly<Record<string, readonly string[]>> | undefined,
  say?: Say,
): Grants {
  const requested = new Set<string>();
  for (const id of categories) {
    if (config.categories.some((c) => c.id === id)) requested.add(id);
    else say?.error('acceptUnknownCategory', id);
  }
  if (services !== undefined) {
    for (const id of Object.keys(services)) {
      if (!config.categories.some((c) => c.id === id)) {
        say?.error('acceptServicesOfUnknown', id);
      }
    }
  }
  const granted: string[] = [];
  const grantedServices: Record<string, readonly string[]> = {};
  for (const category of config.categories) {
    const isGranted = category.required || requested.has(category.id);
    if (category.services.length === 0) {
      if (isGranted) granted.push(category.id);
      continue;
    }
    const asked = category.required ? undefined : services?.[category.id];
    let ids: string[];
    if (asked === undefined) {
      ids = isGranted ? category.services.map((s) => s.id) : [];
    } else {
      const list: readonly unknown[] = Array.isArray(asked) ? asked : [];
      for (const id of list) {
        if (!category.services.some((s) => s.id === id)) {
          say?.error('acceptUnknownService', String(id), category.id);
        }
      }
      ids = category.services.filter((s) => list.includes(s.id)).map((s) => s.id);
    }
    if (isGranted && (category.required || ids.length > 0)) granted.push(category.id);
    if (ids.length > 0) grantedServices[category.id] = ids;
  }
  return { categories: granted, services: grantedServices };
}

/** The categories granted in `next` but not in `prev`, and the reverse. */
export function diffCategories(prev: Grants, next: Grants): { granted: string[]; withdrawn: string[] } {
  return {
    granted: next.categories.filter((id) => !prev.categories.includes(id)),
    withdrawn: prev.categories.filter((id) => !next.categories.includes(id)),
  };
}

/** What the site declared a category or service keeps: cookie and storage-key patterns, IndexedDB patterns. */
export interface DataPatterns {
  readonly names: readonly NamePattern[];
  readonly databases: readonly NamePattern[];
}

/**
 * The data whose consent is missing under these grants: everything declared for each category
 * not granted (its own and its services'), and for each service not granted inside a granted one.
 * A service granted alone keeps its data. Removed on every load and after every change, so data a
 * tracker wrote back (while the page unloaded for a withdrawal, or before consent lapsed) goes too.
 */
export function deniedData(config: NormalizedConfig, grants: Grants): DataPatterns {
  const names: NamePattern[] = [];
  const databases: NamePattern[] = [];
  const add = (owner: { readonly cookies: readonly { readonly name: NamePattern }[]; readonly indexedDB: readonly NamePattern[] }): void => {
    names.push(...owner.cookies.map((c) => c.name));
    databases.push(...owner.indexedDB);
  };
  for (const category of config.categories) {
    if (category.required) continue;
    const granted = grants.categories.includes(category.id);
    if (!granted) add(category);
    for (const service of category.services) {
      if (grants.services[category.id]?.includes(service.id) !== true) add(service);
    }
  }
  return { names, databases };
}
