// When the SDK's batched participant signals deliver: at once for the first batch, then once a frame.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createBatchScheduler, type BatchClock} from '../../../src/session/batching.js';

/** A clock whose microtasks, frames and timers run when the test says. */
function fakeClock() {
  const microtasks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: {run: () => void; ms: number}[] = [];
  const drain = (queue: (() => void)[]) => {
    for (const run of queue.splice(0)) run();
  };
  const clock: BatchClock = {
    microtask: (run) => microtasks.push(run),
    frame: (run) => frames.push(run),
    timer: (run, ms) => timers.push({run, ms}),
  };
  return {
    clock,
    endTask: () => drain(microtasks),
    frame: () => drain(frames),
    /** Runs the oldest frame callback only. */
    oldestFrame: () => frames.shift()?.(),
    timersFire: () => {
      for (const {run} of timers.splice(0)) run();
    },
    timers,
  };
}

test('the first batch goes at the end of its task, later ones wait for the next frame', () => {
  const fake = fakeClock();
  const schedule = createBatchScheduler(fake.clock);
  const ran: string[] = [];
  schedule(() => ran.push('first'));
  assert.deepEqual(ran.slice(), []);
  fake.endTask();
  assert.deepEqual(ran.slice(), ['first']);
  schedule(() => ran.push('second'));
  schedule(() => ran.push('third'));
  fake.endTask();
  assert.deepEqual(ran.slice(), ['first'], 'a second batch before the frame waits for it');
  fake.frame();
  assert.deepEqual(ran.slice(), ['first', 'second', 'third']);
  schedule(() => ran.push('after the frame'));
  fake.endTask();
  assert.deepEqual(ran.slice(), ['first', 'second', 'third', 'after the frame'], 'a new frame, a batch at once again');
});

test('without frames (a hidden page), the timer delivers what waits, once', () => {
  const fake = fakeClock();
  const schedule = createBatchScheduler(fake.clock, 50);
  const ran: string[] = [];
  schedule(() => ran.push('first'));
  schedule(() => ran.push('second'));
  fake.endTask();
  assert.equal(fake.timers[0]?.ms, 50);
  fake.timersFire();
  assert.deepEqual(ran.slice(), ['first', 'second']);
  schedule(() => ran.push('third'));
  schedule(() => ran.push('fourth'));
  fake.endTask();
  fake.oldestFrame(); // the first wait's frame, come late
  assert.deepEqual(ran.slice(), ['first', 'second', 'third'], 'the old frame did not end the new wait');
  fake.frame();
  assert.deepEqual(ran.slice(), ['first', 'second', 'third', 'fourth']);
  fake.timersFire();
  assert.deepEqual(ran.slice(), ['first', 'second', 'third', 'fourth'], 'nothing twice');
});
