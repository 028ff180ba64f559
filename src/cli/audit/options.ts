/** The most pages one run visits (given and crawled together). */
export const MAX_PAGES = 50;
/** The per-page timeout when `--timeout` is not given, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** What `consent-banner audit` was asked to do. */
export interface AuditOptions {
  readonly urls: readonly string[];
  /** How many same-origin links found on the given pages are audited too. */
  readonly crawl: number;
  readonly json: boolean;
  /** A config file to use instead of the page's own config. */
  readonly configFile?: string;
  /** Per page, all three phases together. */
  readonly timeoutSeconds: number;
  /** More hosts counted as trackers, beside the built-in list. */
  readonly trackerHosts: readonly string[];
}

/** A mistake in the command line: the message names the option and the value. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The help text of the audit command. */
export const AUDIT_USAGE = `Usage: consent-banner audit <url> [<url>…] [options]

Loads each page in Chromium three times, each in a fresh browser: on a first visit, after
"reject all", and after "accept all" (then reloaded), and checks the cookies, storage, databases
and requests it sees against the page's consent config.

Options:
  --crawl <n>          also audit up to n same-origin links found on the given pages (default 0)
  --json               print one JSON document instead of the report
  --config <file>      use this config (JSON) instead of the one the page carries
  --timeout <s>        time allowed per page, all three visits together (default ${String(DEFAULT_TIMEOUT_SECONDS)})
  --tracker-host <h>   count this host (and its subdomains) as a tracker too; repeatable
  -h, --help           show this help

Exit code: 0 no findings (information only), 1 findings or a page that could not be audited,
2 a usage error or a missing browser.
Chromium: CHROME_PATH, else the usual install paths. Needs playwright-core (npm install -D playwright-core).`;

function positiveInteger(option: string, value: string | undefined, { allowZero }: { allowZero: boolean }): number {
  const number = value !== undefined && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || (!allowZero && number === 0)) {
    throw new UsageError(`${option}: ${JSON.stringify(value ?? '')} is not a${allowZero ? ' whole number' : ' positive whole number'}.`);
  }
  return number;
}

function pageUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${JSON.stringify(value)} is not a URL; give a full address such as https://example.com/.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${JSON.stringify(value)}: only http and https pages can be audited.`);
  }
  url.hash = '';
  return url.href;
}

function hostName(value: string | undefined): string {
  const host = (value ?? '').trim().toLowerCase().replace(/^\*\./, '');
  if (!/^[a-z0-9.-]+$/.test(host) || host.startsWith('.') || host.endsWith('.')) {
    throw new UsageError(`--tracker-host: ${JSON.stringify(value ?? '')} is not a host name.`);
  }
  return host;
}

/** Reads the audit's arguments (after the word `audit`); `null` when help was asked for. */
export function parseAuditArguments(args: readonly string[]): AuditOptions | null {
  const urls: string[] = [];
  const trackerHosts: string[] = [];
  let crawl = 0;
  let json = false;
  let configFile: string | undefined;
  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      index += 1;
      const next = args[index];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag}: a value is missing.`);
      return next;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return null;
      case '--json':
        json = true;
        break;
      case '--crawl':
        crawl = positiveInteger(flag, value(), { allowZero: true });
        break;
      case '--timeout':
        timeoutSeconds = positiveInteger(flag, value(), { allowZero: false });
        break;
      case '--config':
        configFile = value();
        break;
      case '--tracker-host':
        trackerHosts.push(hostName(value()));
        break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`${flag}: unknown option (see --help).`);
        urls.push(pageUrl(arg));
    }
  }
  if (urls.length === 0) throw new UsageError('give at least one page URL to audit (see --help).');
  if (urls.length > MAX_PAGES) throw new UsageError(`${String(urls.length)} URLs given; at most ${String(MAX_PAGES)} pages are audited in one run.`);
  return {
    urls: [...new Set(urls)],
    crawl: Math.min(crawl, MAX_PAGES),
    json,
    ...(configFile === undefined ? {} : { configFile }),
    timeoutSeconds,
    trackerHosts,
  };
}
