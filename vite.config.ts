import { defineConfig } from 'vite';

/**
 * Library builds.
 * - default mode: `dist/consent-banner.js`, the ES module for bundlers (lit and js-cookie stay imports).
 * - `--mode iife`: `dist/consent-banner.iife.js`, one self-contained file for a plain script tag.
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    publicDir: false,
    build: {
      target: 'es2020',
      emptyOutDir: !iife,
      sourcemap: true,
      minify: true,
      lib: iife
        ? { entry: 'src/auto.ts', formats: ['iife'], name: 'ConsentBannerBundle', fileName: () => 'consent-banner.iife.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'consent-banner.js' },
      rollupOptions: iife
        ? {}
        : { external: [/^lit(\/.*)?$/, /^@lit\//, 'js-cookie'] },
    },
  };
});
