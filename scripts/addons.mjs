// The add-on files of the script-tag build (`dist/consent-banner.<name>.js`, loaded on demand by the
// main file) and their Subresource Integrity hashes, which the main file is built with
// (`dist/addons.json`). Run before `vite build --mode iife`; the demo's dev server builds them in memory.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { build } from 'vite';

/** The add-ons, by name: `src/addons/<name>.ts` becomes `consent-banner.<name>.js`. */
export const ADDONS = ['notice', 'log', 'placeholders', 'preferences', 'diagnostics', 'gpp'];

/** The SRI hash of a file's content. */
export function integrityOf(code) {
  return `sha384-${createHash('sha384').update(code).digest('base64')}`;
}

/**
 * Builds every add-on; returns, by name, its file name, code and integrity. `write: false` keeps them
 * in memory (the dev server), `overrides` are merged into each build (e.g. no minification).
 */
export async function buildAddons({ write = true, overrides = {} } = {}) {
  const result = {};
  for (const name of ADDONS) {
    const output = await build({ configFile: 'vite.config.ts', mode: `addon-${name}`, logLevel: 'warn', ...overrides, build: { write, ...overrides.build } });
    const chunk = (Array.isArray(output) ? output : [output]).flatMap((item) => ('output' in item ? item.output : [])).find((file) => file.type === 'chunk');
    if (chunk === undefined) throw new Error(`the ${name} add-on produced no code`);
    // What is written is what is hashed: the chunk's code plus the map comment when the map is a file.
    const code = write ? (await import('node:fs')).readFileSync(`dist/${chunk.fileName}`, 'utf8') : chunk.code;
    result[name] = { file: chunk.fileName, code, integrity: integrityOf(code) };
  }
  return result;
}

/** The manifest the main file is built with: name → { file, integrity }. */
export function manifestOf(addons) {
  return Object.fromEntries(Object.entries(addons).map(([name, { file, integrity }]) => [name, { file, integrity }]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const addons = await buildAddons();
  writeFileSync('dist/addons.json', `${JSON.stringify(manifestOf(addons), null, 2)}\n`);
  for (const [name, { file, integrity }] of Object.entries(addons)) console.log(`add-on ${name}: dist/${file} ${integrity}`);
}
