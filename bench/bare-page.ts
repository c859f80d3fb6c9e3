/**
 * The "bare" page of the benchmarks: what a page that uses `@pexip/infinity` directly does,
 * with nothing of pex-connect. It follows the widget's flow (camera preview first, then Join
 * calls `client.call` with that stream, remote stream into a `<video>`), with the same SDK
 * options and quiet loggers, so that the join benchmark compares the widget with the least a
 * page has to do. The media benchmark opens many of these, joining at once (`?join`).
 *
 * Query: conference, name, width, height, fps (capture; default: the browser's), bandwidth
 * (kbps, default the widget's 576), audio=0 (no microphone), join (join at once).
 */
import {ClientCallType, createCallSignals, createInfinityClient, createInfinityClientSignals, setLogger} from '@pexip/infinity';
import {setLogger as setPeerConnectionLogger} from '@pexip/peer-connection';
import {setLogger as setSignalLogger} from '@pexip/signal';

// The SDK does not expose its RTCPeerConnection; the media benchmark needs its getStats().
const connections: RTCPeerConnection[] = [];
const NativePeerConnection = window.RTCPeerConnection;
window.RTCPeerConnection = class extends NativePeerConnection {
  constructor(configuration?: RTCConfiguration) {
    super(configuration);
    connections.push(this);
  }
};

const query = new URLSearchParams(location.search);
const numberParam = (name: string): number | undefined => (query.has(name) ? Number(query.get(name)) : undefined);

const preview = document.querySelector<HTMLVideoElement>('#preview')!;
const remote = document.querySelector<HTMLVideoElement>('#remote')!;
const joinButton = document.querySelector<HTMLButtonElement>('#join')!;

// The same quiet loggers and signal batching as the widget's session.
const silent = () => undefined;
const quietLogger = {
  trace: silent,
  debug: silent,
  info: silent,
  warn: silent,
  error: silent,
  fatal: silent,
  silent,
  addRedactPattern: silent,
  redact: (text: string) => text,
};
setLogger(quietLogger);
setPeerConnectionLogger(quietLogger);
setSignalLogger(quietLogger);
const signals = createInfinityClientSignals(['onPinRequired', 'onParticipants', 'onError', 'onCallConnected'], {
  batchScheduleTimeoutMS: 50,
  batchBufferSize: 200,
});
const callSignals = createCallSignals([]);
const client = createInfinityClient(signals, callSignals);

type Phase = 'preview' | 'joining' | 'in-call' | 'failed' | 'left';
let phase: Phase = 'preview';
let failure = '';
signals.onError.add(({error}) => {
  phase = 'failed';
  failure = error;
});
callSignals.onRemoteStream.add((stream) => {
  remote.srcObject = stream;
});

function videoConstraints(): MediaTrackConstraints | true {
  const [width, height, frameRate] = [numberParam('width'), numberParam('height'), numberParam('fps')];
  if (width === undefined && height === undefined && frameRate === undefined) return true;
  return {
    ...(width === undefined ? {} : {width: {exact: width}}),
    ...(height === undefined ? {} : {height: {exact: height}}),
    ...(frameRate === undefined ? {} : {frameRate: {exact: frameRate}}),
  };
}

const media = navigator.mediaDevices.getUserMedia({audio: query.get('audio') !== '0', video: videoConstraints()});

async function join(): Promise<void> {
  if (phase !== 'preview') return;
  phase = 'joining';
  try {
    const response = await client.call({
      host: location.origin,
      conferenceAlias: query.get('conference') ?? 'bench.join',
      displayName: query.get('name') ?? 'Bare SDK',
      bandwidth: numberParam('bandwidth') ?? 576,
      callType: ClientCallType.AudioVideoPresentation,
      mediaStream: await media,
      directMedia: false,
    });
    if (response?.status === 200) phase = 'in-call';
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- signals.onError may have set the phase while the call was awaited
    else if (phase === 'joining') [phase, failure] = ['failed', `request_token answered ${response?.status}`];
  } catch (error) {
    [phase, failure] = ['failed', String(error)];
  }
}

interface VideoStats {
  readonly framesDecoded: number;
  readonly framesDropped: number;
  readonly packetsReceived: number;
  readonly packetsLost: number;
  readonly frameWidth: number;
  readonly freezeCount: number;
  readonly totalFreezesDuration: number;
  readonly nackCount: number;
  readonly pliCount: number;
  readonly keyFramesDecoded: number;
  readonly framesEncoded: number;
  readonly qualityLimitation: string;
}

/** The main video's inbound (the busiest inbound video) and outbound numbers. */
async function videoStats(): Promise<VideoStats | undefined> {
  const connection = connections.at(-1);
  if (!connection) return undefined;
  let inbound: RTCInboundRtpStreamStats | undefined;
  let outbound: RTCOutboundRtpStreamStats | undefined;
  (await connection.getStats()).forEach((report: RTCStats) => {
    if (report.type === 'inbound-rtp' && (report as RTCInboundRtpStreamStats).kind === 'video') {
      const candidate = report as RTCInboundRtpStreamStats;
      if ((candidate.packetsReceived ?? 0) >= (inbound?.packetsReceived ?? 0)) inbound = candidate;
    }
    if (report.type === 'outbound-rtp' && (report as RTCOutboundRtpStreamStats).kind === 'video')
      outbound = report as RTCOutboundRtpStreamStats;
  });
  return {
    framesDecoded: inbound?.framesDecoded ?? 0,
    framesDropped: inbound?.framesDropped ?? 0,
    packetsReceived: inbound?.packetsReceived ?? 0,
    packetsLost: inbound?.packetsLost ?? 0,
    frameWidth: inbound?.frameWidth ?? 0,
    freezeCount: inbound?.freezeCount ?? 0,
    totalFreezesDuration: inbound?.totalFreezesDuration ?? 0,
    nackCount: inbound?.nackCount ?? 0,
    pliCount: inbound?.pliCount ?? 0,
    keyFramesDecoded: inbound?.keyFramesDecoded ?? 0,
    framesEncoded: outbound?.framesEncoded ?? 0,
    qualityLimitation: outbound?.qualityLimitationReason ?? '',
  };
}

declare global {
  interface Window {
    bareBench: typeof bareBench;
  }
}

const bareBench = {
  status: () => ({phase, failure}),
  videoStats,
  async leave(): Promise<void> {
    phase = 'left';
    await client.disconnect({reason: 'User initiated disconnect'});
    for (const track of (await media).getTracks()) track.stop();
  },
};
window.bareBench = bareBench;

joinButton.addEventListener('click', () => void join());
void media.then(
  (stream) => {
    preview.srcObject = stream;
    joinButton.disabled = false;
    if (query.has('join')) void join();
  },
  (error: unknown) => {
    [phase, failure] = ['failed', `getUserMedia: ${String(error)}`];
  }
);
