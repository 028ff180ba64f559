// Builds the example apps in examples/ against the built package (run `npm run build` first):
// type-checks the TypeScript ones as a site's CI would, builds each with Vite, builds the SSR app's
// server entry and renders its page on the server.
import { execFileSync } from 'node:child_process';
import { build } from 'vite';

const started = Date.now();
for (const app of ['react', 'ssr']) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `examples/${app}`], { stdio: 'inherit' });
}
for (const app of ['react', 'vue', 'ssr']) {
  await build({ configFile: `examples/${app}/vite.config.ts`, logLevel: 'warn' });
}
await build({ configFile: 'examples/ssr/vite.config.ts', logLevel: 'warn', build: { ssr: 'src/entry-server.tsx' } });
execFileSync(process.execPath, ['examples/ssr/prerender.mjs'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
console.log(`built the example apps in ${String(Math.round((Date.now() - started) / 100) / 10)} s`);
