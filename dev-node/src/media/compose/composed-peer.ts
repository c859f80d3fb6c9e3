import type {CallPeer, ConnectionState, MediaReport, PerRole, TrickledCandidate} from '../peer.js';
import {type Direction, type MediaRole, mediaSections, roleOf} from '../sdp.js';
import {AudioQueue, loudness, toMono48k} from './audio-mix.js';
import {
  type AudioSink,
  type I420Frame,
  type VideoSink,
  type VideoSource,
  type WrtcTrack,
  type WrtcTransceiver,
  wrtc,
} from './wrtc.js';

const ROLES: readonly MediaRole[] = ['audio', 'main', 'slides'];
const GATHERING_TIMEOUT_MS = 5000;
/** A candidate whose address is an mDNS name: `candidate:0 1 UDP 2122187007 <uuid>.local 49222 typ host`. */
const MDNS_HOST = /^candidate:\S+ \d+ \S+ \d+ \S+\.local /i;
const STATS_INTERVAL_MS = 1000;
/** A camera counts as off once it delivered no frame during this many composing ticks (1 s at 15 fps). */
const CAMERA_IDLE_TICKS = 15;

/** Decoded pictures of one incoming video m-line: the latest frame and whether frames still come. */
export class VideoInput {
  latest: I420Frame | undefined;
  frames = 0;
  private idleTicks = Infinity;
  private framesAtTick = 0;
  /** Called with every decoded frame (the presenter's slides are passed on as they come). */
  listener: ((frame: I420Frame) => void) | undefined;
  private readonly sink: VideoSink;

  constructor(readonly track: WrtcTrack) {
    this.sink = new (wrtc().nonstandard.RTCVideoSink)(track);
    this.sink.onframe = ({frame}) => {
      this.latest = frame;
      this.frames++;
      this.listener?.(frame);
    };
  }

  /** Called once per composing tick; see `isLive`. */
  endTick(): void {
    this.idleTicks = this.frames === this.framesAtTick ? this.idleTicks + 1 : 0;
    this.framesAtTick = this.frames;
  }

  /** Frames arrived lately: a picture to show rather than a placeholder. */
  get isLive(): boolean {
    return this.latest !== undefined && this.idleTicks < CAMERA_IDLE_TICKS;
  }

  stop(): void {
    this.sink.onframe = null;
    this.sink.stop();
  }
}

/** A participant's decoded sound in 10 ms frames, with its loudest level since last asked. */
class AudioInput {
  readonly queue = new AudioQueue();
  private loudest = 0;
  private readonly sink: AudioSink;

  constructor(readonly track: WrtcTrack) {
    this.sink = new (wrtc().nonstandard.RTCAudioSink)(track);
    this.sink.ondata = (data) => {
      const frame = toMono48k(data);
      this.loudest = Math.max(this.loudest, loudness(frame));
      this.queue.push(frame);
    };
  }

  takeLoudness(): number {
    const value = this.loudest;
    this.loudest = 0;
    return value;
  }

  stop(): void {
    this.sink.ondata = null;
    this.sink.stop();
  }
}

type Counters = PerRole<number>;
const zero = (): Counters => ({audio: 0, main: 0, slides: 0});

/**
 * One participant's call on libwebrtc (`@roamhq/wrtc`): decodes what the browser sends (camera,
 * microphone, slides) and sends what the composing engine produces for them: their own composed
 * picture, their own mix, and the room's slides. libwebrtc answers key frame requests, NACKs and
 * bandwidth estimates itself, and speaks Firefox's and Chromium's SDP alike.
 */
export class ComposedPeer implements CallPeer {
  private readonly pc = new (wrtc().RTCPeerConnection)({
    iceServers: [],
    bundlePolicy: 'max-bundle',
    sdpSemantics: 'unified-plan',
  });
  readonly videoOut = new (wrtc().nonstandard.RTCVideoSource)();
  readonly audioOut = new (wrtc().nonstandard.RTCAudioSource)();
  private readonly videoTrack = this.videoOut.createTrack();
  private readonly audioTrack = this.audioOut.createTrack();
  private readonly transceivers: Partial<PerRole<WrtcTransceiver>> = {};
  camera: VideoInput | undefined;
  slides: VideoInput | undefined;
  microphone: AudioInput | undefined;
  offered: Partial<PerRole<Direction>> = {};
  /** The call's bandwidth (kbps, the offer's `b=AS` on main video: the SDK's `bw`), if given. */
  bandwidthKbps: number | undefined;
  /** Who the slides m-line carries now (presenter uuid), for /dev/state. */
  slidesFrom: string | null = null;
  /** A dev-node fault: nothing is sent until the browser restarts ICE. */
  stalled = false;
  /** This call's track of the room's slides (one track per sender: libwebrtc stops them one by one). */
  private readonly slidesTrack: WrtcTrack;
  private slidesOn = false;
  private remoteUfrag: string | undefined;
  private negotiation: Promise<unknown> = Promise.resolve();
  private received = zero();
  private sent = zero();
  private pliSent = zero();
  /** The composed picture's encoder: what it sent (kbps over the last second), the PLIs and NACKs the browser sent about it. */
  outbound = {pliCount: 0, nackCount: 0, kbps: 0, frameWidth: 0, framesEncoded: 0, limitation: 'none'};
  private bytesSent = {bytes: 0, at: 0};
  private readonly statsTimer: NodeJS.Timeout;
  private closed = false;

