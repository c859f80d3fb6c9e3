import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import * as call from '@pexip/infinity-api/dist/call/validation.js';
import * as conference from '@pexip/infinity-api/dist/conference/validation.js';
import * as token from '@pexip/infinity-api/dist/token/validation.js';
import type {DevNode} from '../src/index.js';
import {PeerPage} from './browser.js';
import {
  conf,
  createRoom,
  eventsUrl,
  expectJson,
  join,
  joinWithEvents,
  leave,
  request,
  roomState,
  SseClient,
  startTestNode,
  waitFor,
} from './helpers.js';
import {useSdkHarness} from './sdk-bundle.js';

interface FaultSnapshot {
  delayMs: number;
  refuseEvents: number;
  refuseRefresh: boolean;
  malformed: string[];
  requests: Record<string, number>;
}

async function setFaults(node: DevNode, spec: Record<string, unknown>): Promise<FaultSnapshot> {
  return expectJson(await request(node, '/dev/faults', {json: spec}), 200).result as FaultSnapshot;
}

async function faults(node: DevNode, alias: string): Promise<FaultSnapshot> {
  return expectJson(await request(node, `/dev/faults?room=${encodeURIComponent(alias)}`), 200).result as FaultSnapshot;
}

describe('/dev/faults', () => {
  let node: DevNode;
  before(async () => {
    node = await startTestNode();
  });
  after(async () => {
    await node.close();
  });

  it('refuses malformed switches with a message, and reports, counts and clears what is set', async () => {
    const alias = await createRoom(node);
    const refusals: [Record<string, unknown>, number, RegExp][] = [
      [{}, 400, /"room"/],
      [{room: 'no.such.room'}, 404, /No room/],
      [{room: alias, delayMs: -1}, 400, /delayMs/],
      [{room: alias, delayMs: 'slow'}, 400, /delayMs/],
      [{room: alias, refuseEvents: 1.5}, 400, /refuseEvents/],
      [{room: alias, refuseRefresh: 'yes'}, 400, /refuseRefresh/],
      [{room: alias, malformed: 'request_token'}, 400, /malformed/],
      [{room: alias, malformed: ['events']}, 400, /refuseEvents/],
      [{room: alias, explode: true}, 400, /Unknown fault "explode"/],
      [{room: alias, loseAudio: {to: 'Someone'}}, 400, /loseAudio/],
      [{room: alias, loseAudio: {to: 'Someone', share: 1}}, 400, /loseAudio/],
      [{room: alias, loseAudio: {to: '', share: 0.2}}, 400, /loseAudio/],
      [{room: alias, loseAudio: {to: 'Nobody', share: 0.2}}, 404, /No call of "Nobody"/],
    ];
    for (const [spec, status, message] of refusals) {
      assert.match(
        String(expectJson(await request(node, '/dev/faults', {json: spec}), status).result),
        message,
        JSON.stringify(spec)
      );
    }
    const set = await setFaults(node, {room: alias, delayMs: 10, refuseEvents: 2, malformed: ['lock']});
    assert.deepEqual(set, {delayMs: 10, refuseEvents: 2, refuseRefresh: false, malformed: ['lock'], requests: {}});
    const joined = await join(node, alias, 'Counted');
    await conf(node, alias, 'refresh_token', {token: joined.token});
    assert.deepEqual((await faults(node, alias)).requests, {request_token: 1, refresh_token: 1});
    // Fields not given stay; the counts start again.
    assert.deepEqual(await setFaults(node, {room: alias, refuseRefresh: false}), {...set, requests: {}});
    expectJson(await request(node, `/dev/faults?room=${alias}`, {method: 'DELETE'}), 200);
    assert.deepEqual(await faults(node, alias), {delayMs: 0, refuseEvents: 0, refuseRefresh: false, malformed: [], requests: {}});
    await leave(node, joined);
  });

  it('delays every API request of the room, and nothing else', async () => {
    const alias = await createRoom(node);
    await setFaults(node, {room: alias, delayMs: 400});
    const started = Date.now();
    const joined = await join(node, alias, 'Patient');
    assert.ok(Date.now() - started >= 400, 'request_token waited');
    const devStarted = Date.now();
    await roomState(node, alias);
    assert.ok(Date.now() - devStarted < 400, '/dev/ requests are not delayed');
    await request(node, `/dev/faults?room=${alias}`, {method: 'DELETE'});
    await leave(node, joined);
  });

  it('drops the event streams and refuses the next reconnections; a later one gets the sync again', async () => {
    const alias = await createRoom(node);
    const joined = await joinWithEvents(node, alias, 'Dropped');
    await setFaults(node, {room: alias, dropEvents: true, refuseEvents: 2});
    await waitFor(() => joined.events.ended, 'the event stream to end');
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await SseClient.open(eventsUrl(node, alias, joined.token));
      assert.equal(refused.status, 503);
      refused.close();
    }
    const again = await SseClient.open(eventsUrl(node, alias, joined.token));
    assert.equal(again.status, 200);
    await again.next('participant_sync_end');
    assert.deepEqual((await faults(node, alias)).requests, {events: 3});
    again.close();
    await leave(node, joined);
  });

  it('refuses a token refresh by ending the session: refresh_token asked for, disconnect sent, then 403', async () => {
    const alias = await createRoom(node);
    const joined = await joinWithEvents(node, alias, 'Refused');
    await setFaults(node, {room: alias, refuseRefresh: true});
    await joined.events.next('refresh_token');
    const refused = expectJson(await conf(node, alias, 'refresh_token', {token: joined.token}), 403);
    assert.equal(refused.result, 'Invalid token');
    assert.deepEqual(await joined.events.next('disconnect'), {reason: 'Invalid token'});
    assert.deepEqual((await roomState(node, alias)).participants, []);
    expectJson(await conf(node, alias, 'release_token', {token: joined.token, json: {}}), 403);
    assert.deepEqual((await faults(node, alias)).requests, {refresh_token: 1, release_token: 1});
    joined.events.close();
  });

  it('answers listed endpoints with what the SDK rejects, before anything is done', async () => {
    const alias = await createRoom(node);
    const host = await join(node, alias, 'Host');
    await setFaults(node, {room: alias, malformed: ['request_token', 'lock', 'new_candidate']});
    const tokenAnswer = expectJson(await conf(node, alias, 'request_token', {json: {display_name: 'Never'}}), 200);
    assert.equal(token.validateRequestToken200(structuredClone(tokenAnswer)), false);
    assert.deepEqual(
      (await roomState(node, alias)).participants.map((participant) => participant.display_name),
      ['Host'],
      'no participant was created'
    );
    const lockAnswer = expectJson(await conf(node, alias, 'lock', {token: host.token}), 200);
    assert.equal(conference.validateLock200(structuredClone(lockAnswer)), false);
    assert.equal((await roomState(node, alias)).locked, false, 'the room was not locked');
    const candidate = await conf(node, alias, `participants/${host.uuid}/calls/none/new_candidate`, {
      token: host.token,
      json: {candidate: ''},
    });
    assert.equal(call.validateNewCandidate200(structuredClone(expectJson(candidate, 200))), false);
    await request(node, `/dev/faults?room=${alias}`, {method: 'DELETE'});
    await leave(node, host);
  });
});

