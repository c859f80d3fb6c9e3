// Background effects and noise suppression on Chromium's fake camera and microphone, with the real
// processor, worker, WebAssembly and model served as the build ships them (see
// scripts/effects-assets.mjs). Headless Chromium renders WebGL on the CPU (SwiftShader), so a
// frame costs far more than on a real machine: these tests lift the frame budget, and the bench
// reports the cost.
import {expect} from '@open-wc/testing';
import {applyEffects, type AppliedEffects} from '../../src/effects/apply-effects.js';
import {builtInBackgroundUrl, setEffectsAssetsUrl} from '../../src/effects/assets.js';

const SIZE = {width: 640, height: 360};
const NO_BUDGET = {frameBudgetMs: 60_000};
const DEFAULT_ASSETS = new URL('../../src/effects/effects-assets/', import.meta.url);

async function camera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({video: SIZE, audio: true});
}

/** One frame of a video track, drawn at SIZE. */
async function grab(track: MediaStreamTrack): Promise<ImageData> {
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = new MediaStream([track]);
  await video.play();
  await new Promise((resolve) => video.requestVideoFrameCallback(resolve));
  const canvas = new OffscreenCanvas(SIZE.width, SIZE.height);
  const context = canvas.getContext('2d', {willReadFrequently: true})!;
  context.drawImage(video, 0, 0, SIZE.width, SIZE.height);
  video.srcObject = null;
  return context.getImageData(0, 0, SIZE.width, SIZE.height);
}

/** How much neighbouring pixels differ (0 for a flat picture): blur lowers it. */
function sharpness({data, width, height}: ImageData, rows: [number, number] = [0, height]): number {
  let total = 0;
  for (let y = rows[0]; y < rows[1]; y++) {
    for (let x = 1; x < width; x++) {
      const at = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel++) total += Math.abs(data[at + channel] - data[at - 4 + channel]);
    }
  }
  return total / ((rows[1] - rows[0]) * (width - 1));
}

function meanColour({data}: ImageData): [number, number, number] {
  const sums = [0, 0, 0];
  for (let at = 0; at < data.length; at += 4) for (let channel = 0; channel < 3; channel++) sums[channel] += data[at + channel];
  return sums.map((sum) => sum / (data.length / 4)) as [number, number, number];
}

describe('background effects and noise suppression', function () {
  this.timeout(60_000);
  let input: MediaStream;
  let applied: AppliedEffects | undefined;

  beforeEach(async () => {
    setEffectsAssetsUrl(DEFAULT_ASSETS);
    input = await camera();
  });

  afterEach(async () => {
    await applied?.release();
    applied = undefined;
    input.getTracks().forEach((track) => track.stop());
  });

  it('blurs the fake camera: the processed frames are smoother than the camera’s', async () => {
    applied = await applyEffects(input, {background: 'blur-strong', noiseSuppression: false}, NO_BUDGET);
    expect(applied.problem, JSON.stringify(applied.problems)).to.equal(undefined);
    const [output] = applied.stream.getVideoTracks();
    expect(output).to.not.equal(input.getVideoTracks()[0]);
    expect(output.readyState).to.equal('live');
    expect(applied.measurement!.framesPerSecond).to.be.greaterThan(0);
    const before = sharpness(await grab(input.getVideoTracks()[0]));
    const after = sharpness(await grab(output));
    // With no one in front of it, the whole fake picture is background.
    expect(after, `sharpness ${before} -> ${after}`).to.be.lessThan(before * 0.7);
    // The microphone was not asked for: its track is the camera stream's own.
    expect(applied.stream.getAudioTracks()[0]).to.equal(input.getAudioTracks()[0]);
  });

  it('replaces the background with a built-in picture', async () => {
    applied = await applyEffects(
      input,
      {background: {image: builtInBackgroundUrl('studio')}, noiseSuppression: false},
      NO_BUDGET
    );
    expect(applied.problem, JSON.stringify(applied.problems)).to.equal(undefined);
    const camera = meanColour(await grab(input.getVideoTracks()[0]));
    const output = meanColour(await grab(applied.stream.getVideoTracks()[0]));
    // studio.svg is a warm grey (about 170, 165, 158 on average): the output is that picture.
    const distance = (colour: number[]) => Math.hypot(colour[0] - 170, colour[1] - 165, colour[2] - 158);
    expect(distance(output), `camera ${camera.join(', ')}, output ${output.join(', ')}`).to.be.lessThan(
      Math.min(30, distance(camera))
    );
  });

  it('suppresses noise: a live audio track that is not the microphone’s own', async () => {
    applied = await applyEffects(input, {background: 'none', noiseSuppression: true});
    expect(applied.problem, JSON.stringify(applied.problems)).to.equal(undefined);
    const [audio] = applied.stream.getAudioTracks();
    expect(audio.readyState).to.equal('live');
    expect(audio).to.not.equal(input.getAudioTracks()[0]);
    expect(applied.stream.getVideoTracks()[0]).to.equal(input.getVideoTracks()[0]);
    await applied.release();
    expect(audio.readyState).to.equal('ended');
    expect(input.getAudioTracks()[0].readyState, 'the input is the caller’s').to.equal('live');
  });

  it('gives the plain stream and says why when its files are not where it looks', async () => {
    setEffectsAssetsUrl('/nowhere/');
    applied = await applyEffects(input, {background: 'blur-light', noiseSuppression: true});
    expect(applied.stream).to.equal(input);
    expect(applied.problem).to.equal('assets-unavailable');
    expect(applied.problems).to.deep.equal({background: 'assets-unavailable', noiseSuppression: 'assets-unavailable'});
  });

  it('gives the plain camera back when frames cost more than the budget', async () => {
    applied = await applyEffects(input, {background: 'blur-light', noiseSuppression: false}, {frameBudgetMs: 0});
    expect(applied.stream).to.equal(input);
    expect(applied.problem).to.equal('too-slow');
  });

  it('says when a background picture cannot be loaded', async () => {
    applied = await applyEffects(input, {background: {image: '/nowhere/picture.jpg'}, noiseSuppression: false});
    expect(applied.stream).to.equal(input);
    expect(applied.problem).to.equal('background-unavailable');
  });

  it('rejects options it does not know with a message that says what is expected', async () => {
    let error: unknown;
    try {
      await applyEffects(input, {background: 'sepia', noiseSuppression: false} as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect((error as TypeError).message).to.contain('"blur-light"');
  });
});
