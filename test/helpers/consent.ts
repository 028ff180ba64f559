import { createConsent, type ConsentEnvironment } from '../../src/core/consent.js';
import { wordMessage } from '../../src/core/message-wording.js';
import type { ConsentApi, ConsentConfig } from '../../src/core/types.js';
import { recordingReporter, type RecordingReporter } from './reporter.js';

/** A test instance with its recording reporter and reload counter. */
export interface TestConsent {
  readonly api: ConsentApi;
  readonly reporter: RecordingReporter;
  readonly reloads: { count: number };
}

const made: ConsentApi[] = [];
let counter = 0;

/** A cookie name no other test uses, so that instances never see each other's choices by accident. */
export function uniqueCookieName(): string {
  counter += 1;
  return `cb_test_${String(Date.now() % 100000)}_${String(counter)}`;
}

/** Makes an instance with a recording reporter and a counted reload; `destroyAll()` cleans up. */
export function makeConsent(config: ConsentConfig = {}, environment: Partial<ConsentEnvironment> = {}): TestConsent {
  const reporter = recordingReporter();
  const reloads = { count: 0 };
  const api = createConsent(config, {
    reporter,
    reload: () => {
      reloads.count += 1;
    },
    scriptTimeoutMs: 2000,
    releaseTiming: 'sync',
    wording: wordMessage,
    ...environment,
  });
  made.push(api);
  return { api, reporter, reloads };
}

/** Destroys every instance made by `makeConsent`. */
export function destroyAll(): void {
  for (const api of made.splice(0)) api.destroy();
}

/** Waits until the condition holds, or fails after the timeout. */
export async function waitFor(condition: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Overrides a navigator property for the duration of a test; returns the function that restores it. */
export function stubNavigator(property: string, value: unknown): () => void {
  Object.defineProperty(navigator, property, { value, configurable: true });
  return () => {
    Reflect.deleteProperty(navigator, property);
  };
}
