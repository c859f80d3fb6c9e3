// Property-based fuzzing of the client API: every endpoint the SDK knows (read from its own dist,
// sdk-endpoints.ts) with bodies generated from its schemas and then mutated, tokens in headers and
// query strings, odd path parameters, stray query strings, headers and methods, and random paths.
// The node must never answer 500, never crash or hang, and every success must pass the SDK's
// validator for that endpoint and status. Bounded in runs and in time.
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import http from 'node:http';
import {after, before, describe, it} from 'node:test';
import fc from 'fast-check';
import type {DevNode} from '../src/index.js';
import {conf, expectJson, join, type Joined, startTestNode} from './helpers.js';
import {arbitraryFor, type SdkEndpoint, sdkEndpoints} from './sdk-endpoints.js';

const ROOM = 'fuzz.room';
const PINNED = 'fuzz.pins';
const RUNS = 120;
const TIME_LIMIT_MS = 5000;
const REQUEST_TIMEOUT_MS = 5000;
/** Endpoints after which the run's sessions may be gone, retired or someone else. */
const SESSION_CHANGING = /token|disconnect|role|transfer|lock|calls/i;

interface Sessions {
  readonly host: Joined;
  readonly guest: Joined;
}

type Body = {kind: 'json'; value: unknown} | {kind: 'raw'; value: string} | {kind: 'none'};

interface Probe {
  readonly endpoint: SdkEndpoint | undefined;
  readonly method: string;
  /** Chooses each path parameter from the pools, given the run's sessions. */
  readonly path: (sessions: Sessions) => string;
  readonly token: (sessions: Sessions) => {header?: string; query?: string};
  readonly query: string;
  readonly headers: Record<string, string>;
  readonly body: Body;
}

interface Answer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly text: string;
}

function send(node: DevNode, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const {hostname, port} = new URL(node.url);
  return new Promise((resolve, reject) => {
    // Content-Length always: Node sends a DELETE's body without one otherwise, as a second request.
    const length = {'content-length': String(body === undefined ? 0 : Buffer.byteLength(body))};
    const req = http.request({hostname, port, method, path, headers: {...headers, ...length}, agent: false}, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({status: res.statusCode ?? 0, contentType: res.headers['content-type'], text}));
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () =>
      req.destroy(new Error(`${method} ${path} got no answer in ${REQUEST_TIMEOUT_MS} ms`))
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Printable ASCII: what an HTTP client can put in a header. */
const headerText = fc.string({unit: 'grapheme-ascii', maxLength: 30});
const anyJson = fc.jsonValue({maxDepth: 2});
const tricky = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', '..', '%zz', 'x'.repeat(300));
const segmentText = fc.oneof(fc.string({maxLength: 20}).map(encodeURIComponent), tricky);

/** A path parameter: mostly one that names something real, sometimes junk. */
function parameter(name: string): fc.Arbitrary<(sessions: Sessions) => string> {
  const real: Record<string, ((s: Sessions) => string)[]> = {
    conferenceAlias: [() => ROOM, () => ROOM.toUpperCase(), () => PINNED, () => 'fuzz.reception'],
    participantUuid: [(s) => s.host.uuid, (s) => s.guest.uuid],
  };
  const known = real[name] ?? [];
  const junk = fc.oneof(segmentText, fc.uuid()).map((value) => () => value);
  return known.length > 0 ? fc.oneof({weight: 4, arbitrary: fc.constantFrom(...known)}, {weight: 1, arbitrary: junk}) : junk;
}

/** A body the SDK's schema allows, then maybe mutated: a field changed or dropped, or not JSON at all. */
function body(endpoint: SdkEndpoint | undefined): fc.Arbitrary<Body> {
  const valid = endpoint?.bodySchema ? arbitraryFor(endpoint.bodySchema) : fc.constant({});
  const mutated = fc.tuple(valid, fc.string({maxLength: 12}), anyJson, fc.boolean()).map(([value, key, replacement, drop]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return replacement;
    const keys = Object.keys(value);
    const target = keys.length > 0 && key.length % 2 === 0 ? keys[key.length % keys.length]! : key;
    const copy: Record<string, unknown> = Object.fromEntries(Object.entries(value).filter(([name]) => !drop || name !== target));
    if (!drop) copy[target] = replacement;
    return copy;
  });
  return fc.oneof(
    {weight: 4, arbitrary: valid.map((value): Body => ({kind: 'json', value}))},
    {weight: 3, arbitrary: mutated.map((value): Body => ({kind: 'json', value}))},
    {weight: 1, arbitrary: anyJson.map((value): Body => ({kind: 'json', value}))},
    {weight: 1, arbitrary: fc.string({maxLength: 40}).map((value): Body => ({kind: 'raw', value}))},
    {weight: 1, arbitrary: fc.constant<Body>({kind: 'none'})}
  );
}

const tokenPlacement = fc.constantFrom<Probe['token']>(
  (s) => ({header: s.host.token}),
  (s) => ({header: s.host.token}),
  (s) => ({header: s.guest.token}),
  (s) => ({query: `token=${s.host.token}`}),
  (s) => ({query: `%74oken=${s.guest.token}`}),
  () => ({header: 'not-a-token'}),
  () => ({})
);

const query = fc
  .array(fc.tuple(fc.oneof(fc.string({maxLength: 8}), tricky), fc.string({maxLength: 8})), {maxLength: 3})
  .map((pairs) => pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&'));

const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded'
    ),
    pin: fc.oneof(fc.constantFrom('1234', 'none', '1234#', ' '), headerText),
    origin: fc.constantFrom('https://evil.example', 'null'),
    'sec-fetch-site': fc.constantFrom('cross-site', 'same-origin'),
  },
  {requiredKeys: []}
);

/** Counterexamples print as the request's outline; the failure message has the request itself. */
function printable(probe: Probe): Probe {
  const outline = `${probe.endpoint?.name ?? 'stray'} ${probe.method} ?${probe.query} ${JSON.stringify(probe.headers)} ${JSON.stringify(probe.body)}`;
  return Object.assign(probe, {[fc.toStringMethod]: () => outline});
}

function probeFor(endpoint: SdkEndpoint): fc.Arbitrary<Probe> {
  const params = endpoint.segments.map((segment) =>
    segment.startsWith(':') ? parameter(segment.slice(1)) : fc.constant(() => segment)
  );
  return fc
    .record({
      endpoint: fc.constant(endpoint),
      method: fc.oneof(
        {weight: 9, arbitrary: fc.constant(endpoint.method)},
        fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'HEAD')
      ),
      path: fc
        .tuple(...params)
        .map(
          (parts) => (s: Sessions) =>
            `/${parts.map((part, i) => (endpoint.segments[i]!.startsWith(':') ? encodeURIComponent(part(s)) : part(s))).join('/')}`
        ),
      token: tokenPlacement,
      query: fc.oneof(fc.constant(endpoint.query.join('&')), query),
      headers,
      body: body(endpoint),
    })
    .map(printable);
}

