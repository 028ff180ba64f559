// Renders the SSR example on the server (Node) into its built client page, as a server would per request.
import { readFileSync, writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const { render } = await import(new URL('dist/server/entry-server.js', here).href);
const page = new URL('dist/client/index.html', here);
writeFileSync(page, readFileSync(page, 'utf8').replace('<!--app-->', render()));
console.log('prerendered examples/ssr/dist/client/index.html');
