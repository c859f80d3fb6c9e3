// Media relay benchmark: real Chromium participants (bench/bare-page.ts with the fake camera at
// a low resolution) join one room on a dev node in its own process, a few more at each step,
// until the video they receive falls below a frame rate or shows loss. Reports the largest
// number that held, and per step the frame rates, loss, and the CPU and memory of the node and
// of the browsers. On a small machine the browsers (each encoding and decoding video) compete
// with the node for the same cores, so the number is a floor for the node, not its limit.
//
//   import {runMediaBench} from './bench/media.bench.mjs'
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
import {buildBenchSite, round, sleep, startBenchNode, treeCpuSeconds, treeMemoryMB, waitUntil} from './support.mjs';

const ROOM = 'bench.media';

/** Dev node flags for a media engine: forward (the default) or compose. */
export const engineArgs = (engine = 'forward') => (engine === 'forward' ? [] : ['--media', engine]);

/** The composing engine's own figures from /dev/state: time per composing tick, mixer, encoders. */
function composerFigures(media) {
  const outputs = media.encoder.outputs;
  return {
    layout: media.layout,
    composeMsPerTick: media.encoder.compose_ms,
    mixMsPerFrame: media.mixer.mix_ms,
    lateTicks: media.encoder.late_ticks,
    mixerUnderruns: media.mixer.underruns,
    pictureSizes: [...new Set(outputs.map((output) => `${output.width}x${output.height}`))],
    encodedWidths: [...new Set(outputs.map((output) => output.encoded_width))],
    sentKbps: outputs.map((output) => output.sent_kbps),
    qualityLimitations: [...new Set(outputs.map((output) => output.quality_limitation))],
  };
}

/** Sets the room's layout as a host does (`transform_layout`), through a control-only participant. */
export async function setLayout(node, layout) {
  const api = `${node.url}/api/client/v2/conferences/${ROOM}/`;
  const post = (path, body, token) =>
    fetch(api + path, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', ...(token ? {token} : {})},
      body: JSON.stringify(body),
    });
  const {result} = await (await post('request_token', {display_name: 'Bench host'})).json();
  await post('transform_layout', {transforms: {layout}}, result.token);
  await post('release_token', {}, result.token);
}

/** Numbers summed over all peers, taken at one moment. */
async function snapshot(peers, node, browsers) {
  const stats = await Promise.all(peers.map((peer) => peer.page.evaluate(() => window.bareBench.videoStats())));
  return {
    at: performance.now(),
    stats,
    relay: relayCounts(await node.room(ROOM)),
    nodeCpu: treeCpuSeconds(node.pid),
    browserCpu: browsers.reduce((sum, browser) => sum + treeCpuSeconds(browser.pid), 0),
  };
}

/** The node's own counts (GET /dev/state), summed over the room's calls: video switches and the key frames it asked browsers for. */
function relayCounts(state) {
  const calls = state.rooms[0]?.participants.map((participant) => participant.call).filter(Boolean) ?? [];
  const sum = (pick) => calls.reduce((total, call) => total + (pick(call) ?? 0), 0);
  return {videoSwitches: sum((call) => call.switches?.video), keyframeRequests: sum((call) => call.keyframe_requests?.video)};
}

function compare(before, after, options) {
  const seconds = (after.at - before.at) / 1000;
  const perPeer = after.stats.map((now, index) => {
    const then = before.stats[index] ?? now;
    const received = now.packetsReceived - then.packetsReceived;
    const lost = now.packetsLost - then.packetsLost;
    const decoded = now.framesDecoded - then.framesDecoded;
    return {
      receivedFps: decoded / seconds,
      sentFps: (now.framesEncoded - then.framesEncoded) / seconds,
      dropped: now.framesDropped - then.framesDropped,
      freezeSeconds: now.totalFreezesDuration - then.totalFreezesDuration,
      decoded,
      lost,
      received,
      freezes: now.freezeCount - then.freezeCount,
      keyFrames: now.keyFramesDecoded - then.keyFramesDecoded,
      nacks: now.nackCount - then.nackCount,
      plis: now.pliCount - then.pliCount,
      width: now.frameWidth,
      limitation: now.qualityLimitation,
    };
  });
  const sum = (pick) => perPeer.reduce((total, peer) => total + pick(peer), 0);
  const minReceivedFps = Math.min(...perPeer.map((peer) => peer.receivedFps));
  const lossRatio =
    sum((peer) => Math.max(0, peer.lost)) /
    Math.max(
      1,
      sum((peer) => peer.received + Math.max(0, peer.lost))
    );
  const dropRatio =
    sum((peer) => peer.dropped) /
    Math.max(
      1,
      sum((peer) => peer.decoded + peer.dropped)
    );
  const minFps = options.fps * options.minFpsRatio;
  const held = minReceivedFps >= minFps && lossRatio <= options.maxLossRatio && dropRatio <= options.maxLossRatio;
  const minSentFps = Math.min(...perPeer.map((peer) => peer.sentFps));
  return {
    peers: perPeer.length,
    held,
    minReceivedFps: round(minReceivedFps),
    medianReceivedFps: round([...perPeer.map((peer) => peer.receivedFps)].sort((a, b) => a - b)[Math.floor(perPeer.length / 2)]),
    minSentFps: round(minSentFps),
    // False when a browser could not even capture and encode at the threshold: then the
    // machine's CPU, not the relay, is what stopped the step.
    sendersKeptUp: minSentFps >= minFps,
    lossPercent: round(lossRatio * 100, 2),
    droppedFramesPercent: round(dropRatio * 100, 2),
    // The longest time one peer's video stood frozen in the window (Chrome's freeze detection).
    maxFrozenSeconds: round(Math.max(...perPeer.map((peer) => peer.freezeSeconds)), 2),
    // Why senders lowered their quality, if they did ('cpu' means the browsers ran out of CPU).
    qualityLimitations: [...new Set(perPeer.map((peer) => peer.limitation).filter((reason) => reason && reason !== 'none'))],
    receivedWidths: [...new Set(perPeer.map((peer) => peer.width))],
    // Summed over the viewers: freezes, key frames decoded, and the NACKs and PLIs they sent.
    freezes: sum((peer) => peer.freezes),
    keyFramesDecoded: sum((peer) => peer.keyFrames),
    nacksSent: sum((peer) => peer.nacks),
    plisSent: sum((peer) => peer.plis),
    // What the relay did in the window: voice switches of the video viewers receive, and the PLIs it sent to browsers.
    videoSwitches: after.relay.videoSwitches - before.relay.videoSwitches,
    keyframeRequests: after.relay.keyframeRequests - before.relay.keyframeRequests,
    // Percent of one core.
    nodeCpuPercent: round(((after.nodeCpu - before.nodeCpu) / seconds) * 100),
    browsersCpuPercent: round(((after.browserCpu - before.browserCpu) / seconds) * 100),
  };
}

