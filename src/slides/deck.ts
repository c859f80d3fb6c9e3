import {readFileHeader} from './file-kind.js';
import {openImage} from './image-slide.js';
import {openPdf} from './pdf-slides.js';
import {RenderQueue, type RenderPriority, type RenderTicket} from './render-queue.js';
import {SlideFileError, type Size, type Slide} from './types.js';

/** Full-size renders kept, so that going back and forth does not draw again (about 8 MB each at 1080p). */
const KEPT_RENDERS = 4;

/** What a deck tells its owner while files are opened. */
export interface DeckListener {
  /** Slides were added, or a file finished opening. */
  changed(): void;
  /** A file gave no slides. */
  failed(error: SlideFileError): void;
}

/** Opens one file as slides: every page of a PDF, or one image. */
async function openFile(file: File): Promise<Slide[]> {
  if (file.size === 0) throw new SlideFileError(file, 'empty');
  const header = await readFileHeader(file).catch((error: unknown) => {
    throw new SlideFileError(file, 'corrupt', {cause: error}); // unreadable (moved or deleted meanwhile)
  });
  if (!header) throw new SlideFileError(file, 'unsupported');
  return header.kind === 'pdf' ? openPdf(file) : [await openImage(file, header)];
}

/**
 * The slides of the files chosen, in the order chosen. Files open one after the other and their
 * slides are appended as each one is ready, so the first slide shows while later files still
 * open; a bad file is reported and skipped. Nothing is drawn until asked for.
 */
export class SlideDeck {
  readonly #slides: Slide[] = [];
  readonly #queue = new RenderQueue();
  /** Full-size renders, least recently used first. */
  readonly #kept = new Map<string, RenderTicket<ImageBitmap>>();
  readonly #listener: DeckListener;
  #opening: Promise<void> = Promise.resolve();
  #filesToOpen = 0;
  #disposed = false;

  constructor(listener: DeckListener) {
    this.#listener = listener;
  }

  get slides(): readonly Slide[] {
    return this.#slides;
  }

  /** How many chosen files are still being opened. */
  get filesToOpen(): number {
    return this.#filesToOpen;
  }

  /** Opens `files` after any still opening; resolves when all are open or refused. */
  add(files: readonly File[]): Promise<void> {
    this.#filesToOpen += files.length;
    this.#listener.changed();
    this.#opening = this.#opening.then(() => this.#open(files));
    return this.#opening;
  }

  /** Draws slide `index` to fit `box`, to show it; the caller owns (and closes) the bitmap. */
  render(index: number, box: Size): Promise<ImageBitmap> {
    const slide = this.#slide(index);
    // A copy, so that the kept one can be closed whenever it is forgotten.
    return slide
      ? this.#keptRender(index, slide, box, 'now').promise.then((bitmap) => createImageBitmap(bitmap))
      : this.#noSlide(index);
  }

  /**
   * Draws a thumbnail of slide `index` after the slides to show; not kept (the strip keeps its
   * pixels). An aborted `signal` drops it if it has not started (it scrolled away).
   */
  thumbnail(index: number, box: Size, signal: AbortSignal): Promise<ImageBitmap> {
    const slide = this.#slide(index);
    if (!slide) return this.#noSlide(index);
    const ticket = this.#queue.schedule('later', () => slide.render(box));
    signal.addEventListener('abort', () => ticket.cancel(signal.reason), {once: true});
    return ticket.promise;
  }

  /** Draws slide `index` ahead of need (a neighbour of the slide shown), if it exists. */
  prefetch(index: number, box: Size): void {
    const slide = this.#slide(index);
    if (slide) this.#keptRender(index, slide, box, 'soon').promise.catch(() => undefined);
  }

  /** Releases every slide, render and open PDF; the deck is unusable afterwards. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const reason = new DOMException('The slides were closed', 'AbortError');
    this.#queue.clear(reason);
    for (const ticket of this.#kept.values()) this.#forget(ticket, reason);
    this.#kept.clear();
    for (const slide of this.#slides.splice(0)) slide.dispose();
  }

  #slide(index: number): Slide | undefined {
    return this.#disposed ? undefined : this.#slides[index];
  }

  #noSlide(index: number): Promise<never> {
    return Promise.reject(new RangeError(`There is no slide ${index}`));
  }

  #keptRender(index: number, slide: Slide, box: Size, priority: RenderPriority): RenderTicket<ImageBitmap> {
    const key = `${index}@${box.width}x${box.height}`;
    let ticket = this.#kept.get(key);
    if (ticket) {
      this.#kept.delete(key); // re-inserted below as the most recently used
      ticket.raise(priority);
    } else {
      const fresh = this.#queue.schedule(priority, () => slide.render(box));
      fresh.promise.catch(() => this.#kept.get(key) === fresh && this.#kept.delete(key));
      ticket = fresh;
    }
    this.#kept.set(key, ticket);
    this.#forgetOldRenders();
    return ticket;
  }

  async #open(files: readonly File[]): Promise<void> {
    for (const file of files) {
      try {
        const slides = await openFile(file);
        if (this.#disposed) slides.forEach((slide) => slide.dispose());
        else this.#slides.push(...slides);
      } catch (error) {
        if (!this.#disposed)
          this.#listener.failed(error instanceof SlideFileError ? error : new SlideFileError(file, 'corrupt', {cause: error}));
      } finally {
        this.#filesToOpen -= 1;
        if (!this.#disposed) this.#listener.changed();
      }
    }
  }

  #forgetOldRenders(): void {
    for (const [key, ticket] of this.#kept) {
      if (this.#kept.size <= KEPT_RENDERS) return;
      this.#kept.delete(key);
      this.#forget(ticket, new DOMException('Render no longer needed', 'AbortError'));
    }
  }

  #forget(ticket: RenderTicket<ImageBitmap>, reason: unknown): void {
    ticket.cancel(reason);
    ticket.promise.then(
      (bitmap) => bitmap.close(),
      () => undefined
    );
  }
}
