import {ignoreResizeObserverLoopErrors} from '../helpers/resize-observer.js';
// The session's camera with background effects from the settings: on the pre-join preview and in
// a call against the dev node, with the real processor (see effects.test.ts for why the frame
// budget is lifted in headless Chromium).
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/pex-conference.js';
import type {PexConference} from '../../src/elements/conference/conference.js';
import type {Session} from '../../src/session/session.js';
import {deepQuery} from '../helpers/dom.js';
import {setEffectsAssetsUrl} from '../../src/effects/assets.js';
import {ConferenceSession} from '../../src/session/conference-session.js';
import {effectsTuning} from '../../src/session/local-effects.js';
import {rawStreamOf} from '../../src/session/local-media.js';
import {createRoom, devNodeUrl, waitFor} from '../helpers/dev-node.js';

// The side panel's lists lay out through ResizeObservers: their benign loop errors would fail a test.
ignoreResizeObserverLoopErrors();

const SIZE = {width: 640, height: 360};

/** One frame of a video track. */
async function grab(track: MediaStreamTrack): Promise<ImageData> {
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = new MediaStream([track]);
  await video.play();
  await new Promise((resolve) => video.requestVideoFrameCallback(resolve));
  const context = new OffscreenCanvas(SIZE.width, SIZE.height).getContext('2d', {willReadFrequently: true})!;
  context.drawImage(video, 0, 0, SIZE.width, SIZE.height);
  video.srcObject = null;
  return context.getImageData(0, 0, SIZE.width, SIZE.height);
}

/** How much neighbouring pixels differ: blur lowers it. */
function sharpness({data, width, height}: ImageData): number {
  let total = 0;
  for (let at = 4; at < data.length; at += 4) {
    if ((at / 4) % width === 0) continue;
    for (let channel = 0; channel < 3; channel++) total += Math.abs(data[at + channel] - data[at - 4 + channel]);
  }
  return total / (height * (width - 1));
}

/** Waits for the session's camera to be processed, and says how much sharper the camera's own frames are. */
async function blurApplied(session: Session): Promise<{before: number; after: number}> {
  const local = await waitFor(
    'the processed camera',
    () => {
      const {media} = session.state;
      if (media.effectsProblem) throw new Error(`effects problem: ${media.effectsProblem}`);
      return media.local && rawStreamOf(media.local) !== media.local ? media.local : null;
    },
    60_000
  );
  const before = sharpness(await grab(rawStreamOf(local).getVideoTracks()[0]));
  const after = sharpness(await grab(local.getVideoTracks()[0]));
  return {before, after};
}

describe('background blur from the settings (real processor, real dev node)', function () {
  this.timeout(120_000);
  let session: ConferenceSession;

  before(() => {
    setEffectsAssetsUrl(new URL('../../src/effects/effects-assets/', import.meta.url));
    effectsTuning.frameBudgetMs = 60_000;
  });

  after(() => {
    delete effectsTuning.frameBudgetMs;
  });

  beforeEach(() => {
    localStorage.clear();
    session = new ConferenceSession();
  });

  afterEach(async () => {
    await session.leave();
    session.stopPreview();
    localStorage.clear();
  });

  it('blurs the pre-join preview, and turning it off gives back the camera', async () => {
    session.updateSettings({background: 'blur-strong'});
    await session.startPreview('audio-video');
    const {before, after} = await blurApplied(session);
    expect(after, `sharpness ${before} -> ${after}`).to.be.lessThan(before * 0.7);
    session.updateSettings({background: 'none'});
    await waitFor('the plain camera', () => {
      const {local} = session.state.media;
      return local && rawStreamOf(local) === local ? local : null;
    });
  });

  it('blurs the camera in a call when turned on in the settings', async () => {
    const conference = await createRoom();
    await session.join({conference, displayName: 'Effie', node: devNodeUrl, mode: 'audio-video', bandwidth: 576});
    await waitFor('in the call', () => session.state.phase === 'in-call');
    session.updateSettings({background: 'blur-strong'});
    const {before, after} = await blurApplied(session);
    expect(after, `sharpness ${before} -> ${after}`).to.be.lessThan(before * 0.7);
  });

  it('the pre-join screen offers the background; the blurred preview is what the call sends', async () => {
    const conference = await createRoom();
    const el = await fixture<PexConference>(
      html`<pex-conference node=${devNodeUrl} conference=${conference} name="Effie"></pex-conference>`
    );
    const select = await waitFor('the background choice', () => {
      const picker = deepQuery(el.shadowRoot!, 'pex-effects-picker');
      return picker?.shadowRoot?.querySelector<HTMLSelectElement>('select[name="background"]') ?? null;
    });
    expect([...select.options].map((option) => option.value)).to.include.members(['blur-light', 'blur-strong', 'picture:lagoon']);
    select.value = 'blur-strong';
    select.dispatchEvent(new Event('change'));
    expect(el.session.state.settings.background).to.equal('blur-strong');
    const {before, after} = await blurApplied(el.session);
    expect(after, `sharpness ${before} -> ${after}`).to.be.lessThan(before * 0.7);
    const preview = el.session.state.media.local;
    await el.joinMeeting();
    await waitFor('in the call', () => el.session.state.phase === 'in-call');
    expect(el.session.state.media.local).to.equal(preview);
    await el.leave();
  });
});

