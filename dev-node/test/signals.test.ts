import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {validateConferenceStatus200, validateTheme200} from '@pexip/infinity-api/dist/conference/validation.js';
import {
  validateClientUnmuteParticipant403,
  validateTransferParticipant200,
  validateUnmuteParticipant403,
} from '@pexip/infinity-api/dist/participant/validation.js';
import {validateRequestToken200, validateRequestToken403} from '@pexip/infinity-api/dist/token/validation.js';
import type {DevNode} from '../src/index.js';
import {
  act,
  conf,
  createRoom,
  eventsUrl,
  expectJson,
  joinWithEvents,
  leave,
  request,
  roomState,
  SseClient,
  startTestNode,
  waitFor,
} from './helpers.js';

const TARGET = 'http://127.0.0.1:1/page/m/?conference=x&ssoToken=__pexip-sso-token__&join=1';

type Result = Record<string, unknown>;

/** The issue 14 signals over plain HTTP: SSO, transfers, status, theme, client mute, direct chat. */
describe('issue 14 signals', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  const requestToken = (alias: string, body: Result, pin?: string) =>
    conf(node, alias, 'request_token', {json: {display_name: 'Sam', ...body}, ...(pin === undefined ? {} : {pin})});

  /** Follows the fake IdP: the form, then its completion; returns the page and the SSO token in it. */
  async function signIn(redirectUrl: string, action = 'signin'): Promise<{html: string; token: string | undefined}> {
    const form = await fetch(redirectUrl);
    assert.equal(form.status, 200);
    const html = await form.text();
    assert.match(html, /<form method="get" action="([^"]+)"/);
    const action_ = /<form method="get" action="([^"]+)"/.exec(html)![1]!;
    const request_ = new URL(redirectUrl).searchParams.get('request')!;
    const done = await fetch(new URL(`${action_}?request=${request_}&user=Sam+Signed&action=${action}`, node.url));
    const page = await done.text();
    return {html: page, token: /"token":"([^"]+)"/.exec(page)?.[1]};
  }

  it('SSO with several providers: list, choice, redirect, the fake IdP, and a join with the SSO token', async () => {
    const alias = await createRoom(node, {
      sso: {providers: [{name: 'Corp'}, {name: 'Partner', redirectFlow: true, img: 'x.png'}]},
    });
    const list = expectJson(await requestToken(alias, {}), 403, validateRequestToken403).result as {
      idp: {name: string; uuid: string; disable_popup_flow?: boolean; img?: string}[];
    };
    assert.deepEqual(
      list.idp.map((idp) => [idp.name, idp.disable_popup_flow ?? false, idp.img ?? null]),
      [
        ['Corp', false, null],
        ['Partner', true, 'x.png'],
      ]
    );
    const [corp, partner] = list.idp;
    const chosen = expectJson(
      await requestToken(alias, {chosen_idp: partner!.uuid, sso_token: 'none', sso_redirect_target: TARGET}),
      403,
      validateRequestToken403
    ).result as {redirect_url: string; redirect_idp: {name: string; uuid: string}; disable_popup_flow: boolean};
    assert.deepEqual(chosen.redirect_idp, {name: 'Partner', uuid: partner!.uuid});
    assert.equal(chosen.disable_popup_flow, true);

    const {html, token} = await signIn(chosen.redirect_url);
    assert.ok(token, 'the completion page carries the SSO token');
    assert.ok(html.includes('window.opener.postMessage(message,"http://127.0.0.1:1")'), 'posted to the target origin only');
    assert.ok(html.includes(`/page/m/?conference=x&ssoToken=${token}&join=1`), 'the redirect flow goes back with the token');
    assert.equal((await fetch(chosen.redirect_url)).status, 404, 'a sign-in request is used once');

    const joined = expectJson(
      await requestToken(alias, {chosen_idp: partner!.uuid, sso_token: token}),
      200,
      validateRequestToken200
    );
    assert.equal((joined.result as Result).idp_uuid, partner!.uuid);
    const state = await roomState(node, alias);
    assert.equal(state.participants.length, 1);

    assert.equal(
      expectJson(await requestToken(alias, {chosen_idp: 'nobody'}), 403, validateRequestToken403).result,
      'SSO Authentication Failed'
    );
    assert.equal(
      expectJson(await requestToken(alias, {chosen_idp: corp!.uuid, sso_token: 'forged'}), 403, validateRequestToken403).result,
      'SSO Authentication Failed'
    );
    const other = await createRoom(node, {sso: {providers: [{name: 'Corp'}]}});
    assert.equal(
      expectJson(await requestToken(other, {sso_token: token}), 403).result,
      'SSO Authentication Failed',
      'bound to its room'
    );
  });

  it('SSO with one provider answers with its redirect at once; a cancelled sign-in posts "forbidden"', async () => {
    const alias = await createRoom(node, {sso: {providers: [{name: 'Only'}]}});
    const redirect = expectJson(await requestToken(alias, {}), 403, validateRequestToken403).result as {redirect_url: string};
    const {html, token} = await signIn(redirect.redirect_url, 'cancel');
    assert.equal(token, undefined);
    assert.ok(html.includes('{"result":"forbidden","code":403}'));
  });

  it('the joined participant reports supports_direct_chat and is_idp_authenticated', async () => {
    const alias = await createRoom(node);
    const ann = await joinWithEvents(node, alias, 'Ann');
    const bob = expectJson(await requestToken(alias, {display_name: 'Bob', supports_direct_chat: true}), 200).result as Result;
    const created = await ann.events.next<Result>('participant_create', (data) => data.display_name === 'Bob');
    assert.equal(created.supports_direct_chat, true);
    assert.equal(created.is_idp_authenticated, false);
    const self = ann.events.named('participant_create').find((entry) => (entry.data as Result).uuid === ann.uuid)!.data as Result;
    assert.equal(self.supports_direct_chat, false);
    await leave(node, ann, {alias, token: String(bob.token), uuid: String(bob.participant_uuid), result: bob});
  });

  it('transfer: refer with a one-time token, the join with it (role from the host, no PIN), the old session ends', async () => {
    const from = await createRoom(node);
    const to = await createRoom(node, {hostPin: '4321'});
    const host = await joinWithEvents(node, from, 'Host');
    const moving = await joinWithEvents(node, from, 'Moving');
    const answer = expectJson(
      await act(node, host, 'transfer', moving.uuid, {conference_alias: to, role: 'host'}),
      200,
      validateTransferParticipant200
    );
    assert.equal(answer.result, true);
    const refer = await moving.events.next<{alias: string; token: string}>('refer');
    assert.equal(refer.alias, to);
    await host.events.next<Result>('participant_update', (data) => data.uuid === moving.uuid && data.is_transferring === true);

    const joined = expectJson(await requestToken(to, {display_name: 'Moving', token: refer.token}), 200, validateRequestToken200);
    assert.equal((joined.result as Result).role, 'HOST');
    await host.events.next('participant_delete', (data) => data.uuid === moving.uuid);
    assert.equal(expectJson(await requestToken(to, {token: refer.token}), 403).result, 'Invalid token', 'used once');
    assert.equal(
      expectJson(await act(node, host, 'transfer', host.uuid, {conference_alias: 'no.such.room', role: 'guest'}), 200).result,
      false
    );
    await leave(node, host);
  });

  it('transfer not followed: cancel_refer after the room’s timeout; dial-outs are moved at once', async () => {
    const from = await createRoom(node, {transferTimeoutSeconds: 0.3, dialOut: {connectDelayMs: 10}});
    const to = await createRoom(node);
    const host = await joinWithEvents(node, from, 'Host');
    const staying = await joinWithEvents(node, from, 'Staying');
    await act(node, host, 'transfer', staying.uuid, {conference_alias: to, role: 'guest'});
    await staying.events.next('cancel_refer');
    await host.events.next<Result>('participant_update', (data) => data.uuid === staying.uuid && data.is_transferring === false);

    const [dialled] = expectJson(
      await conf(node, from, 'dial', {token: host.token, json: {destination: 'x@example.com', role: 'GUEST', protocol: 'sip'}}),
      200
    ).result as string[];
    await waitFor(
      async () =>
        (await roomState(node, from)).participants.find((entry) => entry.uuid === dialled)?.service_type === 'conference',
      'the dial-out to answer'
    );
    assert.equal(expectJson(await act(node, host, 'transfer', dialled, {conference_alias: to, role: 'guest'}), 200).result, true);
    assert.deepEqual(
      (await roomState(node, to)).participants.map((entry) => [entry.display_name, entry.kind]),
      [['x@example.com', 'dialout']]
    );
    await leave(node, host, staying);
  });

  it('a room a host must start: started false, guests wait until start_conference', async () => {
    const alias = await createRoom(node, {hostPin: '1111', hostMustStart: true});
    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    const status = await host.events.next<Result>('conference_update');
    assert.equal(status.started, false);
    const guest = await joinWithEvents(node, alias, 'Guest', {pin: 'none'});
    assert.equal(
      (await roomState(node, alias)).participants.find((entry) => entry.uuid === guest.uuid)?.service_type,
      'waiting_room'
    );
    expectJson(await conf(node, alias, 'start_conference', {token: host.token}), 200);
    await guest.events.next<Result>('conference_update', (data) => data.started === true);
    await guest.events.next<Result>(
      'participant_update',
      (data) => data.uuid === guest.uuid && data.service_type === 'conference'
    );
    await leave(node, host, guest);
  });

  it('a themed room a host must start: guests see the waiting-for-host screen until it starts, then the welcome', async () => {
    const alias = await createRoom(node, {
      hostPin: '1111',
      hostMustStart: true,
      theme: {welcome: {text: 'Welcome', seconds: 4}, waitingForHost: {text: 'The host will start soon'}},
    });
    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    const guest = await joinWithEvents(node, alias, 'Guest', {pin: 'none'});
    assert.deepEqual(await guest.events.next('splash_screen'), {
      screen_key: 'direct_media_waiting_for_host',
      display_duration: 0,
    });
    expectJson(await conf(node, alias, 'start_conference', {token: host.token}), 200);
    await guest.events.next('splash_screen', (data) => data.screen_key === 'direct_media_welcome');
    await leave(node, host, guest);
  });

  it('classification and end time in the status; at the end everyone is disconnected', async () => {
    const alias = await createRoom(node, {
      classification: {levels: {'0': 'UNCLASSIFIED', '1': 'SECRET'}, current: 1},
      endsAfterSeconds: 3600,
    });
    const ann = await joinWithEvents(node, alias, 'Ann');
    const status = expectJson(
      await request(node, `/api/client/v2/conferences/${alias}/conference_status`, {token: ann.token}),
      200,
      validateConferenceStatus200
    ).result as {classification: unknown; end_time: number; started: boolean};
    assert.deepEqual(status.classification, {current: 1, levels: {'0': 'UNCLASSIFIED', '1': 'SECRET'}});
    assert.ok(Math.abs(status.end_time - (Date.now() / 1000 + 3600)) < 5);
    assert.equal(status.started, true);

    expectJson(await request(node, '/dev/status', {json: {room: alias, classification: 0}}), 200);
    await ann.events.next<{classification?: {current: number}}>(
      'conference_update',
      (data) => data.classification?.current === 0
    );
    assert.equal((await request(node, '/dev/status', {json: {room: alias, classification: 7}})).status, 400);
    assert.equal((await request(node, '/dev/status', {json: {room: alias, bogus: 1}})).status, 400);
    assert.equal((await request(node, '/dev/status', {json: {room: 'no.such.room'}})).status, 404);
    expectJson(await request(node, '/dev/status', {json: {room: alias, endsInSeconds: 0.3}}), 200);
    assert.deepEqual(await ann.events.next('disconnect'), {reason: 'API initiated conference termination'});
    await waitFor(async () => (await roomState(node, alias)).participants.length === 0, 'the room to empty');
  });

  it("a theme's picture with ?token= (as the SDK's <img> asks for it), and ?token= nowhere else near it", async () => {
    const alias = await createRoom(node, {theme: {welcome: {text: 'Welcome', seconds: 4}}});
    const guest = await joinWithEvents(node, alias, 'Guest', {});
    const base = `/api/client/v2/conferences/${alias}`;
    const background = await request(node, `${base}/theme/splash-background.svg?token=${guest.token}`);
    assert.equal(background.status, 200);
    assert.match(background.headers.get('content-type') ?? '', /image\/svg\+xml/);
    assert.equal((await request(node, `${base}/theme/splash-background.svg`)).status, 403);
    assert.equal((await request(node, `${base}/theme/splash-background.svg?token=nonsense`)).status, 403);
    assert.equal((await request(node, `${base}/conference_status?token=${guest.token}`)).status, 403);
    assert.equal((await request(node, `${base}/participants?token=${guest.token}`)).status, 403);
    await leave(node, guest);
  });

  it('a themed room: theme with splash screens, welcome on entering, waiting screen until let in, background served', async () => {
    const alias = await createRoom(node, {
      hostPin: '1111',
      theme: {welcome: {text: 'Welcome to the test', seconds: 4}, waitingForHost: {text: 'Hold on'}},
    });
    const guest = await joinWithEvents(node, alias, 'Guest', {pin: 'none'});
    assert.deepEqual(await guest.events.next('splash_screen'), {
      screen_key: 'direct_media_waiting_for_host',
      display_duration: 0,
    });
    const theme = expectJson(
      await request(node, `/api/client/v2/conferences/${alias}/theme/`, {token: guest.token}),
      200,
      validateTheme200
    ).result as Record<string, {background: {path: string}; elements: {text: string}[]}>;
    assert.equal(theme.direct_media_welcome?.elements[0]?.text, 'Welcome to the test');
    assert.equal(theme.direct_media_waiting_for_host?.elements[0]?.text, 'Hold on');
    const background = await request(
      node,
      `/api/client/v2/conferences/${alias}/theme/${theme.direct_media_welcome.background.path}`,
      {
        token: guest.token,
      }
    );
    assert.equal(background.status, 200);
    assert.equal(background.headers.get('content-type'), 'image/svg+xml');

    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    assert.deepEqual(await host.events.next('splash_screen'), {screen_key: 'direct_media_welcome', display_duration: 4});
    await guest.events.next('splash_screen', (data) => data.screen_key === 'direct_media_welcome');
    expectJson(await request(node, '/dev/status', {json: {room: alias, splash: null}}), 200);
    // A null payload clears the screen (next() cannot return a null event).
    await waitFor(() => host.events.named('splash_screen').some((entry) => entry.data === null), 'the splash screen cleared');
    const plain = await createRoom(node);
    const visitor = await joinWithEvents(node, plain, 'Visitor');
    assert.equal((await request(node, `/api/client/v2/conferences/${plain}/theme/`, {token: visitor.token})).status, 204);
    await leave(node, guest, host, visitor);
  });

  it('client mute: only hosts set and release it; a client-muted guest may not unmute itself', async () => {
    const alias = await createRoom(node, {hostPin: '1111'});
    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    const guest = await joinWithEvents(node, alias, 'Guest', {pin: 'none'});
    expectJson(await act(node, host, 'client_mute', guest.uuid), 200);
    await guest.events.next<Result>('participant_update', (data) => data.uuid === guest.uuid && data.is_client_muted === true);
    assert.equal(
      expectJson(await act(node, guest, 'client_unmute'), 403, validateClientUnmuteParticipant403).result,
      'Insufficient privileges: this needs the host role'
    );
    assert.equal(expectJson(await act(node, guest, 'unmute'), 403, validateUnmuteParticipant403).result, 'A host has muted you');
    expectJson(await act(node, host, 'client_unmute', guest.uuid), 200);
    expectJson(await act(node, guest, 'unmute'), 200);
    await leave(node, host, guest);
  });

  it('bad room settings are refused with the offending path', async () => {
    for (const [room, message] of [
      [{sso: {providers: []}}, /room\.sso\.providers must list at least one provider/],
      [{sso: {providers: [{name: 'A'}, {name: 'A'}]}}, /room\.sso\.providers must have distinct names and uuids/],
      [{classification: {levels: {'0': 'A'}, current: 3}}, /room\.classification\.current must be one of the levels/],
      [{classification: {levels: {x: 'A'}}}, /room\.classification\.levels key "x" must be a level number/],
      [{theme: {welcome: {text: ''}}}, /room\.theme\.welcome\.text must be a non-empty string/],
      [{endsAfterSeconds: 0}, /room\.endsAfterSeconds must be a number/],
      [{hostMustStart: 'yes'}, /room\.hostMustStart must be true or false/],
    ] as const) {
      const response = await request(node, '/dev/rooms', {json: {aliases: ['test.bad.signals'], ...room}});
      assert.equal(response.status, 400, JSON.stringify(room));
      assert.match(String((response.body as {result?: unknown}).result), message);
    }
  });

  it('room flags: chat off, guests may not present, guests may not unmute', async () => {
    const alias = await createRoom(node, {hostPin: '1111', chatEnabled: false, guestsCanPresent: false, guestsCanUnmute: false});
    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    const guestJoin = expectJson(await requestToken(alias, {display_name: 'Guest'}, 'none'), 200).result as Result;
    assert.equal(guestJoin.chat_enabled, false);
    assert.equal(guestJoin.guests_can_present, false);
    const status = await host.events.next<Result>('conference_update');
    assert.equal(status.guests_can_unmute, false);
    assert.equal(status.guests_can_present, false);
    assert.equal((await conf(node, alias, 'message', {token: host.token, json: {type: 'text/plain', payload: 'x'}})).status, 403);
    const events = await SseClient.open(eventsUrl(node, alias, String(guestJoin.token)));
    assert.equal(
      (
        await act(
          node,
          {alias, token: String(guestJoin.token), uuid: String(guestJoin.participant_uuid), result: guestJoin},
          'take_floor'
        )
      ).status,
      403
    );
    events.close();
    await leave(node, host);
  });
});
