import type { Browser } from 'playwright-core';
import { TRACKER_HOSTS } from '../../core/trackers.js';
import { launchChromium } from './browser.js';
import { auditConfigOf, normalizeForAudit, readConfigFile, type ConfigShape } from './declarations.js';
import { findingsOf, isFailing, unseenDeclarations } from './findings.js';
import { observePhase, type FirstVisitExtras } from './observe.js';
import { MAX_PAGES, type AuditOptions } from './options.js';
import { jsonReport, paintFor, textReport, type AuditResult } from './report.js';
import { suggestFragment } from './suggest.js';
import { PHASES, type AuditConfig, type PageAudit } from './types.js';

/** The config a page's banner runs with, as the first visit read it; the defaults when the page has none. */
function pageConfigOf(extras: FirstVisitExtras | undefined, problems: string[]): AuditConfig {
  const found = extras?.pageConfig ?? null;
  if (found !== null && 'config' in found) {
    try {
      return auditConfigOf(found.config as ConfigShape, found.source);
    } catch {
      problems.push(`${found.source} has a shape this audit does not know (another version of consent-banner?); pass the config with --config.`);
    }
  } else if (found !== null) {
    try {
      return auditConfigOf(normalizeForAudit(JSON.parse(found.json), problems), found.source);
    } catch (error) {
      problems.push(`${found.source} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  return auditConfigOf(normalizeForAudit(undefined, problems), 'the defaults (no consent config found on the page; pass one with --config)');
}

async function auditPage(
  browser: Browser,
  url: string,
  options: AuditOptions,
  fileConfig: AuditConfig | undefined,
  problems: string[],
): Promise<PageAudit & { links: readonly string[] }> {
  const started = Date.now();
  const deadline = started + options.timeoutSeconds * 1000;
  const trackerHosts = [...TRACKER_HOSTS, ...options.trackerHosts];
  const results = await Promise.all(PHASES.map((phase) => observePhase(browser, url, phase, { trackerHosts, deadline })));
  const extras = results[0]?.extras;
  const config = fileConfig ?? pageConfigOf(extras, problems);
  const phases = results.map((result) => result.observation);
  return { url, config, phases, findings: findingsOf(url, config, phases), milliseconds: Date.now() - started, links: extras?.links ?? [] };
}

/**
 * Audits the given pages (and up to `crawl` same-origin links found on them), prints the report,
 * and returns the exit code: 1 when a finding other than information exists, else 0.
 */
export async function runAudit(options: AuditOptions, output: NodeJS.WriteStream = process.stdout): Promise<number> {
  const problems: string[] = [];
  const fileConfig = options.configFile === undefined ? undefined : await readConfigFile(options.configFile, problems);
  const browser = await launchChromium();
  const pages: PageAudit[] = [];
  try {
    const queue = [...options.urls];
    const queued = new Set(queue);
    let crawled = 0;
    for (let index = 0; index < queue.length && index < MAX_PAGES; index += 1) {
      const url = queue[index] ?? '';
      const { links, ...page } = await auditPage(browser, url, options, fileConfig, problems);
      pages.push(page);
      if (index >= options.urls.length) continue;
      for (const link of links) {
        if (crawled >= options.crawl || queue.length >= MAX_PAGES) break;
        if (queued.has(link) || new URL(link).origin !== new URL(url).origin) continue;
        queued.add(link);
        queue.push(link);
        crawled += 1;
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  const result: AuditResult = {
    browser: `Chromium ${browser.version()}`,
    pages,
    unseen: unseenDeclarations(pages),
    suggestion: suggestFragment(pages.flatMap((page) => page.findings)),
    configProblems: [...new Set(problems)],
  };
  output.write(`${options.json ? jsonReport(result) : textReport(result, paintFor(output))}\n`);
  return pages.some((page) => page.findings.some(isFailing)) ? 1 : 0;
}
