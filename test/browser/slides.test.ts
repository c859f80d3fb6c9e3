import {expect} from '@open-wc/testing';
import {SlideDeck} from '../../src/slides/deck.js';
import {readFileHeader} from '../../src/slides/file-kind.js';
import {RenderQueue} from '../../src/slides/render-queue.js';
import {slideResolution, SlideShow} from '../../src/slides/slide-show.js';
import {timeBox, TimeoutError} from '../../src/slides/time-box.js';
import type {SlideFileError, Slide} from '../../src/slides/types.js';
import {countVideoFrames, waitFor} from '../helpers/dev-node.js';
import {centreColour, near} from '../fixtures/media-checks.js';
import {badFiles, makeBmp, makeGif, makeImage, makePdf, numberedPages, type Rgb} from '../fixtures/slide-files.js';

const RED: Rgb = [230, 30, 30];
const GREEN: Rgb = [30, 200, 60];
const BLUE: Rgb = [30, 60, 230];

function openDeck(): {deck: SlideDeck; errors: SlideFileError[]} {
  const errors: SlideFileError[] = [];
  const deck = new SlideDeck({changed: () => undefined, failed: (error) => errors.push(error)});
  return {deck, errors};
}

/** Counts each slide's renders (a spy on the real method). */
function countRenders(slides: readonly Slide[]): number[] {
  const counts = slides.map(() => 0);
  slides.forEach((slide, index) => {
    const render = slide.render.bind(slide);
    slide.render = (box) => {
      counts[index] += 1;
      return render(box);
    };
  });
  return counts;
}

describe('slides: file types', () => {
  it("tells the type from the content, and an image's size from its header", async () => {
    expect(await readFileHeader(await makeImage('a.png', RED, 'image/png', 320, 240))).to.deep.equal({
      kind: 'png',
      width: 320,
      height: 240,
    });
    expect(await readFileHeader(await makeImage('a.jpg', RED, 'image/jpeg', 300, 200))).to.deep.equal({
      kind: 'jpeg',
      width: 300,
      height: 200,
    });
    expect(await readFileHeader(makeBmp('a.bmp', RED, 8, 6))).to.deep.equal({kind: 'bmp', width: 8, height: 6});
    expect(await readFileHeader(makeGif('a.gif'))).to.deep.equal({kind: 'gif', width: 1, height: 1});
    expect(await readFileHeader(makePdf('a.pdf', [{color: RED}]))).to.deep.equal({kind: 'pdf'});
    // Names lie: a PNG called .pdf is a PNG, and text called .png is nothing.
    expect((await readFileHeader(new File([await (await makeImage('x', RED)).arrayBuffer()], 'x.pdf')))?.kind).to.equal('png');
    expect(await readFileHeader(new File(['hello'], 'x.png'))).to.equal(undefined);
  });

  it("gives the bandwidth's slide size", () => {
    expect(slideResolution(256)).to.deep.equal({width: 960, height: 540});
    expect(slideResolution(576)).to.deep.equal({width: 1280, height: 720});
    expect(slideResolution(1864)).to.deep.equal({width: 1920, height: 1080});
  });
});

describe('slides: deck', () => {
  it('opens a mixed selection in the order chosen: every PDF page and every image is a slide', async () => {
    const {deck, errors} = openDeck();
    const files = [
      await makeImage('first.png', GREEN),
      makePdf('middle.pdf', [{color: RED}, {color: BLUE}]),
      makeBmp('last.bmp', BLUE),
      makeGif('tiny.gif'),
    ];
    await deck.add(files);
    expect(errors).to.deep.equal([]);
    expect(deck.slides.map(({file, page}) => `${file.name}${page ? `#${page}` : ''}`)).to.deep.equal([
      'first.png',
      'middle.pdf#1',
      'middle.pdf#2',
      'last.bmp',
      'tiny.gif',
    ]);
    const colours = [];
    for (let index = 0; index < deck.slides.length; index += 1) {
      const bitmap = await deck.render(index, {width: 320, height: 180});
      colours.push(centreColour(bitmap));
      bitmap.close();
    }
    expect(near(colours[0], GREEN), `first.png ${colours[0].join(',')}`).to.equal(true);
    expect(near(colours[1], RED), `page 1 ${colours[1].join(',')}`).to.equal(true);
    expect(near(colours[2], BLUE), `page 2 ${colours[2].join(',')}`).to.equal(true);
    expect(near(colours[3], BLUE), `last.bmp ${colours[3].join(',')}`).to.equal(true);
    expect(near(colours[4], [255, 0, 0]), `tiny.gif ${colours[4].join(',')}`).to.equal(true);
    deck.dispose();
  });

  it('a PDF opened while the last one is still being closed gets its own reason', async () => {
    // pdf.js refuses a document while its worker is destroying another; this raced 1 in 4 in Firefox.
    const reasons = [];
    for (let round = 0; round < 12; round += 1) {
      const {deck, errors} = openDeck();
      const bad = badFiles();
      await deck.add([bad['corrupt-pdf'], bad.password]);
      reasons.push(errors.map(({problem}) => problem).join(','));
      deck.dispose();
    }
    expect([...new Set(reasons)]).to.deep.equal(['corrupt,password']);
  });

  it('refuses each kind of bad file with its reason, and keeps the good ones', async () => {
    const {deck, errors} = openDeck();
    const bad = badFiles();
    await deck.add([
      bad.unsupported,
      await makeImage('good.png', GREEN),
      bad.empty,
      bad['corrupt-pdf'],
      bad.password,
      bad['too-large'],
      bad['corrupt-image'],
    ]);
    expect(deck.slides.map(({file}) => file.name)).to.deep.equal(['good.png']);
    expect(errors.map(({file, problem}) => `${file.name}: ${problem}`)).to.deep.equal([
      'notes.txt: unsupported',
      'empty.png: empty',
      'broken.pdf: corrupt',
      'secret.pdf: password',
      'huge.png: too-large',
      'broken.jpg: corrupt',
    ]);
    deck.dispose();
  });

  it('draws PDF pages only when asked: opening 200 pages draws none', async () => {
    const {deck} = openDeck();
    await deck.add([makePdf('long.pdf', numberedPages(200))]);
    expect(deck.slides).to.have.length(200);
    const renders = countRenders(deck.slides);
    const show = new SlideShow(deck, {width: 640, height: 360}, {changed: () => undefined, failureText: () => 'failed'});
    await show.go(0);
    await show.go(1);
    // The slides shown and their neighbours (drawn ahead), nothing else.
    await waitFor('the neighbours drawn ahead', () => renders[2] === 1);
    const drawn = renders.flatMap((count, index) => (count ? [index] : []));
    expect(drawn).to.deep.equal([0, 1, 2]);
    show.dispose();
    deck.dispose();
  });

  it('keeps slides appearing while later files open, and reports file by file', async () => {
    const changes: number[] = [];
    const deck: SlideDeck = new SlideDeck({changed: () => changes.push(deck.slides.length), failed: () => undefined});
    await deck.add([await makeImage('a.png', RED), makePdf('b.pdf', numberedPages(3))]);
    expect(changes).to.include(1); // the image was there before the PDF opened
    expect(changes.at(-1)).to.equal(4);
    expect(deck.filesToOpen).to.equal(0);
    deck.dispose();
  });
});

