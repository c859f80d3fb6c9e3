import assert from 'node:assert/strict';
import http, {type ClientRequest} from 'node:http';
import {type DevNode, startDevNode} from '../src/index.js';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

/** A dev node on an ephemeral port, its dev API on, with the test fixtures served under /fixtures/. */
export function startTestNode(config?: object): Promise<DevNode> {
  return startDevNode({port: 0, devApi: true, staticRoots: {'/fixtures/': FIXTURES}, ...(config ? {config} : {})});
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed JSON body (undefined when the body is not JSON). */
  readonly body: unknown;
}

export interface RequestOptions {
  readonly method?: string;
  readonly token?: string;
  readonly pin?: string;
  /** Sent as JSON. */
  readonly json?: unknown;
  /** Sent as is (for malformed bodies). */
  readonly raw?: string | Buffer;
  readonly headers?: Record<string, string>;
}

export async function request(node: DevNode, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = {...options.headers};
  if (options.token !== undefined) headers.token = options.token;
  if (options.pin !== undefined) headers.pin = options.pin;
  let body: string | Buffer | undefined = options.raw;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(new URL(path.replace(/^\//, ''), node.url), {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    ...(body === undefined ? {} : {body}),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return {status: response.status, headers: response.headers, text, body: parsed};
}

/** POST to a conference endpoint. */
export function conf(node: DevNode, alias: string, endpoint: string, options: RequestOptions = {}): Promise<ApiResponse> {
  return request(node, `/api/client/v2/conferences/${encodeURIComponent(alias)}/${endpoint}`, {method: 'POST', ...options});
}

/** Asserts a Pexip JSON response: status code, exact content type, and the validator when given. */
export function expectJson(
  response: ApiResponse,
  status: number,
  validator?: ((data: unknown) => boolean) & {errors?: unknown}
): {status: string; result: unknown} {
  assert.equal(response.status, status, `HTTP ${response.status}: ${response.text}`);
  assert.equal(response.headers.get('content-type'), 'application/json');
  if (validator)
    assert.ok(
      validator(structuredClone(response.body)),
      `validator rejected ${response.text}: ${JSON.stringify(validator.errors)}`
    );
  return response.body as {status: string; result: unknown};
}

export interface Joined {
  readonly alias: string;
  readonly token: string;
  readonly uuid: string;
  readonly result: Record<string, unknown>;
}

export async function join(
  node: DevNode,
  alias: string,
  name: string,
  options: {pin?: string; extension?: string} = {}
): Promise<Joined> {
  const response = await conf(node, alias, 'request_token', {
    json: {display_name: name, ...(options.extension ? {conference_extension: options.extension} : {})},
    ...(options.pin === undefined ? {} : {pin: options.pin}),
  });
  const body = expectJson(response, 200);
  const result = body.result as Record<string, unknown>;
  return {alias, token: String(result.token), uuid: String(result.participant_uuid), result};
}

export interface SseEvent {
  readonly event: string;
  readonly data: unknown;
}

/** A minimal server-sent-events reader (Node 20 has no EventSource). */
export class SseClient {
  readonly events: SseEvent[] = [];
  private readonly counts = new Map<string, number>();
  private buffer = '';
  status = 0;
  /** The server ended the stream. */
  ended = false;
  contentType: string | undefined;
  accessControlAllowOrigin: string | undefined;

  private constructor(
    private readonly request: ClientRequest,
    private readonly retain: boolean
  ) {}

  /** `retain: false` only counts events by name (the load test's thousands of streams). */
  static open(url: string, headers: Record<string, string> = {}, {retain = true} = {}): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const request = http.get(url, {headers, agent: false}, (response) => {
        client.status = response.statusCode ?? 0;
        client.contentType = response.headers['content-type'];
        client.accessControlAllowOrigin = response.headers['access-control-allow-origin'];
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => client.receive(chunk));
        response.on('error', () => undefined);
        response.on('end', () => (client.ended = true));
        resolve(client);
      });
      const client = new SseClient(request, retain);
      request.on('error', reject);
    });
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event === undefined || data === undefined) continue;
      if (this.retain) this.events.push({event, data: JSON.parse(data)});
      this.counts.set(event, (this.counts.get(event) ?? 0) + 1);
    }
  }

  named(event: string): SseEvent[] {
    return this.events.filter((entry) => entry.event === event);
  }

  count(event: string): number {
    return this.counts.get(event) ?? 0;
  }

  /** Every event received, of any name. */
  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  /** Waits for an event of that name whose data matches (default: any), returning its data. */
  next<T = Record<string, unknown>>(event: string, matches: (data: T) => boolean = () => true, after = 0): Promise<T> {
    return waitFor(
      () => this.events.slice(after).find((entry) => entry.event === event && matches(entry.data as T))?.data as T | undefined,
      `event ${event}`
    );
  }

  close(): void {
    this.request.destroy();
  }
}

