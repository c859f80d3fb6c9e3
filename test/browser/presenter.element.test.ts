import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
import {ContextProvider} from '@lit/context';
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {sessionContext} from '../../src/context/session-context.js';
import type {PexPresentationView} from '../../src/elements/presenter/presentation-view.js';
import type {PexPresenter} from '../../src/elements/presenter/presenter.js';
import type {PexSlideStrip} from '../../src/elements/presenter/slide-strip.js';
import '../../src/pex-presenter.js';
import {initialConferenceStatus, initialState} from '../../src/session/types.js';
import {waitFor} from '../helpers/dev-node.js';
import {deepText} from '../helpers/dom.js';
import {FakeSession, type FakeStateChange} from '../helpers/fake-session.js';
import {participant} from '../helpers/fixtures.js';
import {centreColour, near} from '../fixtures/media-checks.js';
import {badFiles, makeImage, makePdf, numberedPages, type Rgb} from '../fixtures/slide-files.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

const RED: Rgb = [230, 30, 30];
const GREEN: Rgb = [30, 200, 60];
const BLUE: Rgb = [30, 60, 230];

let owners = 0;

function inCall(change: FakeStateChange = {}): FakeSession {
  return new FakeSession({
    phase: 'in-call',
    participants: [participant({isSelf: true, displayName: 'Ann'}), participant({displayName: 'Bob'})],
    ...change,
  });
}

/** A presenter bound with `for=` to an element that owns `session`. */
async function presenterFor(session: FakeSession): Promise<PexPresenter> {
  owners += 1;
  const owner = Object.assign(document.createElement('div'), {id: `conference-${owners}`, session});
  const wrapper = await fixture<HTMLDivElement>(html`<div>${owner}<pex-presenter for=${owner.id}></pex-presenter></div>`);
  const el = wrapper.querySelector('pex-presenter')!;
  await el.updateComplete;
  return el;
}

