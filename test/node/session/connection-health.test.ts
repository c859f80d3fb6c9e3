// Connection health: the slow node, the lost event stream (onConnected ends it), media stalls
// (onReconnecting/onReconnected), and the probe that uses the latest token (onTokenRefreshed).
import assert from 'node:assert/strict';
import {afterEach, describe, mock, test} from 'node:test';
import {ConnectionHealth} from '../../../src/session/connection-health.js';
import type {SessionCore} from '../../../src/session/core.js';
import {fakeCore, settle} from './fake-core.js';
import {inCall} from './sdk-fixtures.js';

const options = {
  node: 'https://node.example.com',
  conference: 'meet.alice',
  displayName: 'Ann',
  bandwidth: 576,
  mode: 'audio-video',
} as const;

function withOptions(core: SessionCore): SessionCore {
  return {...core, options};
}

describe('ConnectionHealth', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    mock.timers.reset();
  });

  test('a lost event stream says reconnecting and asks the node, with the latest token, whether it knows the call', async () => {
    const {core} = fakeCore(inCall());
    const asked: {url: string; token: string | null}[] = [];
    globalThis.fetch = ((url: string, init?: RequestInit) => {
      asked.push({url, token: new Headers(init?.headers).get('token')});
      return Promise.resolve(new Response('{}', {status: asked.length === 1 ? 200 : 403}));
    }) as typeof fetch;
    let lost = 0;
    const health = new ConnectionHealth(withOptions(core), () => (lost += 1));
    health.token = 'first';
    health.token = 'refreshed'; // onTokenRefreshed
    health.setEventStreamLost(true);
    assert.equal(core.store.state.reconnecting, true);
    await settle();
    assert.deepEqual(asked, [
      {url: 'https://node.example.com/api/client/v2/conferences/meet.alice/conference_status', token: 'refreshed'},
    ]);
    assert.equal(lost, 0, 'the node still knows the call');
    await health.probe();
    assert.equal(lost, 1, 'a 403 while the stream is down: the session is lost');
    health.setEventStreamLost(false); // onConnected
    assert.equal(core.store.state.reconnecting, false);
    health.reset();
  });

  test('media stalls and recovers (onReconnecting, onReconnected)', () => {
    const {core} = fakeCore(inCall());
    const health = new ConnectionHealth(core, () => undefined);
    health.setMediaStalled(true);
    assert.equal(core.store.state.reconnecting, true);
    health.setMediaStalled(false);
    assert.equal(core.store.state.reconnecting, false);
  });

  test('a lost stream before the call is no news', () => {
    const {core} = fakeCore({...inCall(), phase: 'connecting'});
    new ConnectionHealth(core, () => undefined).setEventStreamLost(true);
    assert.equal(core.store.state.reconnecting, false);
  });

  test('a request unanswered for 1.5 s says the node is slow, until it is answered', async () => {
    mock.timers.enable({apis: ['setTimeout']});
    const {core} = fakeCore(inCall());
    const health = new ConnectionHealth(core, () => undefined);
    let answer!: (value: string) => void;
    const request = health.timed(new Promise<string>((resolve) => (answer = resolve)));
    mock.timers.tick(1499);
    assert.equal(core.store.state.nodeSlow, false);
    mock.timers.tick(1);
    assert.equal(core.store.state.nodeSlow, true);
    answer('done');
    assert.equal(await request, 'done');
    assert.equal(core.store.state.nodeSlow, false);
  });
});
