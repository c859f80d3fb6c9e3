import {type RTCRtpSender, type RtpPacket, uint16Add, uint32Add} from 'werift';
import type {RtpKind, RtpSink, RtpSource} from './source.js';

/**
 * Packets of the next source held back while waiting for the end of its key frame; a key frame of
 * a 1080p picture is about a hundred, so this many means its end was lost: start again.
 */
const MAX_HELD_PACKETS = 500;

/** What a forwarder uses of the viewer's werift sender. */
export type ForwardingSender = Pick<RTCRtpSender, 'ssrc' | 'replaceRTP' | 'sendRtp'> & {
  readonly dtlsTransport: Pick<RTCRtpSender['dtlsTransport'], 'state'>;
};

/**
 * Feeds one outgoing m-line of a viewer from a chosen source (werift-relay.md §1).
 *
 * Video switches are seamless: the old source keeps flowing until the new one's key frame has
 * arrived whole (held back meanwhile) and the old one's frame in progress has ended; then the key
 * frame goes out at once. The viewer's decoder never waits on a half-sent key frame or sees a
 * partial frame. After a switch the outgoing sequence numbers continue without a gap and the
 * timestamps advance by the wall-clock time since the last frame, so the viewer sees one
 * continuous stream.
 */
export class Forwarder implements RtpSink {
  forwardedPackets = 0;
  /** Completed changes of source (reported in /dev/state). */
  switches = 0;
  private current: RtpSource | undefined;
  /** Video only: the next source, subscribed but not forwarded until its key frame is complete. */
  private pending: RtpSource | undefined;
  /** The pending source's packets from the start of a key frame on. */
  private held: RtpPacket[] = [];
  /** `held` contains a whole key frame: switch at the old source's next frame boundary. */
  private heldComplete = false;
  private needKeyframe: boolean;
  private rebase = false;
  /** The last packet forwarded ended a frame (RTP marker bit). */
  private atFrameEnd = true;
  private lastTimestamp: number | undefined;
  /** When the last new RTP timestamp (a new frame, or an audio packet) was forwarded. */
  private lastTimestampAt = 0;
  /** A dev-node fault (`/dev/faults` stallMedia): nothing reaches the viewer until resumed. */
  private paused = false;
  /** A dev-node fault (`/dev/faults` loseAudio): this share (0–1) of the packets is not sent. */
  lossShare = 0;
  /** Packets left out because of `lossShare`. */
  lostPackets = 0;
  /** Grows by `lossShare` per packet; a packet is left out each time it reaches 1 (evenly spread, repeatable). */
  private lossCredit = 0;

  constructor(
    private readonly sender: ForwardingSender,
    readonly kind: RtpKind
  ) {
    this.needKeyframe = kind === 'video';
  }

  get ssrc(): number {
    return this.sender.ssrc;
  }

  /** The source the viewer will see once any switch in progress completes. */
  get target(): RtpSource | undefined {
    return this.pending ?? this.current;
  }

  /** The source whose packets reach the viewer now. */
  get forwarding(): RtpSource | undefined {
    return this.current;
  }

  /** The source being switched to, waiting for its key frame. */
  get switchingTo(): RtpSource | undefined {
    return this.pending;
  }

  setSource(next: RtpSource | undefined, now: number): void {
    if (next === this.target) return;
    if (next !== undefined && next === this.current) {
      this.dropPending();
      return;
    }
    // A stopped source has nothing to keep the viewer's stream moving: switch at once.
    const seamless = this.kind === 'video' && next !== undefined && this.current?.isFlowing() === true;
    this.dropPending();
    if (seamless) {
      this.pending = next;
      next.subscribe(this);
      next.requestKeyframe(now);
      return;
    }
    const previous = this.current;
    previous?.unsubscribe(this);
    this.current = next;
    if (!next) return;
    if (previous) this.switches++;
    next.subscribe(this);
    this.rebase = true;
    if (this.kind === 'video') {
      this.needKeyframe = true;
      next.requestKeyframe(now);
    }
  }

