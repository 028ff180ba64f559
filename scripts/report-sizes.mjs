// After `npm run build`: prints each built file's raw, gzip and brotli size, the SRI hash of the
// script-tag bundle (for sites that load it from a CDN with `integrity`), what each npm entry adds
// to a site's own Vite bundle, and fails when a file or an entry is over its budget in
// size-budget.json.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { consumerSizes } from './consumer-sizes.mjs';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // dist/esm is one file per source module: measured below as a site's bundler uses it.
      if (name !== 'types' && name !== 'esm') walk(path);
    } else if (name.endsWith('.js')) files.push(path);
  }
};
walk('dist');

const rows = files.sort().map((file) => {
  const content = readFileSync(file);
  return {
    file,
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});

const pad = (text, width) => String(text).padStart(width);
console.log(`${'file'.padEnd(40)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const row of rows) console.log(`${row.file.padEnd(40)} ${pad(row.raw, 9)} ${pad(row.gzip, 9)} ${pad(row.brotli, 9)}`);

const iife = readFileSync('dist/consent-banner.iife.js');
console.log(`\nSRI for dist/consent-banner.iife.js: sha384-${createHash('sha384').update(iife).digest('base64')}`);

let over = 0;
for (const [file, limits] of Object.entries(budget.files)) {
  const row = rows.find((r) => r.file === file);
  if (row === undefined) {
    console.error(`size budget: ${file} was not built`);
    over += 1;
    continue;
  }
  for (const [kind, limit] of Object.entries(limits)) {
    if (row[kind] > limit) {
      console.error(`size budget: ${file} is ${String(row[kind])} bytes ${kind}, over its budget of ${String(limit)}`);
      over += 1;
    }
  }
}
const languageLimit = budget.languageFileBrotli;
for (const row of rows.filter((r) => r.file.startsWith(join('dist', 'i18n')))) {
  if (row.brotli > languageLimit) {
    console.error(`size budget: ${row.file} is ${String(row.brotli)} bytes brotli, over ${String(languageLimit)}`);
    over += 1;
  }
}
const added = await consumerSizes();
const iifeBrotli = rows.find((r) => r.file === join('dist', 'consent-banner.iife.js'))?.brotli ?? 0;
console.log('\nWhat each npm entry adds to a Vite app (brotli bytes loaded at start, against an empty app):');
const described = {
  core: "createConsent() from 'consent-banner/core'",
  coreWithConsentMode: "createConsent() + googleConsentMode() from 'consent-banner/core'",
  init: "init() from 'consent-banner' (the core; the notice with English, the dialog: chunks)",
};
for (const [name, bytes] of Object.entries(added)) console.log(`  ${(described[name] ?? name).padEnd(72)} ${pad(bytes, 7)}`);
for (const [name, limit] of Object.entries(budget.consumer)) {
  const ceiling = limit === 'iife' ? iifeBrotli : limit;
  if (added[name] === undefined || added[name] > ceiling) {
    console.error(
      `size budget: the ${name} consumer app adds ${String(added[name])} bytes brotli, over its budget of ${String(ceiling)}${limit === 'iife' ? ' (the script-tag bundle)' : ''}`,
    );
    over += 1;
  }
}
if (over > 0) process.exit(1);
console.log('size budget: every file within its budget');
