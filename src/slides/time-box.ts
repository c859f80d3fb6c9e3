/** Thrown by `timeBox` when the work did not finish in time. */
export class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

export interface TimeBoxOptions<T> {
  /** Runs on time-out, to cancel the work where that is possible. */
  readonly abandon?: () => void;
  /** Receives a result that arrives after the time-out, to release it (an `ImageBitmap`, say). */
  readonly discardLate?: (late: T) => void;
}

/**
 * Waits for `work` at most `ms` milliseconds, so that a bad file never hangs the element; on
 * time-out the result rejects with a `TimeoutError`.
 */
export function timeBox<T>(what: string, work: Promise<T>, ms: number, options: TimeBoxOptions<T> = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      options.abandon?.();
      reject(new TimeoutError(what, ms));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        if (timedOut) options.discardLate?.(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });
}
