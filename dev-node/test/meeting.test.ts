import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  validateDial200,
  validateMessageConference200,
  validateParticipants200,
} from '@pexip/infinity-api/dist/conference/validation.js';
import {validateMessageParticipant200} from '@pexip/infinity-api/dist/participant/validation.js';
import type {DevNode} from '../src/index.js';
import {act, conf, createRoom, expectJson, joinWithEvents, leave, request, roomState, startTestNode, waitFor} from './helpers.js';

type WireParticipant = {uuid: string; [key: string]: unknown};

describe('in the meeting: chat, host actions, presentation, dial-out', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  it('delivers chat to everyone else, private messages to one, and enforces the length limit', async () => {
    const alias = await createRoom(node);
    const ann = await joinWithEvents(node, alias, 'Ann');
    const bob = await joinWithEvents(node, alias, 'Bob');
    const cid = await joinWithEvents(node, alias, 'Cid');

    const sent = expectJson(
      await conf(node, alias, 'message', {token: ann.token, json: {type: 'text/plain', payload: 'hello all'}}),
      200,
      validateMessageConference200
    );
    assert.equal(sent.result, true);
    for (const other of [bob, cid]) {
      assert.deepEqual(await other.events.next('message_received'), {
        origin: 'Ann',
        uuid: ann.uuid,
        type: 'text/plain',
        payload: 'hello all',
        direct: false,
      });
    }
    expectJson(
      await act(node, ann, 'message', bob.uuid, {type: 'text/plain', payload: 'psst'}),
      200,
      validateMessageParticipant200
    );
    assert.deepEqual(await bob.events.next('message_received', (data) => data.payload === 'psst'), {
      origin: 'Ann',
      uuid: ann.uuid,
      type: 'text/plain',
      payload: 'psst',
      direct: true,
    });
    await conf(node, alias, 'message', {token: bob.token, json: {type: 'application/json', payload: '{"kind":"ping"}'}});
    await ann.events.next('message_received', (data) => data.type === 'application/json');
    assert.equal(ann.events.named('message_received').length, 1, 'the sender does not get its own message back');
    assert.ok(!cid.events.named('message_received').some((entry) => (entry.data as {payload: string}).payload === 'psst'));

    const tooLong = expectJson(
      await conf(node, alias, 'message', {token: ann.token, json: {type: 'text/plain', payload: 'x'.repeat(401)}}),
      400
    );
    assert.match(String(tooLong.result), /at most 400/);
    expectJson(await conf(node, alias, 'message', {token: ann.token, json: {type: 'text/html', payload: 'x'}}), 400);
    expectJson(await conf(node, alias, 'message', {token: ann.token, json: {type: 'text/plain', payload: 'x'.repeat(400)}}), 200);
    const log = (await roomState(node, alias)).chat as {payload: string; to_uuid: string | null}[];
    assert.equal(log.length, 4);
    assert.equal(log[1]!.to_uuid, bob.uuid);
    await leave(node, ann, bob, cid);

    const quiet = await createRoom(node, {chatEnabled: false});
    const dee = await joinWithEvents(node, quiet, 'Dee');
    assert.equal(dee.result.chat_enabled, false);
    expectJson(await conf(node, quiet, 'message', {token: dee.token, json: {type: 'text/plain', payload: 'hi'}}), 403);
    await leave(node, dee);
  });

  it('applies host actions and announces them; guests get 403', async () => {
    const alias = await createRoom(node, {hostPin: '1111'});
    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    const guest = await joinWithEvents(node, alias, 'Guest', {pin: 'none'});
    const updateOf = (uuid: string, matches: (data: WireParticipant) => boolean) =>
      host.events.next<WireParticipant>(
        'participant_update',
        (data) => data.uuid === uuid && matches(data),
        host.events.events.length
      );

    let seen = updateOf(guest.uuid, (data) => data.is_muted === 'YES');
    expectJson(await act(node, host, 'mute', guest.uuid), 200);
    await seen;
    seen = updateOf(guest.uuid, (data) => data.is_video_muted === true);
    expectJson(await act(node, host, 'video_muted', guest.uuid), 200);
    await seen;
    seen = updateOf(guest.uuid, (data) => Number(data.spotlight) > 0);
    expectJson(await act(node, host, 'spotlighton', guest.uuid), 200);
    await seen;
    seen = updateOf(guest.uuid, (data) => data.rx_presentation_policy === 'DENY');
    expectJson(await act(node, host, 'denyrxpresentation', guest.uuid), 200);
    await seen;
    seen = updateOf(guest.uuid, (data) => data.overlay_text === 'Speaker');
    expectJson(await act(node, host, 'overlaytext', guest.uuid, {text: 'Speaker'}), 200);
    await seen;

    // Guests may act on themselves, not on others; a guest muted by mute-all may not unmute while the host forbids it.
    for (const endpoint of ['mute', 'spotlighton', 'unlock', 'disconnect', 'role', 'denyrxpresentation']) {
      const body = endpoint === 'role' ? {role: 'guest'} : undefined;
      const refused = expectJson(await act(node, guest, endpoint, host.uuid, body), 403);
      assert.match(String(refused.result), /host role/);
    }
    for (const endpoint of ['lock', 'unlock', 'muteguests', 'unmuteguests', 'disconnect', 'clearallbuzz', 'start_conference']) {
      expectJson(await conf(node, alias, endpoint, {token: guest.token}), 403);
    }
    expectJson(
      await conf(node, alias, 'dial', {token: guest.token, json: {destination: 'x@example.com', role: 'GUEST', protocol: 'sip'}}),
      403
    );

    expectJson(await conf(node, alias, 'muteguests', {token: host.token}), 200);
    expectJson(await conf(node, alias, 'set_guests_can_unmute', {token: host.token, json: {setting: false}}), 200);
    await guest.events.next('conference_update', (data) => data.guests_muted === true && data.guests_can_unmute === false);
    expectJson(await act(node, guest, 'unmute'), 403);
    expectJson(await conf(node, alias, 'set_guests_can_unmute', {token: host.token, json: {setting: 'yes'}}), 400);
    expectJson(await conf(node, alias, 'set_guests_can_unmute', {token: host.token, json: {setting: true}}), 200);
    expectJson(await act(node, guest, 'unmute'), 200);

    seen = updateOf(guest.uuid, (data) => Number(data.buzz_time) > 0);
    expectJson(await act(node, guest, 'buzz'), 200);
    await seen;
    seen = updateOf(guest.uuid, (data) => data.buzz_time === 0);
    expectJson(await conf(node, alias, 'clearallbuzz', {token: host.token}), 200);
    await seen;

    expectJson(await act(node, host, 'role', host.uuid, {role: 'guest'}), 403);
    expectJson(await act(node, host, 'role', guest.uuid, {role: 'HOST'}), 400);
    seen = updateOf(guest.uuid, (data) => data.role === 'chair');
    expectJson(await act(node, host, 'role', guest.uuid, {role: 'chair'}), 200);
    await seen;
    const refreshed = expectJson(await conf(node, alias, 'refresh_token', {token: guest.token}), 200);
    assert.equal((refreshed.result as {role: string}).role, 'HOST');

    expectJson(await conf(node, alias, 'lock', {token: host.token}), 200);
    await guest.events.next('conference_update', (data) => data.locked === true);
    expectJson(await conf(node, alias, 'transform_layout', {token: host.token, json: {transforms: {layout: '4:0'}}}), 200);
    await guest.events.next<{view: string}>('layout', (data) => data.view === '4:0');

    expectJson(await conf(node, alias, 'disconnect', {token: host.token}), 200);
    for (const who of [host, guest]) {
      assert.deepEqual(await who.events.next('disconnect'), {reason: 'Conference terminated by another participant'});
    }
    assert.equal((await roomState(node, alias)).participants.length, 0);
    await leave(node, host, guest);
  });

  it('signals presentation to the others only, and respects denyrxpresentation', async () => {
    const alias = await createRoom(node, {hostPin: '1111', guestsCanPresent: false});
    const host = await joinWithEvents(node, alias, 'Presenter', {pin: '1111'});
    const viewer = await joinWithEvents(node, alias, 'Viewer', {pin: 'none'});
    const excluded = await joinWithEvents(node, alias, 'Excluded', {pin: 'none'});

    expectJson(await act(node, viewer, 'take_floor'), 403);
    expectJson(await act(node, excluded, 'denyrxpresentation'), 200);
    const taken = expectJson(await act(node, host, 'take_floor'), 200);
    assert.equal(taken.result, null);
    assert.deepEqual(await viewer.events.next('presentation_start'), {
      presenter_name: 'Presenter',
      presenter_uri: '',
      presenter_uuid: host.uuid,
    });
    await host.events.next<WireParticipant>(
      'participant_update',
      (data) => data.uuid === host.uuid && data.is_presenting === 'YES'
    );
    assert.equal(host.events.named('presentation_start').length, 0, 'the presenter is not told about its own presentation');
    assert.equal(excluded.events.named('presentation_start').length, 0);
    expectJson(await act(node, excluded, 'allowrxpresentation'), 200);
    await excluded.events.next('presentation_start');

    const released = expectJson(await act(node, host, 'release_floor'), 200);
    assert.equal(released.result, null);
    await viewer.events.next('presentation_stop');
    await leave(node, host, viewer, excluded);
  });

  it('simulates dial-outs: ringing, connected, streaming, failures with a reason, DTMF', async () => {
    const alias = await createRoom(node, {dialOut: {connectDelayMs: 150, failedVisibleMs: 150}});
    const host = await joinWithEvents(node, alias, 'Host');
    const dial = async (destination: string, protocol: string, extra: Record<string, unknown> = {}) => {
      const body = expectJson(
        await conf(node, alias, 'dial', {token: host.token, json: {destination, role: 'GUEST', protocol, ...extra}}),
        200,
        validateDial200
      );
      return (body.result as string[])[0]!;
    };

    const sip = await dial('alice@example.com', 'sip', {dtmf_sequence: '99'});
    const ringing = await host.events.next<WireParticipant>('participant_create', (data) => data.uuid === sip);
    assert.equal(ringing.service_type, 'connecting');
    assert.equal(ringing.call_direction, 'out');
    await host.events.next<WireParticipant>(
      'participant_update',
      (data) => data.uuid === sip && data.service_type === 'conference' && data.has_media === true
    );
    expectJson(await act(node, host, 'dtmf', sip, {digits: '1234#'}), 200);
    assert.equal((await roomState(node, alias)).participants.find((p) => p.uuid === sip)?.dtmf, '991234#');

    const rtmp = await dial('rtmp://streaming.example.com/live/key', 'rtmp', {streaming: 'yes'});
    await host.events.next<WireParticipant>(
      'participant_update',
      (data) => data.uuid === rtmp && data.is_streaming_conference === true && data.protocol === 'rtmp'
    );

    for (const [destination, reason] of [
      ['busy@example.com', 'Call rejected'],
      ['unreachable@example.com', 'Gateway dial out failed'],
      ['no route at all', 'Gateway dial out failed'],
    ] as const) {
      const uuid = await dial(destination, 'auto');
      const failed = await host.events.next<WireParticipant>(
        'participant_update',
        (data) => data.uuid === uuid && data.disconnect_reason !== undefined
      );
      assert.equal(failed.disconnect_reason, reason);
      await host.events.next<{uuid: string}>('participant_delete', (data) => data.uuid === uuid);
    }
    expectJson(
      await conf(node, alias, 'dial', {token: host.token, json: {destination: 'x@example.com', role: 'guest', protocol: 'sip'}}),
      400
    );

    const roster = expectJson(
      await request(node, `/api/client/v2/conferences/${alias}/participants`, {token: host.token}),
      200,
      validateParticipants200
    );
    assert.equal((roster.result as unknown[]).length, 3);
    await leave(node, host);
  });

  it('keeps the latest statistics and answers DTMF and FECC on the call', async () => {
    const alias = await createRoom(node);
    const caller = await joinWithEvents(node, alias, 'Caller');
    const {OfferingPeer} = await import('./werift-client.js');
    const peer = new OfferingPeer();
    try {
      const answer = expectJson(
        await act(node, caller, 'calls', caller.uuid, {call_type: 'WEBRTC', sdp: await peer.offer()}),
        200
      );
      const call = `calls/${(answer.result as {call_uuid: string}).call_uuid}`;
      const stats = expectJson(
        await act(node, caller, `${call}/statistics`, caller.uuid, {audio: {rx_packets_received: 10}}),
        200
      );
      assert.equal(stats.result, null);
      expectJson(await act(node, caller, `${call}/dtmf`, caller.uuid, {digits: '5'}), 200);
      expectJson(
        await act(node, caller, `${call}/fecc`, caller.uuid, {action: 'start', movement: [{axis: 'pan', direction: 'left'}]}),
        200
      );
      const state = (await roomState(node, alias)).participants[0]!;
      assert.deepEqual((state as unknown as {statistics: unknown}).statistics, {audio: {rx_packets_received: 10}});
      assert.equal(state.dtmf, '5');
      await waitFor(
        async () => (await roomState(node, alias)).participants[0]?.flags.media === 'video',
        'the roster to show a video call'
      );
    } finally {
      await peer.close();
      await leave(node, caller);
    }
  });
});
