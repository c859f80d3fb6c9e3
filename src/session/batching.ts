/** What the batch scheduler needs of the page: a microtask, the next animation frame, a timer. */
export interface BatchClock {
  microtask(run: () => void): void;
  frame(run: () => void): void;
  /** Frames do not come while the page is hidden: a timer stands in for them. */
  timer(run: () => void, ms: number): void;
}

export const browserBatchClock: BatchClock = {
  microtask: (run) => queueMicrotask(run),
  frame: (run) => requestAnimationFrame(() => run()),
  timer: (run, ms) => setTimeout(run, ms),
};

/**
 * When the SDK's batched participant signals (`onParticipantJoined`, `onParticipantUpdated`,
 * `onParticipantLeft`) deliver what they buffered. The first batch since the last frame goes at
 * the end of the event's task (a microtask), so that one change is in the next frame; any batch
 * scheduled after it and before that frame waits for the frame (or `fallbackMs`, when no frame
 * comes), so that a burst of events costs one delivery per frame, not one per event. (The SDK's
 * own scheduler waits a fixed delay before every batch: 50 ms as we used it, three frames
 * between a host muting someone and the list showing it.)
 */
export function createBatchScheduler(clock: BatchClock, fallbackMs = 50): (task: () => void) => void {
  /** A batch went out since the last frame. */
  let delivered = false;
  let held: (() => void)[] = [];
  /** Counts frames waited for, so that the frame and its stand-in timer end one wait once. */
  let wait = 0;
  let waiting = false;
  const endWait = (which: number) => {
    if (!waiting || which !== wait) return;
    waiting = false;
    delivered = false;
    const tasks = held;
    held = [];
    for (const task of tasks) task();
  };
  const waitForFrame = () => {
    if (waiting) return;
    waiting = true;
    const which = (wait += 1);
    clock.frame(() => endWait(which));
    clock.timer(() => endWait(which), fallbackMs);
  };
  return (task) => {
    if (delivered) held.push(task);
    else {
      delivered = true;
      clock.microtask(task);
    }
    waitForFrame();
  };
}
