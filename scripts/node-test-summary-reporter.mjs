// A node:test reporter that writes `{passed, failed}` (tests, not suites; skips excluded) as JSON.
export default async function* summaryReporter(source) {
  const counts = {passed: 0, failed: 0};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const {details, skip, todo} = event.data;
    if (details?.type === 'suite' || skip || todo) continue;
    counts[event.type === 'test:pass' ? 'passed' : 'failed'] += 1;
  }
  yield JSON.stringify(counts);
}
