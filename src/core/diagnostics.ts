import { explainConfigProblems } from './config-wording.js';
import { wordMessage } from './message-wording.js';
import type { Diagnostics } from './say.js';

/** The full wording of every message: the config checks' and the runtime ones (the diagnostics file, a chunk). */
export const diagnostics: Diagnostics = { explainConfigProblems, wordMessage };
