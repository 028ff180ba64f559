// Test commands that work in all three engines (web-test-runner's own commands speak to one kind of
// launcher each). Called from the browser with `executeServerCommand(name, payload)`; see
// test/helpers/engine.ts. Each answers `{ supported: false, reason }` where a driver cannot do it.

/** WebDriver key codes for the keys the tests press. */
const WEBDRIVER_KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  ' ': ' ',
  Space: ' ',
  Shift: '\uE008',
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  Home: '\uE011',
  End: '\uE010',
};

/** Puppeteer's name for a key (its BiDi keyboard has no "Space"). */
const puppeteerKey = (key) => (key === 'Space' ? ' ' : key);

async function press(session, { key, shift = false }) {
  const browser = session.browser;
  if (browser.type === 'webkit-webdriver') {
    const code = WEBDRIVER_KEYS[key] ?? key;
    const actions = [
      ...(shift ? [{ type: 'keyDown', value: WEBDRIVER_KEYS.Shift }] : []),
      { type: 'keyDown', value: code },
      { type: 'keyUp', value: code },
      ...(shift ? [{ type: 'keyUp', value: WEBDRIVER_KEYS.Shift }] : []),
    ];
    await browser.webdriver('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await browser.webdriver('DELETE', '/actions');
    return { supported: true };
  }
  const page = browser.getPage(session.id);
  if (shift) await page.keyboard.down('Shift');
  await page.keyboard.press(puppeteerKey(key));
  if (shift) await page.keyboard.up('Shift');
  return { supported: true };
}

async function viewport(session, { width, height }) {
  const browser = session.browser;
  if (browser.type === 'webkit-webdriver') {
    // The window's outer size: grow or shrink it until the page's viewport has the size asked for
    // (the window manager applies a new size a moment later).
    const inner = () => browser.webdriver('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
    let outer = { width, height };
    let seen = [0, 0];
    for (let tries = 0; tries < 8; tries += 1) {
      await browser.webdriver('POST', '/window/rect', outer);
      for (let waits = 0; waits < 5; waits += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen = await inner();
        if (seen[0] === width && seen[1] === height) return { supported: true };
      }
      outer = { width: Math.max(1, outer.width + width - seen[0]), height: Math.max(1, outer.height + height - seen[1]) };
    }
    return { supported: false, reason: `the window gives a ${String(seen[0])} × ${String(seen[1])} viewport, not ${String(width)} × ${String(height)}` };
  }
  await browser.getPage(session.id).setViewport({ width, height });
  return { supported: true };
}

async function media(session, features) {
  const browser = session.browser;
  const list = Object.entries(features).map(([name, value]) => ({ name, value }));
  if (browser.type === 'webkit-webdriver') return { supported: false, reason: 'WebKitWebDriver cannot emulate media features' };
  const page = browser.getPage(session.id);
  try {
    await page.emulateMediaFeatures(list);
    return { supported: true };
  } catch (error) {
    return { supported: false, reason: `the driver cannot emulate media features here (${String(error.message ?? error).split('\n')[0]})` };
  }
}

/** The browser's own cookie jar (with expiry, HttpOnly included), as the driver reads it. */
async function cookies(session) {
  const browser = session.browser;
  if (browser.type === 'webkit-webdriver') {
    const list = await browser.webdriver('GET', '/cookie');
    return {
      supported: true,
      cookies: list.map((c) => ({
        name: c.name,
        value: c.value,
        domain: c.domain,
        path: c.path,
        expires: typeof c.expiry === 'number' ? c.expiry * 1000 : null,
      })),
    };
  }
  const page = browser.getPage(session.id);
  const list = await page.browserContext().cookies();
  return {
    supported: true,
    cookies: list.map((c) => ({
      name: c.name,
      value: c.value,
      domain: c.domain,
      path: c.path,
      expires: c.session || c.expires < 0 ? null : Math.round(c.expires * 1000),
    })),
  };
}

const COMMANDS = { 'engine-press': press, 'engine-viewport': viewport, 'engine-media': media, 'engine-cookies': cookies };

/** The web-test-runner plugin that runs the commands above. */
export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      const run = COMMANDS[command];
      return run === undefined ? undefined : run(session, payload ?? {});
    },
  };
}
