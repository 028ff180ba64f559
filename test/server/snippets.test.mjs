// The docs' Node snippets (marked `<!-- run: node -->`), run as written, in a temporary folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const snippets = [...readme.matchAll(/<!-- run: node -->\s*```js\n([\s\S]*?)```/g)].map((match) => match[1]);

async function until(check, ms = 5000) {
  const started = Date.now();
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch {
      // not yet
    }
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('README: the consent-log receiver, as written', () => {
  it('is marked and found', () => {
    assert.equal(snippets.length, 1);
  });

  it('keeps a POSTed entry as one JSON line, and refuses other paths, bodies too large and bad JSON', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'receiver-'));
    writeFileSync(join(folder, 'receiver.mjs'), snippets[0]);
    const port = /\.listen\((\d+)\)/.exec(snippets[0])?.[1];
    assert.ok(port, 'the snippet listens on a port');
    const child = spawn(process.execPath, ['receiver.mjs'], { cwd: folder, stdio: 'ignore' });
    try {
      const url = `http://127.0.0.1:${port}`;
      const entry = { schema: 1, event: 'choice', id: 'abc', method: 'reject-all' };
      const ok = await until(() => fetch(`${url}/consent-log`, { method: 'POST', body: JSON.stringify(entry) }));
      assert.equal(ok.status, 204);
      const lines = readFileSync(join(folder, 'consent-log.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.equal(lines.length, 1);
      assert.deepEqual({ ...lines[0], receivedAt: undefined }, { ...entry, receivedAt: undefined });
      assert.match(lines[0].receivedAt, /^\d{4}-\d\d-\d\dT/);
      assert.equal((await fetch(`${url}/other`, { method: 'POST', body: '{}' })).status, 404);
      assert.equal((await fetch(`${url}/consent-log`, { method: 'POST', body: 'not json' })).status, 400);
      assert.equal((await fetch(`${url}/consent-log`, { method: 'POST', body: 'x'.repeat(20_000) }).catch(() => ({ status: 413 }))).status, 413);
      assert.equal(existsSync(join(folder, 'consent-log.jsonl')), true);
    } finally {
      child.kill();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('docs/server.md: the edge function, as written', () => {
  const serverDoc = readFileSync(new URL('../../docs/server.md', import.meta.url), 'utf8');
  const edge = /<!-- run: node, edge -->\s*```js\n([\s\S]*?)```/.exec(serverDoc)?.[1];

  it('re-sets the consent cookie on HTML responses of the origin, and leaves other responses alone', async () => {
    assert.ok(edge, 'the snippet is marked');
    const folder = mkdtempSync(join(tmpdir(), 'edge-'));
    const origin = http.createServer((req, res) => {
      res.setHeader('content-type', req.url === '/style.css' ? 'text/css' : 'text/html; charset=utf-8');
      res.end('origin');
    });
    await new Promise((resolve) => origin.listen(0, '127.0.0.1', resolve));
    try {
      // A project that has the package installed (a link to this one) and its config file.
      mkdirSync(join(folder, 'node_modules'));
      symlinkSync(fileURLToPath(new URL('../..', import.meta.url)), join(folder, 'node_modules', 'consent-banner'), 'dir');
      writeFileSync(
        join(folder, 'consent-config.json'),
        JSON.stringify({
          revision: 2,
          policyUrl: '/privacy',
          categories: { necessary: { required: true }, analytics: { cookies: ['_ga'] }, marketing: { cookies: ['_fbp'] } },
        }),
      );
      writeFileSync(join(folder, 'edge.mjs'), edge);
      const handler = (await import(pathToFileURL(join(folder, 'edge.mjs')).href)).default;
      const { port } = origin.address();
      const day = 24 * 60 * 60;
      const updated = Math.floor(Date.now() / 1000) - day;
      const choice = `consent_banner=cb1.2.AAAAAAAAAAAAAAAAAAAAAQ.${updated.toString(36)}.${updated.toString(36)}.c0.analytics`;
      const page = await handler.fetch(new Request(`http://127.0.0.1:${String(port)}/`, { headers: { cookie: choice } }));
      assert.equal(await page.text(), 'origin');
      assert.match(page.headers.get('set-cookie') ?? '', /^consent_banner=cb1\.2\..*; Max-Age=\d+; SameSite=Lax; Secure$/);
      const asset = await handler.fetch(new Request(`http://127.0.0.1:${String(port)}/style.css`, { headers: { cookie: choice } }));
      assert.equal(asset.headers.get('set-cookie'), null);
      // A request with the GPC signal: the choice of marketing is withdrawn in the cookie the edge writes.
      const everything = choice.replace('.c0.analytics', '.a0.analytics|marketing');
      const signalled = await handler.fetch(new Request(`http://127.0.0.1:${String(port)}/`, { headers: { cookie: everything, 'sec-gpc': '1' } }));
      assert.match(signalled.headers.get('set-cookie') ?? '', /^consent_banner=cb1\.2\.[^;]*\.c1\.analytics; /);
      const noChoice = await handler.fetch(new Request(`http://127.0.0.1:${String(port)}/`));
      assert.equal(noChoice.headers.get('set-cookie'), null);
    } finally {
      origin.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
