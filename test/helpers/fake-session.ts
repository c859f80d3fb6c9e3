import {Emitter} from '../../src/session/emitter.js';
import type {Session} from '../../src/session/session.js';
import {Store, type StateListener} from '../../src/session/store.js';
import {initialState, type ConferenceState, type JoinOptions, type SessionEventMap} from '../../src/session/types.js';

/** One call of a session action, as the fake records it. */
export interface RecordedCall {
  readonly action: string;
  readonly args: readonly unknown[];
}

/**
 * A session for element rendering tests: its state is whatever the test sets, and its actions
 * only record that they were called.
 */
export class FakeSession implements Session {
  readonly calls: RecordedCall[] = [];
  readonly #store: Store<ConferenceState>;
  readonly #events = new Emitter<SessionEventMap>();

  constructor(state: Partial<ConferenceState> = {}) {
    this.#store = new Store({...initialState(), ...state});
  }

  get state(): ConferenceState {
    return this.#store.state;
  }

  /** Replaces parts of the state, as the real session would after an SDK signal. */
  setState(change: Partial<ConferenceState>): void {
    this.#store.update(change);
  }

  emit<K extends keyof SessionEventMap>(type: K, detail: SessionEventMap[K]): void {
    this.#events.emit(type, detail);
  }

  subscribe(listener: StateListener<ConferenceState>): () => void {
    return this.#store.subscribe(listener);
  }

  on<K extends keyof SessionEventMap>(type: K, listener: (detail: SessionEventMap[K]) => void): () => void {
    return this.#events.on(type, listener);
  }

  #record(action: string, ...args: unknown[]): Promise<void> {
    this.calls.push({action, args});
    return Promise.resolve();
  }

  join(options: JoinOptions): Promise<void> {
    return this.#record('join', options);
  }
  submitPin(pin: string): Promise<void> {
    return this.#record('submitPin', pin);
  }
  joinAsGuest(): Promise<void> {
    return this.#record('joinAsGuest');
  }
  submitExtension(extension: string): Promise<void> {
    return this.#record('submitExtension', extension);
  }
  leave(): Promise<void> {
    return this.#record('leave');
  }
  reset(): void {
    void this.#record('reset');
  }
  setMicrophoneMuted(muted: boolean): Promise<void> {
    return this.#record('setMicrophoneMuted', muted);
  }
  setCameraOff(off: boolean): Promise<void> {
    return this.#record('setCameraOff', off);
  }
}
