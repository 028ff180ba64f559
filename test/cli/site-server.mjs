// A small static server for the audit's tests: the fixture pages under /fixtures/, the built
// script-tag file and its add-on files at /consent-banner.*.js, a tracker-like beacon at /collect, and optionally a
// whole built site (the demo) at the root. It accepts the consent log's POSTs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Starts the server on 127.0.0.1 and a free port; resolves to its origin and a close function. */
export async function startSiteServer({ siteRoot, port: wanted = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (request.method === 'POST') {
      request.resume();
      response.writeHead(204).end();
      return;
    }
    if (path === '/slow.html') {
      // A page that does not answer in time (the audit's --timeout).
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 15_000);
      return;
    }
    if (path === '/collect') {
      response.writeHead(200, { 'content-type': 'image/gif', 'set-cookie': 'tracker_uid=42; Path=/; HttpOnly', 'access-control-allow-origin': '*' }).end();
      return;
    }
    let file;
    // The script-tag file and its add-on files, side by side as a site hosts them.
    if (/^\/consent-banner\.[\w.-]+\.js$/.test(path)) file = `dist${path}`;
    // A site that copied the main file alone (its add-on files answer 404).
    else if (path === '/lonely/consent-banner.iife.js') file = 'dist/consent-banner.iife.js';
    else if (path.startsWith('/fixtures/')) file = join('test/cli/fixtures', normalize(path.slice('/fixtures/'.length)));
    else if (siteRoot !== undefined) file = join(siteRoot, normalize(path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (file === undefined || file.includes('..')) throw new Error('outside');
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      // The clean page's server sets its declared, required session cookie (HttpOnly, as servers do).
      if (path === '/fixtures/clean.html') headers['set-cookie'] = 'site_session=s1; Path=/; HttpOnly; SameSite=Lax';
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(wanted, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${String(port)}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
