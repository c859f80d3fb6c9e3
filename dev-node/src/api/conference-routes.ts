import type {MessageConferenceMap, SetGuestsCanUnmuteMap, TransformLayoutMap} from '@pexip/infinity-api';
import {
  validateDialBody,
  validateMessageConferenceBody,
  validateSetGuestsCanUnmuteBody,
  validateTransformLayoutBody,
} from '@pexip/infinity-api/dist/conference/validation.js';
import type {App} from '../app.js';
import {canSee} from '../conference/room-events.js';
import {clearAllBuzz, disconnectAll, setGuestsMuted, setLayout} from '../conference/control.js';
import {availableLayouts, layoutSvgs} from '../conference/layouts.js';
import {HttpError, type Reply, success} from '../http/reply.js';
import type {RouteContext, Router} from '../http/router.js';
import {checkedBody} from '../http/schema.js';
import {type DialRequest, dialOut} from '../simulation/dial-out.js';
import {type Authenticated, authenticate, requireAdmitted, requireHost} from './auth.js';
import {postChat} from './chat.js';

interface ConferenceRequest {
  readonly app: App;
  readonly ctx: RouteContext;
  readonly auth: Authenticated;
}

interface ConferenceAction {
  readonly endpoint: string;
  readonly hostOnly: boolean;
  readonly run: (request: ConferenceRequest) => unknown;
}

/** Longest dial destination and remote display name: they go into every roster and log. */
export const MAX_DIAL_FIELD = 256;

function withinDialLimits(request: DialRequest): DialRequest {
  for (const field of ['destination', 'remote_display_name'] as const) {
    if ((request[field]?.length ?? 0) > MAX_DIAL_FIELD)
      throw new HttpError(400, `Field "${field}" is longer than ${MAX_DIAL_FIELD} characters`);
  }
  return request;
}

const ACTIONS: readonly ConferenceAction[] = [
  {endpoint: 'lock', hostOnly: true, run: ({auth}) => (auth.conference.setLocked(true), true)},
  {endpoint: 'unlock', hostOnly: true, run: ({auth}) => (auth.conference.setLocked(false), true)},
  {endpoint: 'muteguests', hostOnly: true, run: ({auth}) => (setGuestsMuted(auth.conference, true), true)},
  {endpoint: 'unmuteguests', hostOnly: true, run: ({auth}) => (setGuestsMuted(auth.conference, false), true)},
  {
    endpoint: 'set_guests_can_unmute',
    hostOnly: true,
    run: async ({auth, ctx}) => {
      auth.conference.guestsCanUnmute = (
        await checkedBody<SetGuestsCanUnmuteMap['Body']>(ctx, validateSetGuestsCanUnmuteBody)
      ).setting;
      auth.conference.publishStatus();
      return true;
    },
  },
  {endpoint: 'disconnect', hostOnly: true, run: ({auth}) => (disconnectAll(auth.conference), true)},
  {endpoint: 'clearallbuzz', hostOnly: true, run: ({auth}) => (clearAllBuzz(auth.conference), true)},
  {endpoint: 'start_conference', hostOnly: true, run: ({auth}) => (auth.conference.meeting.start(), true)},
  {
    endpoint: 'transform_layout',
    hostOnly: true,
    run: async ({auth, ctx}) => {
      setLayout(auth.conference, (await checkedBody<TransformLayoutMap['Body']>(ctx, validateTransformLayoutBody)).transforms);
      return true;
    },
  },
  {
    endpoint: 'dial',
    hostOnly: true,
    run: async ({app, auth, ctx}) =>
      dialOut(auth.conference, app.registry, withinDialLimits(await checkedBody<DialRequest>(ctx, validateDialBody))),
  },
  {
    endpoint: 'message',
    hostOnly: false,
    run: async ({app, auth, ctx}) => {
      postChat(app, auth, await checkedBody<MessageConferenceMap['Body']>(ctx, validateMessageConferenceBody));
      return true;
    },
  },
];

/** GET participants: the roster as this participant may see it (a waiting one sees itself). */
function participants(app: App, ctx: RouteContext): Reply {
  const {conference, self} = authenticate(app, ctx);
  const visible = [...conference.participants.values()].filter((participant) => canSee(self, participant));
  return success(visible.map((participant) => participant.toWire()));
}

export function registerConferenceRoutes(router: Router, app: App): void {
  const base = '/api/client/v2/conferences/:alias';
  for (const action of ACTIONS) {
    router.add('POST', `${base}/${action.endpoint}`, async (ctx) => {
      const auth = authenticate(app, ctx);
      if (action.hostOnly) requireHost(auth);
      else requireAdmitted(auth);
      return success(await action.run({app, ctx, auth}));
    });
  }
  router
    .add('GET', `${base}/participants`, (ctx) => participants(app, ctx))
    .add('GET', `${base}/conference_status`, (ctx) => success(authenticate(app, ctx).conference.status()))
    .add('GET', `${base}/available_layouts`, (ctx) => {
      authenticate(app, ctx);
      return success(availableLayouts(ctx.url.searchParams.get('annotate') === 'true'));
    })
    .add('GET', `${base}/layout_svgs`, (ctx) => (authenticate(app, ctx), success(layoutSvgs())));
}