describe('slides: time box', () => {
  it('gives up on work that hangs, cancels it, and releases a late result', async () => {
    let abandoned = false;
    let released: string | undefined;
    let finish!: (value: string) => void;
    const hanging = new Promise<string>((resolve) => (finish = resolve));
    const boxed = timeBox('Decoding x.png', hanging, 50, {
      abandon: () => (abandoned = true),
      discardLate: (late) => (released = late),
    });
    let error: unknown;
    await boxed.catch((reason: unknown) => (error = reason));
    expect(error).to.be.instanceOf(TimeoutError);
    expect(abandoned).to.equal(true);
    finish('a bitmap');
    await waitFor('the late result released', () => released === 'a bitmap');
    expect(await timeBox('quick', Promise.resolve(7), 50)).to.equal(7);
  });
});

describe('slides: render queue', () => {
  it('runs the slide shown before neighbours, and neighbours before thumbnails', async () => {
    const queue = new RenderQueue();
    const order: string[] = [];
    let release!: () => void;
    const blocker = new Promise<void>((resolve) => (release = resolve));
    const job = (name: string) => () => {
      order.push(name);
      return Promise.resolve();
    };
    const first = queue.schedule('later', () => blocker);
    const done = [
      queue.schedule('later', job('thumbnail 1')),
      queue.schedule('later', job('thumbnail 2')),
      queue.schedule('soon', job('neighbour')),
      queue.schedule('now', job('old slide')),
      queue.schedule('now', job('new slide')),
    ];
    const dropped = queue.schedule('later', job('scrolled away'));
    dropped.cancel(new Error('gone'));
    release();
    await first.promise;
    await Promise.all(done.map(({promise}) => promise));
    expect(order).to.deep.equal(['new slide', 'old slide', 'neighbour', 'thumbnail 1', 'thumbnail 2']);
    let rejected = false;
    await dropped.promise.catch(() => (rejected = true));
    expect(rejected).to.equal(true);
  });
});

describe('slides: slide show', () => {
  it('paints the slide on a canvas whose stream keeps sending frames while the slide stays', async () => {
    const {deck} = openDeck();
    await deck.add([makePdf('two.pdf', [{color: RED}, {color: BLUE}])]);
    const show = new SlideShow(deck, {width: 640, height: 360}, {changed: () => undefined, failureText: () => 'failed'});
    show.slidesChanged();
    await waitFor('the first slide', () => show.status === 'shown');
    expect(near(centreColour(show.canvas), RED)).to.equal(true);
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = show.captureStream();
    await video.play();
    // A static slide still yields about one frame a second (for late joiners and lost key frames).
    expect(await countVideoFrames(video, 2500)).to.be.greaterThan(0);
    await show.next();
    expect(show.index).to.equal(1);
    expect(near(centreColour(show.canvas), BLUE)).to.equal(true);
    await show.next(); // past the end: stays
    expect(show.index).to.equal(1);
    show.dispose();
    expect(video.srcObject.getVideoTracks()[0].readyState).to.equal('ended');
    deck.dispose();
  });

  it('letterboxes a portrait page on black at the presentation size', async () => {
    const {deck} = openDeck();
    await deck.add([makePdf('portrait.pdf', [{color: GREEN}], {width: 200, height: 400})]);
    const show = new SlideShow(deck, slideResolution(576), {changed: () => undefined, failureText: () => 'failed'});
    await show.go(0);
    expect([show.canvas.width, show.canvas.height]).to.deep.equal([1280, 720]);
    expect(near(centreColour(show.canvas), GREEN)).to.equal(true);
    const edge = show.canvas.getContext('2d')!.getImageData(10, 360, 1, 1).data;
    expect([...edge].slice(0, 3)).to.deep.equal([0, 0, 0]);
    show.dispose();
    deck.dispose();
  });
});
