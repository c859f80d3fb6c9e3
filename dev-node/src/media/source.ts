import { type MediaStreamTrack, type RTCRtpReceiver, RTP_EXTENSION_URI, type RtpPacket, Vp8RtpPayload } from 'werift';

export type RtpKind = 'audio' | 'video';

/** Something that wants the packets of a source (a forwarder towards one viewer). */
export interface RtpSink {
  onRtp(source: RtpSource, rtp: RtpPacket, keyframe: boolean): void;
}

/** A stream of RTP packets that forwarders can subscribe to. */
export interface RtpSource {
  readonly kind: RtpKind;
  /** Who sends it (a participant uuid, or "placeholder"), for /dev/state. */
  readonly label: string;
  readonly clockRate: number;
  subscribe(sink: RtpSink): void;
  unsubscribe(sink: RtpSink): void;
  requestKeyframe(now: number): void;
  /** Packets arrived recently enough that forwarding it keeps the viewer's stream moving. */
  isLive(now: number): boolean;
}

/** A source is "live" when its last packet is younger than this. */
const LIVE_WINDOW_MS = 400;
/** Keyframe requests towards one browser are rate-limited (werift-relay.md §1). */
const MIN_PLI_INTERVAL_MS = 300;
/** Audio level extension value meaning silence (-127 dBov). */
const SILENCE = 127;

/** True for the first packet of a VP8 keyframe. */
function isVp8Keyframe(rtp: RtpPacket): boolean {
  if (rtp.payload.length === 0) return false;
  const vp8 = Vp8RtpPayload.deSerialize(rtp.payload);
  return vp8.payloadHeaderExist && vp8.isKeyframe;
}

/** Fans one subscription out to many sinks. */
export class SinkSet {
  private readonly sinks = new Set<RtpSink>();

  add(sink: RtpSink): void {
    this.sinks.add(sink);
  }

  delete(sink: RtpSink): void {
    this.sinks.delete(sink);
  }

  get size(): number {
    return this.sinks.size;
  }

  deliver(source: RtpSource, rtp: RtpPacket, keyframe: boolean): void {
    for (const sink of this.sinks) sink.onRtp(source, rtp, keyframe);
  }

  clear(): void {
    this.sinks.clear();
  }
}

/** A track received from a browser, with packet counts and (for audio) the loudest level heard. */
export class TrackSource implements RtpSource {
  readonly clockRate: number;
  packets = 0;
  private lastPacketAt = 0;
  private lastPliAt = 0;
  /** Lowest audio level value (= loudest, in -dBov) since the last `takeLoudness()`. */
  private loudestLevel = SILENCE;
  private readonly sinks = new SinkSet();
  private readonly subscription: { unSubscribe: () => void };

  constructor(
    readonly kind: RtpKind,
    readonly label: string,
    private readonly track: MediaStreamTrack,
    private readonly receiver: RTCRtpReceiver,
  ) {
    this.clockRate = kind === 'audio' ? 48_000 : 90_000;
    this.subscription = track.onReceiveRtp.subscribe((rtp, extensions) => {
      this.packets++;
      this.lastPacketAt = Date.now();
      const level = (extensions?.[RTP_EXTENSION_URI.audioLevelIndication] as { level?: number } | undefined)?.level;
      if (typeof level === 'number' && level < this.loudestLevel) this.loudestLevel = level;
      if (this.sinks.size > 0) this.sinks.deliver(this, rtp, kind === 'video' && isVp8Keyframe(rtp));
    });
  }

  /** The track this source wraps; a re-offer may bring a new one for the same m-line. */
  isFor(track: MediaStreamTrack): boolean {
    return this.track === track;
  }

  subscribe(sink: RtpSink): void {
    this.sinks.add(sink);
  }

  unsubscribe(sink: RtpSink): void {
    this.sinks.delete(sink);
  }

  requestKeyframe(now: number): void {
    if (this.kind !== 'video' || this.track.ssrc === undefined) return;
    if (now - this.lastPliAt < MIN_PLI_INTERVAL_MS) return;
    this.lastPliAt = now;
    this.receiver.sendRtcpPLI(this.track.ssrc).catch(() => undefined);
  }

  isLive(now: number): boolean {
    return now - this.lastPacketAt < LIVE_WINDOW_MS;
  }

  /** Loudness 0 (silent) … 127 (loudest) since the previous call; 0 when nothing arrived. */
  takeLoudness(): number {
    const loudness = SILENCE - this.loudestLevel;
    this.loudestLevel = SILENCE;
    return loudness;
  }

  close(): void {
    this.subscription.unSubscribe();
    this.sinks.clear();
  }
}
