import type {SlideDeck} from './deck.js';
import type {Size, Slide} from './types.js';

/**
 * The size of the presented slides for the call's bandwidth (kbps): slides are still pictures,
 * so even a low bandwidth carries 540p text well; more bandwidth buys sharper 720p or 1080p.
 */
export function slideResolution(kbps: number): Size {
  if (kbps <= 384) return {width: 960, height: 540};
  if (kbps <= 1024) return {width: 1280, height: 720};
  return {width: 1920, height: 1080};
}

/**
 * A canvas repaint that changes nothing still makes the captured stream send a frame: sent every
 * second, it lets a late joiner (or a lost key frame) get the slide without waiting for the next.
 */
const KEEPALIVE_MS = 1000;

/** What the canvas shows: nothing yet, a slide being drawn (the previous one stays), the slide, or a failure notice. */
export type SlideStatus = 'empty' | 'drawing' | 'shown' | 'failed';

export interface SlideShowListener {
  /** The slide index, the status or the number of slides changed. */
  changed(): void;
  /** The words drawn on the canvas when a slide cannot be drawn. */
  failureText(slide: Slide): string;
}

/**
 * Shows one slide of a deck at a time on a canvas whose `captureStream()` is the presentation,
 * letterboxed on black at a fixed size (so the video's size does not jump between portrait
 * and landscape slides). A slide is drawn off-screen and painted in one go, so viewers never
 * see it half drawn; its neighbours are drawn ahead so that "next" is quick.
 */
export class SlideShow {
  readonly canvas = document.createElement('canvas');
  readonly #context: CanvasRenderingContext2D;
  readonly #deck: SlideDeck;
  readonly #listener: SlideShowListener;
  #size: Size;
  #index = 0;
  #status: SlideStatus = 'empty';
  /** Increases with each navigation, so that a slow render never paints over a newer slide. */
  #navigation = 0;
  #tracks: MediaStreamTrack[] = [];
  #keepalive?: ReturnType<typeof setInterval>;

  constructor(deck: SlideDeck, size: Size, listener: SlideShowListener) {
    this.#deck = deck;
    this.#size = size;
    this.#listener = listener;
    const context = this.canvas.getContext('2d', {alpha: false});
    if (!context) throw new Error('This browser gave no 2D canvas for the slides');
    this.#context = context;
    this.#resizeCanvas();
  }

  get index(): number {
    return this.#index;
  }

  get count(): number {
    return this.#deck.slides.length;
  }

  get status(): SlideStatus {
    return this.#status;
  }

  get size(): Size {
    return this.#size;
  }

  /** A new stream of the canvas; the session stops its track when the presentation stops. */
  captureStream(): MediaStream {
    const stream = this.canvas.captureStream();
    const track = stream.getVideoTracks().at(0);
    if (track) {
      track.contentHint = 'detail'; // sharp text rather than smooth motion
      this.#tracks.push(track);
    }
    this.#keepalive ??= setInterval(this.#keepFramesComing, KEEPALIVE_MS);
    this.#touch(); // a first frame for the new stream
    return stream;
  }

  /** Shows slide `index` (clamped to the deck). Resolves when it is painted or has failed. */
  async go(index: number): Promise<void> {
    const count = this.count;
    if (count === 0) return;
    const target = Math.min(Math.max(0, Math.round(index)), count - 1);
    if (target === this.#index && this.#status !== 'empty') return;
    await this.#draw(target);
  }

  next(): Promise<void> {
    return this.go(this.#index + 1);
  }

  previous(): Promise<void> {
    return this.go(this.#index - 1);
  }

  /** The deck grew (or finished opening): shows the first slide once there is one. */
  slidesChanged(): void {
    if (this.#status === 'empty' && this.count > 0) void this.#draw(this.#index);
    else this.#listener.changed();
  }

  /** Presents at another size (the bandwidth changed) and draws the slide again. */
  resize(size: Size): void {
    if (size.width === this.#size.width && size.height === this.#size.height) return;
    this.#size = size;
    this.#resizeCanvas();
    if (this.#status !== 'empty') void this.#draw(this.#index);
  }

  dispose(): void {
    this.#navigation += 1;
    clearInterval(this.#keepalive);
    this.#keepalive = undefined;
    for (const track of this.#tracks) track.stop();
    this.#tracks = [];
    this.canvas.width = 0; // frees the pixels now
  }

  async #draw(index: number): Promise<void> {
    const navigation = ++this.#navigation;
    this.#index = index;
    this.#status = 'drawing';
    this.#listener.changed();
    let bitmap: ImageBitmap | undefined;
    try {
      bitmap = await this.#deck.render(index, this.#size);
    } catch {
      // A damaged page or a render that timed out: the notice is painted below.
    }
    if (navigation !== this.#navigation) {
      bitmap?.close();
      return;
    }
    this.#paint(bitmap);
    this.#status = bitmap ? 'shown' : 'failed';
    this.#listener.changed();
    this.#deck.prefetch(index + 1, this.#size);
    this.#deck.prefetch(index - 1, this.#size);
  }

  #resizeCanvas(): void {
    this.canvas.width = this.#size.width;
    this.canvas.height = this.#size.height;
    this.#context.fillStyle = '#000';
    this.#context.fillRect(0, 0, this.#size.width, this.#size.height);
  }

  /** Paints (and closes) the slide's bitmap centred on black; without one, a failure notice. */
  #paint(bitmap: ImageBitmap | undefined): void {
    const {width, height} = this.#size;
    const context = this.#context;
    context.fillStyle = '#000';
    context.fillRect(0, 0, width, height);
    const slide = this.#deck.slides[this.#index] as Slide | undefined; // none while the deck is empty
    if (bitmap) {
      context.drawImage(bitmap, Math.round((width - bitmap.width) / 2), Math.round((height - bitmap.height) / 2));
      bitmap.close();
    } else if (slide) {
      context.fillStyle = '#fff';
      context.font = `${Math.round(height / 24)}px system-ui, sans-serif`;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(this.#listener.failureText(slide), width / 2, height / 2, width * 0.9);
    }
  }

  #keepFramesComing = (): void => {
    this.#tracks = this.#tracks.filter((track) => track.readyState === 'live');
    if (this.#tracks.length === 0) {
      clearInterval(this.#keepalive);
      this.#keepalive = undefined;
      return;
    }
    this.#touch();
  };

  /** A transparent pixel: no visible change, but the canvas counts as painted (a new frame). */
  #touch(): void {
    this.#context.fillStyle = 'rgba(0, 0, 0, 0)';
    this.#context.fillRect(0, 0, 1, 1);
  }
}
