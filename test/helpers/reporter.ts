import type { Reporter } from '../../src/core/report.js';

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
