/**
 * The `consent-banner` command (`npx consent-banner …`). One command today: `audit`.
 * Exit codes: 0 success, 1 findings, 2 a usage error or a missing tool.
 */
import { VERSION } from '../version.js';
import { MissingToolError } from './audit/browser.js';
import { AUDIT_USAGE, parseAuditArguments, UsageError } from './audit/options.js';
import { runAudit } from './audit/run.js';

const USAGE = `consent-banner ${VERSION}

Usage:
  consent-banner audit <url> [<url>…] [options]   check a site's cookies, storage and requests against its consent config
  consent-banner --version

Run "consent-banner audit --help" for the audit's options.`;

async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'audit') throw new UsageError(`${JSON.stringify(command)} is not a command of consent-banner (see --help).`);
  const options = parseAuditArguments(rest);
  if (options === null) {
    process.stdout.write(`${AUDIT_USAGE}\n`);
    return 0;
  }
  return runAudit(options);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof MissingToolError) {
      process.stderr.write(`consent-banner: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`consent-banner: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
