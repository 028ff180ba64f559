/**
 * The add-on file `consent-banner.diagnostics.js`: the full wording of the messages. The main file
 * names each config field and value that is not valid in one short line, and says its runtime
 * messages as a key and parameters; it loads this file only when there is something to say, to
 * say what each field takes and what is used instead, and each runtime message in words.
 */
import { diagnostics } from '../core/diagnostics.js';
import { registerAddon } from './registry.js';

registerAddon('diagnostics', diagnostics);
