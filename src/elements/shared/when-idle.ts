/**
 * Runs `run` when the page is next idle, and within `timeout` ms at most. Safari has no
 * `requestIdleCallback`: there it runs after `fallbackMs`.
 */
export function whenIdle(run: () => void, timeout: number, fallbackMs = 0): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => run(), {timeout});
  else setTimeout(run, fallbackMs);
}
