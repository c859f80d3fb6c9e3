// A web-test-runner reporter that writes `{passed, failed}` (summed over every test file) to a
// JSON file, so that scripts/test.mjs can total all suites into one line.
import {writeFileSync} from 'node:fs';

function countTests(results) {
  const counts = {passed: 0, failed: 0};
  const visit = (suite) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) continue;
      counts[test.passed ? 'passed' : 'failed'] += 1;
    }
    for (const child of suite?.suites ?? []) visit(child);
  };
  visit(results);
  return counts;
}

export function summaryReporter({file}) {
  return {
    onTestRunFinished({sessions}) {
      const total = {passed: 0, failed: 0};
      for (const session of sessions) {
        const counts = countTests(session.testResults);
        total.passed += counts.passed;
        total.failed += counts.failed;
        // A file that failed to load or threw outside a test still counts as one failure.
        if (!session.passed && counts.failed === 0) total.failed += 1;
      }
      if (file) writeFileSync(file, JSON.stringify(total));
    },
  };
}
