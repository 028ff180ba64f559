// `consent-banner audit`, run as a site runs it: the built command (dist/cli.js) against pages served
// on 127.0.0.1, in the system's Chromium. Fixture pages: a clean one (exit 0), one with an untagged
// script that sets a cookie and calls a tracker before consent and a tagged script that sets an
// undeclared cookie and storage key (exit 1), one without the banner; then the demo site (no finding).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSiteServer } from './site-server.mjs';

const BIN = 'dist/cli.js';

/** Runs the command; resolves to its exit code and output (never rejects). */
function run(args, { env = {}, bin = BIN } = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : error.code, stdout, stderr });
    });
  });
}

async function audit(args, options) {
  const result = await run(['audit', ...args, '--json'], options);
  assert.equal(result.stderr, '', `no errors expected on stderr: ${result.stderr}`);
  return { ...result, report: JSON.parse(result.stdout) };
}

const findingsOf = (report, kind) => [...report.pages.flatMap((page) => page.findings), ...report.declaredNotSeen].filter((finding) => finding.kind === kind);

describe('consent-banner audit', () => {
  let site;
  before(async () => {
    assert.ok(existsSync(BIN), `${BIN} is missing: run npm run build first`);
    site = await startSiteServer({ siteRoot: 'demo-dist' });
  });
  after(() => site.close());

  it('reports every kind of finding on a page whose tagging and cookie table are incomplete (exit 1)', async () => {
    const { code, report } = await audit([`${site.origin}/fixtures/dirty.html`, '--tracker-host', 'localhost']);
    assert.equal(code, 1);
    const [page] = report.pages;
    assert.equal(page.config.source, 'the page (window.ConsentBanner.config)');
    assert.deepEqual(
      page.phases.map((phase) => [phase.phase, phase.error]),
      [
        ['first-visit', undefined],
        ['after-reject', undefined],
        ['after-accept', undefined],
      ],
    );

    const early = findingsOf(report, 'set-without-consent');
    assert.deepEqual(
      early.map((finding) => [finding.what, finding.subject, finding.phases]),
      [['cookie', 'early_id', ['first-visit', 'after-reject']]],
    );
    assert.match(early[0].detail, /set by http:\/\/127\.0\.0\.1:\d+\/fixtures\/untagged\.js/);

    const trackers = findingsOf(report, 'tracker-before-consent');
    assert.deepEqual(
      trackers.map((finding) => [finding.what, finding.subject, finding.phases]),
      [
        ['request', `${site.origin.replace('127.0.0.1', 'localhost')}/collect`, ['first-visit', 'after-reject']],
        ['img', 'http://localhost/lazy-pixel.gif', ['first-visit', 'after-reject']],
      ],
    );
    assert.match(trackers[0].detail, /^localhost; started by http:\/\/127\.0\.0\.1:\d+\/fixtures\/untagged\.js$/);

    const undeclared = findingsOf(report, 'undeclared').map((finding) => [finding.what, finding.subject, finding.category]);
    assert.deepEqual(undeclared.sort(), [
      ['cookie', '_an_uid_1a2b3c4d', 'analytics'],
      ['cookie', 'early_id', undefined],
      ['localStorage', 'an_state', 'analytics'],
    ]);

    assert.deepEqual(
      findingsOf(report, 'declared-not-seen').map((finding) => [finding.subject, finding.category]),
      [['_an_gone', 'analytics']],
    );
    assert.deepEqual(report.suggestion, { categories: { unassigned: { cookies: ['early_id'] }, analytics: { cookies: ['_an_uid_*', 'an_state'] } } });
    assert.equal(trackers[1].detail, 'localhost; untagged <img>');
    assert.deepEqual(
      findingsOf(report, 'banner-warning').map((finding) => finding.subject),
      ['config.policyUrl: none set; the notice links to no privacy policy, which informed consent needs.'],
    );
    assert.deepEqual(report.summary, { pages: 1, findings: 6, information: 2 });
  });

  it("does not count the banner's own cookie, and counts the tracker only with --tracker-host for a host not on the list", async () => {
    const { report } = await audit([`${site.origin}/fixtures/dirty.html`]);
    assert.deepEqual(findingsOf(report, 'tracker-before-consent'), []);
    const names = report.pages[0].findings.map((finding) => finding.subject);
    assert.ok(!names.includes('consent_banner'), names.join(', '));
    assert.ok(
      report.pages[0].phases[2].cookies.some((cookie) => cookie.name === 'consent_banner'),
      'the choice was stored',
    );
  });

  it('prints a readable report with the suggested fragment, without colour when not on a terminal', async () => {
    const { code, stdout } = await run(['audit', `${site.origin}/fixtures/dirty.html`, '--tracker-host=localhost']);
    assert.equal(code, 1);
    assert.ok(!stdout.includes('\u001b['), 'no ANSI colour codes');
    assert.match(stdout, /^ {2}phase +cookies +storage keys +databases +other hosts +tagged nodes$/m);
    assert.match(stdout, /^ {2}set-without-consent +first visit, after reject all +cookie +early_id +— +127\.0\.0\.1\/, session; set by /m);
    assert.match(stdout, /Suggested config fragment/);
    assert.match(stdout, /"_an_uid_\*"/);
    assert.match(stdout, /^6 findings on 1 of 1 pages, and 2 for information\.$/m);
    const coloured = await run(['audit', `${site.origin}/fixtures/dirty.html`], { env: { FORCE_COLOR: '1' } });
    assert.ok(coloured.stdout.includes('\u001b[31m'), 'findings in red when colour is forced');
  });

  it('passes a clean page and the same-origin page it links to (--crawl), HttpOnly cookies included (exit 0)', async () => {
    const { code, report } = await audit([`${site.origin}/fixtures/clean.html`, '--crawl', '5']);
    assert.equal(code, 0, JSON.stringify(report.pages.map((page) => page.findings)));
    assert.deepEqual(
      report.pages.map((page) => page.url),
      [`${site.origin}/fixtures/clean.html`, `${site.origin}/fixtures/about.html`],
    );
    const session = report.pages[0].phases[0].cookies.find((cookie) => cookie.name === 'site_session');
    assert.equal(session?.httpOnly, true);
    const accepted = report.pages[0].phases[2];
    assert.deepEqual(
      accepted.tagged.map((node) => node.state),
      ['ran'],
    );
    assert.ok(accepted.cookies.some((cookie) => cookie.name === 'stats_id'));
    assert.equal(report.summary.findings, 0);
    for (const page of report.pages) assert.ok(page.milliseconds > 0);
  });

  it('under the opt-out regime, counts only what is set after the visitor refused (the first visit runs the tags by design)', async () => {
    const { code, report } = await audit([`${site.origin}/fixtures/opt-out.html`]);
    assert.equal(code, 0, JSON.stringify(report.pages[0].findings));
    const [first, rejected] = report.pages[0].phases;
    assert.equal(first.regime, 'opt-out');
    assert.ok(
      first.cookies.some((cookie) => cookie.name === 'stats_id'),
      'the statistics ran on the first visit',
    );
    assert.ok(!rejected.cookies.some((cookie) => cookie.name === 'stats_id'), 'and were removed after "reject all"');
  });

  it('finds the API on the <consent-banner> element where the page has no global (an app that imports the package)', async () => {
    const { code, report } = await audit([`${site.origin}/fixtures/element-only.html`]);
    assert.equal(report.pages[0].config.source, 'the page (<consent-banner>.api.config)');
    assert.deepEqual(
      report.pages[0].phases.map((phase) => phase.error),
      [undefined, undefined, undefined],
    );
    assert.deepEqual(
      report.pages[0].phases.map((phase) => phase.tagged[0]?.state),
      ['blocked', 'blocked', 'ran'],
    );
    assert.equal(code, 0);
  });

  it("uses --config instead of the page's config", async () => {
    const { report } = await audit([`${site.origin}/fixtures/dirty.html`, '--config', 'test/cli/fixtures/dirty-complete.json']);
    assert.equal(report.pages[0].config.source, 'test/cli/fixtures/dirty-complete.json');
    assert.deepEqual(findingsOf(report, 'set-without-consent'), []);
    assert.deepEqual(findingsOf(report, 'undeclared'), []);
  });

  it('reports what the banner itself says is wrong: a config error, an add-on file the site did not copy (exit 1)', async () => {
    const { code, report } = await audit([`${site.origin}/fixtures/broken.html`]);
    assert.equal(code, 1);
    const errors = findingsOf(report, 'banner-error').map((finding) => finding.subject);
    assert.ok(
      // The page's directory holds only the main file: its short line names field and value, and
      // the missing diagnostics file is said as well.
      errors.some((text) => /^config: not valid, so not used \(details follow\): layout "sideways"\.$/.test(text)),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((text) => /the diagnostics add-on \(http:\/\/127\.0\.0\.1:\d+\/lonely\/consent-banner\.diagnostics\.js\) could not be loaded/.test(text)),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((text) => /the notice add-on \(http:\/\/127\.0\.0\.1:\d+\/lonely\/consent-banner\.notice\.js\) could not be loaded/.test(text)),
      errors.join('\n'),
    );
  });

  it('reports a page without the banner: the choices cannot be made (exit 1)', async () => {
    const { code, report } = await audit([`${site.origin}/fixtures/no-banner.html`]);
    assert.equal(code, 1);
    assert.match(report.pages[0].config.source, /^the defaults/);
    const errors = findingsOf(report, 'page-error');
    assert.deepEqual(
      errors.map((finding) => finding.phases),
      [['after-reject', 'after-accept']],
    );
    assert.match(errors[0].subject, /no consent API on the page \(window\.ConsentBanner or <consent-banner>\.api\)/);
  });

  it('cuts off a page that does not answer within --timeout', async () => {
    const started = Date.now();
    const { code, report } = await audit([`${site.origin}/slow.html`, '--timeout', '2']);
    assert.equal(code, 1);
    assert.ok(Date.now() - started < 12_000, `took ${String(Date.now() - started)} ms`);
    assert.deepEqual(
      findingsOf(report, 'page-error').map((finding) => [finding.subject, finding.phases.length]),
      [['timed out (see --timeout)', 3]],
    );
  });

  it('says clearly what is wrong with the command line, naming the option and value (exit 2)', async () => {
    const cases = [
      [['audit'], /give at least one page URL/],
      [['audit', 'example.com'], /"example.com" is not a URL/],
      [['audit', 'ftp://example.com/'], /only http and https/],
      [['audit', 'https://example.com/', '--crawl', 'many'], /--crawl: "many" is not a whole number/],
      [['audit', 'https://example.com/', '--timeout', '0'], /--timeout: "0" is not a positive whole number/],
      [['audit', 'https://example.com/', '--tracker-host', 'a b'], /--tracker-host: "a b" is not a host name/],
      [['audit', 'https://example.com/', '--verbose'], /--verbose: unknown option/],
      [['audit', 'https://example.com/', '--config', 'missing.json'], /--config: cannot read "missing.json"/],
      [['audit', 'https://example.com/', '--config', 'test/cli/fixtures/clean.html'], /--config: "test\/cli\/fixtures\/clean.html" is not JSON/],
      [['scan'], /"scan" is not a command/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
    }
    const help = await run(['audit', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--crawl <n>/);
  });

  it('names the missing browser, and the missing playwright-core, with how to get them (exit 2)', async () => {
    const noBrowser = await run(['audit', `${site.origin}/fixtures/clean.html`], { env: { CHROME_PATH: '/nowhere/chromium' } });
    assert.equal(noBrowser.code, 2);
    assert.match(noBrowser.stderr, /CHROME_PATH is "\/nowhere\/chromium", which does not exist/);

    // The command outside any node_modules: playwright-core cannot be found.
    const folder = mkdtempSync(join(tmpdir(), 'consent-banner-cli-'));
    try {
      copyFileSync(BIN, join(folder, 'cli.js'));
      const noPeer = await run(['audit', `${site.origin}/fixtures/clean.html`], { bin: join(folder, 'cli.js') });
      assert.equal(noPeer.code, 2);
      assert.match(noPeer.stderr, /playwright-core, which is not installed: npm install --save-dev playwright-core/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('finds nothing on the demo site, all four pages reached by crawling (exit 0)', async () => {
    assert.ok(existsSync('demo-dist/index.html'), 'demo-dist is missing: run npm run build:demo first');
    const { code, report } = await audit([`${site.origin}/index.html`, '--crawl', '10']);
    const failing = report.pages.flatMap((page) => page.findings);
    assert.deepEqual(failing, []);
    assert.equal(code, 0);
    assert.deepEqual(report.pages.map((page) => new URL(page.url).pathname).sort(), ['/account.html', '/index.html', '/privacy.html', '/shop.html']);
    for (const page of report.pages) {
      assert.deepEqual(
        page.phases.map((phase) => phase.error),
        [undefined, undefined, undefined],
      );
      assert.ok(
        page.phases[2].tagged.every((node) => node.state === 'ran' || node.state === 'released'),
        page.url,
      );
    }
  });
});