describe('noise suppression from the settings (real processor, real dev node)', function () {
  this.timeout(120_000);
  const processors: string[] = [];
  const sentTracks: (MediaStreamTrack | null)[] = [];
  const OriginalWorkletNode = globalThis.AudioWorkletNode;
  const originalReplaceTrack = RTCRtpSender.prototype.replaceTrack;

  before(() => {
    setEffectsAssetsUrl(new URL('../../src/effects/effects-assets/', import.meta.url));
    // Which AudioWorklet processors are made (@pexip/media-processor's denoiser is 'denoise-processor'), and what the call sends.
    globalThis.AudioWorkletNode = class extends OriginalWorkletNode {
      constructor(context: BaseAudioContext, name: string, options?: AudioWorkletNodeOptions) {
        super(context, name, options);
        processors.push(name);
      }
    };
    RTCRtpSender.prototype.replaceTrack = function (track: MediaStreamTrack | null) {
      sentTracks.push(track);
      return originalReplaceTrack.call(this, track);
    };
  });

  after(() => {
    globalThis.AudioWorkletNode = OriginalWorkletNode;
    RTCRtpSender.prototype.replaceTrack = originalReplaceTrack;
    localStorage.clear();
  });

  it('turned on in the settings during a call, the microphone goes through the denoiser, and that is what the call sends', async () => {
    localStorage.clear();
    const conference = await createRoom();
    const el = await fixture<PexConference>(
      html`<pex-conference node=${devNodeUrl} conference=${conference} name="Nora" join></pex-conference>`
    );
    await waitFor('in the call', () => el.session.state.phase === 'in-call', 60_000);
    const raw = await waitFor('the microphone', () => el.session.state.media.local ?? null);
    const microphone = raw.getAudioTracks()[0];
    expect(el.session.state.settings.noiseSuppression).to.equal(false);

    // More > Settings > Noise suppression.
    const item = await waitFor('the Settings item', () => {
      const popup = deepQuery(el.shadowRoot!, '[part~="more-menu"]')?.shadowRoot?.querySelector('pex-menu-popup');
      const items = popup?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [];
      return [...items].find((candidate) => candidate.textContent.trim() === 'Settings') ?? null;
    });
    item.click();
    const checkbox = await waitFor('the noise suppression setting', () => {
      const dialog = deepQuery(el.shadowRoot!, 'pex-settings-dialog');
      const picker = dialog?.shadowRoot?.querySelector('pex-effects-picker');
      return picker?.shadowRoot?.querySelector<HTMLInputElement>('input[name="noise-suppression"]') ?? null;
    });
    checkbox.click();
    expect(el.session.state.settings.noiseSuppression).to.equal(true);

    const denoised = await waitFor(
      'the denoised microphone',
      () => {
        const {media} = el.session.state;
        if (media.effectsProblem) throw new Error(`effects problem: ${media.effectsProblem}`);
        const audio = media.local?.getAudioTracks().at(0);
        return audio && audio !== microphone ? audio : null;
      },
      60_000
    );
    expect(processors, 'an AudioWorklet with the denoiser of @pexip/media-processor').to.include('denoise-processor');
    expect(denoised.readyState).to.equal('live');
    expect(rawStreamOf(el.session.state.media.local!).getAudioTracks()[0], 'the microphone stays under it').to.equal(microphone);
    expect(microphone.readyState).to.equal('live');
    await waitFor('the call to send the denoised track', () => sentTracks.includes(denoised));
    expect(JSON.parse(localStorage.getItem('pex-connect:settings') ?? '{}')).to.include({noiseSuppression: true});
    await el.leave();
  });
});
