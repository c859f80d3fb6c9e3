import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {
  validateAck200,
  validateAck403,
  validateDisconnectCall200,
  validateNewCandidate200,
  validateUpdate200,
  validateUpdate403,
} from '@pexip/infinity-api/dist/call/validation.js';
import {validateTheme204} from '@pexip/infinity-api/dist/conference/validation.js';
import {
  validateCallsWebrtcParticipant200,
  validateDisconnectParticipant200,
  validateDisconnectParticipant403,
} from '@pexip/infinity-api/dist/participant/validation.js';
import {
  validateRefreshToken200,
  validateRefreshToken403,
  validateReleaseToken200,
  validateReleaseToken403,
  validateRequestToken200,
  validateRequestToken404,
} from '@pexip/infinity-api/dist/token/validation.js';
import type {DevNode} from '../src/index.js';
import {conf, createRoom, eventsUrl, expectJson, join, request, roomState, SseClient, startTestNode, waitFor} from './helpers.js';
import {OfferingPeer} from './werift-client.js';

describe('signalling (issue 3 subset)', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  it('request_token returns a token object the SDK accepts', async () => {
    const response = await conf(node, 'meet.alice', 'request_token', {
      json: {display_name: 'Ann', node: 'x', direct_media: true},
    });
    const body = expectJson(response, 200, validateRequestToken200);
    const result = body.result as Record<string, unknown>;
    assert.equal(result.role, 'HOST');
    assert.equal(result.current_service_type, 'conference');
    assert.equal(result.expires, '120');
    assert.equal(result.direct_media, false);
    assert.match(String(result.token), /^[A-Za-z0-9_-]+$/);
    await conf(node, 'meet.alice', 'release_token', {token: String(result.token), json: {}});
  });

  it('accepts any alias of a room, case-insensitively', async () => {
    const joined = await join(node, 'Meet.Alice@Example.com', 'Bea');
    assert.equal(joined.result.conference_name, "Alice's meeting room");
    await conf(node, 'Meet.Alice@Example.com', 'release_token', {token: joined.token, json: {}});
  });

  it('answers an unknown alias with the 404 of a real node', async () => {
    const body = expectJson(
      await conf(node, 'no.such.room', 'request_token', {json: {display_name: 'Ann'}}),
      404,
      validateRequestToken404
    );
    assert.deepEqual(body, {status: 'failed', result: 'Neither conference nor gateway found'});
    expectJson(await conf(node, 'no.such.room', 'refresh_token', {token: 'x'}), 404);
  });

  it('refuses malformed JSON, wrong types and missing fields with 400 and a message', async () => {
    const malformed = expectJson(
      await conf(node, 'meet.alice', 'request_token', {raw: '{"display_name": ', headers: {'Content-Type': 'application/json'}}),
      400
    );
    assert.match(String(malformed.result), /Malformed JSON/);
    const wrongType = expectJson(await conf(node, 'meet.alice', 'request_token', {json: {display_name: 42}}), 400);
    assert.match(String(wrongType.result), /display_name/);
    expectJson(await conf(node, 'meet.alice', 'request_token', {json: {}}), 400);
    expectJson(await conf(node, 'meet.alice', 'request_token', {json: ['display_name']}), 400);
  });

  it('refuses an oversized body with 413', async () => {
    const huge = JSON.stringify({display_name: 'x'.repeat(300 * 1024)});
    const body = expectJson(
      await conf(node, 'meet.alice', 'request_token', {raw: huge, headers: {'Content-Type': 'application/json'}}),
      413
    );
    assert.match(String(body.result), /too large/);
  });

  it('refresh_token gives a new token each time and keeps older ones valid', async () => {
    const joined = await join(node, 'meet.bob', 'Cid');
    const first = expectJson(await conf(node, 'meet.bob', 'refresh_token', {token: joined.token}), 200, validateRefreshToken200);
    const second = expectJson(await conf(node, 'meet.bob', 'refresh_token', {token: joined.token}), 200, validateRefreshToken200);
    const firstToken = (first.result as {token: string}).token;
    const secondToken = (second.result as {token: string}).token;
    assert.notEqual(firstToken, joined.token);
    assert.notEqual(secondToken, firstToken);
    // The open event stream still carries the first token: it must keep working.
    expectJson(await conf(node, 'meet.bob', 'refresh_token', {token: firstToken}), 200, validateRefreshToken200);
    expectJson(await conf(node, 'meet.bob', 'release_token', {token: secondToken, json: {}}), 200, validateReleaseToken200);
    expectJson(await conf(node, 'meet.bob', 'refresh_token', {token: joined.token}), 403, validateRefreshToken403);
  });

  it('refuses bad tokens and tokens of another conference with 403 Invalid token', async () => {
    const alice = await join(node, 'meet.alice', 'Dee');
    const bad = expectJson(await conf(node, 'meet.alice', 'refresh_token', {token: 'not-a-token'}), 403, validateRefreshToken403);
    assert.equal(bad.result, 'Invalid token');
    expectJson(await conf(node, 'meet.alice', 'refresh_token'), 403, validateRefreshToken403);
    const foreign = expectJson(await conf(node, 'meet.bob', 'refresh_token', {token: alice.token}), 403, validateRefreshToken403);
    assert.equal(foreign.result, 'Invalid token');
    const events = await SseClient.open(eventsUrl(node, 'meet.bob', alice.token));
    assert.equal(events.status, 403);
    events.close();
    expectJson(await conf(node, 'meet.bob', 'release_token', {token: alice.token, json: {}}), 403, validateReleaseToken403);
    await conf(node, 'meet.alice', 'release_token', {token: alice.token, json: {}});
  });

  it('release_token also works as a sendBeacon with ?token=', async () => {
    const alias = await createRoom(node);
    const joined = await join(node, alias, 'Eve');
    const response = await request(node, `/api/client/v2/conferences/${alias}/release_token?token=${joined.token}`, {
      raw: JSON.stringify({reason: 'Browser closed'}),
      headers: {'Content-Type': 'application/json'},
    });
    expectJson(response, 200, validateReleaseToken200);
    assert.equal((await roomState(node, alias)).participants.length, 0);
  });

  it('theme/ answers 204', async () => {
    const joined = await join(node, 'meet.alice', 'Fay');
    const response = await request(node, '/api/client/v2/conferences/meet.alice/theme/', {token: joined.token});
    assert.equal(response.status, 204);
    assert.ok(validateTheme204(response.text));
    await conf(node, 'meet.alice', 'release_token', {token: joined.token, json: {}});
  });

  it('sends the sync sequence on connect, then creates and deletes as people come and go', async () => {
    const alias = await createRoom(node);
    const first = await join(node, alias, 'Gus');
    const stream = await SseClient.open(eventsUrl(node, alias, first.token), {Origin: 'http://elsewhere.test'});
    assert.equal(stream.status, 200);
    assert.equal(stream.contentType, 'text/event-stream');
    assert.equal(stream.accessControlAllowOrigin, 'http://elsewhere.test');
    await waitFor(() => stream.events.length >= 4, 'the sync sequence');
    assert.deepEqual(
      stream.events.slice(0, 4).map((entry) => entry.event),
      ['participant_sync_begin', 'participant_create', 'participant_sync_end', 'conference_update']
    );
    assert.equal((stream.events[1]!.data as {uuid: string}).uuid, first.uuid);
    assert.deepEqual(stream.events[3]!.data, {
      locked: false,
      guests_muted: false,
      started: true,
      all_muted: false,
      guests_can_unmute: true,
      guests_can_present: true,
      presentation_allowed: true,
      direct_media: false,
      live_captions_available: true,
      breakout_rooms: true,
    });

    const second = await join(node, alias, 'Hal');
    const created = await waitFor(
      () => stream.named('participant_create').find((entry) => (entry.data as {uuid: string}).uuid === second.uuid),
      'participant_create for the newcomer'
    );
    assert.equal((created.data as {display_name: string}).display_name, 'Hal');
    await conf(node, alias, 'release_token', {token: second.token, json: {}});
    await waitFor(
      () => stream.named('participant_delete').some((entry) => (entry.data as {uuid: string}).uuid === second.uuid),
      'participant_delete for the leaver'
    );
    stream.close();
    await conf(node, alias, 'release_token', {token: first.token, json: {}});
  });

  it('runs a call: offer → answer, ack, new_candidate, update, disconnect', async () => {
    const alias = await createRoom(node);
    const joined = await join(node, alias, 'Ivy');
    const peer = new OfferingPeer();
    try {
      const offer = await peer.offer();
      const calls = `participants/${joined.uuid}/calls`;
      const answer = expectJson(
        await conf(node, alias, calls, {
          token: joined.token,
          json: {call_type: 'WEBRTC', sdp: offer, media_type: 'video', fecc_supported: false},
        }),
        200,
        validateCallsWebrtcParticipant200
      ).result as {call_uuid: string; sdp: string};
      assert.match(answer.sdp, /a=candidate:/, 'non-trickle: candidates are in the answer');
      assert.match(answer.sdp, /a=content:main/);
      assert.match(answer.sdp, /a=content:slides/);
      assert.doesNotMatch(answer.sdp, /^m=\S+ 0 /m, 'no m-line is answered as rejected');
      const call = `${calls}/${answer.call_uuid}`;

      const ack = expectJson(await conf(node, alias, `${call}/ack`, {token: joined.token, json: {}}), 200, validateAck200);
      assert.equal(ack.result, true);
      const candidate = expectJson(
        await conf(node, alias, `${call}/new_candidate`, {
          token: joined.token,
          json: {candidate: 'candidate:1 1 udp 2122260223 192.0.2.10 50000 typ host generation 0', mid: '0', ufrag: 'abcd'},
        }),
        200,
        validateNewCandidate200
      );
      assert.equal(candidate.result, null);
      expectJson(
        await conf(node, alias, `${call}/new_candidate`, {token: joined.token, json: {candidate: '', mid: '0'}}),
        200,
        validateNewCandidate200
      );

      const updated = expectJson(
        await conf(node, alias, `${call}/update`, {
          token: joined.token,
          json: {sdp: await peer.offer('recvonly'), fecc_supported: false},
        }),
        200,
        validateUpdate200
      );
      assert.equal(typeof updated.result, 'string');
      assert.match(String(updated.result), /a=content:slides\r?\na=sendonly|a=sendonly[\s\S]*a=content:slides/);
      expectJson(await conf(node, alias, `${call}/ack`, {token: joined.token, json: {}}), 200, validateAck200);

      const state = await roomState(node, alias);
      assert.ok(state.participants[0]!.call, '/dev/state shows the werift peer');

      const disconnected = expectJson(
        await conf(node, alias, `${call}/disconnect`, {token: joined.token}),
        200,
        validateDisconnectCall200
      );
      assert.equal(disconnected.result, null);
      assert.equal((await roomState(node, alias)).participants[0]!.call, null);
      expectJson(await conf(node, alias, `${call}/ack`, {token: joined.token, json: {}}), 403, validateAck403);
      expectJson(await conf(node, alias, `${call}/update`, {token: joined.token, json: {sdp: offer}}), 403, validateUpdate403);
    } finally {
      await peer.close();
      await conf(node, alias, 'release_token', {token: joined.token, json: {}});
    }
  });

  it('refuses a call on someone else’s participant and an unusable SDP', async () => {
    const alias = await createRoom(node);
    const a = await join(node, alias, 'Jo');
    const b = await join(node, alias, 'Kim');
    expectJson(
      await conf(node, alias, `participants/${b.uuid}/calls`, {token: a.token, json: {call_type: 'WEBRTC', sdp: 'v=0'}}),
      403
    );
    const bad = expectJson(
      await conf(node, alias, `participants/${a.uuid}/calls`, {token: a.token, json: {call_type: 'WEBRTC', sdp: 'not an sdp'}}),
      400
    );
    assert.match(String(bad.result), /Cannot negotiate/);
    expectJson(
      await conf(node, alias, `participants/${a.uuid}/calls`, {token: a.token, json: {call_type: 'WEBRTC', sdp: 7}}),
      400
    );
    for (const joined of [a, b]) await conf(node, alias, 'release_token', {token: joined.token, json: {}});
  });

  it('participants/{uuid}/disconnect: self, and by a host with the disconnect event', async () => {
    const alias = await createRoom(node);
    const host = await join(node, alias, 'Lou');
    const other = await join(node, alias, 'Max');
    const stream = await SseClient.open(eventsUrl(node, alias, other.token));
    const kicked = expectJson(
      await conf(node, alias, `participants/${other.uuid}/disconnect`, {token: host.token}),
      200,
      validateDisconnectParticipant200
    );
    assert.equal(kicked.result, true);
    const event = await waitFor(() => stream.named('disconnect')[0], 'the disconnect event');
    assert.deepEqual(event.data, {reason: 'Disconnected by another participant'});
    expectJson(await conf(node, alias, 'refresh_token', {token: other.token}), 403);
    expectJson(
      await conf(node, alias, `participants/${host.uuid}/disconnect`, {token: host.token}),
      200,
      validateDisconnectParticipant200
    );
    expectJson(
      await conf(node, alias, `participants/${host.uuid}/disconnect`, {token: host.token}),
      403,
      validateDisconnectParticipant403
    );
    stream.close();
  });

  it('answers CORS preflights and puts ACAO on errors', async () => {
    const preflight = await request(node, '/api/client/v2/conferences/meet.alice/request_token', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://widget.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,token,pin',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://widget.test');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type, token, pin');
    const error = await conf(node, 'nowhere', 'request_token', {
      json: {display_name: 'x'},
      headers: {Origin: 'http://widget.test'},
    });
    assert.equal(error.headers.get('access-control-allow-origin'), 'http://widget.test');
  });

  it('answers unknown endpoints and methods without crashing', async () => {
    expectJson(await conf(node, 'meet.alice', 'no_such_endpoint', {json: {}}), 404);
    expectJson(await request(node, '/api/client/v2/conferences/meet.alice/request_token'), 405);
    const text = await request(node, '/no/such/file.txt');
    assert.equal(text.status, 404);
    assert.match(text.headers.get('content-type') ?? '', /^text\/plain/);
  });
});