  constructor(
    readonly owner: string,
    private readonly onChange: () => void,
    slidesSource: VideoSource
  ) {
    this.slidesTrack = slidesSource.createTrack();
    this.pc.onconnectionstatechange = () => this.onChange();
    this.statsTimer = setInterval(() => void this.readStats(), STATS_INTERVAL_MS);
  }

  get connectionState(): ConnectionState {
    return this.pc.connectionState;
  }

  sends(role: MediaRole): boolean {
    const direction = this.offered[role];
    return direction === 'sendrecv' || direction === 'sendonly';
  }

  receives(role: MediaRole): boolean {
    const direction = this.offered[role];
    return direction === 'sendrecv' || direction === 'recvonly';
  }

  answer(offer: string): Promise<string> {
    const result = this.negotiation.then(() => this.negotiate(offer));
    this.negotiation = result.catch(() => undefined);
    return result;
  }

  async addCandidate(candidate: TrickledCandidate): Promise<void> {
    await this.negotiation;
    if (this.closed || candidate.candidate === '') return;
    const added = this.pc.addIceCandidate({
      candidate: candidate.candidate,
      sdpMid: candidate.mid ?? '0',
      ...(candidate.ufrag === undefined ? {} : {usernameFragment: candidate.ufrag}),
    });
    // Firefox's host candidates are mDNS names, which libwebrtc resolves in its own time (and
    // the SDK waits for this answer before anything else): the browser's connectivity checks
    // reach the node anyway, as peer-reflexive candidates.
    if (MDNS_HOST.test(candidate.candidate)) added.catch(() => undefined);
    else await added;
  }

  /** Sends the room's slides on the slides m-line (`from`: the presenter), or nothing. */
  setSlides(from: string | null): void {
    this.slidesFrom = from;
    const sender = this.transceivers.slides?.sender;
    if (!sender || this.slidesOn === (from !== null)) return;
    this.slidesOn = from !== null;
    sender.replaceTrack(this.slidesOn && !this.stalled ? this.slidesTrack : null).catch(() => undefined);
  }

  report(): MediaReport {
    const nulls = {audio: null, main: null, slides: null};
    return {
      stalled: this.stalled,
      received: {...this.received},
      forwarded: {...this.sent},
      forwarding: {
        audio: this.receives('audio') ? 'mix' : null,
        main: this.receives('main') ? 'composed' : null,
        slides: this.slidesFrom,
      },
      switchingTo: nulls,
      switches: zero(),
      keyframeRequests: {...this.pliSent},
    };
  }

  /** The mix is encoded here by libwebrtc: there are no relayed packets to leave out. */
  loseAudio(): boolean {
    return false;
  }

  stallUntilIceRestart(): void {
    this.stalled = true;
    this.transceivers.slides?.sender.replaceTrack(null).catch(() => undefined);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    clearInterval(this.statsTimer);
    for (const input of [this.camera, this.slides, this.microphone]) input?.stop();
    // Tracks first: stopping a track whose peer connection is closed crashes libwebrtc.
    for (const track of [this.videoTrack, this.audioTrack, this.slidesTrack]) track.stop();
    this.pc.onconnectionstatechange = null;
    this.pc.close();
    return Promise.resolve();
  }

