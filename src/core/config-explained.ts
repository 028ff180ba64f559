import { checkConfig, type PageLocation } from './config.js';
import { explainConfigProblems } from './config-wording.js';
import type { Reporter } from './report.js';
import type { NormalizedConfig } from './types.js';

/**
 * Validates one config and says each problem in full at once (the server helpers, the audit, tests):
 * where bytes do not count, no short line first and no wording to load.
 */
export function normalizeConfigExplained(input: unknown, location: PageLocation | undefined, reporter: Reporter): NormalizedConfig {
  const { config, problems } = checkConfig(input, location);
  explainConfigProblems(problems, reporter);
  return config;
}
