/**
 * The conference state that the session owns and the elements render. Everything here is plain,
 * immutable data (media streams are opaque handles); a change always produces a new object.
 */

import type {EffectsProblem} from '../effects/options.js';

/** Where a session is in its life. */
export type Phase =
  /** Not joined: the pre-join screen. */
  | 'idle'
  /** Asking the node for a token, opening the event stream, setting up media. */
  | 'connecting'
  /** The node wants a host or guest PIN (see `ConferenceState.pinRequest`). */
  | 'pin-required'
  /** The room needs single sign-on: choose an identity provider, sign in (see `ConferenceState.ssoRequest`). */
  | 'sso-required'
  /** A Virtual Reception wants the extension of the room to join. */
  | 'extension-required'
  /** Admitted to the node but held outside the meeting (see `ConferenceState.waitingReason`). */
  | 'waiting'
  /** In the meeting. */
  | 'in-call'
  /** Left, disconnected by a host, or the meeting ended (see `ConferenceState.endReason`). */
  | 'ended'
  /** Could not join (see `ConferenceState.endReason`). */
  | 'failed';

import type {JoinMode, Role} from '../types/call-options.js';
export type {JoinMode, Role};

/** A reason for leaving or failing, kept as a code so that the view can word it. */
export interface EndReason {
  /**
   * A Pexip error code such as `#pex154` (as mapped by the SDK), or one of the client-side codes:
   * `left` (the user left), `node-unreachable`, `sdk-unavailable`, `media-denied`,
   * `media-unavailable`, `invalid-options`, `connection-lost`, `session-lost` (the node no
   * longer knows this call, for example after it restarted), `bad-answer` (the node's answer
   * failed the SDK's validation).
   */
  readonly code: string;
  /** The node's own words, when it gave any (for logs and for codes we have no text for). */
  readonly detail?: string;
}

export interface PinRequest {
  readonly hostPin: boolean;
  readonly guestPin: boolean;
  /** The last PIN tried was wrong. */
  readonly invalid: boolean;
}

export interface ExtensionRequest {
  /** `standard` (Virtual Reception) or `mssip` (Lync/Skype conference ID). */
  readonly type: string;
  readonly invalid: boolean;
}

/** Why a participant is held in the waiting room: waiting to be let in, locked out, or the meeting has not started. */
export type WaitingReason = 'host' | 'locked' | 'not-started';

import type {CallQuality, Classification, Splash, SsoRequest, Transfer} from './call-types.js';
export type * from './call-types.js';

export interface Participant {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly isSelf: boolean;
  /** Muted at the node, by themselves or by a host. */
  readonly microphoneMuted: boolean;
  readonly cameraMuted: boolean;
  readonly presenting: boolean;
  readonly speaking: boolean;
  /** Held outside a locked conference, or waiting for a host. */
  readonly waiting: boolean;
  /** Being dialled and not answered yet. */
  readonly calling: boolean;
  /** A streaming or recording participant (RTMP). */
  readonly streaming: boolean;
  readonly handRaised: boolean;
  /** Unix time in seconds when the hand went up (the node counts whole seconds). */
  readonly handRaisedAt?: number;
  readonly spotlight: boolean;
  /** A host muted them and keeps them muted ("client mute"): they cannot unmute themselves. */
  readonly clientMuted: boolean;
  /** Whether their client takes private chat messages. */
  readonly supportsDirectChat: boolean;
  /** Whether a host may move them to another conference. */
  readonly canTransfer: boolean;
  /** Being moved to another conference. */
  readonly transferring: boolean;
  /** Whether a host allows this participant to receive the presentation. */
  readonly receivesPresentation: boolean;
  readonly protocol: string;
  readonly callType: 'audio' | 'video' | 'api';
  readonly uri: string;
  /** A gateway call or a participant added by dial-out (DTMF makes sense for them). */
  readonly external: boolean;
  readonly canMute: boolean;
  readonly canDisconnect: boolean;
  /** Unix time in seconds. */
  readonly joinedAt: number;
}

/** Dial-out protocols, as the guide's "Add a participant" offers them. */
export type DialProtocol = 'sip' | 'h323' | 'mssip' | 'rtmp' | 'auto';

export interface DialRequest {
  readonly destination: string;
  readonly protocol: DialProtocol;
  readonly role: Role;
}

