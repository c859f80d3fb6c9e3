import {BUILT_IN_BACKGROUNDS, type BuiltInBackground} from './options.js';

/**
 * The files the effects load at run time, by the name they have in the assets folder. They come
 * from the optional peer dependencies `@pexip/media-processor` (its worker and audio worklet),
 * `@pexip/denoise`, `@mediapipe/tasks-vision` (the segmenter's WebAssembly; only the SIMD build,
 * which every browser that runs the rest has) and `@mediapipe/selfie_segmentation` (the model).
 */
export const EFFECTS_FILES = Object.freeze({
  mediaWorker: 'media-worker.js',
  denoiseWorklet: 'denoise.worklet.js',
  denoiseWasm: 'denoise_bg.wasm',
  visionLoader: 'vision_wasm_internal.js',
  visionWasm: 'vision_wasm_internal.wasm',
  model: 'selfie_segmentation.tflite',
});

/**
 * The folder is `effects/` beside the bundle (the build copies the files there and rewrites this
 * URL to wherever this module's chunk ends up); the test server maps the same path to
 * node_modules.
 */
let assetsUrl = new URL('./effects-assets/', import.meta.url);

/**
 * Where the background effects' and noise suppression's files are served from, for pages that
 * bundle pex-connect themselves or host those files elsewhere (same origin: the segmenter runs in
 * a worker). Default: `effects/` beside the bundle.
 */
export function setEffectsAssetsUrl(url: string | URL): void {
  const text = String(url);
  assetsUrl = new URL(text.endsWith('/') ? text : `${text}/`, document.baseURI);
}

/** The URL of one of the files in the assets folder. */
export function effectsAssetUrl(name: string): URL {
  return new URL(name, assetsUrl);
}

/** The folder itself, as tasks-vision wants it: without the trailing slash. */
export function effectsAssetsBase(): string {
  return assetsUrl.href.replace(/\/$/, '');
}

/** A built-in background picture (SVG, in `backgrounds/` of the assets folder). */
export function builtInBackgroundUrl(name: BuiltInBackground): string {
  return effectsAssetUrl(`backgrounds/${name}.svg`).href;
}

/** Every built-in picture with its URL, for a chooser's thumbnails. */
export function builtInBackgrounds(): readonly {readonly name: BuiltInBackground; readonly url: string}[] {
  return BUILT_IN_BACKGROUNDS.map((name) => ({name, url: builtInBackgroundUrl(name)}));
}
