/**
 * The browser half of the effects benchmark (see effects.bench.mjs): blurs the fake camera at
 * 640×360 with the real processor and reports what it holds.
 */
import {applyEffects} from '../src/effects/apply-effects.js';

/** Counts the frames a track presents in a video element over `seconds`. */
async function presentedFramesPerSecond(track: MediaStreamTrack, seconds: number): Promise<number> {
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = new MediaStream([track]);
  await video.play();
  let frames = 0;
  const count = () => {
    frames++;
    video.requestVideoFrameCallback(count);
  };
  video.requestVideoFrameCallback(count);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  video.srcObject = null;
  return frames / seconds;
}

function webGlRenderer(): string {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return info && gl ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'none';
}

const round = (value: number) => Math.round(value * 10) / 10;

async function run(seconds: number) {
  const input = await navigator.mediaDevices.getUserMedia({video: {width: 640, height: 360, frameRate: 30}});
  try {
    const cameraFps = await presentedFramesPerSecond(input.getVideoTracks()[0], Math.min(seconds, 3));
    const start = performance.now();
    // No budget: the benchmark measures what the machine holds instead of giving up.
    const applied = await applyEffects(input, {background: 'blur-strong', noiseSuppression: false}, {frameBudgetMs: Infinity});
    const readyMs = performance.now() - start;
    if (applied.problem) return {problem: applied.problem, webGlRenderer: webGlRenderer()};
    const blurredFps = await presentedFramesPerSecond(applied.stream.getVideoTracks()[0], seconds);
    await applied.release();
    return {
      size: '640x360',
      webGlRenderer: webGlRenderer(),
      cameraFps: round(cameraFps),
      readyMs: Math.round(readyMs),
      firstSecond: {
        framesPerSecond: round(applied.measurement!.framesPerSecond),
        frameCostMs: round(applied.measurement!.frameCostMs),
      },
      framesPerSecondHeld: round(blurredFps),
      seconds,
    };
  } finally {
    input.getTracks().forEach((track) => track.stop());
  }
}

declare global {
  interface Window {
    effectsBench: {run: typeof run};
  }
}

window.effectsBench = {run};
document.body.dataset['ready'] = 'yes';