export interface ConferenceStatus {
  readonly locked: boolean;
  readonly guestsMuted: boolean;
  readonly guestsCanUnmute: boolean;
  readonly presentationAllowed: boolean;
  /** Whether guests may share a presentation (an admin setting of the room). */
  readonly guestsCanPresent: boolean;
  /** False while a room that needs a host waits for one to start it. */
  readonly started: boolean;
  readonly classification?: Classification;
  /** Milliseconds since the epoch when the meeting ends, if it has an end time. */
  readonly endsAt?: number;
}

/** The SDK's id of the main room; a breakout room's id is its uuid. */
export const MAIN_ROOM_ID = 'main';

/** One room of the conference (the main room or a breakout room), as the node describes it. */
export interface Room {
  readonly id: string;
  /** In join order. */
  readonly participants: readonly Participant[];
  readonly status: ConferenceStatus;
}

/**
 * A request to the node that the node may refuse, while it is on its way. The state it asks for
 * shows only once the node confirms it (a signal, or the answer when no signal follows).
 */
export interface PendingRequest {
  /** The session action, such as `muteParticipant`, `lock` or `setMicrophoneMuted`. */
  readonly action: string;
  /** The participant it is about; absent for the conference or for ourselves. */
  readonly participantId?: string;
  /** What was asked for: muted or not, locked or not, a role. */
  readonly value: boolean | string;
  /** The node said yes; the request stays pending until its signal shows the change. */
  readonly answered: boolean;
}

export interface ChatMessage {
  readonly id: string;
  readonly senderId: string;
  readonly senderName: string;
  readonly text: string;
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** Set for a private message: the other party of the conversation. */
  readonly privateWith?: string;
  readonly fromSelf: boolean;
}

import type {BreakoutsState, Caption, CaptionsState, LayoutState} from './meeting-types.js';
export type * from './meeting-types.js';

/** Why the camera or microphone could not be opened. */
export type MediaProblem = 'media-denied' | 'media-unavailable' | 'media-busy';

/**
 * The join mode asked for could not be kept, so a lesser one is used: the devices could not be
 * opened when joining (`problem` is about the device the lesser mode does without), or the
 * camera stopped during the call (`camera-ended`: unplugged, or its permission revoked).
 */
export interface MediaFallback {
  readonly from: JoinMode;
  readonly reason: MediaProblem | 'camera-ended';
}

export interface MediaState {
  readonly mode: JoinMode;
  /** Our camera and microphone: the pre-join preview, then what we send. */
  readonly local?: MediaStream;
  /** The meeting's audio and video. */
  readonly remote?: MediaStream;
  readonly microphoneMuted: boolean;
  readonly cameraOff: boolean;
  /** Opening the camera or microphone failed (in pre-join preview or when switching devices). */
  readonly problem?: MediaProblem;
  /** Set when `mode` is less than what was asked for, and why. */
  readonly fallback?: MediaFallback;
  /** Why a background effect or noise suppression asked for in the settings is not applied (the plain tracks are used). */
  readonly effectsProblem?: EffectsProblem;
}

/**
 * Presentations: the one we receive from another participant, and the one we send (screen or
 * slides). Only one participant presents at a time.
 */
export interface PresentationState {
  /** The presentation video we receive. */
  readonly remote?: MediaStream;
  /** Who is presenting, when it is someone else. */
  readonly presenterId?: string;
  readonly presenterName?: string;
  /** The id of the node's latest still of that presentation (its `presentation_frame` event). */
  readonly frameId?: string;
  /** That still as a picture (an object URL of the JPEG), fetched in still-image mode instead of the video. */
  readonly still?: string;
  /**
   * Set for the rest of the call when a presentation started and the node sent no still for it:
   * a node that makes none (direct media; the dev node's forwarding engine), so the video is
   * received even in still-image mode.
   */
  readonly stillsUnavailable?: boolean;
  /** Full motion (true) or stills (false), as the user chose in this call; until then the setting decides. */
  readonly fullMotion?: boolean;
  /** What we send. */
  readonly local?: MediaStream;
  readonly sending: 'idle' | 'starting' | 'sending';
  /**
   * Why our last presentation stopped when we did not stop it: someone else started presenting
   * (`taken-over`), the node refused (`refused`), or the capture ended (`ended`).
   */
  readonly stoppedReason?: 'taken-over' | 'refused' | 'ended';
}

export interface MediaDevice {
  readonly id: string;
  readonly label: string;
}

export interface DeviceList {
  readonly cameras: readonly MediaDevice[];
  readonly microphones: readonly MediaDevice[];
  /** Audio outputs; empty where the browser cannot choose one (no `setSinkId`). */
  readonly speakers: readonly MediaDevice[];
}

/**
 * The user's settings, remembered per origin (localStorage). PINs and tokens are never stored.
 */