describe('/dev/faults against real clients (Chromium)', () => {
  const sdk = useSdkHarness();
  let node: DevNode;
  before(() => ({node} = sdk));

  it('the SDK reconnects its event stream after a drop and two refusals', async () => {
    const alias = await createRoom(node);
    const [page] = await sdk.open(1);
    try {
      await page!.call({alias, name: 'Steady'});
      await page!.signal('onParticipants');
      await setFaults(node, {room: alias, dropEvents: true, refuseEvents: 2});
      await waitFor(async () => (await page!.log('onConnected')).length === 2, 'the SDK to open its event stream again');
      assert.equal((await faults(node, alias)).requests.events, 3);
      assert.equal((await roomState(node, alias)).participants[0]?.event_streams, 1);
      assert.deepEqual(await page!.log('onDisconnected'), []);
    } finally {
      await page!.invoke('disconnect', {reason: 'done'});
    }
  });

  it('the SDK ends the call with #pex113 when its refresh is refused, without a request storm', async () => {
    const alias = await createRoom(node);
    const [page] = await sdk.open(1);
    await page!.call({alias, name: 'Refused'});
    await page!.signal('onParticipants');
    await setFaults(node, {room: alias, refuseRefresh: true});
    assert.deepEqual(await page!.signal('onDisconnected'), {error: 'Invalid token', errorCode: '#pex113'});
    await waitFor(async () => (await faults(node, alias)).requests.release_token === 1, 'the SDK to release its token');
    const {requests} = await faults(node, alias);
    assert.equal(requests.refresh_token, 1, JSON.stringify(requests));
  });

  it("stalls a call's media until the browser restarts ICE", async () => {
    const alias = await createRoom(node);
    const peer = await PeerPage.open(sdk.browser, node);
    const forwarded = async () => {
      const callState = (await roomState(node, alias)).participants[0]?.call;
      return {stalled: callState?.stalled, video: callState?.packets.forwarded.video ?? 0};
    };
    try {
      await peer.join(alias, 'Stalled');
      await peer.expectFramesAdvancing('1');
      await setFaults(node, {room: alias, stallMedia: true});
      const stalled = await forwarded();
      assert.equal(stalled.stalled, true);
      // The node's relay ticks every 100 ms: several ticks later nothing more went out.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal((await forwarded()).video, stalled.video);
      await peer.call('restartIce');
      await waitFor(async () => (await forwarded()).video > stalled.video, 'video forwarded again after the ICE restart');
      assert.equal((await forwarded()).stalled, false);
      await peer.expectFramesAdvancing('1');
    } finally {
      await peer.call('leave');
      await peer.close();
    }
  });
});
