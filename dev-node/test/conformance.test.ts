import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import * as call from '@pexip/infinity-api/dist/call/validation.js';
import * as conference from '@pexip/infinity-api/dist/conference/validation.js';
import * as participant from '@pexip/infinity-api/dist/participant/validation.js';
import * as token from '@pexip/infinity-api/dist/token/validation.js';
import type {DevNode} from '../src/index.js';
import {
  type ApiResponse,
  conf,
  createRoom,
  expectJson,
  type Joined,
  joinWithEvents,
  leave,
  request,
  type SseClient,
  startTestNode,
  waitFor,
} from './helpers.js';
import {OfferingPeer} from './werift-client.js';

type Validator = (data: unknown) => boolean;

interface Row {
  /** What is called, for the failure message. */
  readonly name: string;
  readonly send: () => Promise<ApiResponse>;
  readonly status: number;
  /** The SDK's validator for that status (absent where the SDK's wrapper has none). */
  readonly validator?: Validator;
  /** A 403 that asks the client something (a PIN, an identity provider) rather than an error string. */
  readonly question?: true;
}

const isString = (value: unknown): value is string => typeof value === 'string';
/** The screens of the conformance room's theme (checked with validateTheme200 below). */
const THEME_KEYS: Record<string, true> = {direct_media_welcome: true, direct_media_waiting_for_host: true};

/** Event payloads are not validated by the SDK; these mirror its types (inf/dist/types.d.ts). */
const EVENT_SHAPES: Record<string, (data: unknown) => boolean> = {
  participant_sync_begin: (data) => typeof data === 'object',
  participant_sync_end: (data) => typeof data === 'object',
  participant_create: (data) => conference.validateParticipants200({status: 'success', result: [structuredClone(data)]}),
  participant_update: (data) => conference.validateParticipants200({status: 'success', result: [structuredClone(data)]}),
  participant_delete: (data) => isString((data as {uuid?: unknown}).uuid),
  conference_update: (data) => conference.validateConferenceStatus200({status: 'success', result: structuredClone(data)}),
  message_received: (data) => {
    const message = data as Record<string, unknown>;
    return (
      isString(message.origin) &&
      isString(message.uuid) &&
      isString(message.payload) &&
      typeof message.direct === 'boolean' &&
      ['text/plain', 'application/json'].includes(String(message.type))
    );
  },
  stage: (data) =>
    Array.isArray(data) &&
    data.every(
      (entry: Record<string, unknown>) =>
        isString(entry.participant_uuid) && typeof entry.stage_index === 'number' && typeof entry.vad === 'number'
    ),
  presentation_start: (data) => {
    const event = data as Record<string, unknown>;
    return (
      isString(event.presenter_name) &&
      isString(event.presenter_uri) &&
      isString(event.presenter_uuid) &&
      event.presenter_uuid !== ''
    );
  },
  presentation_stop: (data) => typeof data === 'object' && data !== null,
  layout: (data) => {
    const layout = data as {
      view?: unknown;
      participants?: unknown;
      requested_layout?: {primary_screen?: {chair_layout?: unknown; guest_layout?: unknown}};
    };
    return (
      isString(layout.view) &&
      Array.isArray(layout.participants) &&
      isString(layout.requested_layout?.primary_screen?.chair_layout) &&
      // The check before proves requested_layout.primary_screen is there.
      isString(layout.requested_layout.primary_screen.guest_layout)
    );
  },
  disconnect: (data) => isString((data as {reason?: unknown}).reason),
  refer: (data) => {
    const refer = data as {alias?: unknown; token?: unknown};
    return isString(refer.alias) && isString(refer.token) && refer.token !== '';
  },
  cancel_refer: (data) => typeof data === 'object' && data !== null,
  // The SDK looks screen_key up in the theme (which the room has) and multiplies display_duration by 1000.
  splash_screen: (data) => {
    if (data === null) return true;
    const splash = data as {screen_key?: unknown; display_duration?: unknown};
    return isString(splash.screen_key) && splash.screen_key in THEME_KEYS && typeof splash.display_duration === 'number';
  },
};

