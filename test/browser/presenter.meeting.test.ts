import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {expect, html} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/pex-conference.js';
import '../../src/pex-presenter.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {PexPresentationView} from '../../src/elements/presenter/presentation-view.js';
import type {PexPresenter} from '../../src/elements/presenter/presenter.js';
import {inFirefox, standInForScreenCapture} from '../helpers/browser.js';
import {countVideoFrames, createRoom, devNodeUrl, waitFor} from '../helpers/dev-node.js';
import {deepText} from '../helpers/dom.js';
import {centreColour, closeOpenedWindows, inOpenedWindow, near, realClick, trackOpenedWindows} from '../fixtures/media-checks.js';
import {makeImage, makePdf, type Rgb} from '../fixtures/slide-files.js';
import {participantsOf} from '../../src/session/selectors.js';

// The side panel's roster and chat (built in now) lay out through ResizeObservers: their benign loop errors fail a test in Firefox.
ignoreResizeObserverLoopErrors();

const RED: Rgb = [220, 30, 30];
const BLUE: Rgb = [30, 60, 220];
const GREEN: Rgb = [30, 190, 60];
/** Video compression shifts colours more than drawing does. */
const VIDEO_TOLERANCE = 48;

async function inCall(el: PexConference): Promise<void> {
  await waitFor(`${el.name} in the call`, () => {
    if (el.state.phase === 'failed' || el.state.phase === 'ended') throw new Error(`${el.name}: ${el.state.endReason?.code}`);
    return el.state.phase === 'in-call';
  });
}

