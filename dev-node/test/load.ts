/**
 * Bounded load test on loopback: N signalling-only participants (each with its own event
 * stream) join one room, then chat. The node runs in its own process (its CLI), the clients in
 * this one. Reports the time until every participant sees everyone, the rate at which events
 * were delivered, and the node's memory.
 * Run directly: node --import tsx dev-node/test/load.ts [participants] [messages] → one JSON line.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DevNode} from '../src/index.js';
import {runCli} from './cli-process.js';
import {conf, eventsUrl, join, type Joined, request, SseClient, waitFor} from './helpers.js';

export interface LoadReport {
  readonly participants: number;
  /** From the first request_token until every stream has seen every participant. */
  readonly joinAllMs: number;
  /** Events written by the node during the join phase (syncs and participant_create). */
  readonly joinEvents: number;
  readonly messages: number;
  /** Deliveries of the chat phase: messages × (participants − 1). */
  readonly chatEvents: number;
  readonly chatMs: number;
  readonly eventsPerSecond: number;
  /** Until the last participant's event stream opened (joins are made one after another). */
  readonly joinRequestsMs: number;
  /** The node process, after everyone joined. */
  readonly nodeRssMB: number;
  readonly nodeHeapUsedMB: number;
  /** CPU time the node process spent from its start until everyone had seen everyone. */
  readonly nodeCpuMs: number;
}

const ALIAS = 'load.room';
// Tokens outlive the run: a thousand joins one after another take longer than the default two minutes, and these clients do not refresh.
const CONFIG = {
  rooms: [{aliases: [ALIAS]}],
  limits: {requestsPerSecond: 1_000_000, burst: 1_000_000, tokenExpiresSeconds: 3600},
};

/** The dev node's CLI in a child process, so its CPU and memory are its own. */
async function startNodeProcess(): Promise<DevNode> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dev-node-load-'));
  const config = path.join(dir, 'rooms.json');
  await writeFile(config, JSON.stringify(CONFIG));
  const cli = await runCli(['--dev-api', '--config', config]);
  return {
    url: cli.url,
    port: Number(new URL(cli.url).port),
    close: async () => {
      await cli.stop('SIGTERM');
      await rm(dir, {recursive: true, force: true});
    },
  };
}

export async function loadTest(participants = 200, messages = 20, timeoutMs = 120_000): Promise<LoadReport> {
  const node = await startNodeProcess();
  const members: (Joined & {events: SseClient})[] = [];
  try {
    const joinStarted = Date.now();
    for (let i = 0; i < participants; i++) {
      const joined = await join(node, ALIAS, `Load ${i}`);
      members.push({...joined, events: await SseClient.open(eventsUrl(node, ALIAS, joined.token), {}, {retain: false})});
    }
    const joinRequestsMs = Date.now() - joinStarted;
    const everyoneSeen = (member: {events: SseClient}) => member.events.count('participant_create') >= participants;
    await waitFor(() => members.every(everyoneSeen), 'every participant to see everyone', timeoutMs, 20);
    const joinAllMs = Date.now() - joinStarted;
    const joinEvents = members.reduce((sum, member) => sum + member.events.total(), 0);
    const {memory} = (await request(node, '/dev/state?room=load.room')).body as {
      memory: {rss_mb: number; heap_used_mb: number; cpu_ms: number};
    };

    const [sender] = members;
    const chatStarted = Date.now();
    for (let i = 0; i < messages; i++) {
      await conf(node, ALIAS, 'message', {token: sender!.token, json: {type: 'text/plain', payload: `load message ${i}`}});
    }
    const received = (member: {events: SseClient}) => member.events.count('message_received') >= messages;
    await waitFor(() => members.slice(1).every(received), 'every chat message to reach everyone', timeoutMs, 20);
    const chatMs = Date.now() - chatStarted;
    const chatEvents = messages * (participants - 1);
    return {
      participants,
      joinAllMs,
      joinRequestsMs,
      joinEvents,
      messages,
      chatEvents,
      chatMs,
      eventsPerSecond: Math.round(((joinEvents + chatEvents) * 1000) / (joinAllMs + chatMs)),
      nodeRssMB: memory.rss_mb,
      nodeHeapUsedMB: memory.heap_used_mb,
      nodeCpuMs: memory.cpu_ms,
    };
  } finally {
    for (const member of members) member.events.close();
    await node.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await loadTest(Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 20));
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
