import { isFailing } from './findings.js';
import type { SuggestedFragment } from './suggest.js';
import { UNASSIGNED } from './suggest.js';
import { PHASE_LABELS, type Finding, type PageAudit, type PhaseObservation } from './types.js';

/** The whole result of one run. */
export interface AuditResult {
  readonly browser: string;
  readonly pages: readonly PageAudit[];
  /** Declarations no page showed (information). */
  readonly unseen: readonly Finding[];
  readonly suggestion: SuggestedFragment;
  /** Messages about the configs read (validation, as the banner reports them). */
  readonly configProblems: readonly string[];
}

/** Colours for a terminal; plain text elsewhere. */
export interface Paint {
  readonly bad: (text: string) => string;
  readonly good: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly strong: (text: string) => string;
}

/** ANSI colours when the output is a terminal and NO_COLOR is not set (FORCE_COLOR forces them). */
export function paintFor(stream: { isTTY?: boolean }, environment: NodeJS.ProcessEnv = process.env): Paint {
  const forced = environment.FORCE_COLOR !== undefined && environment.FORCE_COLOR !== '0';
  const on = forced || (stream.isTTY === true && environment.NO_COLOR === undefined && environment.TERM !== 'dumb');
  const code =
    (open: number, close: number) =>
    (text: string): string =>
      on ? `\u001b[${String(open)}m${text}\u001b[${String(close)}m` : text;
  return { bad: code(31, 39), good: code(32, 39), dim: code(2, 22), strong: code(1, 22) };
}

/** Lays rows out in columns (the last column is not padded). */
function table(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
  );
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function phaseRow(observation: PhaseObservation): string[] {
  const ran = observation.tagged.filter((node) => node.state === 'ran' || node.state === 'released').length;
  const held = observation.tagged.filter((node) => node.state === 'blocked').length;
  return [
    PHASE_LABELS[observation.phase],
    String(observation.cookies.length),
    String(observation.localStorage.length + observation.sessionStorage.length),
    String(observation.indexedDB.length),
    String(new Set(observation.requests.map((request) => request.host)).size),
    observation.error === undefined ? `${String(ran)} ran, ${String(held)} held` : `could not complete: ${observation.error}`,
  ];
}

function findingRows(findings: readonly Finding[], paint: Paint): string[] {
  const rows = [['finding', 'phases', 'what', 'name / URL', 'category', 'detail']];
  for (const finding of findings) {
    rows.push([
      finding.kind,
      finding.phases.map((phase) => PHASE_LABELS[phase]).join(', ') || '—',
      finding.what,
      shorten(finding.subject, 70),
      finding.category ?? '—',
      finding.detail ?? '',
    ]);
  }
  const [head = '', ...lines] = table(rows, '  ');
  return [
    paint.dim(head),
    ...lines.map((line, index) => {
      const finding = findings[index];
      return finding !== undefined && isFailing(finding) ? paint.bad(line) : paint.dim(line);
    }),
  ];
}

/** The readable report: per page a table of its phases and one of its findings, then the suggested fragment and the result. */
export function textReport(result: AuditResult, paint: Paint): string {
  const lines: string[] = [];
  lines.push(
    paint.strong(
      `consent-banner audit: ${String(result.pages.length)} page${result.pages.length === 1 ? '' : 's'} in ${result.browser}, each visited three times (first visit, after reject all, after accept all)`,
    ),
  );
  for (const problem of result.configProblems) lines.push(paint.bad(`config: ${problem}`));
  for (const page of result.pages) {
    lines.push('', paint.strong(page.url), paint.dim(`  config from ${page.config.source}; ${(page.milliseconds / 1000).toFixed(1)} s`));
    lines.push(...table([['phase', 'cookies', 'storage keys', 'databases', 'other hosts', 'tagged nodes'], ...page.phases.map(phaseRow)], '  '));
    lines.push('');
    if (page.findings.length === 0) lines.push(paint.good('  no findings'));
    else lines.push(...findingRows(page.findings, paint));
  }
  if (result.unseen.length > 0) {
    lines.push('', paint.strong('Declared but not seen on any audited page (information)'));
    lines.push(...findingRows(result.unseen, paint));
  }
  const all = [...result.pages.flatMap((page) => page.findings), ...result.unseen];
  const failing = all.filter(isFailing);
  if (Object.keys(result.suggestion.categories).length > 0) {
    const assign =
      UNASSIGNED in result.suggestion.categories
        ? ` Names under "${UNASSIGNED}": file each under its category (only a required category may set one before consent), or tag what sets it.`
        : '';
    lines.push('', paint.strong('Suggested config fragment'), `Declares what was found undeclared.${assign}`, JSON.stringify(result.suggestion, null, 2));
  }
  const pagesWith = result.pages.filter((page) => page.findings.some(isFailing)).length;
  lines.push('');
  lines.push(
    failing.length === 0
      ? paint.good(`No findings${all.length > 0 ? ` (${String(all.length)} for information)` : ''}.`)
      : paint.bad(
          `${String(failing.length)} finding${failing.length === 1 ? '' : 's'} on ${String(pagesWith)} of ${String(result.pages.length)} pages${all.length > failing.length ? `, and ${String(all.length - failing.length)} for information` : ''}.`,
        ),
  );
  return lines.join('\n');
}

/** The whole result as one JSON document. */
export function jsonReport(result: AuditResult): string {
  const findings = [...result.pages.flatMap((page) => page.findings), ...result.unseen];
  return JSON.stringify(
    {
      tool: 'consent-banner audit',
      browser: result.browser,
      summary: {
        pages: result.pages.length,
        findings: findings.filter(isFailing).length,
        information: findings.filter((finding) => !isFailing(finding)).length,
      },
      configProblems: result.configProblems,
      pages: result.pages,
      declaredNotSeen: result.unseen,
      suggestion: result.suggestion,
    },
    null,
    2,
  );
}