/** A path the SDK never calls: random segments under the API, the dev API or anywhere. */
const strayProbe: fc.Arbitrary<Probe> = fc
  .record({
    endpoint: fc.constant(undefined),
    method: fc.constantFrom('GET', 'POST', 'DELETE', 'OPTIONS', 'HEAD'),
    path: fc
      .tuple(
        fc.constantFrom('/api/client/v2/conferences/fuzz.room/', '/api/client/v2/', '/dev/', '/fixtures/', '/'),
        fc.array(segmentText, {maxLength: 4})
      )
      .map(
        ([prefix, segments]) =>
          () =>
            `${prefix}${segments.join('/')}`
      ),
    token: tokenPlacement,
    query,
    headers,
    body: body(undefined),
  })
  .map(printable);

async function run(node: DevNode, probe: Probe, sessions: Sessions): Promise<void> {
  const token = probe.token(sessions);
  const search = [probe.query, token.query].filter(Boolean).join('&');
  const path = `${probe.path(sessions)}${search ? `?${search}` : ''}`;
  const requestHeaders: Record<string, string> = {...probe.headers, ...(token.header ? {token: token.header} : {})};
  const payload =
    probe.body.kind === 'json' ? JSON.stringify(probe.body.value) : probe.body.kind === 'raw' ? probe.body.value : undefined;
  const answer = await send(
    node,
    probe.method,
    path,
    requestHeaders,
    probe.method === 'GET' || probe.method === 'HEAD' ? undefined : payload
  );
  const what = `${probe.method} ${path} ${JSON.stringify(requestHeaders)} ${payload ?? ''} → ${answer.status} ${answer.text.slice(0, 300)}`;
  assert.ok(answer.status < 500, what);
  if (probe.method === 'HEAD' || answer.status === 204 || !path.startsWith('/api/')) return;
  assert.equal(answer.contentType, 'application/json', what);
  const isSuccess = answer.status >= 200 && answer.status < 300;
  const validator = isSuccess && probe.endpoint?.method === probe.method ? probe.endpoint.answers.get(answer.status) : undefined;
  if (validator) assert.ok(validator(JSON.parse(answer.text)), `the SDK rejects ${what}: ${JSON.stringify(validator.errors)}`);
}