  private async negotiate(offer: string): Promise<string> {
    if (this.closed) throw new Error('Call already disconnected');
    const sections = mediaSections(offer);
    if (!offer.startsWith('v=0') || !sections.some((section) => roleOf(section))) {
      throw new Error('the offer has no audio or video m-line');
    }
    const ufrag = /^a=ice-ufrag:(\S+)/m.exec(offer)?.[1];
    if (this.remoteUfrag !== undefined && ufrag !== this.remoteUfrag && this.stalled) {
      this.stalled = false;
      if (this.slidesOn) this.transceivers.slides?.sender.replaceTrack(this.slidesTrack).catch(() => undefined);
    }
    this.remoteUfrag = ufrag;
    await this.pc.setRemoteDescription({type: 'offer', sdp: offer});
    const offered: Partial<PerRole<Direction>> = {};
    for (const transceiver of this.pc.getTransceivers()) {
      const section = sections.find((candidate) => candidate.mid === transceiver.mid);
      const role = section && roleOf(section);
      if (!role || offered[role] !== undefined) continue;
      offered[role] = section.direction;
      if (this.transceivers[role] !== transceiver) {
        this.transceivers[role] = transceiver;
        const track =
          role === 'audio' ? this.audioTrack : role === 'main' ? this.videoTrack : this.slidesOn ? this.slidesTrack : null;
        await transceiver.sender.replaceTrack(track);
      }
      // libwebrtc answers the intersection with the offer's reverse: this mirrors the browser.
      transceiver.direction = 'sendrecv';
      this.attachInput(role, transceiver.receiver.track);
    }
    this.offered = offered;
    this.bandwidthKbps = bandwidthOf(offer);
    const answer = await this.pc.createAnswer();
    await this.pc.setLocalDescription(answer);
    await this.waitForGathering();
    this.onChange();
    return withContent(this.pc.localDescription?.sdp ?? answer.sdp, offer);
  }

  private attachInput(role: MediaRole, track: WrtcTrack): void {
    if (role === 'audio') {
      if (this.microphone?.track === track) return;
      this.microphone?.stop();
      this.microphone = new AudioInput(track);
    } else {
      const current = role === 'main' ? this.camera : this.slides;
      if (current?.track === track) return;
      current?.stop();
      const input = new VideoInput(track);
      if (role === 'main') this.camera = input;
      else this.slides = input;
    }
  }

  private waitForGathering(): Promise<void> {
    if (this.pc.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, GATHERING_TIMEOUT_MS);
      this.pc.onicegatheringstatechange = () => {
        if (this.pc.iceGatheringState !== 'complete') return;
        clearTimeout(timer);
        this.pc.onicegatheringstatechange = null;
        resolve();
      };
    });
  }

  private async readStats(): Promise<void> {
    // Asked again after the await: close() may run while getStats() is pending.
    const report = this.closed ? undefined : await this.pc.getStats().catch(() => undefined);
    if (!report || this.closed) return;
    const roleByMid = new Map<string, MediaRole>();
    for (const role of ROLES) {
      const mid = this.transceivers[role]?.mid;
      if (mid !== null && mid !== undefined) roleByMid.set(mid, role);
    }
    report.forEach((entry) => {
      const role = roleByMid.get(String(entry.mid));
      if (!role) return;
      const number = (key: string): number => (typeof entry[key] === 'number' ? entry[key] : 0);
      if (entry.type === 'inbound-rtp') {
        this.received[role] = number('packetsReceived');
        this.pliSent[role] = number('pliCount');
      } else if (entry.type === 'outbound-rtp') {
        this.sent[role] = number('packetsSent');
        if (role === 'main') {
          const bytes = number('bytesSent');
          const at = number('timestamp');
          const kbps = at > this.bytesSent.at ? ((bytes - this.bytesSent.bytes) * 8) / (at - this.bytesSent.at) : 0;
          this.bytesSent = {bytes, at};
          this.outbound = {
            pliCount: number('pliCount'),
            nackCount: number('nackCount'),
            kbps: Math.round(kbps),
            frameWidth: number('frameWidth'),
            framesEncoded: number('framesEncoded'),
            limitation: typeof entry.qualityLimitationReason === 'string' ? entry.qualityLimitationReason : 'none',
          };
        }
      }
    });
  }
}

/** The offer's `b=AS` (kbps) on its main video m-line. */
function bandwidthOf(offer: string): number | undefined {
  const main = offer.split(/\r?\n(?=m=)/).find((block) => block.startsWith('m=video') && !/a=content:slides/.test(block));
  const value = main && /^b=AS:(\d+)/m.exec(main)?.[1];
  return value ? Number(value) : undefined;
}

/** Pexip's `a=content` per m-line, which libwebrtc does not write: copied from the offer after each `a=mid`. */
function withContent(answer: string, offer: string): string {
  const contentByMid = new Map<string, string>();
  for (const section of mediaSections(offer)) {
    if (section.mid !== undefined && section.content !== undefined) contentByMid.set(section.mid, section.content);
  }
  return answer
    .split('\r\n')
    .flatMap((line) => {
      const mid = /^a=mid:(\S+)/.exec(line)?.[1];
      const content = mid === undefined ? undefined : contentByMid.get(mid);
      return content === undefined ? [line] : [line, `a=content:${content}`];
    })
    .join('\r\n');
}
