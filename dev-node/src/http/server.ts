import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {performance} from 'node:perf_hooks';
import type {Logger} from '../log.js';
import {parseJson, readBody} from './body.js';
import {requestUrl} from './dev-path.js';
import {corsHeaders, failure, HttpError, PREFLIGHT_HEADERS, type Reply, writeReply} from './reply.js';
import type {RouteContext, Router} from './router.js';
import {splitPath} from './router.js';
import {serveStatic, type StaticRoot} from './static.js';

export interface ServerOptions {
  readonly router: Router;
  readonly staticRoots: readonly StaticRoot[];
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Where `/` redirects (302), if anywhere. */
  readonly rootRedirect?: string;
  /** Returns false when the request is over its rate limit (it then gets 429). */
  readonly admit: (ctx: RouteContext) => boolean;
  /** Runs before a route's handler; a reply it returns replaces the handler's (dev faults). */
  readonly intercept?: (ctx: RouteContext) => Promise<Reply | undefined>;
}

/** Paths under these prefixes are API paths: their errors are JSON, never text. */
const API_PREFIXES = ['/api/', '/dev/'];

function contextFor(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  params: Record<string, string>,
  maxBodyBytes: number
): RouteContext {
  let body: Promise<unknown> | undefined;
  return {
    req,
    res,
    url,
    params,
    body: () => (body ??= readBody(req, maxBodyBytes).then(parseJson)),
  };
}

async function dispatch(options: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<Reply> {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    const cors = corsHeaders(req);
    res.writeHead(204, Object.keys(cors).length > 0 ? {...cors, ...PREFLIGHT_HEADERS} : {});
    res.end();
    return {kind: 'handled'};
  }
  const url = requestUrl(req.url);
  const segments = splitPath(url.pathname);
  const match = options.router.match(method, segments);
  if (match.kind === 'found') {
    const ctx = contextFor(req, res, url, match.params, options.maxBodyBytes);
    if (!options.admit(ctx)) return failure(429, 'Too many requests: slow down and try again shortly');
    return (await options.intercept?.(ctx)) ?? (await match.handler(ctx));
  }
  if (match.kind === 'wrong-method') return failure(405, `Method ${method} not allowed here (use ${match.allowed.join(', ')})`);
  const isApi = API_PREFIXES.some((prefix) => url.pathname.startsWith(prefix));
  if (!isApi && (method === 'GET' || method === 'HEAD')) {
    if (url.pathname === '/' && options.rootRedirect) return {kind: 'redirect', location: options.rootRedirect};
    const file = await serveStatic(
      req,
      res,
      options.staticRoots,
      `/${segments.join('/')}${url.pathname.endsWith('/') && segments.length > 0 ? '/' : ''}`
    );
    if (file) return file;
  }
  return isApi ? failure(404, 'Unknown endpoint') : {kind: 'text', status: 404, body: 'Not found\n'};
}

/**
 * The HTTP server: CORS preflights, the route table, static files, and a safety net so that no
 * request can crash the process or hang without an answer.
 */
export function createDevServer(options: ServerOptions): Server {
  return createServer((req, res) => {
    const started = performance.now();
    res.once('close', () =>
      options.logger.request(req.method ?? '?', req.url ?? '', res.statusCode, performance.now() - started)
    );
    dispatch(options, req, res)
      .catch((error: unknown): Reply => {
        if (error instanceof HttpError) return failure(error.status, error.message);
        options.logger.warn(`request ${req.method} ${url(req)} failed`, error);
        return failure(500, 'Internal error in the dev node');
      })
      .then((reply) => writeReply(req, res, reply))
      .catch((error: unknown) => {
        options.logger.warn('could not write a response', error);
        res.destroy();
      });
  });
}

function url(req: IncomingMessage): string {
  return (req.url ?? '').replace(/\?.*$/, '');
}
