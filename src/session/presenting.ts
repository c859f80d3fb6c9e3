import type {SessionCore} from './core.js';
import {stopStream} from './local-media.js';
import type {PresentationReceiving} from './presentation-receiving.js';
import {SessionActionError} from './session.js';
import {onPresentationConnectionChange, type PresentationStop} from './signals/presentation.js';
import type {CallSignalPayload} from './signals/payloads.js';
import type {PresentationState} from './types.js';

/** Our own presentation: starting it, stopping it, and following its connection. */
export class Presenting {
  readonly #core: SessionCore;
  readonly #receiving: PresentationReceiving;
  /** Set while we stop our own presentation, so that its end is not taken for a take-over. */
  #stopping = false;

  constructor(core: SessionCore, receiving: PresentationReceiving) {
    this.#core = core;
    this.#receiving = receiving;
  }

  #update(change: Partial<PresentationState>): void {
    this.#core.store.update((state) => ({presentation: {...state.presentation, ...change}}));
  }

  async present(stream: MediaStream): Promise<void> {
    const client = this.#core.requireCall('present');
    const track = stream.getVideoTracks().at(0);
    if (!track) throw new SessionActionError('present', 'invalid', 'no video track');
    this.#update({local: stream, sending: 'starting', stoppedReason: undefined});
    // The browser's own "Stop sharing" ends the track: stop presenting then.
    track.addEventListener('ended', () => {
      if (this.#core.store.state.presentation.local === stream) this.stop('ended');
    });
    // In still-image mode the call has no presentation m-line: it gets one first.
    await this.#receiving.sync();
    if (this.#core.store.state.presentation.local !== stream || this.#core.client !== client) return;
    client.present(stream);
  }

  /** Stops ours: asked by the user (no reason), or because the capture ended, or the node refused or someone took over. */
  stop(reason?: 'ended' | PresentationStop): void {
    const {local, sending} = this.#core.store.state.presentation;
    if (sending === 'idle' && !local) return;
    stopStream(local);
    this.#update({local: undefined, sending: 'idle', stoppedReason: reason});
    // In still-image mode the presentation m-line goes again, once the SDK let go of ours.
    if (reason !== 'taken-over' && reason !== 'refused') {
      this.#stopping = true;
      try {
        this.#core.client?.stopPresenting();
      } finally {
        this.#stopping = false;
      }
    }
    void this.#receiving.sync();
  }

  /** The SDK's `onPresentationConnectionChange`. */
  onConnectionChange(change: CallSignalPayload<'onPresentationConnectionChange'>): void {
    let stop: PresentationStop | undefined;
    this.#core.store.update((state) => {
      const outcome = onPresentationConnectionChange(state, change, this.#stopping || this.#receiving.restarting);
      stop = outcome.stop;
      return outcome.state;
    });
    if (stop) this.stop(stop);
  }
}
