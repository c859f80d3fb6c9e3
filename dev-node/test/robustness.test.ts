import assert from 'node:assert/strict';
import {request} from 'node:http';
import {describe, it} from 'node:test';
import {validateAck403} from '@pexip/infinity-api/dist/call/validation.js';
import {startDevNode} from '../src/index.js';
import {act, conf, expectJson, join, joinWithEvents, leave, roomState, startTestNode} from './helpers.js';

describe('robustness', () => {
  it('answers 429 over the rate limit, but never for refresh_token, release_token or events', async () => {
    const node = await startTestNode({rooms: [{aliases: ['limited']}], limits: {requestsPerSecond: 0.5, burst: 4}});
    try {
      const joined = await join(node, 'limited', 'Busy');
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await act(node, joined, 'buzz')).status);
      assert.ok(statuses.includes(429), `statuses: ${statuses.join(', ')}`);
      const refused = expectJson(await act(node, joined, 'buzz'), 429);
      assert.match(String(refused.result), /Too many requests/);
      // Like the SDK, each refresh carries the newest token (older ones are retired: security.test.ts).
      let token = joined.token;
      for (let i = 0; i < 6; i++)
        token = (expectJson(await conf(node, 'limited', 'refresh_token', {token}), 200).result as {token: string}).token;
      expectJson(await conf(node, 'limited', 'release_token', {token, json: {}}), 200);
    } finally {
      await node.close();
    }
  });

  it('removes a session whose tokens all expired (the client stopped refreshing)', async () => {
    const node = await startTestNode({rooms: [{aliases: ['short']}], limits: {tokenExpiresSeconds: 3}});
    try {
      const watcher = await joinWithEvents(node, 'short', 'Watcher');
      const silent = await join(node, 'short', 'Silent');
      assert.equal(silent.result.expires, '3');
      for (let i = 0; i < 4; i++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await conf(node, 'short', 'refresh_token', {token: watcher.token});
      }
      await watcher.events.next<{uuid: string}>('participant_delete', (data) => data.uuid === silent.uuid);
      expectJson(await conf(node, 'short', 'refresh_token', {token: silent.token}), 403);
      assert.deepEqual(
        (await roomState(node, 'short')).participants.map((participant) => participant.display_name),
        ['Watcher']
      );
      await leave(node, watcher);
    } finally {
      await node.close();
    }
  });

  it('answers unknown participants with 404 and unknown calls with 403, and refuses bad request bodies with a message', async () => {
    const node = await startTestNode();
    try {
      const joined = await join(node, 'meet.alice', 'Tester');
      const unknown = expectJson(await act(node, joined, 'mute', '00000000-0000-0000-0000-000000000000'), 404);
      assert.equal(unknown.result, 'Participant not found');
      // Infinity's API has no 404 for a call endpoint; for the SDK, a failed ack ends the session.
      const unknownCall = expectJson(await act(node, joined, 'calls/not-a-call/ack', joined.uuid, {}), 403, validateAck403);
      assert.equal(unknownCall.result, 'Unknown call');
      const wrongType = expectJson(await act(node, joined, 'overlaytext', joined.uuid, {text: 5}), 400);
      assert.match(String(wrongType.result), /Field "text" must be string/);
      const missing = expectJson(await act(node, joined, 'role', joined.uuid, {}), 400);
      assert.match(String(missing.result), /required property 'role'/);
      expectJson(
        await conf(node, 'meet.alice', 'message', {
          token: joined.token,
          raw: '[1,2',
          headers: {'Content-Type': 'application/json'},
        }),
        400
      );
      expectJson(await conf(node, 'meet.alice', 'message', {token: joined.token, json: 'just a string'}), 400);
      await leave(node, joined);
    } finally {
      await node.close();
    }
  });

  it('refuses configurations it cannot use, naming the problem', async () => {
    await assert.rejects(
      startDevNode({port: 0, config: {rooms: [{aliases: ['a'], guestPin: '1234'}]}}),
      /guestPin needs a hostPin/
    );
    await assert.rejects(startDevNode({port: 0, config: {rooms: [{aliases: ['a']}, {aliases: ['A']}]}}), /used twice/);
    await assert.rejects(
      startDevNode({port: 0, config: {rooms: [{aliases: ['a'], hostPin: '12'}]}}),
      /hostPin must be 4 to 10 digits/
    );
    await assert.rejects(
      startDevNode({port: 0, config: {receptions: [{aliases: ['r'], extensions: {'1': 'nowhere'}}]}}),
      /unknown room/
    );
    await assert.rejects(startDevNode({port: 0, config: '/no/such/file.json'}), /cannot read config file/);
    const node = await startTestNode();
    try {
      const invalid = await fetch(new URL('dev/rooms', node.url), {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({aliases: []}),
      });
      assert.equal(invalid.status, 400);
      assert.match(((await invalid.json()) as {result: string}).result, /room\.aliases must be a non-empty array/);
      const reception = await fetch(new URL('dev/rooms', node.url), {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({aliases: ['reception']}),
      });
      assert.equal(reception.status, 409);
      assert.equal((await fetch(new URL('dev/rooms/no.such.room', node.url), {method: 'DELETE'})).status, 404);
    } finally {
      await node.close();
    }
  });
  it('reads every request target as a path: `//` and `//host/x` get a 404, not a dropped connection', async () => {
    const node = await startTestNode({rooms: [{aliases: ['paths']}]});
    const statusOf = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const {hostname, port} = new URL(node.url);
        request({hostname, port, path, method: 'GET'}, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    try {
      assert.equal(await statusOf('//'), 404);
      assert.equal(await statusOf('//evil.example/api/client/v2/conferences/paths/conference_status'), 404);
    } finally {
      await node.close();
    }
  });
});
