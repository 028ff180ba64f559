import { resolveGrants } from './grants.js';
import type { ConsentRecord, NormalizedConfig } from './types.js';

/** Is a Global Privacy Control signal present (`navigator.globalPrivacyControl === true`). */
export function hasGpcSignal(navigator: Navigator | undefined): boolean {
  try {
    return navigator !== undefined && 'globalPrivacyControl' in navigator && navigator.globalPrivacyControl === true;
  } catch {
    return false;
  }
}

/**
 * The record without the categories (and their services) a GPC signal opts out of (`config.gpc`),
 * when the signal is present now but was not when the record was saved; `null` when nothing
 * changes. A record saved with the signal present holds the visitor's explicit choice and stands.
 * `updatedIso` is the time the withdrawal is made (in whole seconds, as the cookie keeps it).
 */
export function gpcOptOut(config: NormalizedConfig, current: ConsentRecord, signal: boolean, updatedIso: string): ConsentRecord | null {
  if (!signal || current.gpc) return null;
  const optedOut = config.gpc.filter((id) => current.categories.includes(id) || (current.services[id]?.length ?? 0) > 0);
  if (optedOut.length === 0) return null;
  const services: Record<string, readonly string[]> = {};
  for (const [id, list] of Object.entries(current.services)) if (!optedOut.includes(id)) services[id] = list;
  const grants = resolveGrants(
    config,
    current.categories.filter((id) => !optedOut.includes(id)),
    services,
  );
  return { ...current, categories: grants.categories, services: grants.services, updated: updatedIso, method: 'custom', gpc: true };
}
