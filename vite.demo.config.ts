import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { demoSite } from './scripts/demo-site-plugin.js';

/** The absolute path of one demo page. */
const page = (name: string): string => fileURLToPath(new URL(`demo/${name}.html`, import.meta.url));

/**
 * The QA demo site. `npm start` serves it with the banner built from source; `npm run build:demo`
 * writes a static copy to demo-dist/ (relative links: it can be hosted under any path).
 */
export default defineConfig({
  root: 'demo',
  base: './',
  server: { port: 5173, host: '127.0.0.1', watch: { ignored: ['**/dist/**', '**/demo-dist/**'] } },
  build: {
    outDir: '../demo-dist',
    emptyOutDir: true,
    rollupOptions: {
      // Absolute paths: the build and the dev server's dependency scan resolve them from different roots.
      input: {
        index: page('index'),
        shop: page('shop'),
        account: page('account'),
        privacy: page('privacy'),
      },
    },
  },
  plugins: [demoSite()],
});
