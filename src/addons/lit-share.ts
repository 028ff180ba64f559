import { css, html, LitElement, nothing, svg } from 'lit';

/** Where the main file leaves Lit for its add-on files (built without it: one Lit per page). */
const LIT_KEY = Symbol.for('consent-banner.lit');

/** Hands the main file's Lit to the add-on files that draw (they read it as they run). */
export function shareLit(): void {
  const holder = globalThis as unknown as { [LIT_KEY]?: unknown };
  if (holder[LIT_KEY] !== undefined) return;
  Object.defineProperty(holder, LIT_KEY, { value: Object.freeze({ css, html, LitElement, nothing, svg }), configurable: true });
}
