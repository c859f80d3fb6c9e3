import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {PexPresentationView} from '../../src/elements/presenter/presentation-view.js';
import '../../src/pex-presenter.js';
import {countVideoFrames, waitFor} from '../helpers/dev-node.js';
import {inOpenedWindow, realClick, trackOpenedWindows} from '../fixtures/media-checks.js';

trackOpenedWindows();

/** A live stream from a canvas that the test paints (it repaints the same picture every 100 ms, like a static slide). */
function paintedStream(): {stream: MediaStream; paint: (colour: string) => void; stop: () => void} {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 180;
  const context = canvas.getContext('2d')!;
  let colour = 'rgb(200 40 40)';
  const paint = (next: string) => {
    colour = next;
    context.fillStyle = colour;
    context.fillRect(0, 0, 320, 180);
  };
  const stream = canvas.captureStream();
  paint(colour);
  const timer = setInterval(() => paint(colour), 100);
  return {stream, paint, stop: () => clearInterval(timer)};
}

function part<T extends Element = HTMLElement>(el: PexPresentationView, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

describe('<pex-presentation-view>', () => {
  let source: ReturnType<typeof paintedStream>;

  beforeEach(() => {
    source = paintedStream();
  });

  afterEach(() => {
    source.stop();
  });

  it('waits politely for a stream, and is accessible', async () => {
    const el = await fixture<PexPresentationView>(
      html`<pex-presentation-view label="Presentation from Bob"></pex-presentation-view>`
    );
    expect(part(el, 'message')!.textContent).to.contain('Waiting for the presentation');
    expect(part(el, 'controls')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('plays the stream in full motion', async () => {
    const el = await fixture<PexPresentationView>(
      html`<pex-presentation-view
        mode="full-motion"
        label="Presentation from Bob"
        .stream=${source.stream}
      ></pex-presentation-view>`
    );
    const video = part<HTMLVideoElement>(el, 'video')!;
    expect(video.srcObject).to.equal(source.stream);
    expect(await countVideoFrames(video, 1000)).to.be.greaterThan(3);
    expect(part(el, 'mode-button')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('as stills, repaints only when the content changes', async () => {
    const el = await fixture<PexPresentationView>(
      html`<pex-presentation-view label="Presentation from Bob" .stream=${source.stream}></pex-presentation-view>`
    );
    expect(el.mode).to.equal('still');
    const still = part<HTMLCanvasElement>(el, 'still')!;
    await waitFor('the first still', () => el.stillCount === 1);
    expect([still.width, still.height]).to.deep.equal([320, 180]);
    // Ten frames a second of the same picture for two seconds: no new still.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(el.stillCount).to.equal(1);
    source.paint('rgb(40 40 200)');
    await waitFor('a new still after the change', () => el.stillCount === 2);
    const pixel = [...still.getContext('2d')!.getImageData(160, 90, 1, 1).data].slice(0, 3);
    expect(pixel[2]).to.be.greaterThan(150);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(el.stillCount).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('switches mode on the toggle and says so with an event', async () => {
    const el = await fixture<PexPresentationView>(html`<pex-presentation-view .stream=${source.stream}></pex-presentation-view>`);
    const changed = oneEvent(el, 'pex-presentation-mode-change');
    part(el, 'mode-button')!.click();
    expect((await changed).detail).to.deep.equal({mode: 'full-motion'});
    await el.updateComplete;
    expect(part(el, 'video')).to.exist;
    expect(part(el, 'still')).to.equal(null);
  });

  it('pops out into its own window that shows the frames, and comes back when that window closes', async () => {
    const el = await fixture<PexPresentationView>(
      html`<pex-presentation-view
        mode="full-motion"
        label="Presentation from Bob"
        .stream=${source.stream}
      ></pex-presentation-view>`
    );
    const opened = oneEvent(el, 'pex-presentation-popout');
    // Clicked once the video has its size (the button moves when it gets it).
    await waitFor('the video playing', () => part<HTMLVideoElement>(el, 'video')!.videoWidth > 0);
    await realClick(part(el, 'popout-button')!);
    expect((await opened).detail).to.deep.equal({open: true});
    expect(el.poppedOut).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.contain('shown in another window');
    expect(part(el, 'video')).to.equal(null);
    // The window is found the way a user sees it: by its title.
    const popupVideo = await waitFor('the video in the pop-out window', () => {
      const video = inOpenedWindow<HTMLVideoElement>('Presentation from Bob', 'video');
      return video && video.videoWidth > 0 ? video : null;
    });
    expect(await countVideoFrames(popupVideo, 1000)).to.be.greaterThan(3);

    const closed = oneEvent(el, 'pex-presentation-popout');
    popupVideo.ownerDocument.defaultView!.close();
    expect((await closed).detail).to.deep.equal({open: false});
    await el.updateComplete;
    expect(el.poppedOut).to.equal(false);
    expect(part<HTMLVideoElement>(el, 'video')!.srcObject).to.equal(source.stream);
  });

  it('shows stills in the pop-out window too, and closes it with the button', async () => {
    const el = await fixture<PexPresentationView>(
      html`<pex-presentation-view label="Stills window" .stream=${source.stream}></pex-presentation-view>`
    );
    await waitFor('the first still', () => el.stillCount === 1);
    await realClick(part(el, 'popout-button')!);
    await el.updateComplete;
    const canvas = await waitFor('the still in the pop-out window', () =>
      inOpenedWindow<HTMLCanvasElement>('Stills window', 'canvas')
    );
    await waitFor('the still painted', () => canvas.width === 320);
    const popup = canvas.ownerDocument.defaultView!;
    part(el, 'popout-button')!.click(); // "Show here"
    await el.updateComplete;
    expect(popup.closed).to.equal(true);
    expect(part(el, 'still')).to.exist;
  });

  it('says so when the browser blocks the window', async () => {
    const el = await fixture<PexPresentationView>(html`<pex-presentation-view .stream=${source.stream}></pex-presentation-view>`);
    const open = window.open;
    window.open = () => null;
    try {
      expect(el.popOut()).to.equal(false);
    } finally {
      window.open = open;
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The browser blocked the new window');
  });
});
