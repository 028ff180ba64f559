/** Where the library's console messages go; one place so tests can capture them. */

const PREFIX = '[consent-banner]';

/** Receives one message per problem found. */
export interface Reporter {
  /** Something was wrong and a fallback is used. */
  error(message: string): void;
  /** Something was odd (an unknown key, a typo) and was ignored. */
  warn(message: string): void;
}

/** The default reporter: the console, with the library's prefix. */
export const consoleReporter: Reporter = {
  error: (message) => {
    console.error(`${PREFIX} ${message}`);
  },
  warn: (message) => {
    console.warn(`${PREFIX} ${message}`);
  },
};

/** Shows a value in a message: strings quoted, long values cut, never throws. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    if (value instanceof RegExp) text = String(value);
    else if (typeof value === 'function') text = 'a function';
    else if (value === undefined) text = 'undefined';
    else if (typeof value === 'bigint') text = `${value.toString()}n`;
    else {
      // JSON.stringify gives undefined for symbols, whatever its declared type says.
      const json = JSON.stringify(value) as string | undefined;
      text = typeof json === 'string' ? json : Object.prototype.toString.call(value);
    }
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
