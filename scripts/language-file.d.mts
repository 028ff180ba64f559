import type { BuildOptions } from 'esbuild';

/** esbuild options for the language file of `code` (add outfile or write: false). */
export function languageFileOptions(code: string): BuildOptions;
