import { existsSync, readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/** Minifies the CSS and HTML inside Lit's css`` and html`` templates (whitespace, comments). */
function minifyTemplates(): Plugin {
  return {
    name: 'consent-banner:minify-templates',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result === null ? null : { code: result.code, map: result.map ?? null };
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): compile every
 * function of the script-tag bundle eagerly, on the streaming thread while the file downloads,
 * instead of lazily on the main thread at first call. Nearly all of it runs on every page view.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The manifest of the add-on files (name → file and integrity), written by `scripts/addons.mjs`. */
const ADDON_MANIFEST = 'dist/addons.json';

/** The add-on files' names and hashes, for the main script-tag file to load them by. */
function addonFiles(): string {
  if (!existsSync(ADDON_MANIFEST)) throw new Error(`${ADDON_MANIFEST} is missing: the add-on files are built first (node scripts/addons.mjs).`);
  return readFileSync(ADDON_MANIFEST, 'utf8');
}

/**
 * The script-tag builds run in a page only: the core's server stand-in (`core/inert.ts`, the inert
 * instance `createConsent()` returns without a DOM) is swapped for `core/inert.script-tag.ts`.
 */
function pageOnly(): Plugin {
  return {
    name: 'consent-banner:page-only',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (importer === undefined || !/(^|\/)inert\.js$/.test(source)) return null;
      const resolved = await this.resolve(source.replace(/inert\.js$/, 'inert.script-tag.js'), importer, { skipSelf: true });
      return resolved?.id ?? null;
    },
  };
}

/** The script-tag builds: one IIFE, minified, with the compile hint (Lit comes with the notice). */
function scriptTagBuild(entry: string, fileName: string, addons: string): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyTemplates(), pageOnly()],
    define: { __CONSENT_BANNER_ADDONS__: addons },
    build: {
      target: 'es2020',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'ConsentBannerBundle', fileName: () => fileName },
      rollupOptions: { output: { postBanner: COMPILE_HINT } },
    },
  };
}

/** The ES module entries, by output name (under `dist/esm/`). */
const ESM_ENTRIES = {
  index: 'src/entries/index.ts',
  'index.node': 'src/entries/index.node.ts',
  core: 'src/entries/core.ts',
  global: 'src/entries/global.ts',
  react: 'src/entries/react.ts',
  gpp: 'src/entries/gpp.ts',
};

/**
 * Library builds.
 * - default mode: `dist/esm/`, the ES modules for bundlers, one output file per source module so a
 *   bundler keeps only what the site imports (lit and js-cookie stay imports). Entries: `index.js`
 *   (`consent-banner`), `index.node.js` (the same under the `node` condition), `core.js`
 *   (`consent-banner/core`), and the type-only `global.js` and `react.js`.
 * - `--mode iife`: `dist/consent-banner.iife.js`, the file for a plain script tag: the core; the
 *   add-on files beside it (the notice with Lit and English among them) (`--mode addon-<name>`, built first by `scripts/addons.mjs`)
 *   are loaded on demand, each by its integrity hash.
 * - `--mode iife-all`: `dist/consent-banner.all.iife.js`, the same with every add-on inside.
 * - `--mode server`: `dist/server.js`, the server helpers (`consent-banner/server`), self-contained.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'server') {
    return {
      publicDir: false,
      build: {
        target: 'es2022',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        lib: { entry: 'src/entries/server.ts', formats: ['es'], fileName: () => 'server.js' },
      },
    };
  }
  if (mode === 'iife') return scriptTagBuild('src/entries/auto.ts', 'consent-banner.iife.js', addonFiles());
  // GPP's add-on and the config checks' wording stay sibling files even here: their bytes are for
  // the sites that use GPP, and for a config with a mistake (whose fields the main file names anyway).
  if (mode === 'iife-all') {
    const { gpp, diagnostics } = JSON.parse(addonFiles()) as Record<string, unknown>;
    return scriptTagBuild('src/entries/auto-all.ts', 'consent-banner.all.iife.js', JSON.stringify({ gpp, diagnostics }));
  }
  if (mode.startsWith('addon-')) {
    const name = mode.slice('addon-'.length);
    return {
      publicDir: false,
      plugins: [minifyTemplates()],
      build: {
        target: 'es2020',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: { entry: `src/addons/${name}.ts`, formats: ['iife'], name: 'ConsentBannerAddon', fileName: () => `consent-banner.${name}.js` },
        // Lit is the notice file's: the other add-ons that draw take it from there (never a second copy).
        // The notice runs whole as it arrives: it gets the compile hint, as the main file does.
        rollupOptions:
          name === 'notice'
            ? { output: { postBanner: COMPILE_HINT } }
            : {
                external: [/^lit(\/.*)?$/, /^@lit\//],
                output: { globals: () => 'self[Symbol.for("consent-banner.lit")]' },
              },
      },
    };
  }
  return {
    publicDir: false,
    plugins: [minifyTemplates()],
    build: {
      // es2022: the node entry waits (top-level await) for the UI where there is a DOM.
      target: 'es2022',
      outDir: 'dist/esm',
      emptyOutDir: true,
      sourcemap: true,
      // The site's bundler minifies; readable modules are easier to debug and tree-shake.
      minify: false,
      lib: { entry: ESM_ENTRIES, formats: ['es'] },
      rollupOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//, 'js-cookie', 'react', /^@iabgpp\//],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
