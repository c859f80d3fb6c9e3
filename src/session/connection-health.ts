import type {SessionCore} from './core.js';
import {withConnectionTrouble} from './signals/meeting.js';

/** While the event stream is down, how often to ask the node whether it still knows this call. */
const SESSION_PROBE_MS = 2000;
/** A request unanswered for this long makes the state say that the node is slow. */
const SLOW_REQUEST_MS = 1500;

/**
 * The connection's health: a slow node (requests unanswered for a while), a lost event stream
 * or stalled media (the state says `reconnecting`), and the probe that finds out whether a node
 * still knows this call while its event stream is down.
 */
export class ConnectionHealth {
  readonly #core: SessionCore;
  /** Called when the node no longer knows this call. */
  readonly #onSessionLost: () => void;
  /** The latest token, to ask the node whether it still knows this call (never logged or stored). */
  token?: string;
  #eventStreamLost = false;
  #mediaStalled = false;
  #probeTimer?: ReturnType<typeof setInterval>;
  #probing = false;
  /** Requests to the node awaiting an answer (see `nodeSlow`). */
  #waiting = 0;

  constructor(core: SessionCore, onSessionLost: () => void) {
    this.#core = core;
    this.#onSessionLost = onSessionLost;
  }

  get eventStreamLost(): boolean {
    return this.#eventStreamLost;
  }

  /** Runs a request to the node; while it has waited longer than SLOW_REQUEST_MS, `nodeSlow` is set. */
  async timed<T>(request: Promise<T>): Promise<T> {
    const {store} = this.#core;
    this.#waiting += 1;
    const timer = setTimeout(() => {
      const {phase} = store.state;
      if (phase !== 'idle' && phase !== 'ended' && phase !== 'failed') store.update({nodeSlow: true});
    }, SLOW_REQUEST_MS);
    try {
      return await request;
    } finally {
      clearTimeout(timer);
      this.#waiting -= 1;
      if (this.#waiting === 0) store.update({nodeSlow: false});
    }
  }

  /** `onReconnecting` and `onReconnected`: media stalled, and the SDK restarts ICE. */
  setMediaStalled(stalled: boolean): void {
    this.#mediaStalled = stalled;
    this.#showTrouble();
  }

  /**
   * The SDK reopens a broken event stream by itself, silently. Meanwhile the node is asked
   * whether it still knows this call: a node that restarted (or ended the session without
   * telling) answers 403, and waiting any longer would be in vain.
   */
  setEventStreamLost(lost: boolean): void {
    const {phase} = this.#core.store.state;
    if (lost && phase !== 'in-call' && phase !== 'waiting') return;
    this.#eventStreamLost = lost;
    this.#showTrouble();
    if (lost) {
      this.#probeTimer ??= setInterval(() => void this.probe(), SESSION_PROBE_MS);
      void this.probe();
    } else {
      clearInterval(this.#probeTimer);
      this.#probeTimer = undefined;
    }
  }

  #showTrouble(): void {
    const trouble = {mediaStalled: this.#mediaStalled, eventStreamLost: this.#eventStreamLost};
    this.#core.store.update((state) => withConnectionTrouble(state, trouble));
  }

  /** Asks the node whether it still knows this call (while the event stream is down). */
  async probe(): Promise<void> {
    const {options, client} = this.#core;
    if (!options || !client || !this.token || this.#probing) return;
    let status: number;
    this.#probing = true;
    try {
      const url = `${options.node}/api/client/v2/conferences/${encodeURIComponent(options.conference.trim())}/conference_status`;
      status = (await fetch(url, {headers: {token: this.token}})).status;
    } catch {
      return; // Not reachable (yet): keep waiting.
    } finally {
      this.#probing = false;
    }
    if (status === 403 && this.#eventStreamLost && client === this.#core.client) this.#onSessionLost();
  }

  /** Forgets everything about the call that ended. */
  reset(): void {
    clearInterval(this.#probeTimer);
    this.#probeTimer = undefined;
    this.#eventStreamLost = false;
    this.#mediaStalled = false;
    this.token = undefined;
  }
}
