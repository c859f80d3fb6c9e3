// What decoding and encoding cost per participant, for choosing the composing node's engine
// (dev-node/README.md, "Composing"): a participant of a composing node costs one decode (their
// camera) and one encode (their own composed picture) of 640×360 VP8 at 15 fps.
//  - libwebrtc (@roamhq/wrtc): N loopback pairs in this process, each encoding frames fed from JS
//    and decoding them on the other side (what the node does per participant, without composing).
//  - ffmpeg (if installed): libvpx realtime encode of the same picture size and rate, then decode.
// CPU is percent of one core (process CPU time / wall time).
//
//   node bench/media-engine.bench.mjs [pairs=3] [seconds=10]
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const WIDTH = 640;
const HEIGHT = 360;
const FPS = 15;

async function wrtcPairs(pairs, seconds) {
  const wrtc = createRequire(import.meta.url)('@roamhq/wrtc');
  const peers = [];
  let decoded = 0;
  for (let index = 0; index < pairs; index++) {
    const sender = new wrtc.RTCPeerConnection({iceServers: []});
    const receiver = new wrtc.RTCPeerConnection({iceServers: []});
    sender.onicecandidate = ({candidate}) => candidate && receiver.addIceCandidate(candidate);
    receiver.onicecandidate = ({candidate}) => candidate && sender.addIceCandidate(candidate);
    const source = new wrtc.nonstandard.RTCVideoSource();
    const track = source.createTrack();
    sender.addTransceiver(track, {direction: 'sendonly'});
    const sinks = [];
    receiver.ontrack = ({track: remote}) => {
      const sink = new wrtc.nonstandard.RTCVideoSink(remote);
      sink.onframe = () => decoded++;
      sinks.push(sink);
    };
    const offer = await sender.createOffer();
    await sender.setLocalDescription(offer);
    await receiver.setRemoteDescription(offer);
    const answer = await receiver.createAnswer();
    await receiver.setLocalDescription(answer);
    await sender.setRemoteDescription(answer);
    peers.push({sender, receiver, source, track, sinks});
  }
  // A moving picture, so the encoder has work to do as with a camera.
  const frame = {width: WIDTH, height: HEIGHT, data: new Uint8Array(WIDTH * HEIGHT * 1.5)};
  let tick = 0;
  const feed = setInterval(() => {
    tick++;
    for (let index = 0; index < WIDTH * HEIGHT; index += 1) frame.data[index] = (index + tick * 7) & 0xff;
    for (const peer of peers) peer.source.onFrame(frame);
  }, 1000 / FPS);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const cpuBefore = process.cpuUsage();
  const decodedBefore = decoded;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(feed);
  for (const peer of peers) {
    for (const sink of peer.sinks) sink.stop();
    peer.track.stop();
    peer.sender.close();
    peer.receiver.close();
  }
  const percent = ((cpu.user + cpu.system) / 1e6 / wall) * 100;
  return {
    pairs,
    cpuPercent: round(percent),
    cpuPercentPerPair: round(percent / pairs),
    decodedFps: round((decoded - decodedBefore) / wall / pairs),
  };
}

function ffmpegCost(seconds) {
  if (spawnSync('ffmpeg', ['-version']).status !== 0) return {skipped: 'ffmpeg is not installed'};
  const dir = mkdtempSync(join(tmpdir(), 'pex-engine-'));
  const file = join(dir, 'out.webm');
  const timed = (args) => {
    const started = performance.now();
    const result = spawnSync('bash', ['-c', `TIMEFORMAT=%U+%S; time ffmpeg -loglevel error -y ${args}`], {encoding: 'utf8'});
    const [user, system] = result.stderr.trim().split('\n').at(-1).split('+').map(Number);
    return {cpuSeconds: user + system, wallSeconds: (performance.now() - started) / 1000};
  };
  try {
    const frames = seconds * FPS;
    const encode = timed(
      `-f lavfi -i testsrc2=size=${WIDTH}x${HEIGHT}:rate=${FPS} -frames:v ${frames} -c:v libvpx -deadline realtime -cpu-used 8 -b:v 600k -threads 1 ${file}`
    );
    const decode = timed(`-threads 1 -i ${file} -f null -`);
    // As a fraction of real time: what one 15 fps stream costs a core when done at its own pace.
    return {
      encodeCpuPercent: round((encode.cpuSeconds / seconds) * 100),
      decodeCpuPercent: round((decode.cpuSeconds / seconds) * 100),
      note: 'includes generating the test picture (lavfi) and ffmpeg start-up',
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const round = (value) => Math.round(value * 10) / 10;

const pairs = Number(process.argv[2] ?? 3);
const seconds = Number(process.argv[3] ?? 10);
const result = {
  bench: 'media-engine',
  width: WIDTH,
  height: HEIGHT,
  fps: FPS,
  wrtc: await wrtcPairs(pairs, seconds),
  ffmpeg: ffmpegCost(seconds),
};
console.log(JSON.stringify(result));
process.exit(0); // libwebrtc's addon crashes in Node's cleanup at a natural exit (dev-node/src/media/compose/wrtc.ts)
