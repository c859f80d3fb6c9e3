import {type MediaStreamTrack, type RTCRtpReceiver, RTP_EXTENSION_URI, type RtpPacket, Vp8RtpPayload} from 'werift';

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
  /** It is sending: forwarding it keeps a viewer's stream moving (see `TrackSource.endTick`). */
  isFlowing(): boolean;
}

/**
 * A source has stopped once it sent nothing during this many relay ticks in which other sources
 * of the room did send (about a second of the node's own running time) …
 */
const STOPPED_AFTER_BUSY_TICKS = 10;
/** … or during this many ticks at all (when nothing else in the room sends to compare with). */
const STOPPED_AFTER_TICKS = 30;
/**
 * Key frame requests towards one browser's stream: at most one PLI per this interval, however
 * many viewers ask. A key frame is large; a browser made to send them back to back drops frames
 * and quality (werift-relay.md §1).
 */
const MIN_PLI_INTERVAL_MS = 500;
/** A PLI that no key frame has answered is repeated after this long (the PLI or the key frame was lost). */
const PLI_RETRY_MS = 1000;
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
  /** PLIs sent to the browser for this stream (reported in /dev/state). */
  keyframeRequests = 0;
  private packetsAtTick = 0;
  private idleTicks = 0;
  private busyIdleTicks = 0;
  private lastPliAt = -Infinity;
  /** Someone asked for a key frame that no PLI has been sent for yet (rate limit). */
  private keyframeWanted = false;
  /** A PLI was sent and no key frame has arrived since. */
  private keyframeOutstanding = false;
  /** Lowest audio level value (= loudest, in -dBov) since the last `takeLoudness()`. */
  private loudestLevel = SILENCE;
  /**
   * Closed with its call. No relay ticks it any more, so without this it would count as flowing
   * for ever, and a viewer switching away from it would wait for the end of a frame that never
   * comes (the call left mid-frame).
   */
  private closed = false;
  private readonly sinks = new SinkSet();
  private readonly subscription: {unSubscribe: () => void};

  constructor(
    readonly kind: RtpKind,
    readonly label: string,
    private readonly track: MediaStreamTrack,
    private readonly receiver: Pick<RTCRtpReceiver, 'sendRtcpPLI'>
  ) {
    this.clockRate = kind === 'audio' ? 48_000 : 90_000;
    this.subscription = track.onReceiveRtp.subscribe((rtp, extensions) => {
      this.packets++;
      const level = (extensions?.[RTP_EXTENSION_URI.audioLevelIndication] as {level?: number} | undefined)?.level;
      if (typeof level === 'number' && level < this.loudestLevel) this.loudestLevel = level;
      const keyframe = kind === 'video' && isVp8Keyframe(rtp);
      // Whatever asked for a key frame (every viewer waiting on this stream) is served by this one.
      if (keyframe) this.keyframeWanted = this.keyframeOutstanding = false;
      if (this.sinks.size > 0) this.sinks.deliver(this, rtp, keyframe);
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

  /**
   * Asks the browser for a key frame. Requests from many viewers are aggregated: while a PLI is
   * outstanding, or within the minimum interval, the request is remembered and sent (once) by a
   * later tick if no key frame has come in the meantime.
   */
  requestKeyframe(now: number): void {
    if (this.kind !== 'video') return;
    this.keyframeWanted = true;
    this.flushKeyframeRequest(now);
  }

  /** True while sending; see `endTick`. A source that never delivered a packet is not flowing. */
  isFlowing(): boolean {
    return (
      !this.closed && this.packets > 0 && this.busyIdleTicks < STOPPED_AFTER_BUSY_TICKS && this.idleTicks < STOPPED_AFTER_TICKS
    );
  }

  /** Packets arrived since the previous relay tick. */
  get activeThisTick(): boolean {
    return this.packets !== this.packetsAtTick;
  }

  /**
   * Ends one relay tick. Liveness is counted in ticks in which the room was busy rather than in
   * wall-clock time: when the node itself is starved of CPU, its timer fires before the packets
   * queued meanwhile are read, so every source would look silent at once (and every viewer would
   * be switched to its own video or the placeholder, with key frame requests all round).
   */
  endTick(roomBusy: boolean, now: number): void {
    if (this.activeThisTick) {
      this.idleTicks = this.busyIdleTicks = 0;
    } else {
      this.idleTicks++;
      if (roomBusy) this.busyIdleTicks++;
    }
    this.packetsAtTick = this.packets;
    this.flushKeyframeRequest(now);
  }

  /** Loudness 0 (silent) … 127 (loudest) since the previous call; 0 when nothing arrived. */
  takeLoudness(): number {
    const loudness = SILENCE - this.loudestLevel;
    this.loudestLevel = SILENCE;
    return loudness;
  }

  close(): void {
    this.closed = true;
    this.subscription.unSubscribe();
    this.sinks.clear();
  }

  private flushKeyframeRequest(now: number): void {
    if (!this.keyframeWanted || this.track.ssrc === undefined) return;
    const sinceLast = now - this.lastPliAt;
    if (sinceLast < MIN_PLI_INTERVAL_MS || (this.keyframeOutstanding && sinceLast < PLI_RETRY_MS)) return;
    this.lastPliAt = now;
    this.keyframeWanted = false;
    this.keyframeOutstanding = true;
    this.keyframeRequests++;
    this.receiver.sendRtcpPLI(this.track.ssrc).catch(() => undefined);
  }
}
