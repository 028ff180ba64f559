// Builds the example apps in examples/ against the built package (run `npm run build` first):
// type-checks the TypeScript ones as a site's CI would (and test/types, a script-tag page's own
// TypeScript), builds each with Vite, builds the SSR app's
// server entry and renders its page on the server.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const tsc = (project) => {
  execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', project], { stdio: 'inherit' });
};

const started = Date.now();
for (const app of ['react', 'vue', 'ssr']) tsc(`examples/${app}`);
// A script-tag page's own TypeScript, in a project that has the package installed (a link to this
// one), as `/// <reference types="consent-banner/global" />` needs.
const typeConsumer = '.type-consumer';
rmSync(typeConsumer, { recursive: true, force: true });
mkdirSync(`${typeConsumer}/node_modules`, { recursive: true });
symlinkSync(resolve('.'), `${typeConsumer}/node_modules/consent-banner`, 'dir');
cpSync('test/types', typeConsumer, { recursive: true });
try {
  tsc(typeConsumer);
} finally {
  rmSync(typeConsumer, { recursive: true, force: true });
}
for (const app of ['react', 'vue', 'ssr']) {
  await build({ configFile: `examples/${app}/vite.config.ts`, logLevel: 'warn' });
}
await build({ configFile: 'examples/ssr/vite.config.ts', logLevel: 'warn', build: { ssr: 'src/entry-server.tsx' } });
execFileSync(process.execPath, ['examples/ssr/prerender.mjs'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
console.log(`built the example apps in ${String(Math.round((Date.now() - started) / 100) / 10)} s`);
