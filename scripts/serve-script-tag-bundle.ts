import { build, type Plugin } from 'vite';

/** The URL the demo loads the script-tag bundle from. */
export const BUNDLE_URL = '/consent-banner.iife.js';

/**
 * Vite dev-server plugin: answers `/consent-banner.iife.js` with the script-tag bundle built in memory
 * from `src/auto.ts` by the same config as `npm run build`, so the demo loads it with a plain
 * `<script src>` exactly as a site would. The bundle is rebuilt after any change under `src/`.
 */
export function serveScriptTagBundle(): Plugin {
  let cached: Promise<string> | null = null;
  const bundle = async (): Promise<string> => {
    const output = await build({ configFile: 'vite.config.ts', mode: 'iife', logLevel: 'warn', build: { write: false, sourcemap: 'inline', minify: false } });
    const results = Array.isArray(output) ? output : [output];
    for (const result of results) {
      if (!('output' in result)) continue;
      for (const file of result.output) if (file.type === 'chunk') return file.code;
    }
    throw new Error('the script-tag bundle produced no code');
  };
  return {
    name: 'consent-banner:serve-script-tag-bundle',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.includes('/src/')) cached = null;
      });
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== BUNDLE_URL) {
          next();
          return;
        }
        cached ??= bundle();
        cached.then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(code);
        }, (error: unknown) => {
          cached = null;
          response.statusCode = 500;
          response.end(`/* build failed: ${String(error)} */`);
        });
      });
    },
  };
}
