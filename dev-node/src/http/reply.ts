import type {IncomingMessage, ServerResponse} from 'node:http';
import {isDevPath} from './dev-path.js';

/** What a route handler produces; the server turns it into bytes. */
export type Reply =
  | {readonly kind: 'json'; readonly status: number; readonly body: unknown}
  | {readonly kind: 'text'; readonly status: number; readonly body: string}
  | {readonly kind: 'empty'; readonly status: number}
  | {readonly kind: 'redirect'; readonly location: string}
  /** The handler wrote (or is streaming) the response itself: SSE, static files. */
  | {readonly kind: 'handled'};

/** A failure that maps to an HTTP status and a Pexip-style `{status:'failed', result}` body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The Pexip success envelope: `{"status":"success","result":…}`. */
export function success(result: unknown, status = 200): Reply {
  return {kind: 'json', status, body: {status: 'success', result}};
}

/** The Pexip failure envelope with a message string that the SDK maps to an error code. */
export function failure(status: number, message: string): Reply {
  return {kind: 'json', status, body: {status: 'failed', result: message}};
}

export const HANDLED: Reply = {kind: 'handled'};

/**
 * CORS headers (protocol notes §7). The origin is echoed with credentials allowed so that a
 * cross-origin `sendBeacon` of release_token (sent with credentials) is accepted too. `/dev/*`
 * gets none.
 */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  // The dev API is for local tools only: no page of another origin may read its answers.
  if (isDevPath(req.url ?? '/')) return {};
  const origin = req.headers.origin;
  if (!origin) return {'Access-Control-Allow-Origin': '*'};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  };
}

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'content-type, token, pin',
  'Access-Control-Max-Age': '600',
};

/** Writes a reply; JSON gets `Content-Type: application/json` exactly, as the SDK requires. */
export function writeReply(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  if (reply.kind === 'handled' || res.headersSent) return;
  const headers: Record<string, string> = {...corsHeaders(req), 'Cache-Control': 'no-store'};
  switch (reply.kind) {
    case 'json': {
      const body = JSON.stringify(reply.body);
      res.writeHead(reply.status, {...headers, 'Content-Type': 'application/json'});
      res.end(body);
      return;
    }
    case 'text':
      res.writeHead(reply.status, {...headers, 'Content-Type': 'text/plain; charset=utf-8'});
      res.end(reply.body);
      return;
    case 'empty':
      res.writeHead(reply.status, headers);
      res.end();
      return;
    case 'redirect':
      res.writeHead(302, {...headers, Location: reply.location});
      res.end();
      return;
  }
}
