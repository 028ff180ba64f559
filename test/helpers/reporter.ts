import { wordMessage } from '../../src/core/message-wording.js';
import type { Reporter } from '../../src/core/report.js';
import { createSay, type Say } from '../../src/core/say.js';
import type { IntegrationContext } from '../../src/integrations/integration.js';

/** A reporter that keeps the messages, for tests that check what was said. */
export interface RecordingReporter extends Reporter {
  readonly errors: string[];
  readonly warnings: string[];
}

/** Makes a reporter that records instead of printing. */
export function recordingReporter(): RecordingReporter {
  const errors: string[] = [];
  const warnings: string[] = [];
  return {
    errors,
    warnings,
    error: (message) => errors.push(message),
    warn: (message) => warnings.push(message),
  };
}

/** An integration context whose messages are said in full at once (nothing shown yet). */
export const WORDED: IntegrationContext = { shown: () => undefined, wording: wordMessage };

/** What says the core's runtime messages to `reporter`, each in full at once (as with the wording at hand). */
export function sayingTo(reporter: Reporter): Say {
  return createSay(reporter, undefined, wordMessage);
}
