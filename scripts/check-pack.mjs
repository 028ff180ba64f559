// Checks what `npm pack` would publish: everything a user needs, nothing they do not.
import { execFileSync } from 'node:child_process';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = pack.files.map((f) => f.path);
const required = [
  'package.json',
  'README.md',
  'dist/consent-banner.js',
  'dist/consent-banner.iife.js',
  'dist/types/entries/index.d.ts',
  'dist/types/entries/auto.d.ts',
  'dist/custom-elements.json',
  'dist/i18n/de.js',
  'dist/i18n/ar.js',
  'dist/server.js',
  'dist/types/entries/server.d.ts',
  'dist/esm/index.js',
  'dist/esm/index.node.js',
  'dist/esm/core.js',
  'dist/types/entries/core.d.ts',
  'dist/types/entries/global.d.ts',
  'dist/types/entries/react.d.ts',
  'dist/cli.js',
  'dist/consent-banner.all.iife.js',
  'dist/consent-banner.log.js',
  'dist/consent-banner.notice.js',
  'dist/consent-banner.diagnostics.js',
  'dist/addons.json',
  'dist/consent-banner.gpp.js',
  'dist/esm/gpp.js',
  'dist/types/entries/gpp.d.ts',
];
const forbidden = [/^src\//, /^test\//, /^demo/, /^scripts\//, /^bench\//, /^docs\//, /node_modules/, /^\.ci\//, /\.test\./];
let failed = 0;
for (const file of required) {
  if (!files.includes(file)) {
    console.error(`npm pack: ${file} is missing`);
    failed += 1;
  }
}
for (const file of files) {
  if (forbidden.some((pattern) => pattern.test(file))) {
    console.error(`npm pack: ${file} should not be published`);
    failed += 1;
  }
}
console.log(
  `npm pack: ${String(files.length)} files, ${(pack.size / 1024).toFixed(1)} KB packed; ${String(required.length)} required present, ${String(failed)} problems`,
);
if (failed > 0) process.exit(1);
