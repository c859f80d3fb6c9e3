import type {IncomingMessage, ServerResponse} from 'node:http';
import {HttpError, type Reply} from './reply.js';

export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** Decoded `:name` path segments. */
  readonly params: Readonly<Record<string, string>>;
  /** The parsed JSON body (read on first call; `undefined` when empty). */
  body(): Promise<unknown>;
}

export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

interface Route {
  readonly method: string;
  readonly segments: readonly string[];
  readonly handler: Handler;
}

export type RouteMatch =
  | {readonly kind: 'found'; readonly handler: Handler; readonly params: Record<string, string>}
  | {readonly kind: 'wrong-method'; readonly allowed: readonly string[]}
  | {readonly kind: 'none'};

/** Splits a path into decoded segments; a trailing slash is ignored (`theme/` = `theme`). */
export function splitPath(path: string): string[] {
  const parts = path.split('/').filter((part, index, all) => part !== '' || (index > 0 && index < all.length - 1));
  return parts.map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw new HttpError(400, 'Malformed percent-encoding in path');
    }
  });
}

/** The endpoint a path names: its last segment (`…/participants/{uuid}/calls` → `calls`). */
export function lastSegment(pathname: string): string {
  return pathname.split('/').filter(Boolean).at(-1) ?? '';
}

/** A method + path-pattern table; `:name` segments capture one path segment. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({method, segments: splitPath(pattern), handler});
    return this;
  }

  match(method: string, segments: readonly string[]): RouteMatch {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method) return {kind: 'found', handler: route.handler, params};
      allowed.push(route.method);
    }
    return allowed.length > 0 ? {kind: 'wrong-method', allowed} : {kind: 'none'};
  }
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, value] of actual.entries()) {
    const expected = pattern[i];
    if (expected?.startsWith(':')) params[expected.slice(1)] = value;
    else if (expected !== value) return undefined;
  }
  return params;
}