export interface Settings {
  readonly displayName: string;
  readonly cameraId: string;
  readonly microphoneId: string;
  readonly speakerId: string;
  /** Kbps, 256–1864. */
  readonly bandwidth: number;
  /** Show camera and microphone options before joining with media. */
  readonly showDeviceOptions: boolean;
  readonly muteMicrophoneOnJoin: boolean;
  readonly confirmDisconnect: boolean;
  readonly fullMotionPresentation: boolean;
  /** Empty: follow the page. */
  readonly language: string;
  /** The background effect, as src/effects/options.ts's `parseBackgroundSetting` reads it. */
  readonly background: string;
  readonly noiseSuppression: boolean;
}

/** One media stream's numbers, as the SDK's stats collector reports them every second. */
export interface StreamStats {
  /** Bits per second. */
  readonly bitrate?: number;
  /** Packets received (inbound) or sent (outbound). */
  readonly packets: number;
  readonly packetsLost: number;
  /** Percent of packets lost recently. */
  readonly recentLossPercent?: number;
  /** Seconds. */
  readonly jitter?: number;
  readonly codec?: string;
  /** Such as `640x360`. */
  readonly resolution?: string;
  readonly framesPerSecond?: number;
}

export interface DirectionStats {
  readonly audio?: StreamStats;
  readonly video?: StreamStats;
  readonly presentation?: StreamStats;
}

