import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** A tool the audit needs is missing: the message says how to install it (exit code 2). */
export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

/** Where Chromium or Chrome usually is, after `CHROME_PATH`. */
const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep a headless Chromium quiet: no updates, no sync, no background traffic of its own. */
const QUIET_FLAGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Chromium = typeof import('playwright-core').chromium;

async function loadChromium(): Promise<Chromium> {
  try {
    const module = await import('playwright-core');
    return module.chromium;
  } catch {
    throw new MissingToolError('the audit drives Chromium through playwright-core, which is not installed: npm install --save-dev playwright-core');
  }
}

/**
 * The browser to drive: `CHROME_PATH` when set (it must exist), else the first of the usual paths,
 * else a Chromium that Playwright installed earlier. Nothing is ever downloaded.
 */
export function findChromium(chromium: Pick<Chromium, 'executablePath'>, environment: NodeJS.ProcessEnv = process.env): string {
  const configured = environment.CHROME_PATH;
  if (configured !== undefined && configured !== '') {
    if (!existsSync(configured)) throw new MissingToolError(`CHROME_PATH is ${JSON.stringify(configured)}, which does not exist.`);
    return configured;
  }
  const found = USUAL_PATHS.find((path) => existsSync(path));
  if (found !== undefined) return found;
  try {
    const installed = chromium.executablePath();
    if (installed !== '' && existsSync(installed)) return installed;
  } catch {
    // no browser of Playwright's own
  }
  throw new MissingToolError('no Chromium or Chrome found: install one (e.g. apt-get install chromium) or set CHROME_PATH to its executable.');
}

/** Starts headless Chromium for the audit. */
export async function launchChromium(): Promise<Browser> {
  const chromium = await loadChromium();
  const executablePath = findChromium(chromium);
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return chromium.launch({ executablePath, headless: true, args: [...sandbox, ...QUIET_FLAGS] });
}
