// Runs the browser suite in each engine in turn (web-test-runner, one engine per run: the test
// server's endpoints keep per-test state that two engines at once would share). Engines from the
// arguments (`chromium firefox webkit`, the default). Prints each engine's count and time, then one
// line per engine at the end; exits 1 if any engine failed.
import { spawn } from 'node:child_process';

const engines = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['chromium', 'firefox', 'webkit'];
const results = [];
for (const engine of engines) {
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, WTR_ENGINES: engine },
    });
    let last = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = String(chunk)
        .split('\n')
        .filter((line) => line.startsWith('tests: '));
      if (lines.length > 0) last = lines.at(-1);
    });
    child.on('close', (exit) => {
      results.push({ engine, exit, summary: last || 'tests: no count', seconds: Math.round((Date.now() - started) / 1000) });
      resolve(exit);
    });
  });
  if (code !== 0) process.exitCode = 1;
}
console.log('');
for (const { engine, summary, seconds } of results) console.log(`${engine.padEnd(9)} ${summary} (${String(seconds)} s)`);
