import { type RTCRtpSender, type RtpPacket, uint16Add, uint32Add } from 'werift';
import type { RtpKind, RtpSink, RtpSource } from './source.js';

/**
 * Feeds one outgoing m-line of a viewer from a chosen source (werift-relay.md §1).
 *
 * Video switches are seamless: the old source keeps flowing until the new one delivers a key
 * frame, so the viewer's packet count never stalls during a switch. After a switch the outgoing
 * sequence numbers and timestamps are rebased so the viewer sees one continuous stream.
 */
export class Forwarder implements RtpSink {
  forwardedPackets = 0;
  private current: RtpSource | undefined;
  /** Video only: the next source, subscribed but not forwarded until its key frame arrives. */
  private pending: RtpSource | undefined;
  private needKeyframe: boolean;
  private rebase = false;
  private lastSentAt = 0;
  /** A dev-node fault (`/dev/faults` stallMedia): nothing reaches the viewer until resumed. */
  private paused = false;

  constructor(
    private readonly sender: RTCRtpSender,
    readonly kind: RtpKind,
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

  setSource(next: RtpSource | undefined, now: number): void {
    if (next === this.target) return;
    if (next !== undefined && next === this.current) {
      this.dropPending();
      return;
    }
    const seamless = this.kind === 'video' && next !== undefined && this.current?.isLive(now) === true;
    this.dropPending();
    if (seamless) {
      this.pending = next;
      next.subscribe(this);
      next.requestKeyframe(now);
      return;
    }
    this.current?.unsubscribe(this);
    this.current = next;
    if (!next) return;
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
      return;
    }
    const now = Date.now();
    if (source === this.pending) {
      if (!keyframe) return;
      this.current?.unsubscribe(this);
      this.current = source;
      this.pending = undefined;
      this.rebase = true;
      this.needKeyframe = false;
    } else if (source !== this.current) {
      return;
    } else if (this.needKeyframe) {
      if (!keyframe) return;
      this.needKeyframe = false;
    }
    if (this.rebase) {
      const gapTicks = this.lastSentAt === 0 ? 0 : Math.max(1, Math.round(((now - this.lastSentAt) * source.clockRate) / 1000));
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
    this.lastSentAt = now;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  pause(): void {
    this.paused = true;
  }

  /** Forwards again, from a key frame so the viewer's decoder recovers at once. */
  resume(now: number): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.kind !== 'video') return;
    this.needKeyframe = true;
    this.target?.requestKeyframe(now);
  }

  /** Called periodically: keep asking for the key frame we are waiting for. */
  tick(now: number): void {
    if (this.pending) this.pending.requestKeyframe(now);
    else if (this.needKeyframe) this.current?.requestKeyframe(now);
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

  private dropPending(): void {
    this.pending?.unsubscribe(this);
    this.pending = undefined;
  }
}
