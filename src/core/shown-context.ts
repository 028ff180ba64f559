/** What the visitor was shown, for the proof: the language and a fingerprint of the texts. */
export interface ShownContext {
  readonly language: string;
  readonly textsHash: string;
}

/** What the log records when no UI says what was shown. */
export const UNKNOWN_SHOWN: ShownContext = { language: 'und', textsHash: '' };

/**
 * A short, stable fingerprint of a text (64 bits as 16 hex digits, two FNV-1a 32-bit passes): enough
 * to tell which wording a visitor saw, with no crypto API needed (it works on plain http pages too).
 */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 0x1000) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
