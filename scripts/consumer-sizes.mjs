// What each public entry adds to a site's own bundle: a Vite app that imports it, built as a site
// would build it, against an empty app. Counts the brotli bytes of the JavaScript a page loads at
// start (the entry chunk and its static imports; language chunks load only when needed).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

/** The consumer apps, by name: the module each one's page runs. */
export const CONSUMER_APPS = {
  empty: 'window.app = 1;',
  core: "import { createConsent } from 'consent-banner/core';\nwindow.app = createConsent().init();",
  coreWithConsentMode:
    "import { createConsent, googleConsentMode } from 'consent-banner/core';\nconst api = createConsent();\ngoogleConsentMode().attach(api, window);\nwindow.app = api.init();",
  init: "import { init } from 'consent-banner';\nwindow.app = init();",
};

const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Builds one app (inside the package, so `consent-banner` resolves through its own exports) and returns its start-up brotli bytes. */
async function startupBytes(name, source) {
  const root = join('.consumer-sizes', name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'main.js'), source);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title><script type="module" src="./main.js"></script>\n');
  const result = await build({ root, logLevel: 'silent', configFile: false, build: { write: false, modulePreload: false } });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const visit = (fileName) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return [...loaded].reduce((sum, fileName) => sum + brotli(chunks.get(fileName).code), 0);
}

/** Each app's start-up bytes minus the empty app's: what the entry costs a site. */
export async function consumerSizes() {
  try {
    const bytes = {};
    for (const [name, source] of Object.entries(CONSUMER_APPS)) bytes[name] = await startupBytes(name, source);
    const added = {};
    for (const [name, value] of Object.entries(bytes)) if (name !== 'empty') added[name] = value - bytes.empty;
    return added;
  } finally {
    rmSync('.consumer-sizes', { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await consumerSizes());
