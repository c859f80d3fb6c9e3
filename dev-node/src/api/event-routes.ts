import type {App} from '../app.js';
import {EventStream} from '../events/event-stream.js';
import {themeResult} from '../conference/splash.js';
import {HANDLED, type Reply, success} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';
import {authenticate, tokenOf} from './auth.js';

/**
 * GET events?token=… : the SDK's native EventSource. A new stream starts with the participant
 * sync and the conference state; the session may hold several streams while the browser
 * reconnects (a few per token), and every one of them gets every event.
 */
function openEventStream(app: App, ctx: RouteContext): Reply {
  const {session, conference} = authenticate(app, ctx);
  const stream = new EventStream(ctx.req, ctx.res);
  session.addStream(stream, tokenOf(ctx) ?? '');
  conference.sync(session, stream);
  return HANDLED;
}

/** GET theme/ : a themed room's splash screens; otherwise 204, the simplest answer the SDK accepts. */
function theme(app: App, ctx: RouteContext): Reply {
  const roomTheme = authenticate(app, ctx).conference.config.theme;
  return roomTheme ? success(themeResult(roomTheme)) : {kind: 'empty', status: 204};
}

export function registerEventRoutes(router: Router, app: App): void {
  const base = '/api/client/v2/conferences/:alias';
  router.add('GET', `${base}/events`, (ctx) => openEventStream(app, ctx)).add('GET', `${base}/theme`, (ctx) => theme(app, ctx));
}
