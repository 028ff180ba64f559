import type { ExplainConfigProblems } from './config-wording.js';
import type { Message, WordMessage } from './message-wording.js';
import { describeValue, type Reporter } from './report.js';

/**
 * What the diagnostics give (the add-on file `consent-banner.diagnostics.js`, or a chunk of the npm
 * build): the full wording of the config checks and of the runtime messages.
 */
export interface Diagnostics {
  readonly explainConfigProblems: ExplainConfigProblems;
  readonly wordMessage: WordMessage;
}

/** Loads the diagnostics; undefined when they cannot be had (the loader says why). */
export type MessageDetails = () => Promise<Diagnostics | undefined>;

/** Says the core's runtime messages, given as data: a key and its parameters. */
export interface Say {
  /** Something was wrong and a fallback is used. */
  error(...message: Message): void;
  /** Something was odd and was ignored. */
  warn(...message: Message): void;
  /**
   * Where the messages go: for the few said in words at once, those that explain why the wording
   * itself may not load (a Trusted Types policy refused, an add-on file missing).
   */
  readonly reporter: Reporter;
}

/** An error's message, or the thrown value as text. */
export const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A message without its wording: the key and its parameters as they are (`scriptSrcNotUrl: javascript:x`). */
function shortLine([key, ...params]: Message): string {
  const shown = (params as readonly unknown[]).map((param) => (typeof param === 'string' ? param : describeValue(param)));
  return shown.length === 0 ? key : `${key}: ${shown.join(', ')}`;
}

type Level = 'error' | 'warn';

/**
 * Makes what says the runtime messages to `reporter`. With `wording`, each in full at once. With
 * `details` alone, the first message loads the wording and the messages of that moment wait for
 * it (then they and the later ones are said in full); when it cannot be had, each is said as its
 * key and parameters, at once from then on. With neither, key and parameters only. Nothing is lost.
 */
export function createSay(reporter: Reporter, details?: MessageDetails, wording?: WordMessage): Say {
  let word = wording;
  /** The messages waiting for the wording while it loads; null when none is loading. */
  let waiting: [Level, Message][] | null = null;
  let unavailable = details === undefined;

  const tell = (level: Level, message: Message): void => {
    reporter[level](word?.(message) ?? shortLine(message));
  };
  const flush = (): void => {
    const held = waiting ?? [];
    waiting = null;
    for (const [level, message] of held) tell(level, message);
  };
  const say = (level: Level, message: Message): void => {
    if (word !== undefined || unavailable || details === undefined) {
      tell(level, message);
      return;
    }
    if (waiting !== null) {
      waiting.push([level, message]);
      return;
    }
    waiting = [[level, message]];
    Promise.resolve()
      .then(details)
      .then(
        (loaded) => {
          word = loaded?.wordMessage;
        },
        (error: unknown) => {
          reporter.error(`the messages' wording could not be loaded (${reason(error)}).`);
        },
      )
      .finally(() => {
        unavailable = word === undefined;
        flush();
      });
  };
  return {
    error: (...message) => {
      say('error', message);
    },
    warn: (...message) => {
      say('warn', message);
    },
    reporter,
  };
}