  onRtp(source: RtpSource, rtp: RtpPacket, keyframe: boolean): void {
    if (this.paused) return;
    // werift's sendRtp silently drops packets until DTLS is up (werift-relay.md pitfall 3).
    if (this.sender.dtlsTransport.state !== 'connected') {
      if (this.kind === 'video') this.needKeyframe = true;
      this.dropHeld();
      return;
    }
    const now = Date.now();
    if (source === this.pending) {
      this.hold(rtp, keyframe, now);
      return;
    }
    if (source !== this.current) return;
    if (this.needKeyframe) {
      if (!keyframe) return;
      this.needKeyframe = false;
    }
    if (this.lossShare > 0) {
      this.lossCredit += this.lossShare;
      if (this.lossCredit >= 1) {
        // Left out after the sequence numbers were mapped: the browser sees the gap as loss.
        this.lossCredit -= 1;
        this.lostPackets++;
        return;
      }
    }
    this.send(source, rtp, now);
    if (this.heldComplete && rtp.header.marker) this.completeSwitch(now);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  pause(): void {
    this.paused = true;
    this.dropHeld();
  }

  /** Forwards again, from a key frame so the viewer's decoder recovers at once. */
  resume(now: number): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.kind !== 'video') return;
    this.needKeyframe = true;
    this.target?.requestKeyframe(now);
  }

  /** Called periodically: keep asking for the key frame we are waiting for (the source rate-limits). */
  tick(now: number): void {
    if (this.pending) {
      if (this.held.length === 0) this.pending.requestKeyframe(now);
      // The old source stopped in the middle of a frame: its end will not come.
      else if (this.heldComplete && this.current?.isFlowing() !== true) this.completeSwitch(now);
    } else if (this.needKeyframe) {
      this.current?.requestKeyframe(now);
    }
  }

  /** The viewer lost a picture (PLI): ask whoever we forward from. */
  requestKeyframe(now: number): void {
    this.target?.requestKeyframe(now);
  }

  close(): void {
    this.dropPending();
    this.current?.unsubscribe(this);
    this.current = undefined;
  }

  /** Collects the pending source's key frame (and whatever follows it until the switch). */
  private hold(rtp: RtpPacket, keyframe: boolean, now: number): void {
    if (keyframe) this.dropHeld();
    else if (this.held.length === 0) return;
    if (this.held.length >= MAX_HELD_PACKETS) {
      this.dropHeld();
      return;
    }
    // No copy needed yet: nothing changes a delivered packet (every forwarder sends a clone).
    this.held.push(rtp);
    if (!this.heldComplete && rtp.header.marker && rtp.header.timestamp === this.held[0]?.header.timestamp) {
      this.heldComplete = true;
      // Without a frame in progress on the old source there is nothing to wait for.
      if (this.atFrameEnd || this.current?.isFlowing() !== true) this.completeSwitch(now);
    }
  }

  private completeSwitch(now: number): void {
    const next = this.pending;
    if (!next) return;
    this.current?.unsubscribe(this);
    this.current = next;
    this.pending = undefined;
    this.switches++;
    this.needKeyframe = false;
    this.rebase = true;
    const held = this.held;
    this.dropHeld();
    for (const rtp of held) this.send(next, rtp, now);
  }

  private send(source: RtpSource, rtp: RtpPacket, now: number): void {
    if (this.rebase) {
      const elapsed = this.lastTimestamp === undefined ? 0 : now - this.lastTimestampAt;
      const gapTicks = Math.max(1, Math.round((elapsed * source.clockRate) / 1000));
      this.sender.replaceRTP({
        sequenceNumber: uint16Add(rtp.header.sequenceNumber, -1),
        timestamp: uint32Add(rtp.header.timestamp, -gapTicks),
      });
      this.rebase = false;
    }
    // sendRtp rewrites the packet in place and keeps it for NACKs, so each viewer gets its own
    // copy; the source's header extensions use the source connection's ids, so they are dropped.
    const copy = rtp.clone();
    copy.header.extensions = [];
    this.sender.sendRtp(copy).catch(() => undefined);
    this.forwardedPackets++;
    // sendRtp has set the outgoing timestamp on the copy (synchronously, before its first await).
    if (copy.header.timestamp !== this.lastTimestamp) {
      this.lastTimestamp = copy.header.timestamp;
      this.lastTimestampAt = now;
    }
    this.atFrameEnd = rtp.header.marker;
  }

  private dropPending(): void {
    this.pending?.unsubscribe(this);
    this.pending = undefined;
    this.dropHeld();
  }

  private dropHeld(): void {
    this.held = [];
    this.heldComplete = false;
  }
}
