import type { NormalizedRegime, RegimeMode } from './types.js';
import { US_STATE_LAWS } from './us-state-laws.js';

/** Names of groups of countries, or non-ISO spellings, that sites write where an ISO 3166 code belongs. */
export const NOT_REGION_CODES: ReadonlySet<string> = new Set(['EU', 'EEA', 'UK', 'EL']);

/** Named lists a site may write in `regimes[].regions`. */
const PRESETS: Readonly<Record<string, readonly string[]>> = { 'US-STATE-LAWS': US_STATE_LAWS };

/** Which regime applies where no entry of `regimes` matches, or the region is unknown. */
export const DEFAULT_REGIME: RegimeMode = 'opt-in';

/**
 * A region as ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision (`US`, `US-CA`),
 * upper-cased; `null` for anything else (group names such as `EU` included).
 */
export function parseRegion(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code) && !NOT_REGION_CODES.has(code) ? code : null;
}

/** One entry of `regimes[].regions` as the codes it stands for (`*` stays); `null` when it is none. */
export function expandRegion(value: unknown): readonly string[] | null {
  if (value === '*') return ['*'];
  const preset = typeof value === 'string' ? PRESETS[value.trim().toUpperCase()] : undefined;
  if (preset !== undefined) return preset;
  const code = parseRegion(value);
  return code === null ? null : [code];
}

/**
 * The regime for a region: the first entry whose list holds the region itself, its country
 * (`US` matches `US-CA`) or `*`. An unknown region, or none matching, is `opt-in`.
 */
export function regimeOf(region: string | null, regimes: readonly NormalizedRegime[]): RegimeMode {
  if (region === null) return DEFAULT_REGIME;
  const country = region.slice(0, 2);
  return regimes.find((regime) => regime.regions.some((code) => code === region || code === country || code === '*'))?.mode ?? DEFAULT_REGIME;
}

/**
 * The region the page says the visitor is in (`<html data-consent-region="US-CA">`, filled in by the
 * site's server or CDN); `null` when it says none. A value that is no region is reported and unknown.
 */
export function pageRegion(document: Document, report: (given: string) => void): string | null {
  const raw = document.documentElement.getAttribute('data-consent-region');
  if (raw === null || raw.trim() === '') return null;
  const code = parseRegion(raw);
  if (code === null) report(JSON.stringify(raw));
  return code;
}
