import { defineConfig } from 'vite';
import { serveScriptTagBundle } from './scripts/serve-script-tag-bundle.js';

/** The QA demo site: `npm start` serves `demo/` with the script-tag bundle built from source. */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: 5173, host: '127.0.0.1', watch: { ignored: ['**/dist/**'] }, fs: { allow: ['..'] } },
  plugins: [serveScriptTagBundle()],
});
