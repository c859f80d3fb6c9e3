/**
 * Soak: join, call (a werift client that really connects), hang up and leave, many times, then
 * compare open handles and the heap after GC with the state after a warm-up.
 * Run directly: node --expose-gc --import tsx dev-node/test/soak.ts [cycles] → one JSON line.
 */
import {fileURLToPath} from 'node:url';
import {type DevNode, startDevNode} from '../src/index.js';
import {conf, eventsUrl, join, SseClient, waitFor} from './helpers.js';
import {OfferingPeer} from './werift-client.js';

export interface SoakReport {
  readonly cycles: number;
  readonly ms: number;
  readonly handlesBefore: Record<string, number>;
  readonly handlesAfter: Record<string, number>;
  readonly heapBeforeMB: number;
  readonly heapAfterMB: number;
}

const ALIAS = 'soak.room';
const WARM_UP = 10;

async function cycle(node: DevNode, index: number): Promise<void> {
  const joined = await join(node, ALIAS, `Cycler ${index}`);
  const events = await SseClient.open(eventsUrl(node, ALIAS, joined.token));
  const peer = new OfferingPeer();
  try {
    const calls = `participants/${joined.uuid}/calls`;
    const answer = (await conf(node, ALIAS, calls, {token: joined.token, json: {call_type: 'WEBRTC', sdp: await peer.offer()}}))
      .body as {
      result: {call_uuid: string; sdp: string};
    };
    await peer.pc.setRemoteDescription({type: 'answer', sdp: answer.result.sdp});
    await conf(node, ALIAS, `${calls}/${answer.result.call_uuid}/ack`, {token: joined.token, json: {}});
    await waitFor(() => peer.pc.connectionState === 'connected', 'the soak call to connect', 10_000, 20);
    await conf(node, ALIAS, `${calls}/${answer.result.call_uuid}/disconnect`, {token: joined.token});
  } finally {
    events.close();
    await peer.close();
    await conf(node, ALIAS, 'release_token', {token: joined.token, json: {}});
  }
}

function handles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

async function settle(): Promise<void> {
  // Let closing sockets and timers finish, then collect garbage.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const megabytes = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function soak(cycles: number): Promise<SoakReport> {
  if (!globalThis.gc) throw new Error('run with --expose-gc');
  const node = await startDevNode({
    port: 0,
    config: {rooms: [{aliases: [ALIAS]}], limits: {requestsPerSecond: 10_000, burst: 10_000}},
  });
  try {
    for (let i = 0; i < WARM_UP; i++) await cycle(node, i);
    await settle();
    const handlesBefore = handles();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    for (let i = 0; i < cycles; i++) await cycle(node, i);
    const ms = Date.now() - started;
    await settle();
    return {
      cycles,
      ms,
      handlesBefore,
      handlesAfter: handles(),
      heapBeforeMB: megabytes(heapBefore),
      heapAfterMB: megabytes(process.memoryUsage().heapUsed),
    };
  } finally {
    await node.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await soak(Number(process.argv[2] ?? 200));
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
