import {ignoreWindowOnError, isResizeObserverLoopErrorMessage} from '@lit-labs/virtualizer/support/resize-observer-errors.js';

/**
 * Ignores the browser's benign "ResizeObserver loop" errors (the virtualizer's layout causes them)
 * during the file's tests and their `before` hooks (call it at the top of a test file), and keeps
 * them out of the log. The virtualizer's own
 * `setupIgnoreWindowResizeObserverLoopErrors` throws in Firefox: there wtr's error logger calls
 * `console.error(undefined)` for each of them (the event has no error object), and its check
 * reads `undefined.includes`. This one checks for a string first.
 */
export function ignoreResizeObserverLoopErrors(): void {
  let teardown: (() => void) | undefined;
  before(() => {
    teardown = ignoreWindowOnError(
      (message: unknown) => typeof message === 'string' && isResizeObserverLoopErrorMessage(message),
      {suppressErrorLogging: true}
    );
  });
  after(() => {
    teardown?.();
    teardown = undefined;
  });
}
