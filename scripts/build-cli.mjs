// Builds the `consent-banner` command (dist/cli.js): one Node module, playwright-core left to the
// site's install (an optional peer dependency).
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = 'dist/cli.js';
await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['playwright-core'],
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
