import type {App} from '../app.js';
import {ClientSession, type Conference} from '../conference/conference.js';
import {Participant} from '../conference/participant.js';
import type {ParticipantRole, RoomConfig} from '../config/types.js';
import type {ReleaseTokenMap, RequestTokenMap} from '@pexip/infinity-api';
import {validateReleaseTokenBody, validateRequestTokenBody} from '@pexip/infinity-api/dist/token/validation.js';
import {HttpError, type Reply, failure, success} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';
import {checkedBody} from '../http/schema.js';
import {authenticate, NOT_FOUND_MESSAGE} from './auth.js';
import {checkJoin} from './join-checks.js';

const VERSION = {version_id: '37', pseudo_version: '37.0.0-dev-node'};
const MAX_DISPLAY_NAME = 256;
/** The PIN a client sends to join a host-PIN-only room as a guest (no guest PIN exists). */
const NO_PIN = 'none';

function pinHeader(ctx: RouteContext): string | undefined {
  const header = ctx.req.headers.pin;
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  return value ? value.replace(/#$/, '') : undefined;
}

type PinOutcome = {readonly role: ParticipantRole} | {readonly reply: Reply};

/**
 * PIN rules (protocol notes §1.1, admin guide "Links"): no host PIN → everyone is a host; a
 * missing PIN → 403 listing which PINs exist; the host PIN → host; the guest PIN → guest; with a
 * host PIN only, guests (if allowed) send the PIN "none" (the web app's `role=guest` link).
 */
function roleForPin(room: RoomConfig, pin: string | undefined): PinOutcome {
  const hostPin = room.hostPin?.replace(/#$/, '');
  const guestPin = room.guestPin?.replace(/#$/, '');
  if (hostPin === undefined) return {role: 'chair'};
  if (pin === undefined) {
    return {
      reply: success({pin: 'required', guest_pin: guestPin === undefined ? 'none' : 'required', version: VERSION}, 403),
    };
  }
  if (pin === hostPin) return {role: 'chair'};
  if (guestPin !== undefined && pin === guestPin) return {role: 'guest'};
  if (pin === NO_PIN && guestPin === undefined && room.allowGuests !== false) return {role: 'guest'};
  return {reply: failure(403, 'Invalid PIN')};
}

function joinResult(app: App, conference: Conference, session: ClientSession, token: string): Record<string, unknown> {
  const room = conference.config;
  const participant = session.participant;
  return {
    token,
    expires: String(app.tokens.lifetimeSeconds),
    participant_uuid: participant.uuid,
    version: VERSION,
    role: participant.isHost ? 'HOST' : 'GUEST',
    display_name: participant.displayName,
    current_service_type: participant.serviceType,
    service_type: 'conference',
    conference_name: conference.name,
    call_type: room.callType ?? 'video',
    chat_enabled: room.chatEnabled ?? true,
    guests_can_present: room.guestsCanPresent ?? true,
    direct_media: false,
    allow_1080p: false,
    vp9_enabled: false,
    fecc_enabled: false,
    rtmp_enabled: false,
    rtsp_enabled: false,
    analytics_enabled: false,
    breakout_rooms: room.breakoutRooms ?? true,
    ...(participant.callTag === undefined ? {} : {call_tag: participant.callTag}),
  };
}

async function requestToken(app: App, ctx: RouteContext): Promise<Reply> {
  const alias = ctx.params.alias ?? '';
  const resolved = app.registry.resolve(alias);
  if (!resolved) return failure(404, NOT_FOUND_MESSAGE);
  const body = await checkedBody<RequestTokenMap['Body']>(ctx, validateRequestTokenBody);
  const displayName = body.display_name.trim();
  if (!displayName) throw new HttpError(400, 'display_name must not be empty or only spaces');
  if (displayName.length > MAX_DISPLAY_NAME)
    throw new HttpError(400, `display_name is longer than ${MAX_DISPLAY_NAME} characters`);
  const callTag = body.call_tag;
  const extension = body.conference_extension?.trim();

  let conference: Conference;
  if (resolved.kind === 'reception') {
    if (!extension) {
      return success({conference_extension: 'required', conference_extension_type: 'standard'}, 403);
    }
    const target = resolved.reception.extensions.get(extension);
    const room = target === undefined ? undefined : app.registry.room(target);
    if (!room) return failure(404, NOT_FOUND_MESSAGE);
    conference = room;
  } else {
    conference = resolved.conference;
  }

  const grant = checkJoin(app, ctx, conference, body, VERSION);
  if ('reply' in grant) return grant.reply;
  const outcome = grant.role ? {role: grant.role} : roleForPin(conference.config, pinHeader(ctx));
  if ('reply' in outcome) return outcome.reply;
  if (conference.isFull) return failure(403, 'Participant limit reached');

  const participant = new Participant({
    kind: 'client',
    displayName,
    role: outcome.role,
    serviceType: conference.admissionFor(outcome.role),
    protocol: 'api',
    callDirection: 'in',
    localAlias: alias,
    ...(callTag === undefined ? {} : {callTag}),
    supportsDirectChat: body.supports_direct_chat === true,
  });
  participant.idpAuthenticated = grant.idpUuid !== undefined;
  const session = new ClientSession(participant, conference, new Set([...conference.aliases, alias.toLowerCase()]));
  const token = app.tokens.issue(session);
  conference.join(participant, session);
  grant.joined?.();
  return success({
    ...joinResult(app, conference, session, token),
    ...(grant.idpUuid === undefined ? {} : {idp_uuid: grant.idpUuid}),
  });
}

/** A new token every time; the older ones stay valid for a short grace (protocol notes §1.2). */
function refreshToken(app: App, ctx: RouteContext): Reply {
  const {session, self} = authenticate(app, ctx);
  return success({
    token: app.tokens.refresh(session),
    expires: String(app.tokens.lifetimeSeconds),
    role: self.isHost ? 'HOST' : 'GUEST',
  });
}

/** Also the `sendBeacon` form with `?token=`; a session that was already ended may still release. */
async function releaseToken(app: App, ctx: RouteContext): Promise<Reply> {
  const {session} = authenticate(app, ctx, {allowEnded: true});
  await checkedBody<ReleaseTokenMap['Body']>(ctx, validateReleaseTokenBody);
  app.release(session);
  return success(true);
}

export function registerTokenRoutes(router: Router, app: App): void {
  const base = '/api/client/v2/conferences/:alias';
  router
    .add('POST', `${base}/request_token`, (ctx) => requestToken(app, ctx))
    .add('POST', `${base}/refresh_token`, (ctx) => refreshToken(app, ctx))
    .add('POST', `${base}/release_token`, (ctx) => releaseToken(app, ctx));
}