function part<T extends Element = HTMLElement>(el: PexPresenter, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function text(el: PexPresenter): string {
  return deepText(el.shadowRoot!);
}

function slideCanvas(el: PexPresenter): HTMLCanvasElement {
  return part<HTMLCanvasElement>(el, 'slide')!;
}

/** Waits for the presenter to hand a stream to the session, and lets the fake session take it. */
async function presented(el: PexPresenter, session: FakeSession, calls = 1): Promise<MediaStream> {
  await waitFor('present() to be called', () => session.callsOf('present').length === calls);
  const stream = session.callsOf('present')[calls - 1][0] as MediaStream;
  session.setState({presentation: {local: stream, sending: 'sending'}});
  await el.updateComplete;
  return stream;
}

/** Waits until slide `index` is shown and drawn (the slides stage is no longer busy). */
async function drawn(el: PexPresenter, index: number): Promise<void> {
  await waitFor(`slide ${index + 1} drawn`, async () => {
    await el.updateComplete;
    return el.slideIndex === index && el.shadowRoot!.querySelector('.stage')?.getAttribute('aria-busy') === 'false';
  });
}

describe('<pex-presenter> binding (fake session)', () => {
  it('says it is not connected when it has no conference, and is accessible', async () => {
    const el = await fixture<PexPresenter>(html`<pex-presenter></pex-presenter>`);
    expect(part(el, 'message')!.textContent).to.contain('Not connected to a meeting');
    await expect(el).to.be.accessible();
  });

  it('says so when for= names no conference', async () => {
    const el = await fixture<PexPresenter>(html`<pex-presenter for="nowhere"></pex-presenter>`);
    expect(part(el, 'message')!.textContent).to.contain('There is no <pex-conference id="nowhere">');
  });

  it('finds its session through context when nested', async () => {
    const session = inCall();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(wrapper, {context: sessionContext, initialValue: session});
    wrapper.append(document.createElement('pex-presenter'));
    const el = wrapper.querySelector('pex-presenter')!;
    await el.updateComplete;
    expect(part(el, 'share-files-button')).to.exist;
  });

  it('before joining: sharing is off, says why, and is accessible', async () => {
    const el = await presenterFor(new FakeSession(initialState()));
    expect(part<HTMLButtonElement>(el, 'share-files-button')!.disabled).to.equal(true);
    expect(part<HTMLButtonElement>(el, 'share-screen-button')!.disabled).to.equal(true);
    expect(part(el, 'hint')!.textContent).to.contain('Join the meeting');
    await expect(el).to.be.accessible();
  });

  it('says so when the meeting does not allow presenting', async () => {
    const el = await presenterFor(inCall({conferenceStatus: {...initialConferenceStatus, presentationAllowed: false}}));
    expect(part<HTMLButtonElement>(el, 'share-files-button')!.disabled).to.equal(true);
    expect(part(el, 'hint')!.textContent).to.contain('not allowed');
  });
});

describe('<pex-presenter> slides (fake session)', () => {
  it('shares a PDF and an image as slides, presents once the first is drawn, and is accessible', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    expect(part(el, 'share-bar')).to.exist;
    await expect(el).to.be.accessible();
    const changes: {index: number; count: number}[] = [];
    el.addEventListener('pex-presentation-slide-change', ({detail}) => changes.push(detail));
    await el.shareFiles([makePdf('deck.pdf', [{color: RED}, {color: BLUE}]), await makeImage('photo.png', GREEN)]);
    const stream = await presented(el, session);
    expect(stream.getVideoTracks()).to.have.length(1);
    expect(el.sharing).to.equal('slides');
    expect(el.slideCount).to.equal(3);
    await drawn(el, 0);
    expect(part(el, 'slide-counter')!.textContent).to.equal('1 / 3');
    expect(near(centreColour(slideCanvas(el)), RED)).to.equal(true);
    expect(text(el)).to.contain('You are presenting these slides');
    // Announced as each move happens, and once more when the last file is open.
    expect(changes.at(-1)).to.deep.equal({index: 0, count: 3});
    await expect(el).to.be.accessible();
  });

  it('moves with the buttons, the keyboard and the methods; announces each slide politely', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    await el.shareFiles([makePdf('deck.pdf', [{color: RED}, {color: BLUE}]), await makeImage('photo.png', GREEN)]);
    await presented(el, session);
    await drawn(el, 0);
    const live = el.shadowRoot!.querySelector('[role="status"].visually-hidden')!;
    await waitFor('the position announced', () => live.textContent === 'Slide 1 of 3');
    expect(part(el, 'previous-button')!.getAttribute('aria-disabled')).to.equal('true');

    part(el, 'next-button')!.click();
    await drawn(el, 1);
    expect(near(centreColour(slideCanvas(el)), BLUE)).to.equal(true);
    expect(live.textContent).to.equal('Slide 2 of 3');

    el.shadowRoot!.querySelector<HTMLElement>('.stage')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await drawn(el, 2);
    expect(near(centreColour(slideCanvas(el)), GREEN)).to.equal(true);
    expect(part(el, 'next-button')!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({press: 'Home'});
    await drawn(el, 0);
    await sendKeys({press: 'End'});
    await drawn(el, 2);
    await sendKeys({press: 'ArrowLeft'});
    await drawn(el, 1);

    const change = oneEvent(el, 'pex-presentation-slide-change');
    await el.previousSlide();
    expect((await change).detail).to.deep.equal({index: 0, count: 3});
    await el.goToSlide(2);
    await drawn(el, 2);
    expect(part(el, 'slide-counter')!.textContent).to.equal('3 / 3');
  });

  it('turns the arrow keys round in right-to-left text', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    el.dir = 'rtl';
    await el.shareFiles([makePdf('deck.pdf', numberedPages(3))]);
    await drawn(el, 0);
    el.shadowRoot!.querySelector<HTMLElement>('.stage')!.focus();
    await sendKeys({press: 'ArrowLeft'});
    await drawn(el, 1);
    await sendKeys({press: 'ArrowRight'});
    await drawn(el, 0);
  });

  it('lists bad files with clear reasons, fires an event for each, and still shares the rest', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    const reasons: string[] = [];
    el.addEventListener('pex-presentation-file-error', ({detail}) => reasons.push(`${detail.file.name}: ${detail.reason}`));
    const bad = badFiles();
    await el.shareFiles([
      bad.unsupported,
      bad.empty,
      await makeImage('good.png', GREEN),
      bad['corrupt-pdf'],
      bad.password,
      bad['too-large'],
      bad['corrupt-image'],
    ]);
    await presented(el, session);
    await drawn(el, 0);
    expect(el.slideCount).to.equal(1);
    expect(reasons).to.deep.equal([
      'notes.txt: unsupported',
      'empty.png: empty',
      'broken.pdf: corrupt',
      'secret.pdf: password',
      'huge.png: too-large',
      'broken.jpg: corrupt',
    ]);
    const list = part(el, 'file-errors')!;
    expect(list.getAttribute('role')).to.equal('alert');
    const items = [...list.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).to.deep.equal([
      'notes.txt: only JPG, PNG, GIF and BMP images and PDFs can be shared.',
      'empty.png is empty (0 bytes).',
      'broken.pdf is damaged, or is not the kind of file its name says.',
      'secret.pdf is protected with a password. Save a copy without the password and share that.',
      'huge.png is too large to share (images up to 40 megapixels and 100 MB, PDFs up to 512 MB).',
      'broken.jpg is damaged, or is not the kind of file its name says.',
    ]);
    await expect(el).to.be.accessible();
    (list.querySelector('[part~="notice-close"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(part(el, 'file-errors')).to.equal(null);
  });

  it('presents nothing when no chosen file can be shared, and says so', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    const bad = badFiles();
    await el.shareFiles([bad.unsupported, bad.empty]);
    await el.updateComplete;
    expect(session.callsOf('present')).to.have.length(0);
    expect(part(el, 'slides')).to.equal(null);
    expect(part(el, 'notice')!.textContent).to.contain('None of the chosen files can be shared');
    expect(part(el, 'share-bar')).to.exist;
  });

  it('draws thumbnails only when they scroll into view, and a click on one shows that slide', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    el.style.width = '600px';
    await el.shareFiles([makePdf('long.pdf', numberedPages(60))]);
    await drawn(el, 0);
    const strip = part<PexSlideStrip>(el, 'thumbnails')!;
    await strip.updateComplete;
    const thumbnails = [...strip.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="thumbnail"]')];
    expect(thumbnails).to.have.length(60);
    const images = thumbnails.map((button) => button.querySelector('canvas')!);
    await waitFor('the first thumbnails', () => images[0].width > 0 && images[2].width > 0);
    expect(images[59].width, 'a thumbnail far out of view is not drawn').to.equal(0);
    expect(thumbnails[3].getAttribute('aria-label')).to.equal('Slide 4: long.pdf, page 4');
    expect(thumbnails[0].getAttribute('aria-current')).to.equal('true');
    thumbnails[3].click();
    await drawn(el, 3);
    await strip.updateComplete;
    expect(thumbnails[3].getAttribute('aria-current')).to.equal('true');
    await el.goToSlide(59); // the strip follows, and the thumbnail now in view is drawn
    await waitFor('the last thumbnail drawn once in view', () => images[59].width > 0);
  });

  it('adds files to the slides it shows, in order', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    await el.shareFiles([await makeImage('one.png', RED)]);
    await drawn(el, 0);
    const drop = new DataTransfer();
    drop.items.add(makePdf('two.pdf', [{color: GREEN}]));
    drop.items.add(await makeImage('three.png', BLUE));
    part(el, 'base')!.dispatchEvent(new DragEvent('drop', {dataTransfer: drop, bubbles: true, composed: true, cancelable: true}));
    await waitFor('three slides', () => el.slideCount === 3);
    const strip = part<PexSlideStrip>(el, 'thumbnails')!;
    await strip.updateComplete;
    const labels = [...strip.shadowRoot!.querySelectorAll('[part~="thumbnail"]')].map((button) =>
      button.getAttribute('aria-label')
    );
    expect(labels).to.deep.equal(['Slide 1: one.png', 'Slide 2: two.pdf, page 1', 'Slide 3: three.png']);
  });

  it('opens dropped files for review when it shows no slides; presents them on Start presenting', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    const drop = new DataTransfer();
    drop.items.add(await makeImage('dropped.png', GREEN));
    const base = part(el, 'base')!;
    base.dispatchEvent(new DragEvent('dragenter', {dataTransfer: drop, bubbles: true, composed: true}));
    await el.updateComplete;
    expect(part(el, 'drop-zone')!.textContent).to.contain('Drop the files');
    base.dispatchEvent(new DragEvent('drop', {dataTransfer: drop, bubbles: true, composed: true, cancelable: true}));
    await drawn(el, 0);
    expect(part(el, 'drop-zone')).to.equal(null);
    expect(el.slideCount).to.equal(1);
    expect(session.callsOf('present'), 'nothing presented before Start presenting').to.deep.equal([]);
    part(el, 'start-button')!.click();
    await presented(el, session);
    expect(el.sharing).to.equal('slides');
  });

  it('chosen files open for review: the slides get focus, the keys page through them, nothing is presented until Start presenting', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const chosen = new DataTransfer();
    chosen.items.add(makePdf('deck.pdf', [{color: RED}, {color: BLUE}]));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change'));
    await drawn(el, 0);
    expect(el.shadowRoot!.activeElement, 'the slides have focus').to.equal(el.shadowRoot!.querySelector('.stage'));
    expect(text(el)).to.contain('Your slides are not being presented.');
    await sendKeys({press: 'ArrowRight'});
    await drawn(el, 1);
    expect(session.callsOf('present'), 'nothing presented while reviewing').to.deep.equal([]);
    await expect(el).to.be.accessible();
    const start = part(el, 'start-button')!;
    start.focus();
    await sendKeys({press: 'Enter'});
    await presented(el, session);
    // Start presenting became Stop presenting: focus went back to the slides, not to the page.
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.stage'));
    expect(near(centreColour(slideCanvas(el)), BLUE)).to.equal(true);
  });

  it('opens the file picker from chooseFiles()', async () => {
    const el = await presenterFor(inCall());
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const opened = new Promise((resolve) => input.addEventListener('click', resolve, {once: true}));
    el.chooseFiles();
    await opened;
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.contain('application/pdf');
  });

  it('stops presenting and closes the slides', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    await el.shareFiles([await makeImage('one.png', RED)]);
    const stream = await presented(el, session);
    part(el, 'stop-button')!.click();
    await waitFor('stopPresenting()', () => session.callsOf('stopPresenting').length === 1);
    await el.updateComplete;
    expect(el.sharing).to.equal('none');
    expect(part(el, 'slides')).to.equal(null);
    expect(part(el, 'share-bar')).to.exist;
    expect(stream.getVideoTracks()[0].readyState).to.equal('ended');
  });

  it('shows a refusal, and offers to present again', async () => {
    const session = inCall();
    session.refuse.add('present');
    const el = await presenterFor(session);
    await el.shareFiles([await makeImage('one.png', RED)]);
    await waitFor('the refusal shown', () => part(el, 'notice'));
    expect(part(el, 'notice')!.textContent).to.contain('the meeting server refused it (Refused by the fake node)');
    expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
    expect(el.sharing).to.equal('none');
    session.refuse.delete('present');
    part(el, 'start-button')!.click();
    await presented(el, session, 2);
    expect(el.sharing).to.equal('slides');
  });

  it('says so when someone else takes over, and keeps the slides to present again', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    await el.shareFiles([await makeImage('one.png', RED)]);
    await presented(el, session);
    // As the SDK does it: our presentation stops first, the roster says who took over after.
    session.setState({presentation: {sending: 'idle', stoppedReason: 'taken-over'}});
    await el.updateComplete;
    expect(part(el, 'notice')!.textContent).to.contain('Someone else started presenting, so your presentation stopped.');
    session.setState({presentation: {sending: 'idle', stoppedReason: 'taken-over', presenterId: 'p-bob', presenterName: 'Bob'}});
    await el.updateComplete;
    expect(part(el, 'notice')!.textContent).to.contain('Bob started presenting, so your presentation stopped.');
    expect(el.sharing).to.equal('none');
    expect(part(el, 'start-button')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<pex-presenter> screen (fake session)', () => {
  it('shares a captured screen, and says so when the browser\'s own "Stop sharing" ends it', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    const canvas = document.createElement('canvas');
    const screen = canvas.captureStream();
    const original = navigator.mediaDevices.getDisplayMedia;
    navigator.mediaDevices.getDisplayMedia = () => Promise.resolve(screen);
    try {
      await el.shareScreen();
    } finally {
      navigator.mediaDevices.getDisplayMedia = original;
    }
    expect(await presented(el, session)).to.equal(screen);
    expect(el.sharing).to.equal('screen');
    expect(part<HTMLVideoElement>(el, 'screen-preview')!.srcObject).to.equal(screen);
    expect(text(el)).to.contain('You are sharing your screen.');
    await expect(el).to.be.accessible();
    // The session stops presenting when the capture ends.
    session.setState({presentation: {sending: 'idle', stoppedReason: 'ended'}});
    await el.updateComplete;
    expect(el.sharing).to.equal('none');
    expect(part(el, 'screen')).to.equal(null);
    expect(part(el, 'notice')!.textContent).to.contain('Screen sharing ended.');
    expect(part(el, 'share-bar')).to.exist;
  });

  it('says so when the browser cannot capture the screen', async () => {
    const el = await presenterFor(inCall());
    const original = navigator.mediaDevices.getDisplayMedia;
    navigator.mediaDevices.getDisplayMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    try {
      await el.shareScreen();
    } finally {
      navigator.mediaDevices.getDisplayMedia = original;
    }
    await el.updateComplete;
    expect(part(el, 'notice')!.textContent).to.contain('Screen sharing did not start');
  });
});

