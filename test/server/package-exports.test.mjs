// The script-tag files are reachable through the package's exports (a bundler copies them by these
// names): the main file, the one-file build, and every add-on file the main file loads.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

describe('package exports of the script-tag files', () => {
  it('resolve to the built files, add-ons included', () => {
    const manifest = JSON.parse(readFileSync('dist/addons.json', 'utf8'));
    const files = ['consent-banner.iife.js', 'consent-banner.all.iife.js', ...Object.values(manifest).map((entry) => entry.file)];
    assert.ok(files.length >= 5);
    for (const file of files) {
      const path = fileURLToPath(import.meta.resolve(`consent-banner/${file}`));
      assert.ok(path.endsWith(`/dist/${file}`), path);
      assert.ok(existsSync(path), path);
    }
  });
});
