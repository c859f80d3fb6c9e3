// A node:test reporter that writes `{passed, failed, failures}` (tests, not suites; skips
// excluded) as JSON; `failures` names each failed test and its error's first line, so that the
// end of a long run (all CI shows) says what failed.
export default async function* summaryReporter(source) {
  const counts = {passed: 0, failed: 0, failures: []};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const {details, skip, todo} = event.data;
    if (details?.type === 'suite' || skip || todo) continue;
    if (event.type === 'test:pass') {
      counts.passed += 1;
      continue;
    }
    counts.failed += 1;
    const error = details?.error?.cause ?? details?.error;
    const reason = String(error?.message ?? error ?? '').split('\n')[0];
    counts.failures.push(`${event.data.file ?? ''} > ${event.data.name}: ${reason}`.slice(0, 400));
  }
  yield JSON.stringify(counts);
}
