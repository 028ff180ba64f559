import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build, type Plugin } from 'vite';
import { ADDONS, buildAddons, manifestOf } from './addons.mjs';
import { languageFileOptions } from './language-file.mjs';

const DEMO = 'demo';
const BUNDLE = '/assets/consent-banner.iife.js';
const LANGUAGE = /^\/assets\/i18n\/([a-z]{2}(?:-[A-Z]{2})?)\.js$/;
const ADDON = /^\/assets\/(consent-banner\.[a-z-]+\.js)$/;

/** The script-tag file and its add-on files (by file name), as the dev server serves them. */
interface DevBundle {
  readonly main: string;
  readonly addons: ReadonlyMap<string, string>;
}

/**
 * The demo's shared parts: `<!-- site-head -->`, `<!-- site-header -->`, `<!-- site-offers -->` (the
 * marketing slot and its tagged script), `<!-- site-footer -->` and the config.
 */
function expandPartials(html: string, building: boolean): string {
  const partial = (name: string): string => readFileSync(join(DEMO, 'partials', `${name}.html`), 'utf8');
  const config = readFileSync(join(DEMO, 'consent-config.json'), 'utf8');
  return (
    html
      .replace('<!-- site-head -->', partial('head'))
      .replace('<!-- site-header -->', partial('header'))
      .replace('<!-- site-offers -->', partial('offers'))
      .replace('<!-- site-footer -->', partial('footer'))
      // One config for every page (and for the policy's cookie table, which reads it back from the banner).
      .replace('<!-- consent-banner-config -->', `<script type="application/json" id="consent-banner-config">\n${config.trim()}\n</script>`)
      // The static copy has no server for the consent log: the QA setup receives it in the page.
      .replace(/<html(?=[\s>])/, building ? '<html data-demo-static' : '<html')
  );
}

/**
 * The script-tag bundle, built in memory from src/entries/auto.ts by the library's own Vite config, after its
 * add-on files (unminified too), whose integrity hashes it is built with.
 */
async function bundle(): Promise<DevBundle> {
  const dev = { build: { minify: false, sourcemap: 'inline' as const } };
  const addons = await buildAddons({ write: false, overrides: dev });
  const output = await build({
    configFile: 'vite.config.ts',
    mode: 'iife',
    logLevel: 'warn',
    // Lit's production build, as the published file has: the dev server runs with NODE_ENV
    // "development", which would pick Lit's development build (and its console warning).
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { __CONSENT_BANNER_ADDONS__: JSON.stringify(manifestOf(addons)) },
    build: { write: false, ...dev.build },
  });
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!('output' in result)) continue;
    for (const file of result.output) {
      if (file.type === 'chunk') return { main: file.code, addons: new Map(Object.values(addons).map(({ file: name, code }) => [name, code])) };
    }
  }
  throw new Error('the script-tag bundle produced no code');
}

/** One language file, as `npm run build` makes it (scripts/build-languages.mjs). */
async function languageFile(code: string): Promise<string> {
  const result = await esbuild({ ...languageFileOptions(code), write: false });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * The demo site's Vite plugin: expands the shared partials into every page; in `npm start`, serves
 * the script-tag bundle and the language files built from source, and accepts the consent log's
 * POSTs; in `npm run build:demo`, copies the built bundle and language files from dist/.
 */
export function demoSite(): Plugin {
  let cached: Promise<DevBundle> | null = null;
  let building = false;
  return {
    name: 'consent-banner:demo-site',
    configResolved(config) {
      building = config.command === 'build';
    },
    transformIndexHtml: { order: 'pre', handler: (html) => expandPartials(html, building) },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.includes('/src/')) cached = null;
      });
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const send = (promise: Promise<string>): void => {
          promise.then(
            (code) => {
              response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              response.setHeader('Cache-Control', 'no-store');
              response.end(code);
            },
            (error: unknown) => {
              response.statusCode = 500;
              response.end(`/* build failed: ${String(error)} */`);
            },
          );
        };
        const addon = path === BUNDLE ? undefined : ADDON.exec(path)?.[1];
        if (path === BUNDLE || addon !== undefined) {
          cached ??= bundle();
          cached.catch(() => {
            cached = null;
          });
          send(
            cached.then((built) => {
              if (addon === undefined) return built.main;
              const code = built.addons.get(addon);
              if (code === undefined) throw new Error(`no add-on file ${addon}`);
              return code;
            }),
          );
          return;
        }
        const language = LANGUAGE.exec(path);
        if (language?.[1] !== undefined) {
          send(languageFile(language[1]));
          return;
        }
        if (path === '/consent-log' && request.method === 'POST') {
          // The demo's stand-in receiver: accepts every entry (the QA panel shows what was sent).
          request.resume();
          request.on('end', () => {
            response.statusCode = 204;
            response.end();
          });
          return;
        }
        next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'assets/consent-banner.iife.js', source: readFileSync('dist/consent-banner.iife.js') });
      for (const name of ADDONS) {
        const file = `consent-banner.${name}.js`;
        this.emitFile({ type: 'asset', fileName: `assets/${file}`, source: readFileSync(join('dist', file)) });
      }
      for (const file of readdirSync('dist/i18n')) {
        this.emitFile({ type: 'asset', fileName: `assets/i18n/${file}`, source: readFileSync(join('dist/i18n', file)) });
      }
    },
  };
}