export async function addPeer(browsers, node, index, options) {
  const browser = browsers[index % browsers.length];
  const context = await browser.connection.newContext();
  const page = await context.newPage();
  const query = new URLSearchParams({
    conference: ROOM,
    name: `Peer ${index + 1}`,
    width: options.width,
    height: options.height,
    fps: options.fps,
    bandwidth: options.bandwidth,
    audio: options.audio ? '1' : '0',
    join: '',
  });
  await page.goto(`${node.url}/bench/bare.html?${query}`);
  await waitUntil(
    async () => {
      const {phase, failure} = await page.evaluate(() => window.bareBench.status());
      if (phase === 'failed') throw new Error(`Peer ${index + 1} failed to join: ${failure}`);
      return ((await page.evaluate(() => window.bareBench.videoStats()))?.framesDecoded ?? 0) > 0;
    },
    `peer ${index + 1} to receive video`,
    60_000,
    250
  );
  return {page, context};
}

/**
 * @param {{start?: number, step?: number, max?: number, width?: number, height?: number,
 *   fps?: number, bandwidth?: number, settleSeconds?: number, measureSeconds?: number,
 *   minFpsRatio?: number, maxLossRatio?: number, browsers?: number}} options
 *   start, step, max: peers in the room at the first step, added per step, at most;
 *   width, height, fps: the fake camera's capture; bandwidth: kbps the SDK asks for;
 *   settleSeconds: wait after adding peers; measureSeconds: the window measured;
 *   a step holds when every peer receives at least minFpsRatio × fps frames per second and
 *   no more than maxLossRatio of packets are lost and of frames dropped;
 *   browsers: Chromium processes the peers are spread over.
 */
export async function runMediaBench(options = {}) {
  const config = {
    start: 2,
    step: 2,
    max: 16,
    width: 320,
    height: 180,
    fps: 15,
    bandwidth: 256,
    settleSeconds: 5,
    measureSeconds: 10,
    minFpsRatio: 0.8,
    maxLossRatio: 0.01,
    browsers: 1,
    audio: true,
    engine: 'forward',
    ...options,
  };
  const site = await buildBenchSite(ROOM);
  const node = await startBenchNode([{aliases: [ROOM], name: 'Media benchmark'}], site.dir, engineArgs(config.engine));
  if (config.layout) await setLayout(node, config.layout);
  const browsers = [];
  const peers = [];
  const steps = [];
  let stoppedBecause = `reached the configured maximum of ${config.max}`;
  try {
    for (let index = 0; index < config.browsers; index += 1) {
      const server = await chromium.launchServer({executablePath: chromiumPath, headless: true, args: chromiumArgs});
      browsers.push({server, pid: server.process().pid, connection: await chromium.connect(server.wsEndpoint())});
    }
    for (let target = config.start; target <= config.max; target += config.step) {
      try {
        while (peers.length < target) peers.push(await addPeer(browsers, node, peers.length, config));
      } catch (error) {
        stoppedBecause = `joining peer ${peers.length + 1} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        break;
      }
      await sleep(config.settleSeconds * 1000);
      const before = await snapshot(peers, node, browsers);
      await sleep(config.measureSeconds * 1000);
      const after = await snapshot(peers, node, browsers);
      const {memory, rooms} = await node.room(ROOM);
      const compared = compare(before, after, config);
      const step = {
        ...compared,
        nodeCpuPercentPerPeer: round(compared.nodeCpuPercent / compared.peers),
        ...(rooms[0].media ? {composer: composerFigures(rooms[0].media)} : {}),
        inRoom: rooms[0].participants.length,
        nodeRssMB: memory.rss_mb,
        browsersMemoryMB: round(browsers.reduce((sum, browser) => sum + treeMemoryMB(browser.pid), 0)),
      };
      steps.push(step);
      if (!step.held) {
        stoppedBecause = `${target} peers did not hold`;
        break;
      }
    }
  } finally {
    for (const peer of peers) await peer.page.evaluate(() => window.bareBench.leave()).catch(() => undefined);
    for (const browser of browsers) await browser.server.close();
    await node.stop();
    site.remove();
  }
  return {
    bench: 'media',
    config,
    maxPeersHeld: steps.filter((step) => step.held).at(-1)?.peers ?? 0,
    stoppedBecause,
    steps,
    note: 'The browsers run on the same machine as the node and compete with it for the cores.',
  };
}
