// What a hostile page or a curious colleague on the same network can do to the dev node (README
// "Security"): the dev API, tokens in URLs, lookups keyed by client input, and the caps.
import assert from 'node:assert/strict';
import http from 'node:http';
import {after, before, describe, it} from 'node:test';
import {MAX_TOKENS_PER_SESSION, REFRESH_GRACE_MS, TokenStore} from '../src/auth/tokens.js';
import {type DevNode, startDevNode} from '../src/index.js';
import {redactUrl} from '../src/log.js';
import {runCli} from './cli-process.js';
import {conf, eventsUrl, expectJson, join, leave, request, roomState, SseClient, startTestNode, waitFor} from './helpers.js';

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

/** A request with exactly these headers (fetch would not let a test set `Host`). */
function raw(
  node: DevNode,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path.replace(/^\//, ''), node.url), {method, headers, agent: false}, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, text}));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function corsHeadersOf(response: RawResponse): string[] {
  return Object.keys(response.headers).filter((name) => name.startsWith('access-control-'));
}

describe('the dev API (/dev/*)', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  it('does not exist unless the node is started with it', async () => {
    const plain = await startDevNode({port: 0});
    try {
      for (const path of ['/dev/state', '/dev/faults?room=meet.alice']) expectJson(await request(plain, path), 404);
      expectJson(await request(plain, '/dev/rooms', {json: {aliases: ['planted']}}), 404);
    } finally {
      await plain.close();
    }
  });

  it('answers local tools and pages of its own origin', async () => {
    const self = new URL(node.url).origin;
    assert.equal((await raw(node, 'GET', '/dev/state')).status, 200);
    assert.equal((await raw(node, 'GET', '/dev/state', {'sec-fetch-site': 'same-origin', origin: self})).status, 200);
    assert.equal((await raw(node, 'GET', '/dev/state', {'sec-fetch-site': 'none'})).status, 200);
  });

  it('refuses requests from other sites, even those needing no preflight', async () => {
    const refusals: [string, string, Record<string, string>, string?][] = [
      ['GET', '/dev/state', {'sec-fetch-site': 'cross-site', origin: 'https://evil.example'}],
      ['GET', '/dev/state', {'sec-fetch-site': 'same-site'}],
      ['GET', '/dev/state', {origin: 'https://evil.example'}],
      ['GET', '/dev/state', {origin: 'null'}],
      // A DNS-rebound name: same-origin to the browser, but not a name the node answers to.
      ['GET', '/dev/state', {host: 'evil.example:8080', 'sec-fetch-site': 'same-origin'}],
      ['POST', '/dev/rooms', {'content-type': 'text/plain', origin: 'https://evil.example'}, '{"aliases":["planted"]}'],
      ['POST', '/dev/rooms', {'content-type': 'text/plain'}, '{"aliases":["planted"]}'],
      ['DELETE', '/dev/rooms/meet.alice', {'sec-fetch-site': 'cross-site', origin: 'https://evil.example'}],
      // The router decodes segments: this is /dev/state too.
      ['GET', '/%64ev/state', {'sec-fetch-site': 'cross-site', origin: 'https://evil.example'}],
    ];
    for (const [method, path, headers, body] of refusals) {
      const response = await raw(node, method, path, headers, body);
      assert.equal(response.status, 403, `${method} ${path} ${JSON.stringify(headers)}: ${response.text.slice(0, 200)}`);
      assert.match(response.text, /dev API refuses/);
    }
    expectJson(await request(node, '/dev/state?room=planted'), 404);
    expectJson(await request(node, '/dev/state?room=meet.alice'), 200);
  });

  it('never sends CORS headers for it, preflight included', async () => {
    const origin = {origin: 'https://evil.example'};
    for (const response of [
      await raw(node, 'GET', '/dev/state'),
      await raw(node, 'GET', '/dev/state', origin),
      await raw(node, 'GET', '/%64ev/state'),
      await raw(node, 'OPTIONS', '/dev/rooms', {...origin, 'access-control-request-method': 'POST'}),
    ]) {
      assert.deepEqual(corsHeadersOf(response), []);
    }
    // The client API keeps its CORS headers.
    const api = await raw(node, 'GET', '/api/client/v2/conferences/meet.alice/conference_status', origin);
    assert.equal(api.headers['access-control-allow-origin'], 'https://evil.example');
  });

  it('warns when it is on and the node listens beyond loopback', async () => {
    const exposed = await runCli(['--dev-api', '--host', '0.0.0.0']);
    const local = await runCli(['--dev-api']);
    try {
      await waitFor(() => /--dev-api is on and the node listens on 0\.0\.0\.0/.test(exposed.stderr()), 'the warning');
      assert.doesNotMatch(local.stderr(), /--dev-api is on/);
    } finally {
      await exposed.stop('SIGTERM');
      await local.stop('SIGTERM');
    }
  });
});

