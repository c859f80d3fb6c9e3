// Composing engine benchmark (the dev node's `--media compose`): real Chromium participants
// (bench/bare-page.ts) as in the media relay benchmark.
//  1. Three participants in a "4:0" room: the frame rate each receives, dropped frames and loss.
//  2. The largest room held at the frame rate with composition (the relay benchmark's ladder on
//     a composing node, with its camera and call bandwidth), with the node's CPU per participant
//     and its memory.
//  3. Join → first remote frame on a composing node against a forwarding one, in one run: a
//     third participant joins a room of two, several times on each, alternating.
//
//   import {runComposeBench} from './bench/media-compose.bench.mjs'
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {addPeer, engineArgs, runMediaBench} from './media.bench.mjs';
import {buildBenchSite, round, startBenchNode, summarize} from './support.mjs';

const ROOM = 'bench.media';

/** Join → first decoded remote frame for a third participant, `runs` times per engine, alternating. */
async function joinToFirstFrame(options) {
  const site = await buildBenchSite(ROOM);
  const server = await chromium.launchServer({executablePath: chromiumPath, headless: true, args: chromiumArgs});
  const browser = {server, pid: server.process().pid, connection: await chromium.connect(server.wsEndpoint())};
  const engines = ['forward', 'compose'];
  const rooms = {};
  const times = {forward: [], compose: []};
  try {
    for (const engine of engines) {
      const node = await startBenchNode([{aliases: [ROOM], name: 'Join benchmark'}], site.dir, engineArgs(engine));
      const present = [];
      for (let index = 0; index < 2; index++) present.push(await addPeer([browser], node, index, options));
      rooms[engine] = {node, present};
    }
    for (let run = 0; run < options.runs; run++) {
      for (const engine of run % 2 === 0 ? engines : [...engines].reverse()) {
        const {node} = rooms[engine];
        const started = performance.now();
        const peer = await addPeer([browser], node, 2 + run, options);
        times[engine].push(performance.now() - started);
        await peer.page.evaluate(() => window.bareBench.leave()).catch(() => undefined);
        await peer.context.close();
      }
    }
  } finally {
    for (const {node, present} of Object.values(rooms)) {
      for (const peer of present) await peer.page.evaluate(() => window.bareBench.leave()).catch(() => undefined);
      await node.stop();
    }
    await server.close();
    site.remove();
  }
  const forward = summarize(times.forward);
  const compose = summarize(times.compose);
  return {forwardMs: forward, composeMs: compose, ratio: round(compose.median / forward.median, 2)};
}

/**
 * `bandwidth` is the call's in the three-person 4:0 room (576 kbps: a 640×360 picture, so that
 * each quarter is a camera's 320×180); the ladder and the join run at `ladderBandwidth`, the
 * relay benchmark's (256 kbps: a 480×270 picture).
 *
 * @param {{width?: number, height?: number, fps?: number, bandwidth?: number, ladderBandwidth?: number,
 *   settleSeconds?: number, measureSeconds?: number, max?: number, joinRuns?: number, browsers?: number,
 *   audio?: boolean}} options
 */
export async function runComposeBench(options = {}) {
  const config = {
    width: 320,
    height: 180,
    fps: 15,
    bandwidth: 576,
    ladderBandwidth: 256,
    settleSeconds: 5,
    measureSeconds: 10,
    max: 12,
    joinRuns: 3,
    ...options,
  };
  const media = {
    width: config.width,
    height: config.height,
    fps: config.fps,
    bandwidth: config.bandwidth,
    settleSeconds: config.settleSeconds,
    measureSeconds: config.measureSeconds,
    browsers: config.browsers ?? 1,
    audio: config.audio ?? true,
    engine: 'compose',
  };
  // Each part on its own: one that fails (a page that does not load on a starved machine) is
  // reported, and the others still run.
  const attempt = async (run) => {
    try {
      return await run();
    } catch (error) {
      return {error: error instanceof Error ? error.message.split('\n')[0] : String(error)};
    }
  };
  const threeIn4x0 = await attempt(
    async () => (await runMediaBench({...media, start: 3, step: 1, max: 3, layout: '4:0'})).steps[0]
  );
  const ladderMedia = {...media, bandwidth: config.ladderBandwidth};
  const ladder = await attempt(() => runMediaBench({...ladderMedia, start: 2, step: 2, max: config.max}));
  const join = await attempt(() => joinToFirstFrame({...ladderMedia, runs: config.joinRuns}));
  return {
    bench: 'compose',
    config,
    threeIn4x0,
    maxPeersHeld: ladder.maxPeersHeld ?? 0,
    stoppedBecause: ladder.stoppedBecause ?? ladder.error,
    steps: ladder.steps ?? [],
    joinToFirstFrame: join,
    note: 'The browsers run on the same machine as the node and compete with it for the cores.',
  };
}
