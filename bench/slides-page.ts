/**
 * The browser half of the slides benchmark (see slides.bench.mjs): opens generated PDFs with the
 * real pipeline (SlideDeck + SlideShow, as <pex-presenter> uses them) and times it.
 */
import {SlideDeck} from '../src/slides/deck.js';
import {slideResolution, SlideShow} from '../src/slides/slide-show.js';
import {makePdf, numberedPages} from '../test/fixtures/slide-files.js';

/** The largest presentation size (1864 kbps → 1080p): the slowest case. */
const SIZE = slideResolution(1864);

function openShow(): {deck: SlideDeck; show: SlideShow} {
  const deck: SlideDeck = new SlideDeck({changed: () => show.slidesChanged(), failed: (error) => console.error(error)});
  const show = new SlideShow(deck, SIZE, {changed: () => undefined, failureText: () => 'failed'});
  return {deck, show};
}

async function firstSlide(show: SlideShow): Promise<void> {
  while (show.status !== 'shown') {
    if (show.status === 'failed') throw new Error('The first slide failed');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

let current: {deck: SlideDeck; show: SlideShow} | undefined;

declare global {
  interface Window {
    slidesBench: typeof slidesBench;
  }
}

const slidesBench = {
  /** 100 pages: time to the first slide (pdf.js loaded cold), then next-slide and jump times. */
  async hundredPages() {
    const file = makePdf('hundred.pdf', numberedPages(100));
    const started = performance.now();
    const {deck, show} = openShow();
    await deck.add([file]);
    await firstSlide(show);
    const firstSlideMs = performance.now() - started;
    // Next: the neighbour was drawn ahead while the user looked at the slide (a second here).
    const nextTimes: number[] = [];
    for (let step = 0; step < 30; step += 1) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = performance.now();
      await show.next();
      nextTimes.push(performance.now() - before);
    }
    // Jumps (a thumbnail far away): nothing drawn ahead.
    const jumpTimes: number[] = [];
    for (let step = 0; step < 10; step += 1) {
      const before = performance.now();
      await show.go(40 + step * 6);
      jumpTimes.push(performance.now() - before);
    }
    show.dispose();
    deck.dispose();
    return {
      pages: 100,
      resolution: `${SIZE.width}x${SIZE.height}`,
      firstSlideMs: round(firstSlideMs),
      nextSlideMedianMs: round(percentile(nextTimes, 0.5)),
      nextSlideP95Ms: round(percentile(nextTimes, 0.95)),
      jumpSlideMedianMs: round(percentile(jumpTimes, 0.5)),
      jumpSlideP95Ms: round(percentile(jumpTimes, 0.95)),
    };
  },

  /** Opens a 200-page PDF and shows its first slide; the node side measures memory after this. */
  async openTwoHundred() {
    const started = performance.now();
    current = openShow();
    await current.deck.add([makePdf('two-hundred.pdf', numberedPages(200))]);
    await firstSlide(current.show);
    return {pages: current.show.count, firstSlideMs: round(performance.now() - started)};
  },

  /** Shows every one of the 200 slides in turn (memory must not grow with the pages seen). */
  async stepThroughAll() {
    const show = current!.show;
    const started = performance.now();
    while (show.index < show.count - 1) await show.next();
    return {shown: show.index + 1, allSlidesMs: round(performance.now() - started)};
  },

  close() {
    current?.show.dispose();
    current?.deck.dispose();
    current = undefined;
  },

  jsHeapMB(): number {
    const memory = (performance as Performance & {memory?: {usedJSHeapSize: number}}).memory;
    return memory ? Math.round(memory.usedJSHeapSize / 1e5) / 10 : -1;
  },
};

window.slidesBench = slidesBench;
document.body.dataset['ready'] = 'yes';