describe('<pex-presenter> viewing (fake session)', () => {
  function remoteStream(colour: Rgb): MediaStream {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 180;
    const context = canvas.getContext('2d')!;
    const stream = canvas.captureStream();
    context.fillStyle = `rgb(${colour.join(' ')})`;
    context.fillRect(0, 0, 320, 180);
    return stream;
  }

  it("shows someone else's presentation as stills by default, and in full motion when the setting says so", async () => {
    const session = inCall();
    const el = await presenterFor(session);
    session.setState({presentation: {sending: 'idle', remote: remoteStream(BLUE), presenterId: 'p-bob', presenterName: 'Bob'}});
    await el.updateComplete;
    const view = part<PexPresentationView>(el, 'view')!;
    expect(view.mode).to.equal('still');
    expect(view.label).to.equal('Presentation from Bob');
    await expect(el).to.be.accessible();
    session.setState({settings: {...session.state.settings, fullMotionPresentation: true}});
    await el.updateComplete;
    expect(view.mode).to.equal('full-motion');
    // The user's choice wins over the setting.
    await view.updateComplete;
    view.shadowRoot!.querySelector<HTMLButtonElement>('[part~="mode-button"]')!.click();
    await el.updateComplete;
    expect(view.mode).to.equal('still');
  });

  it('does not show presentations with no-viewer', async () => {
    const session = inCall();
    const el = await presenterFor(session);
    el.noViewer = true;
    session.setState({presentation: {sending: 'idle', remote: remoteStream(BLUE), presenterId: 'p-bob', presenterName: 'Bob'}});
    await el.updateComplete;
    expect(part(el, 'view')).to.equal(null);
  });

  it('says so when a host stopped sending the presentation to this participant', async () => {
    const session = inCall({
      participants: [
        participant({isSelf: true, receivesPresentation: false}),
        participant({id: 'p-bob', displayName: 'Bob', presenting: true}),
      ],
    });
    const el = await presenterFor(session);
    session.setState({presentation: {sending: 'idle', presenterId: 'p-bob', presenterName: 'Bob'}});
    await el.updateComplete;
    expect(part(el, 'view')).to.equal(null);
    expect(part(el, 'notice')!.textContent).to.equal(
      'Bob is presenting, but a host has stopped sending the presentation to you.'
    );
    await expect(el).to.be.accessible();
  });
});
