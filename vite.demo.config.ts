import { defineConfig } from 'vite';
import { demoSite } from './scripts/demo-site-plugin.js';

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
      input: {
        index: 'demo/index.html',
        shop: 'demo/shop.html',
        account: 'demo/account.html',
        privacy: 'demo/privacy.html',
      },
    },
  },
  plugins: [demoSite()],
});
