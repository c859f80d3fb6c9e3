/**
 * What the effects can be asked for, and the checks on it: plain data and pure functions, so the
 * UI, the remembered settings and the tests agree on the same names.
 */

/** The pictures that ship with pex-connect (`backgrounds/NAME.svg` in the assets folder). */
export const BUILT_IN_BACKGROUNDS = ['dusk', 'lagoon', 'studio'] as const;
export type BuiltInBackground = (typeof BUILT_IN_BACKGROUNDS)[number];

/** A picture is any URL the page can load (same origin, or served with CORS). */
export type BackgroundEffect = 'none' | 'blur-light' | 'blur-strong' | {readonly image: string};

export interface EffectsOptions {
  readonly background: BackgroundEffect;
  readonly noiseSuppression: boolean;
}

/**
 * Why the effects were not applied (the stream is then the plain one):
 * - `no-webgl`: no WebGL 2 or OffscreenCanvas, which the segmenter's renderer needs;
 * - `no-webassembly`: no WebAssembly, or none with SIMD, or its compilation blocked by the page's
 *   CSP (`'wasm-unsafe-eval'` missing from `script-src`);
 * - `no-worklet`: no AudioWorklet, or its module could not be loaded (CSP, or not served);
 * - `assets-unavailable`: the worker, WebAssembly or model could not be loaded (not served where
 *   `setEffectsAssetsUrl` points);
 * - `background-unavailable`: the background picture could not be loaded;
 * - `too-slow`: frames took longer than the budget over the first second;
 * - `failed`: anything else the processor reported.
 */
export type EffectsProblem =
  'no-webgl' | 'no-webassembly' | 'no-worklet' | 'assets-unavailable' | 'background-unavailable' | 'too-slow' | 'failed';

/** How blurred the background is for each strength (media-processor's scale: 0–9). */
export const BLUR_AMOUNT = Object.freeze({'blur-light': 3, 'blur-strong': 8});

/** A frame may take this long on average, over the first second, before the effect gives up (10 fps). */
export const DEFAULT_FRAME_BUDGET_MS = 100;

export const NO_EFFECTS: EffectsOptions = Object.freeze({background: 'none', noiseSuppression: false});

/** Checks options from a page; throws a TypeError that says what is wrong. */
export function parseEffectsOptions(input: unknown): EffectsOptions {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError('Effects options must be an object like {background: "blur-light", noiseSuppression: true}');
  }
  const {background = 'none', noiseSuppression = false} = input as Record<string, unknown>;
  if (typeof noiseSuppression !== 'boolean') throw new TypeError('Effects option "noiseSuppression" must be true or false');
  return Object.freeze({background: parseBackground(background), noiseSuppression});
}

function parseBackground(value: unknown): BackgroundEffect {
  if (value === 'none' || value === 'blur-light' || value === 'blur-strong') return value;
  if (typeof value === 'object' && value !== null && 'image' in value) {
    const {image} = value;
    if (typeof image === 'string' && image.trim() !== '') return Object.freeze({image: image.trim()});
    throw new TypeError('Effects option "background.image" must be the URL of a picture');
  }
  throw new TypeError(
    `Effects option "background" must be "none", "blur-light", "blur-strong" or {image: url}; got ${JSON.stringify(value)}`
  );
}

/**
 * The background as remembered with the other settings: a string, so a page's own picture is
 * remembered as "the page's picture" (`picture:page`), not as a URL the page may change.
 */
export type BackgroundSetting = 'none' | 'blur-light' | 'blur-strong' | `picture:${BuiltInBackground}` | 'picture:page';

/** A remembered value, or `none` for anything damaged or unknown (a picture since removed). */
export function parseBackgroundSetting(value: unknown): BackgroundSetting {
  if (value === 'none' || value === 'blur-light' || value === 'blur-strong' || value === 'picture:page') return value;
  if (typeof value === 'string' && value.startsWith('picture:')) {
    const name = value.slice('picture:'.length);
    const builtIn = BUILT_IN_BACKGROUNDS.find((candidate) => candidate === name);
    if (builtIn) return `picture:${builtIn}`;
  }
  return 'none';
}

/** Where the pictures a setting can name are: the built-in ones, and the page's own if it has one. */
export interface BackgroundPictures {
  builtIn(name: BuiltInBackground): string;
  readonly page?: string;
}

/** The effect a remembered setting stands for; the page's picture when the page has none is `none`. */
export function backgroundFromSetting(setting: BackgroundSetting, pictures: BackgroundPictures): BackgroundEffect {
  if (setting === 'none' || setting === 'blur-light' || setting === 'blur-strong') return setting;
  if (setting === 'picture:page') return pictures.page ? {image: pictures.page} : 'none';
  const name = setting.slice('picture:'.length) as BuiltInBackground;
  return {image: pictures.builtIn(name)};
}

/**
 * The verdict on the first second: too slow when the frames' median cost is over the budget, or
 * when not one frame came through. Median, not mean: the first frame also pays for warming up.
 */
export function isTooSlow(frameCostsMs: readonly number[], budgetMs: number): boolean {
  if (frameCostsMs.length === 0) return true;
  return median(frameCostsMs) > budgetMs;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
