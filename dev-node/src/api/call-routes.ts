import type {
  AckMap,
  CallsWebrtcParticipantMap,
  DtmfMap,
  FeccMap,
  NewCandidateMap,
  StatisticsMap,
  UpdateMap,
} from '@pexip/infinity-api';
import {
  validateAckBody,
  validateDtmfBody,
  validateFeccBody,
  validateNewCandidateBody,
  validateStatisticsBody,
  validateUpdateBody,
} from '@pexip/infinity-api/dist/call/validation.js';
import {validateCallsWebrtcParticipantBody} from '@pexip/infinity-api/dist/participant/validation.js';
import type {App} from '../app.js';
import type {Call} from '../conference/room-events.js';
import {HttpError, type Reply, success} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';
import {checkedBody} from '../http/schema.js';
import {type Authenticated, mainScope, requireSelf, type RouteScope} from './auth.js';

/** werift refuses offers it cannot negotiate; say what the dev node supports. */
function sdpError(error: unknown): HttpError {
  const reason = error instanceof Error ? error.message : String(error);
  return new HttpError(400, `Cannot negotiate this offer (the dev node speaks opus and VP8): ${reason}`);
}

/**
 * The session's current call, when the path names it (with its own participant). Any other call
 * is a 403, the only failure Infinity's API gives its call endpoints: a client still finishing a
 * call it has just replaced (following a breakout move, restarting) may send that call's `ack` or
 * `new_candidate` after its disconnect, and `ack` is critical for the SDK, which ends the whole
 * session on any answer but 200 and 403. It retries `update` every second on other statuses.
 */
function ownCall(auth: Authenticated, ctx: RouteContext): Call {
  requireSelf(auth, ctx);
  const call = auth.session.call;
  if (!call || call.uuid !== ctx.params.call) throw new HttpError(403, 'Unknown call');
  return call;
}

async function startCall(auth: Authenticated, ctx: RouteContext): Promise<Reply> {
  requireSelf(auth, ctx);
  const body = await checkedBody<CallsWebrtcParticipantMap['Body']>(ctx, validateCallsWebrtcParticipantBody);
  if (body.call_type !== 'WEBRTC') throw new HttpError(400, 'Only WEBRTC calls are supported by the dev node');
  if (body.present !== undefined) {
    throw new HttpError(400, 'Separate presentation calls are not supported: present on the main call');
  }
  try {
    const call = await auth.conference.startCall(auth.session, body.sdp);
    return success({call_uuid: call.uuid, sdp: call.sdp});
  } catch (error) {
    throw sdpError(error);
  }
}

async function ack(auth: Authenticated, ctx: RouteContext): Promise<Reply> {
  ownCall(auth, ctx);
  await checkedBody<AckMap['Body']>(ctx, validateAckBody);
  return success(true);
}

async function newCandidate(auth: Authenticated, ctx: RouteContext): Promise<Reply> {
  const call = ownCall(auth, ctx);
  const body = await checkedBody<NewCandidateMap['Body']>(ctx, validateNewCandidateBody);
  await call.peer.addCandidate({candidate: body.candidate, mid: body.mid, ufrag: body.ufrag}).catch((error: unknown) => {
    throw new HttpError(400, `Bad ICE candidate: ${error instanceof Error ? error.message : String(error)}`);
  });
  return success(null);
}

/** Renegotiation (an unknown call is a 403, as everywhere: see `ownCall`). */
async function update(auth: Authenticated, ctx: RouteContext): Promise<Reply> {
  const call = ownCall(auth, ctx);
  const body = await checkedBody<UpdateMap['Body']>(ctx, validateUpdateBody);
  if (!body.sdp) throw new HttpError(400, "Request body must have required property 'sdp'");
  try {
    return success(await auth.conference.renegotiateCall(auth.session, call, body.sdp));
  } catch (error) {
    throw sdpError(error);
  }
}

function disconnectCall(auth: Authenticated, ctx: RouteContext): Reply {
  ownCall(auth, ctx);
  auth.conference.endCall(auth.session);
  return success(null);
}

/** DTMF sent on one's own call (to an IVR or gateway) is recorded on one's own participant. */
async function callDtmf(auth: Authenticated, ctx: RouteContext): Promise<Reply> {
  ownCall(auth, ctx);
  auth.self.dtmf.push((await checkedBody<DtmfMap['Body']>(ctx, validateDtmfBody)).digits);
  return success(true);
}

/** Statistics the SDK posts when `client_stats_update_interval` is set; the latest are kept. */
async function statistics(auth: Authenticated, ctx: RouteContext): Promise<Reply> {
  ownCall(auth, ctx);
  auth.session.statistics = await checkedBody<StatisticsMap['Body']>(ctx, validateStatisticsBody);
  return success(null);
}

/** Far-end camera control is not simulated: valid requests report failure. */
async function fecc(auth: Authenticated, ctx: RouteContext): Promise<Reply> {
  ownCall(auth, ctx);
  await checkedBody<FeccMap['Body']>(ctx, validateFeccBody);
  return success(false);
}

type CallHandler = (auth: Authenticated, ctx: RouteContext) => Reply | Promise<Reply>;

const CALL_ENDPOINTS: readonly [string, CallHandler][] = [
  ['', startCall],
  ['/:call/ack', ack],
  ['/:call/new_candidate', newCandidate],
  ['/:call/update', update],
  ['/:call/disconnect', disconnectCall],
  ['/:call/dtmf', callDtmf],
  ['/:call/statistics', statistics],
  ['/:call/fecc', fecc],
];

/** The call endpoints of the main room, or of another scope (a breakout room's). */
export function registerCallRoutes(router: Router, app: App, scope: RouteScope = mainScope(app)): void {
  const calls = `${scope.base}/participants/:participant/calls`;
  for (const [path, handler] of CALL_ENDPOINTS) {
    if (scope.endpoints && !scope.endpoints.has(`calls${path.replace('/:call', '')}`)) continue;
    router.add('POST', `${calls}${path}`, (ctx) => handler(scope.authenticate(ctx), ctx));
  }
}
