/**
 * The add-on file `consent-banner.diagnostics.js`: the full wording of the config checks. The main
 * file names each field and value that is not valid in one short line, and loads this file only when
 * a config has a problem, to say what each field takes and what is used instead.
 */
import { explainConfigProblems } from '../core/config-wording.js';
import { registerAddon } from './registry.js';

registerAddon('diagnostics', explainConfigProblems);
