// The docs' Node snippets (marked `<!-- run: node -->`), run as written, in a temporary folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
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
      const lines = readFileSync(join(folder, 'consent-log.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
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