export function eventsUrl(node: DevNode, alias: string, token: string): string {
  return new URL(`api/client/v2/conferences/${encodeURIComponent(alias)}/events?token=${token}`, node.url).toString();
}

/** Polls until `check` returns a truthy value (or the timeout passes, which fails the test). */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  message: string,
  timeoutMs = 20_000,
  intervalMs = 100
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Timed out waiting for ${message} (last value: ${JSON.stringify(last)})`);
}

let roomCounter = 0;

/** Creates a room with a unique alias through POST /dev/rooms and returns the alias. */
export async function createRoom(node: DevNode, room: Record<string, unknown> = {}): Promise<string> {
  const alias = `test.room${++roomCounter}.${process.pid}`;
  const response = await request(node, '/dev/rooms', {json: {aliases: [alias], name: `Test room ${roomCounter}`, ...room}});
  assert.equal(response.status, 201, response.text);
  return alias;
}

export interface DevStateParticipant {
  uuid: string;
  display_name: string;
  role: string;
  service_type: string;
  kind: string;
  flags: Record<string, unknown>;
  dtmf: string;
  event_streams: number;
  call: null | {
    uuid: string;
    connection_state: string;
    stalled: boolean;
    packets: {received: Record<string, number>; forwarded: Record<string, number>};
    /** Per kind (audio, video, slides): whose media is sent now (a uuid or "placeholder"), and what a switch waits for. */
    forwarding: Record<string, string | null>;
    switching_to: Record<string, string | null>;
    switches: Record<string, number>;
    keyframe_requests: Record<string, number>;
  };
}

export async function roomState(
  node: DevNode,
  alias: string
): Promise<{participants: DevStateParticipant[]; [key: string]: unknown}> {
  const response = await request(node, `/dev/state?room=${encodeURIComponent(alias)}`);
  assert.equal(response.status, 200, response.text);
  return (response.body as {rooms: {participants: DevStateParticipant[]}[]}).rooms[0]!;
}

/** Joins and opens the participant's event stream. */
export async function joinWithEvents(
  node: DevNode,
  alias: string,
  name: string,
  options: {pin?: string; extension?: string} = {}
): Promise<Joined & {events: SseClient}> {
  const joined = await join(node, alias, name, options);
  const events = await SseClient.open(eventsUrl(node, alias, joined.token));
  await events.next('conference_update');
  return {...joined, events};
}

/** POST to one's own (or another) participant endpoint. */
export function act(
  node: DevNode,
  who: Joined,
  endpoint: string,
  target: string = who.uuid,
  json?: unknown
): Promise<ApiResponse> {
  return conf(node, who.alias, `participants/${target}/${endpoint}`, {token: who.token, ...(json === undefined ? {} : {json})});
}

export async function leave(node: DevNode, ...who: (Joined & {events?: SseClient})[]): Promise<void> {
  for (const joined of who) {
    joined.events?.close();
    await conf(node, joined.alias, 'release_token', {token: joined.token, json: {}});
  }
}