describe('tokens in URLs', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  it('are accepted only where the SDK puts them: events, the release beacon', async () => {
    const joined = await join(node, 'meet.alice', 'Query');
    const base = '/api/client/v2/conferences/meet.alice';
    for (const spelling of ['token', '%74oken', 'to%6Ben']) {
      expectJson(await request(node, `${base}/conference_status?${spelling}=${joined.token}`), 403);
      expectJson(await request(node, `${base}/participants?${spelling}=${joined.token}`), 403);
      expectJson(await conf(node, 'meet.alice', `participants/${joined.uuid}/buzz?${spelling}=${joined.token}`), 403);
    }
    expectJson(await request(node, `${base}/conference_status`, {token: joined.token}), 200);
    const events = await SseClient.open(eventsUrl(node, 'meet.alice', joined.token));
    assert.equal(events.status, 200);
    events.close();
    expectJson(await conf(node, 'meet.alice', `release_token?token=${joined.token}`, {json: {}}), 200);
  });

  it('are redacted in the log however the name is spelt', () => {
    const cases: [string, string][] = [
      ['/x/events?token=abc', '/x/events?token=<redacted>'],
      ['/x/events?%74oken=abc&id=1', '/x/events?%74oken=<redacted>&id=1'],
      ['/x/events?id=1&TO%6Ben=abc', '/x/events?id=1&TO%6Ben=<redacted>'],
      ['/x/events?tok%65n=abc#frag', '/x/events?tok%65n=<redacted>#frag'],
      ['/x/request_token?pin=1234&%70in=5678', '/x/request_token?pin=<redacted>&%70in=<redacted>'],
      ['/x/events?tokens=ok&%zz=ok', '/x/events?tokens=ok&%zz=ok'],
    ];
    for (const [url, redacted] of cases) assert.equal(redactUrl(url), redacted, url);
  });

  it('never reach the --verbose log in clear', async () => {
    const cli = await runCli(['--verbose']);
    try {
      const secret = 'SECRETTOKENVALUE';
      for (const spelling of ['token', '%74oken', 'TOKEN', 'tok%65n'])
        await fetch(`${cli.url}api/client/v2/conferences/meet.alice/events?${spelling}=${secret}`);
      await waitFor(() => (cli.stderr().match(/events\?/g) ?? []).length >= 4, 'four request lines');
      assert.doesNotMatch(cli.stderr(), new RegExp(secret));
    } finally {
      await cli.stop('SIGTERM');
    }
  });
});

describe('lookups keyed by client input', () => {
  it('treat names of Object.prototype as unknown', async () => {
    const node = await startTestNode();
    try {
      for (const extension of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
        const response = await conf(node, 'reception', 'request_token', {
          json: {display_name: 'Proto', conference_extension: extension},
        });
        expectJson(response, 404);
      }
      for (const alias of ['__proto__', 'constructor', 'prototype']) {
        expectJson(await conf(node, alias, 'request_token', {json: {display_name: 'Proto'}}), 404);
      }
      assert.equal((await request(node, '/fixtures/x.__proto__')).status, 404);
    } finally {
      await node.close();
    }
  });
});

describe('caps', () => {
  let node: DevNode;
  before(async () => (node = await startTestNode()));
  after(() => node.close());

  it('a refresh retires the older tokens after a short grace', () => {
    const store = new TokenStore<object>(120_000);
    const session = {};
    const first = store.issue(session, 0);
    const second = store.refresh(session, 1000);
    assert.equal(store.lookup(first, 1000 + REFRESH_GRACE_MS - 1), session);
    assert.equal(store.lookup(first, 1000 + REFRESH_GRACE_MS), undefined);
    assert.equal(store.lookup(second, 60_000), session);
  });

  it('keeps a few tokens alive per participant, however fast it refreshes', async () => {
    const joined = await join(node, 'meet.alice', 'Refresher');
    const tokens = [joined.token];
    for (let i = 0; i < 10; i++) {
      const refreshed = expectJson(await conf(node, 'meet.alice', 'refresh_token', {token: tokens.at(-1)!}), 200);
      tokens.push((refreshed.result as {token: string}).token);
    }
    const alive: string[] = [];
    for (const token of tokens) {
      const status = (await request(node, '/api/client/v2/conferences/meet.alice/conference_status', {token})).status;
      if (status === 200) alive.push(token);
    }
    assert.deepEqual(alive, tokens.slice(-MAX_TOKENS_PER_SESSION));
    await leave(node, {...joined, token: tokens.at(-1)!});
  });

  it('keeps two event streams per token: one more ends the oldest', async () => {
    const joined = await join(node, 'meet.alice', 'Streamer');
    const streams: SseClient[] = [];
    for (let i = 0; i < 4; i++) streams.push(await SseClient.open(eventsUrl(node, 'meet.alice', joined.token)));
    await waitFor(() => streams[0]!.ended && streams[1]!.ended, 'the two oldest streams to end');
    assert.ok(!streams[2]!.ended && !streams[3]!.ended);
    const self = (await roomState(node, 'meet.alice')).participants.find((p) => p.uuid === joined.uuid)!;
    assert.equal(self.event_streams, 2);
    for (const stream of streams) stream.close();
    await leave(node, joined);
  });

  it('refuses display names that are only whitespace', async () => {
    for (const name of ['', ' ', '\t\n', '\u00a0\u2003']) {
      const response = await conf(node, 'meet.alice', 'request_token', {json: {display_name: name}});
      assert.equal(response.status, 400, `${JSON.stringify(name)}: ${response.text}`);
    }
  });

  it('caps the dial destination and the remote display name', async () => {
    const host = await join(node, 'meet.alice', 'Dialler');
    const dial = (json: Record<string, unknown>) =>
      conf(node, 'meet.alice', 'dial', {token: host.token, json: {role: 'GUEST', protocol: 'sip', ...json}});
    const long = `${'a'.repeat(300)}@example.com`;
    assert.match(expectJson(await dial({destination: long}), 400).result as string, /destination/);
    assert.match(
      expectJson(await dial({destination: 'bob@example.com', remote_display_name: 'B'.repeat(300)}), 400).result as string,
      /remote_display_name/
    );
    expectJson(await dial({destination: 'bob@example.com', remote_display_name: 'B'.repeat(256)}), 200);
    await leave(node, host);
  });
});
