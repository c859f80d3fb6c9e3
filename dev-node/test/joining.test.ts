import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {validateUnlockParticipant200, validateUnlockParticipant403} from '@pexip/infinity-api/dist/participant/validation.js';
import {
  validateRefreshToken200,
  validateRequestToken200,
  validateRequestToken403,
  validateRequestToken404,
} from '@pexip/infinity-api/dist/token/validation.js';
import type {DevNode} from '../src/index.js';
import {act, conf, createRoom, expectJson, join, joinWithEvents, leave, roomState, startTestNode} from './helpers.js';

function requestToken(node: DevNode, alias: string, options: {pin?: string; extension?: string} = {}) {
  return conf(node, alias, 'request_token', {
    json: {display_name: 'Someone', ...(options.extension ? {conference_extension: options.extension} : {})},
    ...(options.pin === undefined ? {} : {pin: options.pin}),
  });
}

describe('joining: PINs, reception, waiting for a host, locked rooms', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  it('asks for host and guest PINs, refuses a wrong one, and gives the matching role', async () => {
    const asked = expectJson(await requestToken(node, 'meet.pins'), 403, validateRequestToken403);
    assert.deepEqual(asked.result, {
      pin: 'required',
      guest_pin: 'required',
      version: {version_id: '37', pseudo_version: '37.0.0-dev-node'},
    });
    const wrong = expectJson(await requestToken(node, 'meet.pins', {pin: '9999'}), 403, validateRequestToken403);
    assert.equal(wrong.result, 'Invalid PIN');
    expectJson(await requestToken(node, 'meet.pins', {pin: 'none'}), 403, validateRequestToken403);
    const host = await join(node, 'meet.pins', 'Host', {pin: '1234#'});
    assert.equal(host.result.role, 'HOST');
    const guest = await join(node, 'meet.pins', 'Guest', {pin: '5678'});
    assert.equal(guest.result.role, 'GUEST');
    assert.equal(guest.result.current_service_type, 'conference', 'a host is present');
    await leave(node, host, guest);
  });

  it('lets guests into a host-PIN-only room with the PIN "none", unless guests are not allowed', async () => {
    const asked = expectJson(await requestToken(node, 'meet.hostpin'), 403, validateRequestToken403);
    assert.deepEqual((asked.result as Record<string, unknown>).guest_pin, 'none');
    const guest = await join(node, 'meet.hostpin', 'Guest', {pin: 'none'});
    assert.equal(guest.result.role, 'GUEST');
    assert.equal(guest.result.current_service_type, 'waiting_room');
    await leave(node, guest);

    const closed = await createRoom(node, {hostPin: '2468', allowGuests: false});
    expectJson(await requestToken(node, closed, {pin: 'none'}), 403, validateRequestToken403);
    assert.equal((await join(node, closed, 'Host', {pin: '2468'})).result.role, 'HOST');
  });

  it('routes a Virtual Reception extension to its room', async () => {
    const asked = expectJson(await requestToken(node, 'reception'), 403, validateRequestToken403);
    assert.deepEqual(asked.result, {conference_extension: 'required', conference_extension_type: 'standard'});
    expectJson(await requestToken(node, 'reception', {extension: '4242'}), 404, validateRequestToken404);
    const visitor = await join(node, 'reception', 'Visitor', {extension: '1001'});
    expectJson(await conf(node, 'reception', 'refresh_token', {token: visitor.token}), 200, validateRefreshToken200);
    assert.equal(visitor.result.conference_name, "Alice's meeting room");
    assert.ok((await roomState(node, 'meet.alice')).participants.some((participant) => participant.uuid === visitor.uuid));
    // The token works on the room's own aliases too, but not in another room.
    expectJson(await conf(node, 'meet.alice', 'refresh_token', {token: visitor.token}), 200, validateRefreshToken200);
    expectJson(await conf(node, 'meet.bob', 'refresh_token', {token: visitor.token}), 403);
    await leave(node, visitor);
    // An extension leading to a PIN-protected room asks for the PIN next.
    expectJson(await requestToken(node, 'reception', {extension: '1002'}), 403, validateRequestToken403);
    const pinned = expectJson(
      await requestToken(node, 'reception', {extension: '1002', pin: '1234'}),
      200,
      validateRequestToken200
    );
    await conf(node, 'reception', 'release_token', {token: (pinned.result as {token: string}).token, json: {}});
  });

  it('keeps guests waiting until a host arrives, showing them only themselves', async () => {
    const alias = await createRoom(node, {hostPin: '1111', hostTimeoutSeconds: 600});
    const guest = await joinWithEvents(node, alias, 'Early guest', {pin: 'none'});
    assert.equal(guest.result.current_service_type, 'waiting_room');
    assert.equal(guest.events.named('participant_create').length, 1);
    expectJson(await conf(node, alias, 'message', {token: guest.token, json: {type: 'text/plain', payload: 'hello?'}}), 403);

    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    const admitted = await guest.events.next<{uuid: string; service_type: string}>(
      'participant_update',
      (data) => data.uuid === guest.uuid && data.service_type === 'conference'
    );
    assert.equal(admitted.uuid, guest.uuid);
    await guest.events.next<{uuid: string}>('participant_create', (data) => data.uuid === host.uuid);
    await leave(node, guest, host);
  });

  it('disconnects a guest nobody lets in with Pexip’s host-timeout reason', async () => {
    const alias = await createRoom(node, {hostPin: '1111', hostTimeoutSeconds: 0.5});
    const guest = await joinWithEvents(node, alias, 'Patient guest', {pin: 'none'});
    const event = await guest.events.next<{reason: string}>('disconnect');
    assert.equal(event.reason, 'Timeout waiting for conference host to join or permit access to locked conference');
    assert.equal((await roomState(node, alias)).participants.length, 0);
    expectJson(await conf(node, alias, 'refresh_token', {token: guest.token}), 403);
    await leave(node, guest);
  });

  it('holds newcomers of a locked room; a host admits one, rejects another, and unlocking admits the rest', async () => {
    const alias = await createRoom(node, {hostPin: '1111', locked: true});
    const host = await joinWithEvents(node, alias, 'Host', {pin: '1111'});
    assert.equal(host.result.current_service_type, 'conference', 'hosts of a host-PIN room are not held');
    const first = await joinWithEvents(node, alias, 'First', {pin: 'none'});
    const second = await joinWithEvents(node, alias, 'Second', {pin: 'none'});
    const third = await joinWithEvents(node, alias, 'Third', {pin: 'none'});
    for (const waiting of [first, second, third]) assert.equal(waiting.result.current_service_type, 'waiting_room');
    const seen = await host.events.next<{uuid: string; service_type: string}>(
      'participant_create',
      (data) => data.uuid === first.uuid
    );
    assert.equal(seen.service_type, 'waiting_room');

    expectJson(await act(node, second, 'unlock', first.uuid), 403, validateUnlockParticipant403);
    const admit = expectJson(await act(node, host, 'unlock', first.uuid), 200, validateUnlockParticipant200);
    assert.equal(admit.result, true);
    await first.events.next<{uuid: string; service_type: string}>(
      'participant_update',
      (data) => data.uuid === first.uuid && data.service_type === 'conference'
    );

    expectJson(await act(node, host, 'disconnect', second.uuid), 200);
    assert.deepEqual(await second.events.next('disconnect'), {reason: 'Disconnected by another participant'});

    expectJson(await conf(node, alias, 'unlock', {token: host.token}), 200);
    await third.events.next<{uuid: string; service_type: string}>(
      'participant_update',
      (data) => data.uuid === third.uuid && data.service_type === 'conference'
    );
    await leave(node, host, first, second, third);
  });

  it('refuses newcomers when the participant limit is reached', async () => {
    const alias = await createRoom(node, {participantLimit: 1});
    const only = await join(node, alias, 'Only');
    const refused = expectJson(await requestToken(node, alias), 403, validateRequestToken403);
    assert.equal(refused.result, 'Participant limit reached');
    await leave(node, only);
  });

  it('tells the SDK the room’s call type', async () => {
    const caller = await join(node, 'meet.audio', 'Caller');
    assert.equal(caller.result.call_type, 'audio');
    await leave(node, caller);
  });
});
