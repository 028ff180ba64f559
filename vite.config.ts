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

/**
 * Library builds.
 * - default mode: `dist/consent-banner.js`, the ES module for bundlers (lit and js-cookie stay imports).
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
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: [minifyTemplates()],
    build: {
      target: 'es2020',
      emptyOutDir: !iife,
      sourcemap: true,
      minify: true,
      lib: iife
        ? { entry: 'src/auto.ts', formats: ['iife'], name: 'ConsentBannerBundle', fileName: () => 'consent-banner.iife.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'consent-banner.js' },
      rollupOptions: iife
        ? { output: { postBanner: COMPILE_HINT } }
        : { external: [/^lit(\/.*)?$/, /^@lit\//, 'js-cookie'] },
    },
  };
});
