/** How often the incoming video is looked at for a change: the still images' refresh rate at most. */
const SAMPLE_MS = 500;
/** The size frames are compared at: small enough to be cheap, large enough to see a line of text change. */
const SAMPLE_WIDTH = 320;
const SAMPLE_HEIGHT = 180;
/** A sample pixel counts as changed when its red, green and blue differ by this much in total (video noise stays below). */
const PIXEL_CHANGE = 48;
/** A frame counts as new when at least this many sample pixels changed. */
const CHANGED_PIXELS = 4;

/**
 * Turns a presentation stream into still images refreshed only when the content changes: a
 * hidden video is sampled twice a second onto a small canvas and compared with the last still,
 * and the visible canvas is repainted only on a real change, so a slide that stays up costs no
 * repaints at all.
 */
export class StillFrames {
  readonly #video = document.createElement('video');
  readonly #sample = document.createElement('canvas');
  readonly #sampleContext: CanvasRenderingContext2D;
  /** The last still at full size, to paint a target that replaces another (a pop-out window's). */
  readonly #still = document.createElement('canvas');
  #target?: HTMLCanvasElement;
  #lastSample?: Uint8ClampedArray;
  #timer?: ReturnType<typeof setInterval>;
  #count = 0;

  constructor() {
    this.#video.muted = true;
    this.#video.playsInline = true;
    this.#sample.width = SAMPLE_WIDTH;
    this.#sample.height = SAMPLE_HEIGHT;
    const context = this.#sample.getContext('2d', {willReadFrequently: true});
    if (!context) throw new Error('This browser gave no 2D canvas for the still frames');
    this.#sampleContext = context;
  }

  /** How many stills were shown since the stream was set. */
  get count(): number {
    return this.#count;
  }

  /** Starts sampling `stream` (or stops, without one). */
  setStream(stream: MediaStream | undefined): void {
    if (this.#video.srcObject === (stream ?? null)) return;
    this.#video.srcObject = stream ?? null;
    this.#lastSample = undefined;
    this.#count = 0;
    this.#still.width = 0;
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (!stream) return;
    this.#video.play().catch(() => undefined); // muted video may always play; a new stream interrupts the old play()
    this.#timer = setInterval(this.#check, SAMPLE_MS);
  }

  /** The canvas that shows the stills; it gets the last still at once. */
  setTarget(canvas: HTMLCanvasElement | undefined): void {
    if (canvas === this.#target) return;
    this.#target = canvas;
    this.#paintTarget();
  }

  stop(): void {
    this.setStream(undefined);
    this.#target = undefined;
  }

  #check = (): void => {
    const video = this.#video;
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return;
    this.#sampleContext.drawImage(video, 0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT);
    const sample = this.#sampleContext.getImageData(0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT).data;
    const resized = video.videoWidth !== this.#still.width || video.videoHeight !== this.#still.height;
    if (!resized && this.#lastSample && !differs(sample, this.#lastSample)) return;
    this.#lastSample = sample;
    this.#still.width = video.videoWidth;
    this.#still.height = video.videoHeight;
    this.#still.getContext('2d')?.drawImage(video, 0, 0);
    this.#count += 1;
    this.#paintTarget();
  };

  #paintTarget(): void {
    const target = this.#target;
    if (!target || !this.#still.width) return;
    if (target.width !== this.#still.width || target.height !== this.#still.height) {
      target.width = this.#still.width;
      target.height = this.#still.height;
    }
    target.getContext('2d')?.drawImage(this.#still, 0, 0);
  }
}

function differs(a: Uint8ClampedArray, b: Uint8ClampedArray): boolean {
  let changed = 0;
  for (let i = 0; i < a.length; i += 4) {
    const delta = Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]);
    if (delta > PIXEL_CHANGE && ++changed >= CHANGED_PIXELS) return true;
  }
  return false;
}
