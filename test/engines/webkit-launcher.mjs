// A web-test-runner launcher for WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, the W3C
// WebDriver server from Debian's webkit2gtk-driver package, spoken to over plain HTTP. MiniBrowser
// needs a display: run the driver under Xvfb (`xvfb-run -a WebKitWebDriver --port=4444`), which
// `startWebKitDriver()` does when `WEBKIT_DRIVER_URL` names none.
import { spawn } from 'node:child_process';

const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Calls the WebDriver server; returns the command's `value`, throws its error message. */
async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error ?? response.status} ${json.value?.message ?? ''}`);
  return json.value;
}

/** Starts WebKitWebDriver under Xvfb on a free port and waits until it answers; returns its URL and a stop function. */
export async function startWebKitDriver(port = 4444) {
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${String(port)}`], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${String(port)}`;
  const started = Date.now();
  for (;;) {
    try {
      await call(url, 'GET', '/status');
      break;
    } catch (error) {
      if (Date.now() - started > 15_000) throw new Error(`WebKitWebDriver did not start: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    url,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM'); // xvfb-run, Xvfb and the driver
      } catch {
        // already gone
      }
    },
  };
}

/** The launcher: one MiniBrowser window, one test file at a time. */
export function webkitLauncher() {
  let driver = null;
  let sessionPromise = null;
  const urls = new Map();
  const launcher = {
    name: 'WebKit',
    type: 'webkit-webdriver',
    concurrency: 1,
    /** Runs a WebDriver command in this launcher's browser session. */
    async webdriver(method, path, body) {
      const id = await launcher.session();
      return call(driver.url, method, `/session/${id}${path}`, body);
    },
    async session() {
      if (driver === null) {
        driver =
          process.env.WEBKIT_DRIVER_URL === undefined
            ? await startWebKitDriver(Number(process.env.WEBKIT_DRIVER_PORT ?? 4444))
            : { url: process.env.WEBKIT_DRIVER_URL, stop() {} };
      }
      sessionPromise ??= call(driver.url, 'POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
          },
        },
      }).then(async (value) => {
        await call(driver.url, 'POST', `/session/${value.sessionId}/window/rect`, { width: 1024, height: 800 }).catch(() => undefined);
        return value.sessionId;
      });
      return sessionPromise;
    },
    async startSession(sessionId, url) {
      urls.set(sessionId, url);
      await launcher.webdriver('POST', '/url', { url });
    },
    isActive: (sessionId) => urls.has(sessionId),
    getBrowserUrl: (sessionId) => urls.get(sessionId),
    async stopSession(sessionId) {
      urls.delete(sessionId);
      await launcher.webdriver('POST', '/url', { url: 'about:blank' }).catch(() => undefined);
      return {};
    },
    startDebugSession() {
      throw new Error('Debugging is not supported in the WebKit launcher.');
    },
    async stop() {
      if (sessionPromise !== null) {
        const id = await sessionPromise.catch(() => null);
        if (id !== null) await call(driver.url, 'DELETE', `/session/${id}`).catch(() => undefined);
      }
      driver?.stop();
      driver = null;
      sessionPromise = null;
    },
  };
  return launcher;
}
