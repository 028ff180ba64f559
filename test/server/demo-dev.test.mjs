// `npm start`: the demo's dev server builds the script-tag file and its add-on files from source,
// and the add-on files it serves match the integrity hashes the main file it serves carries.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'vite';

describe('the demo dev server (npm start)', () => {
  let server;
  let origin;
  before(async () => {
    server = await createServer({ configFile: 'vite.demo.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    const { port } = server.httpServer.address();
    origin = `http://127.0.0.1:${String(port)}`;
  });
  after(() => server?.close());

  it('serves the script-tag file and each add-on file with the hash the main file expects', async () => {
    const main = await (await fetch(`${origin}/assets/consent-banner.iife.js`)).text();
    assert.doesNotMatch(main.slice(0, 200), /build failed/);
    // Lit's production build, as in the published file: no "Lit is in dev mode" in the console.
    assert.doesNotMatch(main, /Lit is in dev mode/);
    const hashes = [...main.matchAll(/"file":\s*"(consent-banner\.[a-z-]+\.js)",\s*"integrity":\s*"(sha384-[A-Za-z0-9+/=]+)"/g)];
    assert.ok(hashes.length >= 2, 'the main file names its add-on files');
    for (const [, file, integrity] of hashes) {
      const response = await fetch(`${origin}/assets/${file}`);
      assert.equal(response.status, 200, file);
      const body = Buffer.from(await response.arrayBuffer());
      assert.equal(`sha384-${createHash('sha384').update(body).digest('base64')}`, integrity, file);
    }
  });
});
