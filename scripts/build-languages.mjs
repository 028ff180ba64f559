// Builds one small classic script per built-in language for the script-tag build:
// dist/i18n/<code>.js registers its texts in window.consentBannerTranslations. A page loads the ones
// it needs next to the main script (in parallel: no extra round trip), before it.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { languageFileOptions } from './language-file.mjs';

const languages = readdirSync('src/i18n/languages')
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
  .map((file) => file.slice(0, -3));

await Promise.all(languages.map((code) => build({ ...languageFileOptions(code), outfile: `dist/i18n/${code}.js` })));
console.log(`built ${String(languages.length)} language files in dist/i18n/`);
