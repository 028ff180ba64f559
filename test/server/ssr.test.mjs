// The package on a server, tested in Node against what a site imports (the built dist/ through the
// package's own exports): every entry imports under the default and the `browser` export
// conditions, `init()` and `createConsent()` are inert there, and the SSR example renders.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

/** Runs a module's source in a fresh Node (inside the package, so `consent-banner` resolves to itself). */
function runNode(source, { conditions = [], env = {} } = {}) {
  const args = [...conditions.map((condition) => `--conditions=${condition}`), '--input-type=module', '-e', source];
  try {
    const stdout = execFileSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, stdout };
  } catch (error) {
    return { ok: false, stdout: String(error.stdout), stderr: String(error.stderr) };
  }
}

const ENTRIES = ['consent-banner', 'consent-banner/core', 'consent-banner/server', 'consent-banner/global', 'consent-banner/react'];

describe('on a server', () => {
  for (const conditions of [[], ['browser']]) {
    const label = conditions.length === 0 ? 'default conditions' : `--conditions=${conditions.join(',')}`;
    it(`every entry imports without touching window, document or customElements (${label})`, () => {
      for (const entry of ENTRIES) {
        const result = runNode(`await import(${JSON.stringify(entry)}); console.log('ok');`, { conditions });
        assert.equal(result.ok, true, `${entry}: ${result.stderr ?? ''}`);
      }
    });

    it(`init() and createConsent() return an inert instance, warned once in development (${label})`, () => {
      const source = `
        const warnings = [];
        console.warn = (message) => warnings.push(String(message));
        const { init, createConsent } = await import('consent-banner');
        const core = await import('consent-banner/core');
        const apis = [init({ revision: 1 }), init(), createConsent(), core.createConsent().init()];
        let heard = 0;
        for (const api of apis) {
          api.on('change', () => { heard += 1; });
          api.acceptAll();
          api.show();
          api.destroy();
        }
        console.log(JSON.stringify({
          records: apis.map((api) => api.get()),
          started: apis.map((api) => api.started),
          granted: apis.map((api) => api.has('necessary') || api.has('analytics')),
          views: apis.map((api) => api.views.notice),
          heard,
          warnings,
        }));`;
      for (const [nodeEnv, expectedWarnings] of [
        ['development', 1],
        ['production', 0],
      ]) {
        const result = runNode(source, { conditions, env: { NODE_ENV: nodeEnv } });
        assert.equal(result.ok, true, result.stderr);
        const seen = JSON.parse(result.stdout);
        assert.deepEqual(seen.records, [null, null, null, null]);
        assert.deepEqual(seen.started, [false, false, false, false]);
        assert.deepEqual(seen.granted, [false, false, false, false]);
        assert.deepEqual(seen.views, [false, false, false, false]);
        assert.equal(seen.heard, 0);
        assert.equal(seen.warnings.length, expectedWarnings, `${nodeEnv}: ${seen.warnings.join(' | ')}`);
        if (expectedWarnings > 0) assert.match(seen.warnings[0], /without a browser window.*inert/);
      }
    });
  }

  it('the node entry has the same exports as the browser entry; its element classes and mountUi() say they need a browser', () => {
    const result = runNode(`
      const node = await import('consent-banner');
      const browser = await import('./dist/esm/index.js');
      let message = '';
      try { new node.ConsentBannerElement(); } catch (error) { message = error.message; }
      console.log(JSON.stringify({ node: Object.keys(node).sort(), browser: Object.keys(browser).sort(), message }));`);
    assert.equal(result.ok, true, result.stderr);
    const seen = JSON.parse(result.stdout);
    assert.deepEqual(seen.node, seen.browser);
    assert.match(seen.message, /needs a browser/);
  });

  for (const conditions of [[], ['browser']]) {
    it(`the SSR example renders on the server (${conditions.length === 0 ? 'default conditions' : '--conditions=browser'})`, () => {
      const result = runNode(
        `
        const { render } = await import('./examples/ssr/dist/server/entry-server.js');
        console.log(render());`,
        { conditions, env: { NODE_ENV: 'production' } },
      );
      assert.equal(result.ok, true, result.stderr);
      assert.match(result.stdout, /<h1>SSR example<\/h1><p id="status">No choice yet<\/p>/);
      assert.doesNotMatch(result.stdout, /site-notice/, 'no notice in the server HTML: the browser decides');
    });
  }
});