export interface CallStats {
  readonly inbound: DirectionStats;
  readonly outbound: DirectionStats;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

export interface ConferenceState {
  readonly phase: Phase;
  /** The alias being joined or in use. */
  readonly conference: string;
  /** The room's name as the node gives it. */
  readonly conferenceName: string;
  /** The node's software version, as it reports it when we join. */
  readonly serverVersion?: string;
  readonly selfId?: string;
  readonly role?: Role;
  /**
   * Whether to offer host controls: a host who did not join with `forceGuest`. Elements show
   * host actions only when this is true.
   */
  readonly hostControls: boolean;
  /**
   * The participants and conference status of each room, keyed by the SDK's room id: the main
   * room (`MAIN_ROOM_ID`) and any breakout rooms. Read them through the selectors in
   * `selectors.ts` (`mainRoom`, `participantsOf`, `statusOf`, `selfOf`).
   */
  readonly rooms: Readonly<Record<string, Room>>;
  /**
   * Requests the node may refuse that are on their way, keyed by `requestKey(action, id)`: a
   * control shows its pending look at once, and its state changes only when the node confirms.
   */
  readonly pending: Readonly<Record<string, PendingRequest>>;
  readonly media: MediaState;
  /** The chat of the room our call is in. */
  readonly chat: readonly ChatMessage[];
  /** The chats of the other rooms we know (hosts observe every breakout room), keyed by room id. */
  readonly roomChats: Readonly<Record<string, readonly ChatMessage[]>>;
  /** The participant that new chat messages go to privately; none: to everyone. */
  readonly chatRecipientId?: string;
  readonly presentation: PresentationState;
  readonly captions: CaptionsState;
  readonly layout: LayoutState;
  readonly breakouts: BreakoutsState;
  readonly devices: DeviceList;
  readonly settings: Settings;
  readonly pinRequest?: PinRequest;
  readonly ssoRequest?: SsoRequest;
  readonly extensionRequest?: ExtensionRequest;
  /** Whether the room has chat (an admin setting); off: no composer. */
  readonly chatEnabled: boolean;
  /** Set while a host or the node moves us to another conference. */
  readonly transfer?: Transfer;
  readonly splash?: Splash;
  /** Worst of our audio's inbound and outbound quality; `good` until the SDK says otherwise. */
  readonly callQuality: CallQuality;
  readonly waitingReason?: WaitingReason;
  readonly stats?: CallStats;
  /**
   * The connection to the node is being restored: the event stream broke and the SDK is opening
   * it again, or media stalled and the SDK is restarting ICE.
   */
  readonly reconnecting: boolean;
  /** A request to the node has been waiting for its answer for longer than usual (1.5 s). */
  readonly nodeSlow: boolean;
  readonly endReason?: EndReason;
}

/** What `join()` needs; the element builds it from its attributes and the pre-join form. */
export interface JoinOptions {
  /** Base URL of a Conferencing Node or reverse proxy, without a trailing slash. */
  readonly node: string;
  readonly conference: string;
  readonly displayName: string;
  /** Kbps, 256–1864. */
  readonly bandwidth: number;
  readonly mode: JoinMode;
  readonly pin?: string;
  /** Used only without a PIN: `guest` joins a room that has a host PIN but no guest PIN. */
  readonly role?: Role;
  readonly extension?: string;
  readonly muteMicrophone?: boolean;
  /** Withhold host controls even when joining as a host (the link parameter `forceguest`). */
  readonly forceGuest?: boolean;
  readonly cameraId?: string;
  readonly microphoneId?: string;
  /** A single sign-on token (the redirect flow brings it back in the page's URL). */
  readonly ssoToken?: string;
}

/** A message for the page's own features (reactions, polls): any JSON object, not chat. */
export interface ApplicationMessage {
  readonly message: Readonly<Record<string, unknown>>;
  readonly senderId: string;
  readonly senderName: string;
  /** Sent to us alone. */
  readonly direct: boolean;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

/** Things that happen, as opposed to state: the element turns them into DOM events. */
export interface SessionEventMap {
  joined: {readonly conference: string; readonly selfId: string};
  left: {readonly reason: EndReason};
  error: {readonly reason: EndReason};
  'participant-join': {readonly participant: Participant};
  'participant-leave': {readonly participant: Participant};
  /** Someone in the main room raised a hand (told to hosts only). */
  'hand-raise': {readonly participant: Participant};
  'chat-message': {readonly message: ChatMessage};
  'presentation-start': {readonly presenterId?: string; readonly presenterName?: string; readonly local: boolean};
  'presentation-stop': {readonly local: boolean};
  stats: {readonly stats: CallStats};
  caption: Caption;
  'layout-change': {readonly host: string; readonly guest: string};
  /** Our call moved into a breakout room or back (`MAIN_ROOM_ID`). */
  'breakout-move': {readonly from: string; readonly to: string; readonly name: string};
  /** Someone in a breakout room asked for help (told to hosts). */
  'breakout-help': {readonly roomId: string; readonly participantId?: string};
  /** A breakout room we knew closed. */
  'breakout-end': {readonly roomId: string};
  'application-message': ApplicationMessage;
  /** We moved to another conference (a host or the node transferred us). */
  transfer: {readonly from: string; readonly to: string};
}

import {BANDWIDTH_DEFAULT} from '../types/call-options.js';
export {BANDWIDTH_DEFAULT, BANDWIDTH_MAX, BANDWIDTH_MIN} from '../types/call-options.js';

export const defaultSettings: Settings = Object.freeze({
  displayName: '',
  cameraId: '',
  microphoneId: '',
  speakerId: '',
  bandwidth: BANDWIDTH_DEFAULT,
  showDeviceOptions: true,
  muteMicrophoneOnJoin: false,
  confirmDisconnect: false,
  fullMotionPresentation: false,
  language: '',
  background: 'none',
  noiseSuppression: false,
});

export const initialConferenceStatus: ConferenceStatus = Object.freeze({
  locked: false,
  guestsMuted: false,
  guestsCanUnmute: true,
  presentationAllowed: true,
  guestsCanPresent: true,
  started: true,
});

export const idlePresentation: PresentationState = Object.freeze({sending: 'idle'});
export const noBreakouts: BreakoutsState = Object.freeze({
  enabled: false,
  currentRoomId: MAIN_ROOM_ID,
  selfIds: Object.freeze({}),
  rooms: Object.freeze({}),
});
export const noCaptions: CaptionsState = Object.freeze({available: false, enabled: false, transcript: Object.freeze([])});
export const noDevices: DeviceList = Object.freeze({cameras: [], microphones: [], speakers: []});

export const noRooms: Readonly<Record<string, Room>> = Object.freeze({
  [MAIN_ROOM_ID]: Object.freeze({id: MAIN_ROOM_ID, participants: Object.freeze([]), status: initialConferenceStatus}),
});
export const noPending: Readonly<Record<string, PendingRequest>> = Object.freeze({});

export function initialState(conference = '', settings: Settings = defaultSettings): ConferenceState {
  return Object.freeze({
    phase: 'idle',
    conference,
    conferenceName: '',
    rooms: noRooms,
    pending: noPending,
    media: Object.freeze({mode: 'audio-video', microphoneMuted: false, cameraOff: false}),
    hostControls: false,
    chat: Object.freeze([]),
    roomChats: Object.freeze({}),
    chatEnabled: true,
    callQuality: 'good',
    presentation: idlePresentation,
    captions: noCaptions,
    layout: Object.freeze({overlayText: false}),
    breakouts: noBreakouts,
    devices: noDevices,
    settings,
    reconnecting: false,
    nodeSlow: false,
  });
}
