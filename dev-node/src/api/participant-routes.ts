import type {
  DtmfParticipantMap,
  MessageParticipantMap,
  OverlaytextParticipantMap,
  RoleParticipantMap,
  TransferParticipantMap,
} from '@pexip/infinity-api';
import {
  validateDtmfParticipantBody,
  validateFeccParticipantBody,
  validateMessageParticipantBody,
  validateOverlaytextParticipantBody,
  validatePreferredAspectRatioBody,
  validatePresInMixParticipantBody,
  validateRoleParticipantBody,
  validateTransferParticipantBody,
} from '@pexip/infinity-api/dist/participant/validation.js';
import type {App} from '../app.js';
import {REASONS} from '../conference/room-events.js';
import {captionsOf} from '../conference/captions.js';
import {setReceivesPresentation, setRole} from '../conference/control.js';
import type {Participant} from '../conference/participant.js';
import {transfer} from '../conference/transfer.js';
import {HttpError, success} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';
import {type BodyValidator, checkedBody} from '../http/schema.js';
import {type Authenticated, mainScope, requireAdmitted, requireHost, type RouteScope, targetParticipant} from './auth.js';
import {postChat} from './chat.js';

/** Who may act on a participant: only itself, only a host, either, or anyone in the meeting. */
type Permission = 'self' | 'host' | 'self-or-host' | 'anyone';

interface ActionRequest {
  readonly app: App;
  readonly ctx: RouteContext;
  readonly auth: Authenticated;
  readonly target: Participant;
}

interface ParticipantAction {
  readonly endpoint: string;
  readonly permission: Permission;
  /** Returns the `result`: `true` for most endpoints, `null` where the SDK's schema demands it. */
  readonly run: (request: ActionRequest) => unknown;
}

function permit(auth: Authenticated, target: Participant, permission: Permission): void {
  const isSelf = target === auth.self;
  if (permission === 'anyone') {
    requireAdmitted(auth);
    return;
  }
  if (permission === 'self' && !isSelf) throw new HttpError(403, 'This request must name your own participant');
  if (permission === 'host' || (permission === 'self-or-host' && !isSelf)) requireHost(auth);
}

/** A flag change announced to everyone; the relay re-routes (mutes stop forwarding). */
function flag(apply: (participant: Participant, request: ActionRequest) => void): (request: ActionRequest) => boolean {
  return (request) => {
    apply(request.target, request);
    request.auth.conference.changed(request.target);
    return true;
  };
}

function unmute(participant: Participant, {auth}: ActionRequest): void {
  const conference = auth.conference;
  if (participant === auth.self && !auth.self.isHost && participant.clientMuted) {
    throw new HttpError(403, 'A host has muted you');
  }
  if (participant === auth.self && !auth.self.isHost && conference.guestsMuted && !conference.guestsCanUnmute) {
    throw new HttpError(403, 'Guests may not unmute themselves in this meeting');
  }
  participant.muted = false;
}

async function changeRole({auth, target, ctx}: ActionRequest): Promise<boolean> {
  const {role} = await checkedBody<RoleParticipantMap['Body']>(ctx, validateRoleParticipantBody);
  if (target === auth.self && role === 'guest') throw new HttpError(403, 'You cannot change your own role to guest');
  setRole(auth.conference, target, role);
  return true;
}

function takeFloor({auth, target}: ActionRequest): null {
  if (!target.isHost && auth.conference.config.guestsCanPresent === false) {
    throw new HttpError(403, 'Guests may not present in this meeting');
  }
  requireAdmitted(auth);
  auth.conference.takeFloor(target);
  return null;
}

async function recordDtmf({target, ctx}: ActionRequest): Promise<boolean> {
  const {digits} = await checkedBody<DtmfParticipantMap['Body']>(ctx, validateDtmfParticipantBody);
  target.dtmf.push(digits);
  return true;
}

/** Acknowledged without effect: the node has no mix, captions or cameras to steer. */
function accepted(validator: BodyValidator, result: unknown): (request: ActionRequest) => Promise<unknown> {
  return async ({ctx}) => {
    await checkedBody(ctx, validator);
    return result;
  };
}

