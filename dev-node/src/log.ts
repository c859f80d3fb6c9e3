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

/** Query parameters whose values are secrets and must never be logged (names compared decoded). */
const SECRET_PARAMS: ReadonlySet<string> = new Set(['token', 'pin']);

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).trim().toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

/**
 * Returns the URL with every token/pin query value replaced, however the name is spelt:
 * `TOKEN=`, `%74oken=` and `to%6Ben=` are all the `token` a server reads.
 */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const hash = url.indexOf('#', query);
  const end = hash < 0 ? url.length : hash;
  const pairs = url
    .slice(query + 1, end)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      return SECRET_PARAMS.has(decodedName(name)) ? `${name}=<redacted>` : pair;
    });
  return `${url.slice(0, query + 1)}${pairs.join('&')}${url.slice(end)}`;
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
