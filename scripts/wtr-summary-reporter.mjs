// A web-test-runner reporter that writes `{passed, failed, failures}` (summed over every test
// file) to a JSON file, so that scripts/test.mjs can total all suites into one line and name
// what failed at the end of the run.
import {relative} from 'node:path';
import {writeFileSync} from 'node:fs';

function countTests(results, file) {
  const counts = {passed: 0, failed: 0, failures: []};
  const visit = (suite, path) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) continue;
      counts[test.passed ? 'passed' : 'failed'] += 1;
      if (!test.passed) {
        const reason = String(test.error?.message ?? '').split('\n')[0];
        counts.failures.push(`${file} > ${[...path, test.name].join(' > ')}: ${reason}`.slice(0, 400));
      }
    }
    for (const child of suite?.suites ?? []) visit(child, [...path, child.name]);
  };
  visit(results, []);
  return counts;
}

export function summaryReporter({file}) {
  return {
    onTestRunFinished({sessions}) {
      const total = {passed: 0, failed: 0, failures: []};
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        const counts = countTests(session.testResults, file);
        total.passed += counts.passed;
        total.failed += counts.failed;
        total.failures.push(...counts.failures);
        // A file that failed to load or threw outside a test still counts as one failure.
        if (!session.passed && counts.failed === 0) {
          total.failed += 1;
          total.failures.push(`${file}: ${String(session.errors?.[0]?.message ?? 'failed outside its tests').split('\n')[0]}`);
        }
      }
      if (file) writeFileSync(file, JSON.stringify(total));
    },
  };
}
