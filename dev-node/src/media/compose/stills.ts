import {createCanvas} from '@napi-rs/canvas';
import {type I420Frame, wrtc} from './wrtc.js';

/** Infinity refreshes presentation stills about once a second at most. */
const MIN_INTERVAL_MS = 1000;
/** `presentation.jpeg` fits in this; `presentation_high.jpeg` is the presenter's full size. */
const LOW_WIDTH = 640;
const LOW_HEIGHT = 360;
const QUALITY = 80;

export interface Still {
  /** Sent as `lastEventId` in the `presentation_frame` event, and asked for as `?id=`. */
  readonly id: string;
  readonly low: Buffer;
  readonly high: Buffer;
}

/** A cheap fingerprint of a picture's luma (every 64th byte): a still is only taken when it changes. */
function fingerprint(frame: I420Frame): number {
  let hash = 0;
  for (let index = 0; index < frame.width * frame.height; index += 64) hash = (hash * 31 + (frame.data[index] ?? 0)) | 0;
  return hash;
}

/**
 * The presentation as still JPEG images, as a Conferencing Node serves them to participants in
 * still-image mode: a new still (and a `presentation_frame` event) when the slides change, at
 * most once a second.
 */
export class PresentationStills {
  latest: Still | undefined;
  private lastAt = -Infinity;
  private lastFingerprint: number | undefined;
  private encoding = false;
  private counter = 0;

  constructor(private readonly onStill: (still: Still) => void) {}

  offer(frame: I420Frame): void {
    const now = performance.now();
    if (this.encoding || now - this.lastAt < MIN_INTERVAL_MS) return;
    const print = fingerprint(frame);
    if (print === this.lastFingerprint) return;
    this.lastAt = now;
    this.lastFingerprint = print;
    this.encoding = true;
    this.encode(frame)
      .then((still) => {
        this.latest = still;
        this.onStill(still);
      })
      .catch(() => undefined)
      .finally(() => (this.encoding = false));
  }

  /** Forgets the stills when the presentation ends. */
  clear(): void {
    this.latest = undefined;
    this.lastFingerprint = undefined;
  }

  private async encode(frame: I420Frame): Promise<Still> {
    const rgba = {width: frame.width, height: frame.height, data: new Uint8Array(frame.width * frame.height * 4)};
    wrtc().nonstandard.i420ToRgba(frame, rgba);
    const full = createCanvas(frame.width, frame.height);
    const context = full.getContext('2d');
    const image = context.createImageData(frame.width, frame.height);
    image.data.set(rgba.data);
    context.putImageData(image, 0, 0);
    const scale = Math.min(1, LOW_WIDTH / frame.width, LOW_HEIGHT / frame.height);
    const small = createCanvas(Math.max(1, Math.round(frame.width * scale)), Math.max(1, Math.round(frame.height * scale)));
    small.getContext('2d').drawImage(full, 0, 0, small.width, small.height);
    const [high, low] = await Promise.all([full.encode('jpeg', QUALITY), small.encode('jpeg', QUALITY)]);
    return {id: `${Date.now().toString(36)}-${++this.counter}`, low, high};
  }
}
