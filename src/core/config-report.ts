import type { ConfigProblem } from './config-wording.js';
import { describeValue, type Reporter } from './report.js';
import { reason, type MessageDetails } from './say.js';

/** Is it an error (something the site gave is not used), or a warning. */
export const isConfigError = (problem: ConfigProblem): boolean => !('remark' in problem) || problem.error;

/** A problem's field in messages: `config.cookie.name`, or `config` for the whole. */
export const problemField = (problem: ConfigProblem): string => (problem.field === '' ? 'config' : `config.${problem.field}`);

/** Marks the short lines that the full wording follows (when it can load). */
export const DETAILS_FOLLOW = '(details follow)';

/** A problem in the short line: its field, and its value where it has one (`cookie.name "a b"`). */
const named = (problem: ConfigProblem): string =>
  `${problem.field === '' ? '(the whole)' : problem.field}${'value' in problem ? ` ${describeValue(problem.value)}` : ''}`;

/**
 * Says a config's problems: at once, one short error naming each field and value that is not used
 * (and one short warning for the fields to look at), then, when `details` can load the wording,
 * each problem in full (what the field takes, what is used instead).
 */
export function reportConfigProblems(problems: readonly ConfigProblem[], reporter: Reporter, details?: MessageDetails): void {
  if (problems.length === 0) return;
  const more = details === undefined ? '' : ` ${DETAILS_FOLLOW}`;
  const errors = problems.filter(isConfigError);
  const warnings = problems.filter((problem) => !isConfigError(problem));
  if (errors.length > 0) reporter.error(`config: not valid, so not used${more}: ${errors.map(named).join(', ')}.`);
  if (warnings.length > 0) reporter.warn(`config: worth a look${more}: ${warnings.map(named).join(', ')}.`);
  if (details === undefined) return;
  details()
    .then((diagnostics) => {
      diagnostics?.explainConfigProblems(problems, reporter);
    })
    .catch((error: unknown) => {
      reporter.error(`config: the details could not be loaded (${reason(error)}).`);
    });
}