function part<T extends Element = HTMLElement>(root: Element, name: string): T | null {
  return root.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

trackOpenedWindows();

describe('<pex-presenter> in a meeting (real dev node, real WebRTC)', () => {
  // The elements live across the tests of this block (fixture() would remove them after each).
  const container = document.createElement('div');
  let ann: PexConference;
  let bob: PexConference;
  let annPresenter: PexPresenter;
  let bobPresenter: PexPresenter;

  function bobView(): PexPresentationView | null {
    return part<PexPresentationView>(bobPresenter, 'view');
  }

  /** Bob's view of the presentation in full motion, once its frames show `colour`. */
  async function bobSees(colour: Rgb): Promise<void> {
    const view = await waitFor("Bob's presentation view", () => bobView());
    if (view.mode !== 'full-motion') {
      part(view, 'mode-button')!.click();
      await view.updateComplete;
    }
    let last: number[] = [];
    await waitFor(`Bob to see ${colour.join(',')}`, () => {
      const video = part<HTMLVideoElement>(view, 'video');
      if (!video || video.videoWidth === 0) return false;
      last = centreColour(video);
      return near(last, colour, VIDEO_TOLERANCE);
    }).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}; last seen ${last.join(',')}`);
    });
  }

  before(async () => {
    const alias = await createRoom();
    // Ann's presenter is bound with for=; Bob's sits inside his conference (context).
    render(
      html`<pex-conference id="ann" node=${devNodeUrl} conference=${alias} name="Ann"></pex-conference>
        <pex-presenter id="ann-presenter" for="ann"></pex-presenter>
        <pex-conference id="bob" node=${devNodeUrl} conference=${alias} name="Bob"
          ><pex-presenter id="bob-presenter"></pex-presenter
        ></pex-conference>`,
      container
    );
    document.body.append(container);
    ann = container.querySelector('#ann')!;
    bob = container.querySelector('#bob')!;
    annPresenter = container.querySelector('#ann-presenter')!;
    bobPresenter = container.querySelector('#bob-presenter')!;
    await Promise.all([ann.updateComplete, bob.updateComplete, annPresenter.updateComplete, bobPresenter.updateComplete]);
    await ann.joinMeeting();
    await inCall(ann);
    await bob.joinMeeting();
    await inCall(bob);
    await waitFor('both see each other', () => participantsOf(ann.state).length === 2 && participantsOf(bob.state).length === 2);
  });

  after(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- before() may have failed before setting them */
    await annPresenter?.stopSharing();
    await bobPresenter?.stopSharing();
    closeOpenedWindows();
    await Promise.all([ann?.leave(), bob?.leave()]);
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    container.remove();
  });

  it('chosen files open for review: the other sees nothing until Start presenting, then the slide shown and each page turned', async () => {
    // As the file picker gives them: a PDF of two pages, reviewed before presenting.
    const chosen = new DataTransfer();
    chosen.items.add(
      makePdf('review.pdf', [
        {color: RED, label: 'One'},
        {color: BLUE, label: 'Two'},
      ])
    );
    const input = annPresenter.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    input.files = chosen.files;
    input.dispatchEvent(new Event('change'));
    await waitFor('the slides open for review', () => annPresenter.slideCount === 2);
    part(annPresenter, 'next-button')!.click();
    await waitFor('slide 2 drawn', async () => {
      await annPresenter.updateComplete;
      return (
        annPresenter.slideIndex === 1 && annPresenter.shadowRoot!.querySelector('.stage')?.getAttribute('aria-busy') === 'false'
      );
    });
    expect(deepText(annPresenter.shadowRoot!)).to.contain('Your slides are not being presented.');
    expect(annPresenter.sharing).to.equal('none');
    expect(ann.state.presentation.sending).to.equal('idle');
    // The node told Bob of no presentation: he has none, and no presenter.
    expect(bob.state.presentation.presenterId).to.equal(undefined);
    expect(bob.state.presentation.remote).to.equal(undefined);
    expect(bobView()).to.equal(null);

    part(annPresenter, 'start-button')!.click();
    await waitFor('Ann presenting', () => ann.state.presentation.sending === 'sending');
    await waitFor(
      'Bob receiving the presentation',
      () => bob.state.presentation.remote && bob.state.presentation.presenterName === 'Ann'
    );
    await bobSees(BLUE);
    part(annPresenter, 'previous-button')!.click();
    await bobSees(RED);
    await annPresenter.stopSharing();
    await waitFor('the presentation over for Bob', () => !bob.state.presentation.presenterId);
  });

  it('one shares a PDF and a PNG; the other receives frames that change with each slide', async () => {
    await annPresenter.shareFiles([
      makePdf('deck.pdf', [
        {color: RED, label: 'One'},
        {color: BLUE, label: 'Two'},
      ]),
      await makeImage('photo.png', GREEN, 'image/png', 640, 360),
    ]);
    await waitFor('Ann presenting', () => ann.state.presentation.sending === 'sending');
    expect(annPresenter.sharing).to.equal('slides');
    expect(annPresenter.slideCount).to.equal(3);
    await waitFor(
      'Bob receiving the presentation',
      () => bob.state.presentation.remote && bob.state.presentation.presenterName === 'Ann'
    );
    await bobSees(RED);
    await annPresenter.nextSlide();
    await bobSees(BLUE);
    await annPresenter.nextSlide();
    await bobSees(GREEN);
    expect(deepText(bobPresenter.shadowRoot!)).to.not.contain('Waiting for the presentation');
    await expect(bobPresenter).to.be.accessible();
    await expect(annPresenter).to.be.accessible();
  });

  it('as still images, the view repaints when the slide changes and not while it stays', async () => {
    const view = bobView()!;
    part(view, 'mode-button')!.click(); // back to stills
    await view.updateComplete;
    expect(view.mode).to.equal('still');
    await waitFor('a first still', () => view.stillCount >= 1);
    // Let the encoder settle on the slide, then watch: frames keep arriving (about one a second), stills do not.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const settled = view.stillCount;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(view.stillCount, 'no new still while the slide stays').to.equal(settled);
    await annPresenter.previousSlide();
    await waitFor('a new still for the new slide', () => view.stillCount > settled);
    const still = part<HTMLCanvasElement>(view, 'still')!;
    await waitFor('the still showing the blue slide', () => near(centreColour(still), BLUE, VIDEO_TOLERANCE));
  });

  it('pops the presentation out into its own window, which shows the frames', async () => {
    const view = bobView()!;
    part(view, 'mode-button')!.click(); // full motion in the window
    await view.updateComplete;
    await realClick(part(view, 'popout-button')!);
    await waitFor('the view popped out', () => view.poppedOut);
    const video = await waitFor('the video in the window', () => {
      const candidate = inOpenedWindow<HTMLVideoElement>('Presentation from Ann', 'video');
      return candidate && candidate.videoWidth > 0 ? candidate : null;
    });
    expect(await countVideoFrames(video, 2500)).to.be.greaterThan(0);
    expect(near(centreColour(video), BLUE, VIDEO_TOLERANCE)).to.equal(true);
    video.ownerDocument.defaultView!.close();
    await waitFor('the view back in the page', () => !view.poppedOut);
  });

  it("shares the screen (Chromium's fake capture) from the Share screen button, replacing the slides", async () => {
    await annPresenter.stopSharing();
    await waitFor('Bob no longer receiving', () => !bob.state.presentation.presenterId);
    await annPresenter.updateComplete;
    // Headless Firefox has no screen to capture: there a canvas stands in for it, and the rest is the same.
    const restoreCapture = inFirefox ? standInForScreenCapture() : undefined;
    try {
      await realClick(part(annPresenter, 'share-screen-button')!);
      await waitFor(
        'Ann sharing her screen',
        () => annPresenter.sharing === 'screen' && ann.state.presentation.sending === 'sending'
      );
    } finally {
      restoreCapture?.();
    }
    await annPresenter.updateComplete;
    expect(part<HTMLVideoElement>(annPresenter, 'screen-preview')!.srcObject).to.equal(ann.state.presentation.local);
    await waitFor(
      'Bob receiving the screen',
      () => bob.state.presentation.remote && bob.state.presentation.presenterName === 'Ann'
    );
    const view = await waitFor("Bob's view", () => bobView());
    if (view.mode !== 'full-motion') {
      part(view, 'mode-button')!.click();
      await view.updateComplete;
    }
    const video = await waitFor('screen frames at Bob', () => {
      const candidate = part<HTMLVideoElement>(view, 'video');
      return candidate && candidate.videoWidth > 0 ? candidate : null;
    });
    expect(await countVideoFrames(video, 1500)).to.be.greaterThan(3);
  });

  it("when the other starts presenting, the first one's presentation stops with a notice", async () => {
    await bobPresenter.shareFiles([await makeImage('bob.png', GREEN)]);
    await waitFor('Bob presenting', () => bob.state.presentation.sending === 'sending');
    await waitFor("Ann's share stopped", () => annPresenter.sharing === 'none');
    await waitFor('the notice naming Bob', async () => {
      await annPresenter.updateComplete;
      return part(annPresenter, 'notice')?.textContent.includes('Bob started presenting, so your presentation stopped.');
    });
    await waitFor(
      "Ann receiving Bob's slide",
      () => ann.state.presentation.remote && ann.state.presentation.presenterName === 'Bob'
    );
    await expect(annPresenter).to.be.accessible();
    await bobPresenter.stopSharing();
    await waitFor('Ann no longer receiving', () => !ann.state.presentation.presenterId);
  });

  it('a participant whose presentation a host stopped sees that it is not shown', async () => {
    const bobId = bob.state.selfId!;
    await ann.session.setPresentationReceiving(bobId, false);
    await waitFor('Bob told', () => participantsOf(bob.state).find(({isSelf}) => isSelf)?.receivesPresentation === false);
    await annPresenter.shareFiles([await makeImage('ann.png', RED)]);
    await waitFor('Ann presenting', () => ann.state.presentation.sending === 'sending');
    await bobPresenter.updateComplete;
    await waitFor('the notice at Bob', () =>
      part(bobPresenter, 'notice')?.textContent.includes('a host has stopped sending the presentation to you')
    );
    expect(bobView()).to.equal(null);
    await ann.session.setPresentationReceiving(bobId, true);
  });
});
