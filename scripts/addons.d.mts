/** A built add-on file: its name, code and Subresource Integrity hash. */
export interface BuiltAddon {
  readonly file: string;
  readonly code: string;
  readonly integrity: string;
}

/** The add-ons' names (`src/addons/<name>.ts` → `consent-banner.<name>.js`). */
export const ADDONS: readonly string[];
/** The SRI hash of a file's content. */
export function integrityOf(code: string): string;
/** Builds every add-on (in memory with `write: false`), with `overrides` merged into each Vite build. */
export function buildAddons(options?: {
  write?: boolean;
  overrides?: { build?: Record<string, unknown> } & Record<string, unknown>;
}): Promise<Record<string, BuiltAddon>>;
/** The manifest the main file is built with: name → { file, integrity }. */
export function manifestOf(addons: Record<string, BuiltAddon>): Record<string, { file: string; integrity: string }>;
