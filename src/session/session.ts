import type {StateListener} from './store.js';
import type {ConferenceState, DialRequest, JoinMode, JoinOptions, Role, SessionEventMap, Settings} from './types.js';

/** Devices to use; an empty or missing id means the browser's default. */
export interface DeviceSelection {
  readonly cameraId?: string;
  readonly microphoneId?: string;
}

/**
 * What the elements need from a conference session: its state, its notifications and its
 * actions. `ConferenceSession` implements it over Pexip's SDK; element tests use a fake.
 *
 * Actions that ask the node for something (chat, host controls, presenting, unmuting ourselves
 * in a call) reject with a `SessionActionError` when the node refuses or cannot be reached, so
 * that the element that asked can say so. Those the node may refuse change the state only when
 * it confirms; meanwhile `state.pending` holds them (see `pendingOf` in selectors.ts).
 */
export interface Session {
  readonly state: ConferenceState;
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: StateListener<ConferenceState>): () => void;
  /** Listens for one kind of notification; returns the unsubscribe function. */
  on<K extends keyof SessionEventMap>(type: K, listener: (detail: SessionEventMap[K]) => void): () => void;

  // Joining and leaving
  /**
   * Starts loading Pexip's SDK before the user joins (the conference calls it once its pre-join
   * screen shows), so that pressing Join does not wait for the download and evaluation.
   */
  preload(): void;
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

  // Our own media
  /** Opens (or reopens, with other devices) the camera and microphone before joining. */
  startPreview(mode: JoinMode, devices?: DeviceSelection): Promise<void>;
  stopPreview(): void;
  /** Switches camera or microphone, before or during the call. */
  selectDevices(devices: DeviceSelection): Promise<void>;
  refreshDevices(): Promise<void>;
  setMicrophoneMuted(muted: boolean): Promise<void>;
  setCameraOff(off: boolean): Promise<void>;
  /** From presentation-and-control mode (or audio only) to audio and video, in the same session. */
  escalate(mode: Exclude<JoinMode, 'control-only'>, devices?: DeviceSelection): Promise<void>;
  setBandwidth(kbps: number): void;
  updateSettings(change: Partial<Settings>): void;
  /** The page's own background picture (a URL), offered as the background setting `picture:page`. */
  backgroundPicture: string | undefined;

  // Meeting
  sendMessage(text: string, toParticipantId?: string): Promise<void>;
  /** Chooses who new chat messages go to (privately); `undefined`: everyone. */
  setChatRecipient(participantId: string | undefined): void;
  raiseHand(raised: boolean): Promise<void>;
  present(stream: MediaStream): Promise<void>;
  stopPresenting(): Promise<void>;

  // Host controls
  lock(locked: boolean): Promise<void>;
  muteAllGuests(muted: boolean): Promise<void>;
  setGuestsCanUnmute(allowed: boolean): Promise<void>;
  disconnectAll(): Promise<void>;
  dial(request: DialRequest): Promise<void>;
  muteParticipant(participantId: string, muted: boolean): Promise<void>;
  muteParticipantVideo(participantId: string, muted: boolean): Promise<void>;
  setRole(participantId: string, role: Role): Promise<void>;
  setPresentationReceiving(participantId: string, allowed: boolean): Promise<void>;
  spotlight(participantId: string, on: boolean): Promise<void>;
  admit(participantId: string): Promise<void>;
  disconnectParticipant(participantId: string): Promise<void>;
  sendDtmf(participantId: string, digits: string): Promise<void>;
  lowerAllHands(): Promise<void>;
}

/**
 * Why an action failed: not in a call, not a host, refused by the node, bad input, or an answer
 * from the node that the SDK could not accept.
 */
export type SessionActionProblem = 'not-in-call' | 'not-host' | 'refused' | 'invalid' | 'bad-answer';

export class SessionActionError extends Error {
  constructor(
    readonly action: string,
    readonly problem: SessionActionProblem,
    readonly detail = ''
  ) {
    super(`${action}: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'SessionActionError';
  }
}