describe('conformance: every endpoint and event against the SDK’s validators', () => {
  let node: DevNode;
  let alias: string;
  let host: Joined & {events: SseClient};
  let guest: Joined & {events: SseClient};
  let other: Joined & {events: SseClient};
  const peer = new OfferingPeer();

  before(async () => {
    node = await startTestNode();
    alias = await createRoom(node, {
      hostPin: '1111',
      dialOut: {connectDelayMs: 50, failedVisibleMs: 50},
      theme: {welcome: {text: 'Welcome', seconds: 1}, waitingForHost: {text: 'Waiting'}},
      classification: {levels: {'0': 'UNCLASSIFIED', '1': 'CONFIDENTIAL'}, current: 1},
      endsAfterSeconds: 3600,
      transferTimeoutSeconds: 0.2,
    });
    host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    guest = await joinWithEvents(node, alias, 'Guest', {pin: 'none'});
    other = await joinWithEvents(node, alias, 'Other', {pin: 'none'});
  });
  after(async () => {
    await peer.close();
    await leave(node, host, guest, other);
    await node.close();
  });

  const post = (who: () => Joined, endpoint: string, json?: unknown) => () =>
    conf(node, alias, endpoint, {token: who().token, ...(json === undefined ? {} : {json})});
  const get = (endpoint: string) => () => request(node, `/api/client/v2/conferences/${alias}/${endpoint}`, {token: host.token});
  const on = (who: () => Joined, target: () => Joined, endpoint: string, json?: unknown) => () =>
    conf(node, alias, `participants/${target().uuid}/${endpoint}`, {token: who().token, ...(json === undefined ? {} : {json})});

  it('participant endpoints: 200 for those allowed, 403 for guests acting on others', async () => {
    const H = () => host;
    const G = () => guest;
    const O = () => other;
    const hostOnly: [string, Validator, Validator, unknown?][] = [
      ['mute', participant.validateMuteParticipant200, participant.validateMuteParticipant403],
      ['unmute', participant.validateUnmuteParticipant200, participant.validateUnmuteParticipant403],
      ['client_mute', participant.validateClientMuteParticipant200, participant.validateClientMuteParticipant403],
      ['client_unmute', participant.validateClientUnmuteParticipant200, participant.validateClientUnmuteParticipant403],
      ['video_muted', participant.validateVideoMuteParticipant200, participant.validateVideoMuteParticipant403],
      ['video_unmuted', participant.validateVideoUnmuteParticipant200, participant.validateVideoUnmuteParticipant403],
      ['spotlighton', participant.validateSpotlightonParticipant200, participant.validateSpotlightonParticipant403],
      ['spotlightoff', participant.validateSpotlightoffParticipant200, participant.validateSpotlightoffParticipant403],
      [
        'allowrxpresentation',
        participant.validateAllowrxpresentationParticipant200,
        participant.validateAllowrxpresentationParticipant403,
      ],
      [
        'denyrxpresentation',
        participant.validateDenyrxpresentationParticipant200,
        participant.validateDenyrxpresentationParticipant403,
      ],
      ['overlaytext', participant.validateOverlaytextParticipant200, participant.validateOverlaytextParticipant403, {text: 'hi'}],
      ['role', participant.validateRoleParticipant200, participant.validateRoleParticipant403, {role: 'guest'}],
      ['unlock', participant.validateUnlockParticipant200, participant.validateUnlockParticipant403],
      ['dtmf', participant.validateDtmfParticipant200, participant.validateDtmfParticipant403, {digits: '12#'}],
      [
        'transfer',
        participant.validateTransferParticipant200,
        participant.validateTransferParticipant403,
        {conference_alias: 'meet.bob', role: 'guest'},
      ],
      [
        'fecc',
        participant.validateFeccParticipant200,
        participant.validateFeccParticipant403,
        {action: 'start', target: 'x', movement: []},
      ],
    ];
    const rows: Row[] = hostOnly.flatMap(([endpoint, ok, forbidden, body]) => [
      {name: `host ${endpoint} guest`, send: on(H, G, endpoint, body), status: 200, validator: ok},
      {name: `guest ${endpoint} other`, send: on(G, O, endpoint, body), status: 403, validator: forbidden},
    ]);
    rows.push(
      {name: 'buzz self', send: on(G, G, 'buzz'), status: 200, validator: participant.validateBuzzParticipant200},
      {name: 'buzz other', send: on(G, O, 'buzz'), status: 403, validator: participant.validateBuzzParticipant403},
      {name: 'clearbuzz self', send: on(G, G, 'clearbuzz'), status: 200, validator: participant.validateClearbuzzParticipant200},
      {name: 'clearbuzz other', send: on(G, O, 'clearbuzz'), status: 403, validator: participant.validateClearbuzzParticipant403},
      {
        name: 'private message',
        send: on(G, O, 'message', {type: 'text/plain', payload: 'hi'}),
        status: 200,
        validator: participant.validateMessageParticipant200,
      },
      {name: 'take_floor', send: on(H, H, 'take_floor'), status: 200, validator: participant.validateTakeFloor200},
      {name: 'take_floor other', send: on(G, H, 'take_floor'), status: 403, validator: participant.validateTakeFloor403},
      {name: 'release_floor', send: on(H, H, 'release_floor'), status: 200, validator: participant.validateReleaseFloor200},
      {name: 'release_floor other', send: on(G, H, 'release_floor'), status: 403, validator: participant.validateReleaseFloor403},
      {
        name: 'show_live_captions',
        send: on(G, G, 'show_live_captions'),
        status: 200,
        validator: participant.validateShowLiveCaptions200,
      },
      {
        name: 'hide_live_captions',
        send: on(G, G, 'hide_live_captions'),
        status: 200,
        validator: participant.validateHideLiveCaptions200,
      },
      {
        name: 'hide_live_captions other',
        send: on(G, H, 'hide_live_captions'),
        status: 403,
        validator: participant.validateHideLiveCaptions403,
      },
      {name: 'notify_not_afk', send: on(G, G, 'notify_not_afk'), status: 200, validator: participant.validateNotifyNotAFK200},
      {
        name: 'pres_in_mix',
        send: on(G, G, 'pres_in_mix', {state: true}),
        status: 200,
        validator: participant.validatePresInMixParticipant200,
      },
      {
        name: 'preferred_aspect_ratio',
        send: on(G, G, 'preferred_aspect_ratio', {aspect_ratio: 1.5}),
        status: 200,
        validator: participant.validatePreferredAspectRatio200,
      },
      {
        name: 'preferred_aspect_ratio other',
        send: on(G, H, 'preferred_aspect_ratio', {aspect_ratio: 1.5}),
        status: 403,
        validator: participant.validatePreferredAspectRatio403,
      }
    );
    await check(rows);
  });

  it('conference endpoints: 200 for a host with the right result type, 403 for a guest', async () => {
    const H = () => host;
    const G = () => guest;
    const hostOnly: [string, Validator, unknown?][] = [
      ['lock', conference.validateLock200],
      ['unlock', conference.validateUnlock200],
      ['muteguests', conference.validateMuteguests200],
      ['unmuteguests', conference.validateUnmuteguests200],
      ['set_guests_can_unmute', conference.validateSetGuestsCanUnmute200, {setting: true}],
      ['clearallbuzz', conference.validateClearAllBuzz200],
      ['start_conference', conference.validateStartConference200],
      ['transform_layout', conference.validateTransformLayout200, {transforms: {layout: '4:0'}}],
      ['dial', conference.validateDial200, {destination: 'bob@example.com', role: 'GUEST', protocol: 'sip'}],
    ];
    const rows: Row[] = hostOnly.flatMap(([endpoint, ok, body]) => [
      {name: `host ${endpoint}`, send: post(H, endpoint, body), status: 200, validator: ok},
      {name: `guest ${endpoint}`, send: post(G, endpoint, body), status: 403},
    ]);
    rows.push(
      {
        name: 'message',
        send: post(G, 'message', {type: 'text/plain', payload: 'hello'}),
        status: 200,
        validator: conference.validateMessageConference200,
      },
      {name: 'participants', send: get('participants'), status: 200, validator: conference.validateParticipants200},
      {name: 'conference_status', send: get('conference_status'), status: 200, validator: conference.validateConferenceStatus200},
      {name: 'available_layouts', send: get('available_layouts'), status: 200, validator: conference.validateAvailableLayouts200},
      {name: 'layout_svgs', send: get('layout_svgs'), status: 200, validator: conference.validateLayoutSvgs200},
      {name: 'theme', send: get('theme/'), status: 200, validator: conference.validateTheme200}
    );
    await check(rows);
  });

  it('call endpoints', async () => {
    const H = () => host;
    const offer = await peer.offer();
    const answer = expectJson(
      await on(H, H, 'calls', {call_type: 'WEBRTC', sdp: offer})(),
      200,
      participant.validateCallsWebrtcParticipant200
    );
    const callPath = `calls/${(answer.result as {call_uuid: string}).call_uuid}`;
    await check([
      {
        name: 'calls on another participant',
        send: on(() => guest, H, 'calls', {call_type: 'WEBRTC', sdp: offer}),
        status: 403,
        validator: participant.validateCallsWebrtcParticipant403,
      },
      {name: 'ack', send: on(H, H, `${callPath}/ack`, {}), status: 200, validator: call.validateAck200},
      {
        name: 'new_candidate',
        send: on(H, H, `${callPath}/new_candidate`, {candidate: '', mid: '0'}),
        status: 200,
        validator: call.validateNewCandidate200,
      },
      {
        name: 'update',
        send: on(H, H, `${callPath}/update`, {sdp: await peer.offer()}),
        status: 200,
        validator: call.validateUpdate200,
      },
      {name: 'dtmf', send: on(H, H, `${callPath}/dtmf`, {digits: '1'}), status: 200, validator: call.validateDtmf200},
      {
        name: 'statistics',
        send: on(H, H, `${callPath}/statistics`, {video: {rx_fps: 15}}),
        status: 200,
        validator: call.validateStatistics200,
      },
      {
        name: 'fecc',
        send: on(H, H, `${callPath}/fecc`, {action: 'stop', movement: []}),
        status: 200,
        validator: call.validateFecc200,
      },
      {
        name: 'ack by a foreign token',
        send: on(() => guest, H, `${callPath}/ack`, {}),
        status: 403,
        validator: call.validateAck403,
      },
      {name: 'call disconnect', send: on(H, H, `${callPath}/disconnect`), status: 200, validator: call.validateDisconnectCall200},
    ]);
  });

  it('request_token answers of SSO rooms and transfers', async () => {
    const sso = await createRoom(node, {sso: {providers: [{name: 'Corp'}, {name: 'Partner', redirectFlow: true}]}});
    const requestToken = (room: string, body: Record<string, unknown>) => () =>
      conf(node, room, 'request_token', {json: {display_name: 'Sam', ...body}});
    const list = await requestToken(sso, {})();
    const [corp] = (list.body as {result: {idp: {uuid: string}[]}}).result.idp;
    const redirect = await requestToken(sso, {chosen_idp: corp!.uuid})();
    const redirectUrl = (redirect.body as {result: {redirect_url: string}}).result.redirect_url;
    const request_ = new URL(redirectUrl).searchParams.get('request');
    const done = await (await fetch(`${redirectUrl.replace(/\?.*/, '')}/complete?request=${request_}&action=signin`)).text();
    const ssoToken = /"token":"([^"]+)"/.exec(done)![1]!;

    const host_ = () => host;
    const moving = await joinWithEvents(node, alias, 'Moving', {pin: 'none'});
    const to = await createRoom(node);
    await on(host_, () => moving, 'transfer', {conference_alias: to, role: 'guest'})();
    const refer = await moving.events.next<{token: string}>('refer');
    await check([
      {
        name: 'SSO: the providers',
        send: () => Promise.resolve(list),
        status: 403,
        validator: token.validateRequestToken403,
        question: true,
      },
      {
        name: 'SSO: the redirect',
        send: () => Promise.resolve(redirect),
        status: 403,
        validator: token.validateRequestToken403,
        question: true,
      },
      {
        name: 'SSO: an unknown provider',
        send: requestToken(sso, {chosen_idp: 'x'}),
        status: 403,
        validator: token.validateRequestToken403,
      },
      {
        name: 'SSO: a forged token',
        send: requestToken(sso, {sso_token: 'x'}),
        status: 403,
        validator: token.validateRequestToken403,
      },
      {
        name: 'SSO: signed in',
        send: requestToken(sso, {chosen_idp: corp!.uuid, sso_token: ssoToken}),
        status: 200,
        validator: token.validateRequestToken200,
      },
      {
        name: 'transfer: the refer token',
        send: requestToken(to, {token: refer.token}),
        status: 200,
        validator: token.validateRequestToken200,
      },
      {
        name: 'transfer: used again',
        send: requestToken(to, {token: refer.token}),
        status: 403,
        validator: token.validateRequestToken403,
      },
    ]);
    moving.events.close();
  });

  it('every event type the node sends has the shape the SDK reads', async () => {
    await on(
      () => host,
      () => host,
      'take_floor'
    )();
    await on(
      () => host,
      () => host,
      'release_floor'
    )();
    const leaver = await joinWithEvents(node, alias, 'Leaver', {pin: 'none'});
    await on(
      () => host,
      () => leaver,
      'disconnect'
    )();
    await leaver.events.next('disconnect');
    leaver.events.close();
    await waitFor(() => host.events.named('participant_delete').length > 0, 'a participant_delete');
    const streams = [host.events, guest.events, other.events, leaver.events];
    const seen = new Set<string>();
    for (const stream of streams) {
      for (const event of stream.events) {
        const shape = EVENT_SHAPES[event.event];
        assert.ok(shape, `an event type without a known shape: ${event.event}`);
        assert.ok(shape(event.data), `${event.event} does not have the SDK's shape: ${JSON.stringify(event.data)}`);
        seen.add(event.event);
      }
    }
    const expected = Object.keys(EVENT_SHAPES).filter((type) => type !== 'stage');
    assert.deepEqual([...seen].filter((type) => type !== 'stage').sort(), expected.sort());
  });

  async function check(rows: readonly Row[]): Promise<void> {
    for (const row of rows) {
      const response = await row.send();
      assert.equal(response.status, row.status, `${row.name}: HTTP ${response.status} ${response.text}`);
      assert.equal(response.headers.get('content-type'), 'application/json', row.name);
      const body = response.body as {status?: unknown; result?: unknown};
      if (row.validator)
        assert.ok(row.validator(structuredClone(body)), `${row.name}: the SDK's validator rejects ${response.text}`);
      if (row.status >= 400 && !row.question)
        assert.ok(body.status === 'failed' && isString(body.result), `${row.name}: error envelope ${response.text}`);
    }
  }
});
