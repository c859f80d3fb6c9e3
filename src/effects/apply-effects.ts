import {EFFECTS_FILES, effectsAssetUrl} from './assets.js';
import {
  DEFAULT_FRAME_BUDGET_MS,
  parseEffectsOptions,
  type BackgroundEffect,
  type EffectsOptions,
  type EffectsProblem,
} from './options.js';
import type {FrameMeasurement} from './video-effects.js';

export interface AppliedEffects {
  /** The stream to send and show: processed tracks where an effect runs, the input's tracks elsewhere. */
  readonly stream: MediaStream;
  /** Stops the processing and the tracks it made; the input stream's tracks are the caller's. */
  release(): Promise<void>;
  /** Set when an effect that was asked for is not applied (the background's, if both failed). */
  readonly problem?: EffectsProblem;
  readonly problems: {readonly background?: EffectsProblem; readonly noiseSuppression?: EffectsProblem};
  /** How the background effect ran over its first second. */
  readonly measurement?: FrameMeasurement;
}

export interface ApplyEffectsTuning {
  /** Longest median time a frame may take over the first second (default 100 ms: 10 fps). */
  readonly frameBudgetMs?: number;
}

/** A module with one SIMD instruction (what the segmenter's WebAssembly needs). */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);
const EMPTY_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

/** WebAssembly present, with SIMD, and compilation allowed by the page's CSP. */
async function webAssemblyProblem(needsSimd: boolean): Promise<EffectsProblem | undefined> {
  if (typeof WebAssembly !== 'object') return 'no-webassembly';
  if (needsSimd && !WebAssembly.validate(SIMD_PROBE)) return 'no-webassembly';
  try {
    await WebAssembly.compile(EMPTY_MODULE);
    return undefined;
  } catch {
    return 'no-webassembly';
  }
}

/**
 * WebGL 2 in an OffscreenCanvas (what the segmenter's renderer uses), and whether a CPU renders
 * it (SwiftShader, llvmpipe): the model then runs faster on the CPU delegate than through that
 * WebGL (headless Chromium here: 17 s to the first frame and 2.5 s a frame with the GPU delegate,
 * 5 s and 0.3 s with the CPU one).
 */
function webGl2(): {readonly software: boolean} | undefined {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return undefined;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return {software: /swiftshader|llvmpipe|software/i.test(renderer)};
  } catch {
    return undefined;
  }
}

/** The files the background effect needs are there (a quick answer instead of a 20 s timeout). */
async function assetsReachable(): Promise<boolean> {
  const files = [EFFECTS_FILES.mediaWorker, EFFECTS_FILES.visionLoader, EFFECTS_FILES.visionWasm, EFFECTS_FILES.model];
  try {
    const responses = await Promise.all(files.map((name) => fetch(effectsAssetUrl(name), {method: 'HEAD'})));
    // 405: a server that does not answer HEAD; the real load will tell.
    return responses.every((response) => response.ok || response.status === 405);
  } catch {
    return false;
  }
}

type Applied = {readonly track: MediaStreamTrack; release(): Promise<void>; readonly measurement?: FrameMeasurement};
type Outcome = Applied | {readonly problem: EffectsProblem};

/**
 * The background may take 20 s to load its files and a second to be measured; noise suppression a
 * few seconds. Past these, the effect is given up (and released if it turns up later), so that a
 * browser whose processing never answers cannot leave the caller waiting.
 */
const BACKGROUND_TIMEOUT_MS = 30_000;
const NOISE_SUPPRESSION_TIMEOUT_MS = 10_000;

function giveUpAfter(work: Promise<Outcome>, ms: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve({problem: 'failed'});
      void work.then((late) => ('release' in late ? late.release() : undefined));
    }, ms);
    void work.then((outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    });
  });
}

async function background(
  track: MediaStreamTrack,
  effect: Exclude<BackgroundEffect, 'none'>,
  frameBudgetMs: number
): Promise<Outcome> {
  const gl = webGl2();
  if (!gl) return {problem: 'no-webgl'};
  const wasmProblem = await webAssemblyProblem(true);
  if (wasmProblem) return {problem: wasmProblem};
  if (!(await assetsReachable())) return {problem: 'assets-unavailable'};
  try {
    const {applyVideoEffect} = await import('./video-effects.js');
    return await applyVideoEffect(track, effect, {frameBudgetMs, delegate: gl.software ? 'CPU' : 'GPU'});
  } catch {
    return {problem: 'assets-unavailable'}; // the processor's own chunk could not be loaded
  }
}

async function noiseSuppression(track: MediaStreamTrack): Promise<Outcome> {
  if (typeof AudioWorkletNode !== 'function') return {problem: 'no-worklet'};
  const wasmProblem = await webAssemblyProblem(false);
  if (wasmProblem) return {problem: wasmProblem};
  try {
    const {applyNoiseSuppression} = await import('./noise-suppression.js');
    return await applyNoiseSuppression(track);
  } catch {
    return {problem: 'assets-unavailable'};
  }
}

/**
 * Applies the background effect and noise suppression to a camera and microphone stream. The
 * processor is loaded on first use (a chunk of its own, plus the files of the assets folder).
 * A browser or machine that cannot run an effect gets that track back as it was, and `problem`
 * says why. Throws a TypeError for options that are not valid.
 */
export async function applyEffects(
  stream: MediaStream,
  options: EffectsOptions,
  {frameBudgetMs = DEFAULT_FRAME_BUDGET_MS}: ApplyEffectsTuning = {}
): Promise<AppliedEffects> {
  const {background: effect, noiseSuppression: denoise} = parseEffectsOptions(options);
  const videoTrack = stream.getVideoTracks().at(0);
  const audioTrack = stream.getAudioTracks().at(0);
  const [video, audio] = await Promise.all([
    videoTrack && effect !== 'none'
      ? giveUpAfter(background(videoTrack, effect, frameBudgetMs), BACKGROUND_TIMEOUT_MS)
      : undefined,
    audioTrack && denoise ? giveUpAfter(noiseSuppression(audioTrack), NOISE_SUPPRESSION_TIMEOUT_MS) : undefined,
  ]);
  const applied = [video, audio].filter((result): result is Applied => result !== undefined && 'track' in result);
  const problems = {
    ...(video && 'problem' in video ? {background: video.problem} : {}),
    ...(audio && 'problem' in audio ? {noiseSuppression: audio.problem} : {}),
  };
  const problem = problems.background ?? problems.noiseSuppression;
  const release = async () => {
    await Promise.all(applied.map((result) => result.release()));
  };
  if (applied.length === 0) return {stream, release, problems, ...(problem ? {problem} : {})};
  const tracks = [
    video && 'track' in video ? video.track : videoTrack,
    audio && 'track' in audio ? audio.track : audioTrack,
  ].filter((track): track is MediaStreamTrack => track !== undefined);
  return {
    stream: new MediaStream(tracks),
    release,
    problems,
    ...(problem ? {problem} : {}),
    ...(video && 'measurement' in video && video.measurement ? {measurement: video.measurement} : {}),
  };
}
