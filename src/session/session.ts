import type {StateListener} from './store.js';
import type {ConferenceState, JoinOptions, SessionEventMap} from './types.js';

/**
 * What the elements need from a conference session: its state, its notifications and its
 * actions. `ConferenceSession` implements it over Pexip's SDK; element tests use a fake.
 */
export interface Session {
  readonly state: ConferenceState;
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: StateListener<ConferenceState>): () => void;
  /** Listens for one kind of notification; returns the unsubscribe function. */
  on<K extends keyof SessionEventMap>(type: K, listener: (detail: SessionEventMap[K]) => void): () => void;

  /** Joins a conference; progress and outcome arrive as state. */
  join(options: JoinOptions): Promise<void>;
  /** Answers a PIN request. */
  submitPin(pin: string): Promise<void>;
  /** Answers a PIN request as a guest of a room whose guests need no PIN. */
  joinAsGuest(): Promise<void>;
  /** Answers a Virtual Reception's request for an extension. */
  submitExtension(extension: string): Promise<void>;
  /** Leaves the meeting, or stops joining; the state becomes `ended` with reason `left`. */
  leave(): Promise<void>;
  /** Returns an ended or failed session to `idle`, ready to join again. */
  reset(): void;

  setMicrophoneMuted(muted: boolean): Promise<void>;
  setCameraOff(off: boolean): Promise<void>;
}
