/**
 * Logging for the dev node. Request lines go to stderr only with --verbose;
 * warnings always go to stderr. stdout is reserved for the single
 * "listening" line that scripts parse.
 */
export interface Logger {
  readonly verbose: boolean;
  request(method: string, url: string, status: number, ms: number): void;
  info(message: string): void;
  warn(message: string, error?: unknown): void;
}

/** Query parameters whose values are secrets and must never be logged. */
const SECRET_PARAMS = /([?&](?:token|pin)=)[^&#]*/gi;

/** Returns the URL with every token/pin query value replaced. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1<redacted>');
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

export function createLogger(verbose: boolean): Logger {
  return {
    verbose,
    request(method, url, status, ms) {
      if (!verbose) return;
      process.stderr.write(`${method} ${redactUrl(url)} ${status} ${ms.toFixed(1)}ms\n`);
    },
    info(message) {
      if (verbose) process.stderr.write(`${message}\n`);
    },
    warn(message, error) {
      process.stderr.write(`[dev-node] ${message}${error === undefined ? '' : `: ${describe(error)}`}\n`);
    },
  };
}
