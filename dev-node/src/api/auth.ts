import type {App} from '../app.js';
import type {ClientSession, Conference} from '../conference/conference.js';
import type {Participant} from '../conference/participant.js';
import {HttpError} from '../http/reply.js';
import {lastSegment, type RouteContext} from '../http/router.js';

export const NOT_FOUND_MESSAGE = 'Neither conference nor gateway found';
/** What a node says of a token it does not accept (the SDK maps it to #pex113). */
export const INVALID_TOKEN = 'Invalid token';
const HOST_REQUIRED = 'Insufficient privileges: this needs the host role';

/**
 * Endpoints where the SDK puts the token in the query string because it cannot set a header:
 * its EventSource (`events`), the `sendBeacon` of `release_token`, theme images and presentation
 * frames (`<img>` URLs). A URL is logged, cached and shown far more than a header, so no other
 * endpoint accepts `?token=`. A theme's pictures (`theme/{file}`) take it too, but only at their
 * exact path (THEME_FILE), so no other route whose last-but-one segment is `theme` does.
 */
const QUERY_TOKEN_ENDPOINTS: ReadonlySet<string> = new Set([
  'events',
  'release_token',
  'theme',
  'presentation.jpeg',
  'presentation_high.jpeg',
]);

/** `/api/client/v2/conferences/{alias}/theme/{file}`: a theme's picture, loaded by an `<img>`. */
const THEME_FILE = /^\/api\/client\/v2\/conferences\/[^/]+\/theme\/[^/]+$/;

/** The token from the `token` header, or from `?token=` where the SDK sends it there. */
export function tokenOf(ctx: RouteContext): string | undefined {
  const header = ctx.req.headers.token;
  const value = Array.isArray(header) ? header[0] : header;
  if (value) return value;
  const path = ctx.url.pathname;
  const takesQueryToken = QUERY_TOKEN_ENDPOINTS.has(lastSegment(path)) || THEME_FILE.test(path);
  return (takesQueryToken && ctx.url.searchParams.get('token')) || undefined;
}

/**
 * Where a family of routes lives and how a request there finds its session: the main room's
 * routes, or a breakout room's (`breakouts/{uuid}/…`, api/breakout-routes.ts).
 */
export interface RouteScope {
  /** The path up to the endpoint, e.g. `/api/client/v2/conferences/:alias`. */
  readonly base: string;
  readonly authenticate: (ctx: RouteContext) => Authenticated;
  /** Only these endpoints exist in this scope (default: all); call endpoints are named `calls`, `calls/ack`, … */
  readonly endpoints?: ReadonlySet<string>;
}

export function mainScope(app: App): RouteScope {
  return {base: '/api/client/v2/conferences/:alias', authenticate: (ctx) => authenticate(app, ctx)};
}

/** Fails with the 404 a Conferencing Node gives when the alias is unknown. */
function requireKnownAlias(app: App, alias: string): void {
  if (!app.registry.resolve(alias)) throw new HttpError(404, NOT_FOUND_MESSAGE);
}

export interface Authenticated {
  readonly session: ClientSession;
  readonly conference: Conference;
  readonly self: Participant;
}

/**
 * The live session behind the request's token. Unknown, expired or revoked tokens, tokens of an
 * ended session and tokens of another conference all get 403 "Invalid token".
 */
export function authenticate(app: App, ctx: RouteContext, options: {allowEnded?: boolean} = {}): Authenticated {
  const alias = ctx.params.alias ?? '';
  requireKnownAlias(app, alias);
  const session = app.tokens.lookup(tokenOf(ctx));
  if (!session || (session.ended && !options.allowEnded) || !session.acceptsAlias(alias)) {
    throw new HttpError(403, INVALID_TOKEN);
  }
  return {session, conference: session.conference, self: session.participant};
}

/** The participant named in the path; unknown participants are a 404. */
export function targetParticipant(auth: Authenticated, ctx: RouteContext): Participant {
  const participant = auth.conference.participants.get(ctx.params.participant ?? '');
  if (!participant) throw new HttpError(404, 'Participant not found');
  return participant;
}

/** Host actions need a host who is in the meeting (not waiting). */
export function requireHost(auth: Authenticated): void {
  requireAdmitted(auth);
  if (!auth.self.isHost) throw new HttpError(403, HOST_REQUIRED);
}

/** Chat, presenting and host actions are for participants in the meeting, not those waiting. */
export function requireAdmitted(auth: Authenticated): void {
  if (auth.self.breakoutUuid !== undefined)
    throw new HttpError(403, 'In a breakout room: this request goes to its breakouts/{uuid}/ endpoint');
  if (!auth.self.isAdmitted) throw new HttpError(403, 'Not in the meeting yet: waiting to be let in');
}

/** Endpoints on one's own participant (calls, floor, buzz…) refuse other uuids. */
export function requireSelf(auth: Authenticated, ctx: RouteContext): void {
  if (ctx.params.participant !== auth.self.uuid) throw new HttpError(403, 'This request must name your own participant');
}
