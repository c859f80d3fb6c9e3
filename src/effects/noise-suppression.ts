import {
  createAudioGraph,
  createDenoiseWorkletGraphNode,
  createStreamDestinationGraphNode,
  createStreamSourceGraphNode,
} from '@pexip/media-processor';
import {EFFECTS_FILES, effectsAssetUrl} from './assets.js';
import type {EffectsProblem} from './options.js';

export type NoiseSuppressionResult =
  {readonly track: MediaStreamTrack; release(): Promise<void>} | {readonly problem: EffectsProblem};

/**
 * Routes the microphone through Pexip's denoiser (WebAssembly in an AudioWorklet) and gives the
 * cleaned track. The worklet module and the WebAssembly are files of the assets folder.
 */
export async function applyNoiseSuppression(track: MediaStreamTrack): Promise<NoiseSuppressionResult> {
  let wasm: ArrayBuffer;
  try {
    const response = await fetch(effectsAssetUrl(EFFECTS_FILES.denoiseWasm));
    if (!response.ok) return {problem: 'assets-unavailable'};
    wasm = await response.arrayBuffer();
  } catch {
    return {problem: 'assets-unavailable'};
  }
  if (!WebAssembly.validate(wasm)) return {problem: 'assets-unavailable'};
  const source = createStreamSourceGraphNode(new MediaStream([track]));
  const destination = createStreamDestinationGraphNode();
  const graph = createAudioGraph([[source, destination]]);
  try {
    await graph.addWorklet(effectsAssetUrl(EFFECTS_FILES.denoiseWorklet).href);
  } catch {
    await graph.release();
    return {problem: 'no-worklet'};
  }
  const denoise = createDenoiseWorkletGraphNode(wasm);
  graph.connect([source, denoise, destination]);
  graph.disconnect([source, destination]);
  // A context made before a user gesture starts suspended, and resume() waits for one (Firefox
  // waits forever without): ask, and do not wait; the track is live either way.
  if (graph.context.state === 'suspended') graph.context.resume().catch(() => undefined);
  const output = destination.node?.stream.getAudioTracks().at(0);
  if (!output) {
    await graph.release();
    return {problem: 'failed'};
  }
  return {track: output, release: () => graph.release()};
}
