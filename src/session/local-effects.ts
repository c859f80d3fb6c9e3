import {backgroundFromSetting, parseBackgroundSetting, type EffectsProblem} from '../effects/options.js';
import type {SessionCore} from './core.js';
import {linkProcessedStream, rawStreamOf, releaseProcessing} from './local-media.js';
import type {Settings} from './types.js';

function effectsKey(settings: Settings): string {
  return `${parseBackgroundSetting(settings.background)} ${String(settings.noiseSuppression)}`;
}

/**
 * How long a processed frame may take before the background effect gives up as too slow (the
 * module's default, 100 ms, when unset). Tests on a software-rendered headless browser lift it.
 */
export const effectsTuning: {frameBudgetMs?: number} = {};

/**
 * Background effects and noise suppression on our camera and microphone, as the settings say:
 * whenever the session sets a local stream, or the settings change, the processed stream becomes
 * what is shown and sent. The effects module is loaded only when an effect is on; a browser that
 * cannot run one keeps the plain tracks and `media.effectsProblem` says why.
 */
export class LocalEffects {
  readonly #core: SessionCore;
  #pagePicture?: string;

  constructor(core: SessionCore) {
    this.#core = core;
    core.store.subscribe(({settings}, previous) => {
      if (effectsKey(settings) !== effectsKey(previous.settings)) void this.#reapply();
    });
  }

  /** Processes a stream the session just set as `media.local` (the camera's own tracks). */
  async apply(raw: MediaStream): Promise<void> {
    if (rawStreamOf(raw) !== raw) return; // the pre-join preview, processed already, taken into the call
    const {background: setting, noiseSuppression} = this.#core.store.state.settings;
    const backgroundSetting = parseBackgroundSetting(setting);
    this.#update({effectsProblem: undefined});
    if (backgroundSetting === 'none' && !noiseSuppression) return;
    const [{applyEffects}, {builtInBackgroundUrl}] = await Promise.all([
      import('../effects/apply-effects.js'),
      import('../effects/assets.js'),
    ]);
    const background = backgroundFromSetting(backgroundSetting, {
      builtIn: builtInBackgroundUrl,
      ...(this.#pagePicture ? {page: this.#pagePicture} : {}),
    });
    const applied = await applyEffects(raw, {background, noiseSuppression}, effectsTuning);
    const {media} = this.#core.store.state;
    if (media.local !== raw) {
      // Superseded meanwhile (another device, the call ended, the settings changed again).
      await applied.release();
      return;
    }
    this.#update({effectsProblem: applied.problem});
    if (applied.stream === raw) return;
    linkProcessedStream(applied.stream, raw, () => applied.release());
    this.#update({local: applied.stream});
    this.#send(applied.stream);
  }

  /** The page's own background picture (`picture:page`). */
  get pagePicture(): string | undefined {
    return this.#pagePicture;
  }

  setPagePicture(url: string | undefined): void {
    if (url === this.#pagePicture) return;
    this.#pagePicture = url;
    if (parseBackgroundSetting(this.#core.store.state.settings.background) === 'picture:page') void this.#reapply();
  }

  /** The settings changed: back to the camera's own tracks, then the new effects on them. */
  async #reapply(): Promise<void> {
    const local = this.#core.store.state.media.local;
    if (!local) return;
    const raw = rawStreamOf(local);
    if (raw !== local) {
      this.#update({local: raw});
      this.#send(raw);
      await releaseProcessing(local);
    }
    await this.apply(raw);
  }

  #send(stream: MediaStream): void {
    const {phase} = this.#core.store.state;
    if (phase === 'in-call' || phase === 'waiting') this.#core.client?.setStream(stream);
  }

  #update(change: {local?: MediaStream; effectsProblem?: EffectsProblem}): void {
    this.#core.store.update((state) => ({media: {...state.media, ...change}}));
  }
}
