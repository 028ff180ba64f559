import type { Finding } from './types.js';

/** The category key under which names go whose category the audit could not tell. */
export const UNASSIGNED = 'unassigned';

/** A config fragment declaring names: `cookies` (also storage keys) and `indexedDB` patterns per category. */
export interface SuggestedFragment {
  readonly categories: Record<string, { cookies?: string[]; indexedDB?: string[] }>;
}

/**
 * A pattern for a name that carries an id: `_ga_1A2B3C4D` becomes `_ga_*`, `session-9f8e7d6c5b` becomes
 * `session-*`. A tail of six or more letters and digits, with at least one digit, after `_`, `-` or `.`.
 */
export function suggestPattern(name: string): string {
  const match = /^(.+?[_.-])([A-Za-z0-9]{6,})$/.exec(name);
  if (match?.[1] !== undefined && match[2] !== undefined && /\d/.test(match[2])) return `${match[1]}*`;
  return name;
}

/**
 * The fragment that declares what the audit found undeclared, under the category of the tag that set
 * it where known (else `unassigned`: file each under its category, or tag what sets it).
 */
export function suggestFragment(findings: readonly Finding[]): SuggestedFragment {
  const categories: SuggestedFragment['categories'] = {};
  for (const finding of findings) {
    const undeclared = finding.kind === 'undeclared' || (finding.kind === 'set-without-consent' && finding.declared !== true);
    if (!undeclared) continue;
    const category = finding.category?.split(' ')[0] ?? UNASSIGNED;
    const field = finding.what === 'indexedDB' ? 'indexedDB' : 'cookies';
    const entry = (categories[category] ??= {});
    const list = (entry[field] ??= []);
    const pattern = suggestPattern(finding.subject);
    if (!list.includes(pattern)) list.push(pattern);
  }
  return { categories };
}
