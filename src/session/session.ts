import type {StateListener} from './store.js';
import type {
  BreakoutPlan,
  ConferenceState,
  DialRequest,
  JoinMode,
  JoinOptions,
  LayoutOption,
  Role,
  SessionEventMap,
  Settings,
} from './types.js';

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
  /** In a single sign-on room (`sso-required`): asks to sign in with this identity provider. */
  chooseIdentityProvider(providerId: string): Promise<void>;
  /**
   * Opens the chosen identity provider's sign-in in a pop-up (call it from a click), or goes there
   * in this page when the provider or `redirect` asks for it; the join completes with its answer.
   */
  signIn(options?: {readonly redirect?: boolean}): void;
  /** Leaves the meeting, or stops joining; the state becomes `ended` with reason `left`. */
  leave(): Promise<void>;
  /**
   * Leaves at once because the page is closing: synchronously, so that the SDK releases the call
   * with `sendBeacon`, which outlives the page.
   */
  leaveClosingPage(): void;
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
  /**
   * Sends a chat message to everyone in the room our call is in, or privately to one of them;
   * with `roomId` (hosts), to everyone in that breakout room's chat instead.
   */
  sendMessage(text: string, toParticipantId?: string, roomId?: string): Promise<void>;
  /** Chooses who new chat messages go to (privately); `undefined`: everyone. */
  setChatRecipient(participantId: string | undefined): void;
  raiseHand(raised: boolean): Promise<void>;
  /** Sends tones (0–9, *, #) on our own call, for IVRs and gateway calls. */
  sendTones(digits: string): Promise<void>;
  /**
   * Sends a message for the page's own features (not chat) to everyone or one participant;
   * resolves whether the node took it. Others receive it as an `application-message` event.
   */
  sendApplicationMessage(message: Record<string, unknown>, toParticipantId?: string): Promise<boolean>;
  present(stream: MediaStream): Promise<void>;
  stopPresenting(): Promise<void>;
  /**
   * Receives others' presentations in full motion (video) or as still images for the rest of
   * this call; the setting `fullMotionPresentation` is only where each call starts.
   */
  setPresentationFullMotion(fullMotion: boolean): void;
  /** Turns live captions on or off for ourselves (where `state.captions.available`). */
  setCaptions(enabled: boolean): Promise<void>;
  /** The layouts the node offers, with their previews (hosts only; asked once per call). */
  loadLayouts(): Promise<readonly LayoutOption[]>;
  /** Asks for the meeting's layout (hosts only); `state.layout` changes when the node confirms. */
  setLayout(name: string): Promise<void>;

  // Breakout rooms (hosts, but for help and leaving a room)
  /** Opens breakout rooms with their participants; resolves with the rooms' ids. */
  openBreakouts(plan: BreakoutPlan): Promise<string[]>;
  /** Moves participants from one room to another (`MAIN_ROOM_ID`: the main room). */
  moveParticipants(participantIds: readonly string[], from: string, to: string): Promise<void>;
  closeRoom(roomId: string): Promise<void>;
  closeAllRooms(): Promise<void>;
  /** Everyone back to the main room; the rooms stay open. */
  bringEveryoneBack(): Promise<void>;
  messageAllRooms(text: string): Promise<void>;
  /** In a breakout room: asks the hosts for help. */
  askForHelp(): Promise<void>;
  /** Withdraws a help request: ours, or (hosts) that of `roomId`. */
  cancelHelp(roomId?: string): Promise<void>;
  /** Back to the main room by ourselves, where the room allows it. */
  leaveRoom(): Promise<void>;

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
  /** Lowers one participant's raised hand. */
  lowerHand(participantId: string): Promise<void>;
  /** Mutes a participant and keeps them muted (they cannot unmute themselves), or lets them unmute again. */
  clientMuteParticipant(participantId: string, muted: boolean): Promise<void>;
  /** Moves a participant to another conference, with a role there (and its PIN, if it has one). */
  transferParticipant(participantId: string, alias: string, role: Role, pin?: string): Promise<void>;
  /** Starts a meeting whose guests wait for a host. */
  startConference(): Promise<void>;
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
