import type {CallSignals, NormalizedPresentationEvent} from '@pexip/infinity';
import type {SessionCore} from './core.js';
import type {InfinitySdk} from './infinity-sdk.js';
import {callTypeFor} from './sdk-adapter.js';
import {wantsPresentationVideo} from './selectors.js';
import type {ConferenceState} from './types.js';

/** Infinity sends a presentation's first still within a second or two; none by then means none at all. */
export const FIRST_STILL_WAIT_MS = 5000;
/** How long a restart may take to connect before the next one goes ahead anyway. */
const CONNECT_WAIT_MS = 10_000;

/**
 * How we receive someone else's presentation: the call's presentation m-line follows
 * `wantsPresentationVideo` (the SDK has no way to decline the video on an m-line it has, so the
 * call is restarted without it), and in still-image mode each `presentation_frame` fetches
 * the node's `presentation.jpeg` with our token.
 */
export class PresentationReceiving {
  readonly #core: SessionCore;
  readonly #token: () => string | undefined;
  /** The restart in progress, so that changes made meanwhile restart after it, not beside it. */
  #syncing: Promise<void> = Promise.resolve();
  /** Counts fetches, so that a slow answer never replaces a newer still. */
  #fetches = 0;
  #firstStillTimer?: ReturnType<typeof setTimeout>;
  #restarting = false;
  /** The event stream's presentation signals, and the `presentation_start` of the presentation going on. */
  #eventSignals?: InfinitySdk['eventSignals'];
  #presentationStart?: NormalizedPresentationEvent;
  /** Resolves the wait of a restart in progress for its call to connect. */
  #connected?: () => void;

  constructor(core: SessionCore, token: () => string | undefined) {
    this.#core = core;
    this.#token = token;
    // A still shown no more is let go (the next one, the presentation's end, the call's end).
    core.store.subscribe((state, previous) => {
      const old = previous.presentation.still;
      if (old && old !== state.presentation.still) URL.revokeObjectURL(old);
      const presenterChanged = state.presentation.presenterId !== previous.presentation.presenterId;
      if (presenterChanged || wantsPresentationVideo(state) !== wantsPresentationVideo(previous)) this.#awaitFirstStill(state);
    });
  }

  /** A presentation in still-image mode (started, or switched to it): without a still soon, the node makes none. */
  #awaitFirstStill(state: ConferenceState): void {
    clearTimeout(this.#firstStillTimer);
    const {presenterId} = state.presentation;
    if (!presenterId || state.phase !== 'in-call' || wantsPresentationVideo(state)) return;
    this.#firstStillTimer = setTimeout(() => {
      const now = this.#core.store.state;
      if (now.presentation.presenterId !== presenterId || now.presentation.frameId || wantsPresentationVideo(now)) return;
      this.#core.store.update({presentation: {...now.presentation, stillsUnavailable: true}});
      void this.sync();
    }, FIRST_STILL_WAIT_MS);
  }

  /**
   * Follows the event stream's presentation start and stop: a restarted call (SDK 20) receives a
   * presentation going on only when its `presentation_start` comes again, so it is replayed.
   */
  watch(eventSignals: InfinitySdk['eventSignals'], callSignals: Pick<CallSignals, 'onCallConnected'>): (() => void)[] {
    this.#eventSignals = eventSignals;
    return [
      callSignals.onCallConnected.add(() => this.#connected?.()),
      eventSignals.onPresentationStart.add((event) => {
        this.#presentationStart = event;
      }),
      eventSignals.onPresentationStop.add(() => {
        this.#presentationStart = undefined;
      }),
    ];
  }

  /** True while the call restarts: the old call's presentation connection ends then, which is no take-over. */
  get restarting(): boolean {
    return this.#restarting;
  }

  /**
   * Restarts the call when its presentation m-line is not what `wantsPresentationVideo` says.
   * `replaceCall` (a move to another room, which makes a new call) runs first, after any restart
   * in progress: a move that overtook a restart would leave the call in the wrong room.
   */
  sync(replaceCall?: () => Promise<void>): Promise<void> {
    this.#syncing = this.#syncing
      .then(async () => {
        await replaceCall?.();
        await this.#restartIfNeeded();
      })
      .catch(() => undefined);
    return this.#syncing;
  }

  async #restartIfNeeded(): Promise<void> {
    const {client, store, options} = this.#core;
    const sdk = await this.#core.sdk;
    const state = store.state;
    if (!client || !sdk || !options || state.phase !== 'in-call') return;
    const callType = callTypeFor(sdk, state.media.mode, wantsPresentationVideo(state));
    if (client.localCallType === callType) return;
    this.#restarting = true;
    // The next restart (or presenting) waits for this call to be up: a call torn down while its
    // offer is on its way is never released at the node, which may then keep it instead.
    const connected = new Promise<void>((resolve) => {
      this.#connected = resolve;
      setTimeout(resolve, CONNECT_WAIT_MS);
    });
    try {
      await client.restartCall({
        bandwidth: options.bandwidth,
        mediaStream: () => this.#core.store.state.media.local,
        callType,
      });
      await connected;
    } finally {
      this.#connected = undefined;
      this.#restarting = false;
    }
    if (store.state.media.microphoneMuted) await client.mute({mute: true}).catch(() => undefined);
    const start = this.#presentationStart;
    if (!wantsPresentationVideo(store.state)) void this.fetchStill();
    else if (start && !store.state.presentation.local) this.#eventSignals?.onPresentationStart.emit(start);
  }

  /**
   * Fetches the still of the latest `presentation_frame` (in still-image mode, while someone
   * else presents in our room); a failure leaves the last still shown.
   */
  async fetchStill(): Promise<void> {
    const {store, options, client} = this.#core;
    const {presentation} = store.state;
    const token = this.#token();
    if (!options || !token || !presentation.frameId || !presentation.presenterId) return;
    if (!client || wantsPresentationVideo(store.state)) return;
    const fetchNumber = ++this.#fetches;
    const alias = encodeURIComponent(options.conference.trim());
    const url = `${options.node}/api/client/v2/conferences/${alias}/presentation.jpeg?id=${encodeURIComponent(presentation.frameId)}`;
    try {
      // The token goes as a header, so that it is never in a URL (logs, history, referrers).
      const response = await fetch(url, {headers: {token}, cache: 'no-store'});
      if (!response.ok || !response.headers.get('content-type')?.startsWith('image/')) return;
      const picture = await response.blob();
      if (fetchNumber !== this.#fetches || !store.state.presentation.presenterId) return;
      store.update((state) => ({presentation: {...state.presentation, still: URL.createObjectURL(picture)}}));
    } catch {
      // The node unreachable for a moment: the connection health says so; the next frame retries.
    }
  }
}
