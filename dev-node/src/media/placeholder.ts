import {RtpHeader, RtpPacket} from 'werift';
import {type RtpSink, type RtpSource, SinkSet} from './source.js';
import {encodeGreyKeyframe} from './vp8-keyframe.js';

const FRAME_INTERVAL_MS = 100;
const CLOCK_RATE = 90_000;
/** VP8 payload descriptor (RFC 7741): S=1 (start of partition), PID 0, no extensions. */
const VP8_DESCRIPTOR = Buffer.from([0x10]);
const FRAME = Buffer.concat([VP8_DESCRIPTOR, encodeGreyKeyframe(320, 180)]);

/**
 * A grey picture at 10 fps, every frame a key frame: the video of last resort, sent when no
 * participant (not even the viewer) sends video, so the viewer's inbound video never stalls.
 * It only runs while someone is subscribed.
 */
export class PlaceholderVideo implements RtpSource {
  readonly kind = 'video';
  readonly label = 'placeholder';
  readonly clockRate = CLOCK_RATE;
  private readonly sinks = new SinkSet();
  private timer: NodeJS.Timeout | undefined;
  private sequenceNumber = 0;
  private timestamp = 0;

  subscribe(sink: RtpSink): void {
    this.sinks.add(sink);
    this.timer ??= setInterval(() => this.emitFrame(), FRAME_INTERVAL_MS);
  }

  unsubscribe(sink: RtpSink): void {
    this.sinks.delete(sink);
    if (this.sinks.size === 0) this.stop();
  }

  /** Every frame is a key frame, so there is nothing to request. */
  requestKeyframe(): void {}

  isFlowing(): boolean {
    return true;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.sinks.clear();
  }

  private emitFrame(): void {
    this.sequenceNumber = (this.sequenceNumber + 1) & 0xffff;
    this.timestamp = (this.timestamp + (CLOCK_RATE * FRAME_INTERVAL_MS) / 1000) >>> 0;
    const header = new RtpHeader({
      payloadType: 96,
      sequenceNumber: this.sequenceNumber,
      timestamp: this.timestamp,
      marker: true,
    });
    this.sinks.deliver(this, new RtpPacket(header, FRAME), true);
  }
}