function report<T>(t: {diagnostic(message: string): void}, result: fc.RunDetails<T>): void {
  t.diagnostic(`${result.numRuns} runs (seed ${result.seed})`);
  if (result.failed) {
    const error = result.errorInstance;
    assert.fail(`${fc.defaultReportMessage(result)}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

const checkOptions = {
  numRuns: RUNS,
  interruptAfterTimeLimit: TIME_LIMIT_MS,
  markInterruptAsFailure: false,
  ...(process.env.FUZZ_SEED ? {seed: Number(process.env.FUZZ_SEED)} : {}),
};

describe('fuzzing the client API with the SDK’s own schemas', () => {
  let node: DevNode;
  let endpoints: SdkEndpoint[];
  before(async () => {
    endpoints = await sdkEndpoints();
    node = await startTestNode({
      rooms: [{aliases: [ROOM]}, {aliases: [PINNED], hostPin: '1234'}],
      receptions: [{aliases: ['fuzz.reception'], extensions: {'1': ROOM}}],
      limits: {requestsPerSecond: 100_000, burst: 100_000},
    });
  });
  after(() => node.close());

  it('reads every endpoint of the SDK, with the schema of every body', () => {
    assert.ok(endpoints.length >= 50, `${endpoints.length} endpoints`);
    const withBody = endpoints.filter((endpoint) => endpoint.bodyValidator);
    assert.ok(withBody.length >= 20 && withBody.every((endpoint) => endpoint.bodySchema));
  });

  it('request_token, open to anyone without a token: every alias kind, bodies from the schema', async (t) => {
    const requestToken = endpoints.find((endpoint) => endpoint.name === 'requestToken')!;
    const probe = fc.record({
      alias: fc.constantFrom(ROOM, PINNED, 'fuzz.reception', '__proto__'),
      pin: fc.option(fc.constantFrom('1234', 'none', ' ', '__proto__'), {nil: undefined}),
      body: arbitraryFor(requestToken.bodySchema!),
    });
    const result = await fc.check(
      fc.asyncProperty(probe, async ({alias, pin, body}) => {
        const headers = {'content-type': 'application/json', ...(pin === undefined ? {} : {pin})};
        const path = `/api/client/v2/conferences/${encodeURIComponent(alias)}/request_token`;
        const answer = await send(node, 'POST', path, headers, JSON.stringify(body));
        const what = `POST ${path} ${JSON.stringify(headers)} ${JSON.stringify(body)} → ${answer.status} ${answer.text}`;
        assert.ok(answer.status < 500, what);
        if (answer.status !== 200) return;
        assert.ok(requestToken.answers.get(200)?.(JSON.parse(answer.text)), `the SDK rejects ${what}`);
        const {token} = (JSON.parse(answer.text) as {result: {token: string}}).result;
        await send(
          node,
          'POST',
          path.replace(/request_token$/, 'release_token'),
          {token, 'content-type': 'application/json'},
          '{}'
        );
      }),
      checkOptions
    );
    report(t, result);
  });

  it('never answers 500, never hangs, and every success passes the SDK’s validator', async (t) => {
    const probe = fc.oneof({weight: 6, arbitrary: fc.oneof(...endpoints.map(probeFor))}, {weight: 1, arbitrary: strayProbe});
    let sessions: Sessions | undefined;
    const result = await fc.check(
      fc.asyncProperty(probe, async (chosen) => {
        sessions ??= {
          host: await join(node, ROOM, 'Fuzz host'),
          guest: await join(node, PINNED, 'Fuzz guest', {pin: 'none'}),
        };
        try {
          await run(node, chosen, sessions);
        } finally {
          // Fresh sessions after anything that may end or change them (and after a failure).
          if (!chosen.endpoint || SESSION_CHANGING.test(chosen.endpoint.name)) {
            for (const joined of [sessions.host, sessions.guest])
              await conf(node, joined.alias, 'release_token', {token: joined.token, json: {}});
            sessions = undefined;
          }
        }
      }),
      checkOptions
    );
    report(t, result);
    // Still serving after all of it.
    expectJson(await conf(node, ROOM, 'request_token', {json: {display_name: randomUUID()}}), 200);
  });
});
