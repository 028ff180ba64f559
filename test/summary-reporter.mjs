/**
 * A web-test-runner reporter that ends the run with one plain line, `tests: N passed, N failed`
 * (and `, N skipped`), so that CI logs state the count in a form any reader can parse.
 */
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure too.
        if (!session.passed && session.testResults && totals.failed === 0 && (session.errors?.length ?? 0) > 0) brokenFiles += 1;
      }
      const failed = totals.failed + brokenFiles;
      const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
      line = `tests: ${totals.passed} passed, ${failed} failed${skipped}`;
    },
    stop() {
      // Printed last, after the default reporter's own closing words.
      if (line !== '') process.stdout.write(`\n${line}\n`);
    },
  };
}
