import assert from 'node:assert/strict';
import {it} from 'node:test';
import {loadTest} from './load.js';

it('200 signalling participants join one room and every event reaches everyone', {timeout: 300_000}, async (t) => {
  const report = await loadTest(200, 20);
  t.diagnostic(JSON.stringify(report));
  assert.equal(report.participants, 200);
  assert.equal(report.chatEvents, 20 * 199);
  assert.ok(report.joinEvents >= (200 * 201) / 2, 'every join reached every earlier participant');
});
