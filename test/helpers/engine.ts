/**
 * The engine a test runs in, and test commands that work in all three (Chromium, Firefox, WebKit),
 * through test/engines/commands.mjs. `LIMITS` is the one list of what an engine, or its driver
 * here, cannot do: a test that needs it says so in its name and is marked skipped there, never
 * silently left out.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** The browser engines the suite runs in. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine of this page. */
export const engine: Engine = navigator.userAgent.includes('Firefox/') ? 'firefox' : navigator.userAgent.includes('Chrome/') ? 'chromium' : 'webkit';

/** What some engine cannot do here, by feature: the reason, per engine that lacks it. */
export const LIMITS = {
  'emulate-media': {
    firefox: 'Puppeteer cannot emulate media features (forced-colors, prefers-reduced-motion) over WebDriver BiDi',
    webkit: 'WebKitWebDriver cannot emulate media features',
  },
  'narrow-viewport': {
    webkit: "MiniBrowser's window is never narrower than about 447 px (320 px layouts are tested in frames: test/e2e/field/visitor-ui.test.ts)",
  },
  'measure-heap': {
    firefox: 'no gc() and no performance.memory: the heap cannot be measured from the page',
    webkit: 'no gc() and no performance.memory: the heap cannot be measured from the page',
  },
} as const satisfies Record<string, Partial<Record<Engine, string>>>;

/** A feature listed in `LIMITS`. */
export type Limited = keyof typeof LIMITS;

/** Why this engine cannot do `feature` here, or undefined when it can. */
export function limitOf(feature: Limited): string | undefined {
  return (LIMITS[feature] as Partial<Record<Engine, string>>)[engine];
}

/**
 * A test that needs `feature`: where the engine lacks it, the test is registered as skipped, with
 * the engine and the reason in its name.
 */
export function itWith(feature: Limited, title: string, test: (this: Mocha.Context) => Promise<void>): void {
  const reason = limitOf(feature);
  if (reason === undefined) it(title, test);
  else {
    it(`${title} [skipped in ${engine}: ${reason}]`, function (this: Mocha.Context) {
      this.skip();
    });
  }
}

/** Presses a key (`Tab`, `Enter`, `Escape`, `Space`, arrows), with Shift if asked, as the keyboard would. */
export async function press(key: string, options: { shift?: boolean } = {}): Promise<void> {
  await executeServerCommand('engine-press', { key, shift: options.shift === true });
}

/** Sets the size of the test page's viewport; throws where the window cannot have it. */
export async function setViewport(width: number, height: number): Promise<void> {
  const result = await executeServerCommand<{ supported: boolean; reason?: string } | undefined, { width: number; height: number }>('engine-viewport', {
    width,
    height,
  });
  if (result?.supported !== true) throw new Error(`setViewport(${String(width)}, ${String(height)}): ${result?.reason ?? 'not done'}`);
}

/** Emulates media features (`forced-colors`, `prefers-reduced-motion` …); false where the driver cannot. */
export async function emulateMedia(features: Readonly<Record<string, string>>): Promise<boolean> {
  const result = await executeServerCommand<{ supported: boolean } | undefined, Readonly<Record<string, string>>>('engine-media', features);
  return result?.supported === true;
}

/** One cookie as the browser's own jar holds it (expiry in milliseconds, `null` for a session cookie). */
export interface JarCookie {
  readonly name: string;
  readonly value: string;
  readonly domain: string;
  readonly path: string;
  readonly expires: number | null;
}

/** The cookies of this name in the browser's jar (the driver reads it, with expiry). */
export async function jarCookies(name: string): Promise<JarCookie[]> {
  const result = await executeServerCommand<{ cookies: JarCookie[] } | undefined, undefined>('engine-cookies');
  return (result?.cookies ?? []).filter((cookie) => cookie.name === name);
}
