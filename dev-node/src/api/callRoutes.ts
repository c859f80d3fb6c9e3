import type { App } from '../app.js';
import type { Call } from '../conference/session.js';
import { objectBody, optionalOneOf, optionalString, requiredString } from '../http/fields.js';
import { HttpError, type Reply, success } from '../http/reply.js';
import type { RouteContext, Router } from '../http/router.js';
import { type Authenticated, authenticate, requireSelf } from './auth.js';

/** werift refuses offers it cannot negotiate; say what the dev node supports. */
function sdpError(error: unknown): HttpError {
  const reason = error instanceof Error ? error.message : String(error);
  return new HttpError(400, `Cannot negotiate this offer (the dev node speaks opus and VP8): ${reason}`);
}

/** The session's current call, when the path names it (with its own participant). */
function ownCall(auth: Authenticated, ctx: RouteContext, unknownStatus = 404): Call {
  requireSelf(auth, ctx);
  const call = auth.session.call;
  if (!call || call.uuid !== ctx.params.call) throw new HttpError(unknownStatus, 'Unknown call');
  return call;
}

async function startCall(app: App, ctx: RouteContext): Promise<Reply> {
  const auth = authenticate(app, ctx);
  requireSelf(auth, ctx);
  const body = objectBody(await ctx.body());
  const callType = optionalOneOf(body, 'call_type', ['WEBRTC', 'RTMP'] as const) ?? 'WEBRTC';
  if (callType !== 'WEBRTC') throw new HttpError(400, 'Only WEBRTC calls are supported by the dev node');
  if (optionalString(body, 'present') !== undefined) {
    throw new HttpError(400, 'Separate presentation calls are not supported: present on the main call');
  }
  const offer = requiredString(body, 'sdp');
  try {
    const call = await auth.conference.startCall(auth.session, offer);
    return success({ call_uuid: call.uuid, sdp: call.sdp });
  } catch (error) {
    throw sdpError(error);
  }
}

async function ack(app: App, ctx: RouteContext): Promise<Reply> {
  ownCall(authenticate(app, ctx), ctx);
  const body = objectBody(await ctx.body());
  optionalString(body, 'sdp');
  return success(true);
}

async function newCandidate(app: App, ctx: RouteContext): Promise<Reply> {
  const call = ownCall(authenticate(app, ctx), ctx);
  const body = objectBody(await ctx.body());
  const candidate = { candidate: requiredString(body, 'candidate'), mid: optionalString(body, 'mid'), ufrag: optionalString(body, 'ufrag') };
  await call.peer.addCandidate(candidate).catch((error: unknown) => {
    throw new HttpError(400, `Bad ICE candidate: ${error instanceof Error ? error.message : String(error)}`);
  });
  return success(null);
}

/**
 * Renegotiation. An unknown call is a 403 here, not a 404: the SDK retries `update` every second
 * for ever on any status it does not expect, and it tolerates 403.
 */
async function update(app: App, ctx: RouteContext): Promise<Reply> {
  const auth = authenticate(app, ctx);
  const call = ownCall(auth, ctx, 403);
  const offer = requiredString(objectBody(await ctx.body()), 'sdp');
  try {
    return success(await auth.conference.renegotiateCall(auth.session, call, offer));
  } catch (error) {
    throw sdpError(error);
  }
}

function disconnectCall(app: App, ctx: RouteContext): Reply {
  const auth = authenticate(app, ctx);
  ownCall(auth, ctx);
  auth.conference.endCall(auth.session);
  return success(null);
}

export function registerCallRoutes(router: Router, app: App): void {
  const calls = '/api/client/v2/conferences/:alias/participants/:participant/calls';
  router
    .add('POST', calls, (ctx) => startCall(app, ctx))
    .add('POST', `${calls}/:call/ack`, (ctx) => ack(app, ctx))
    .add('POST', `${calls}/:call/new_candidate`, (ctx) => newCandidate(app, ctx))
    .add('POST', `${calls}/:call/update`, (ctx) => update(app, ctx))
    .add('POST', `${calls}/:call/disconnect`, (ctx) => disconnectCall(app, ctx));
}
