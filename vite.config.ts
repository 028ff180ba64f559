import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

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

/** The ES module entries, by output name (under `dist/esm/`). */
const ESM_ENTRIES = {
  index: 'src/index.ts',
  'index.node': 'src/index.node.ts',
  core: 'src/core.ts',
  global: 'src/global.ts',
  react: 'src/react.ts',
};

/**
 * Library builds.
 * - default mode: `dist/esm/`, the ES modules for bundlers, one output file per source module so a
 *   bundler keeps only what the site imports (lit and js-cookie stay imports). Entries: `index.js`
 *   (`consent-banner`), `index.node.js` (the same under the `node` condition), `core.js`
 *   (`consent-banner/core`), and the type-only `global.js` and `react.js`.
 * - `--mode iife`: `dist/consent-banner.iife.js`, one self-contained file for a plain script tag.
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
        lib: { entry: 'src/server.ts', formats: ['es'], fileName: () => 'server.js' },
      },
    };
  }
  if (mode === 'iife') {
    return {
      publicDir: false,
      plugins: [minifyTemplates()],
      build: {
        target: 'es2020',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: { entry: 'src/auto.ts', formats: ['iife'], name: 'ConsentBannerBundle', fileName: () => 'consent-banner.iife.js' },
        rollupOptions: { output: { postBanner: COMPILE_HINT } },
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
        external: [/^lit(\/.*)?$/, /^@lit\//, 'js-cookie', 'react'],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
