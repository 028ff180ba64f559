import type { LocalizedText } from '../core/types.js';

/** The languages to try, best first: the configured one, or for `auto` the page's `<html lang>` and then the browser's. */
export function languageCandidates(setting: string, pageLanguage: string, browserLanguages: readonly string[]): string[] {
  const wanted = setting === 'auto' ? [pageLanguage, ...browserLanguages] : [setting];
  const candidates: string[] = [];
  for (const code of wanted) {
    const lower = code.trim().toLowerCase();
    if (lower === '') continue;
    // `pt-BR` is tried as `pt-br`, then as `pt`.
    for (const option of [lower, lower.split('-')[0] ?? lower]) {
      if (!candidates.includes(option)) candidates.push(option);
    }
  }
  return candidates;
}

/** The first candidate that is available, or `en`. */
export function pickLanguage(candidates: readonly string[], isAvailable: (code: string) => boolean): string {
  return candidates.find(isAvailable) ?? 'en';
}

/** A config text in the given language: the exact code, its primary language, English, or the first one given. */
export function localize(text: LocalizedText | undefined, code: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const lower = code.toLowerCase();
  const byCode = new Map(Object.entries(text).map(([key, value]) => [key.toLowerCase(), value]));
  return byCode.get(lower) ?? byCode.get(lower.split('-')[0] ?? lower) ?? byCode.get('en') ?? byCode.values().next().value;
}