const ACTIONS: readonly ParticipantAction[] = [
  {endpoint: 'mute', permission: 'self-or-host', run: flag((p) => (p.muted = true))},
  {endpoint: 'unmute', permission: 'self-or-host', run: flag(unmute)},
  // A host's "mute and keep muted": the client keeps its microphone off until a host releases it.
  {endpoint: 'client_mute', permission: 'host', run: flag((p) => (p.clientMuted = true))},
  {endpoint: 'client_unmute', permission: 'host', run: flag((p) => (p.clientMuted = false))},
  {endpoint: 'video_muted', permission: 'self-or-host', run: flag((p) => (p.videoMuted = true))},
  {endpoint: 'video_unmuted', permission: 'self-or-host', run: flag((p) => (p.videoMuted = false))},
  {endpoint: 'spotlighton', permission: 'host', run: flag((p) => (p.spotlight = Math.floor(Date.now() / 1000)))},
  {endpoint: 'spotlightoff', permission: 'host', run: flag((p) => (p.spotlight = 0))},
  {endpoint: 'buzz', permission: 'self', run: flag((p) => (p.buzzTime = Math.floor(Date.now() / 1000)))},
  {endpoint: 'clearbuzz', permission: 'self-or-host', run: flag((p) => (p.buzzTime = 0))},
  {
    endpoint: 'overlaytext',
    permission: 'host',
    run: async (request) => {
      const {text} = await checkedBody<OverlaytextParticipantMap['Body']>(request.ctx, validateOverlaytextParticipantBody);
      return flag((p) => (p.overlayText = text))(request);
    },
  },
  {endpoint: 'role', permission: 'host', run: changeRole},
  {
    endpoint: 'allowrxpresentation',
    permission: 'self-or-host',
    run: ({auth, target}) => (setReceivesPresentation(auth.conference, target, true), true),
  },
  {
    endpoint: 'denyrxpresentation',
    permission: 'self-or-host',
    run: ({auth, target}) => (setReceivesPresentation(auth.conference, target, false), true),
  },
  {
    endpoint: 'disconnect',
    permission: 'self-or-host',
    run: ({auth, target}) => (auth.conference.leave(target.uuid, target === auth.self ? undefined : REASONS.byParticipant), true),
  },
  {endpoint: 'unlock', permission: 'host', run: ({auth, target}) => (auth.conference.admit(target), true)},
  {endpoint: 'dtmf', permission: 'self-or-host', run: recordDtmf},
  {
    endpoint: 'message',
    permission: 'anyone',
    run: async ({app, auth, target, ctx}) => {
      const message = await checkedBody<MessageParticipantMap['Body']>(ctx, validateMessageParticipantBody);
      postChat(app, auth, message, target);
      return true;
    },
  },
  {endpoint: 'take_floor', permission: 'self', run: takeFloor},
  {endpoint: 'release_floor', permission: 'self', run: ({auth, target}) => (auth.conference.releaseFloor(target), null)},
  {
    endpoint: 'transfer',
    permission: 'host',
    run: async ({app, auth, target, ctx}) =>
      transfer(
        app,
        auth.conference,
        target,
        await checkedBody<TransferParticipantMap['Body']>(ctx, validateTransferParticipantBody)
      ),
  },
  {endpoint: 'fecc', permission: 'self-or-host', run: accepted(validateFeccParticipantBody, false)},
  {endpoint: 'show_live_captions', permission: 'self', run: ({auth, target}) => (captionsOf(auth.conference).show(target), null)},
  {
    endpoint: 'hide_live_captions',
    permission: 'self',
    run: ({auth, target}) => (captionsOf(auth.conference).hide(target.uuid), null),
  },
  {endpoint: 'notify_not_afk', permission: 'self', run: () => true},
  {
    endpoint: 'pres_in_mix',
    permission: 'self',
    run: accepted(validatePresInMixParticipantBody, true),
  },
  {
    endpoint: 'preferred_aspect_ratio',
    permission: 'self',
    run: accepted(validatePreferredAspectRatioBody, true),
  },
];

/** The participant endpoints of the main room, or of another scope (a breakout room's). */
export function registerParticipantRoutes(router: Router, app: App, scope: RouteScope = mainScope(app)): void {
  const base = `${scope.base}/participants/:participant`;
  for (const action of ACTIONS) {
    if (scope.endpoints && !scope.endpoints.has(action.endpoint)) continue;
    router.add('POST', `${base}/${action.endpoint}`, async (ctx) => {
      const auth = scope.authenticate(ctx);
      const target = targetParticipant(auth, ctx);
      permit(auth, target, action.permission);
      const result = await action.run({app, ctx, auth, target});
      return success(result);
    });
  }
}
