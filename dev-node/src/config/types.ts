/** The room and node configuration format (JSON). See dev-node/README.md. */
import type {MediaEngineKind} from '../media/room-media.js';

export type CallType = 'video' | 'video-only' | 'audio';
export type DialProtocol = 'sip' | 'h323' | 'mssip' | 'rtmp' | 'auto';
export type ParticipantRole = 'chair' | 'guest';

/** One signalling-only participant placed in a room at start. */
export interface SimulatedParticipantConfig {
  readonly displayName: string;
  readonly role?: ParticipantRole;
  /** connected (default), calling (a dial-out still ringing), waiting (waiting room). */
  readonly state?: 'connected' | 'calling' | 'waiting';
  readonly muted?: boolean;
  readonly videoMuted?: boolean;
  readonly presenting?: boolean;
  /** Shown as speaking (voice activity in `stage` events). */
  readonly speaking?: boolean;
  /** A streaming/recording device (RTMP). */
  readonly streaming?: boolean;
  readonly handRaised?: boolean;
  readonly audioOnly?: boolean;
  readonly protocol?: 'api' | 'webrtc' | 'sip' | 'rtmp' | 'h323' | 'mssip';
}

export interface ChatLine {
  /** Display name of the (simulated) sender. */
  readonly from: string;
  readonly text: string;
}

export interface SimulationConfig {
  /** Generate this many participants with a mix of states (added to `participants`). */
  readonly count?: number;
  readonly participants?: readonly SimulatedParticipantConfig[];
  /** Messages posted one by one, in a loop, every `chatIntervalSeconds`. */
  readonly chatScript?: readonly ChatLine[];
  readonly chatIntervalSeconds?: number;
}

export interface DialOutConfig {
  /** Time a dialled participant stays "calling" before it connects or fails. */
  readonly connectDelayMs: number;
  /** How long a failed dial-out stays in the roster (with its reason) before it is removed. */
  readonly failedVisibleMs: number;
}

/** At least one alias; the first is the primary one. */
export type Aliases = readonly [string, ...string[]];

export interface RoomConfig {
  /** The first alias is the room's primary alias; matching is case-insensitive. */
  readonly aliases: Aliases;
  readonly name: string;
  readonly hostPin?: string;
  readonly guestPin?: string;
  /** With a host PIN: may guests join at all? Default true. */
  readonly allowGuests?: boolean;
  /** How long guests wait for a host (or admission to a locked room) before being disconnected. */
  readonly hostTimeoutSeconds?: number;
  readonly locked?: boolean;
  /** Maximum number of participants; 0 or absent = unlimited. */
  readonly participantLimit?: number;
  readonly callType?: CallType;
  readonly chatEnabled?: boolean;
  readonly guestsCanPresent?: boolean;
  readonly simulated?: SimulationConfig;
  /** Overrides the node-wide dial-out timing for this room. */
  readonly dialOut?: Partial<DialOutConfig>;
  /** Initial `guests_can_unmute` (default true). */
  readonly guestsCanUnmute?: boolean;
  /** Single sign-on: joining needs an identity provider (the node's fake IdP page). */
  readonly sso?: SsoConfig;
  /** `started` is false until a host sends `start_conference`; guests wait in the waiting room until then. */
  readonly hostMustStart?: boolean;
  /** Classification levels and the current one (`classification` in the conference status). */
  readonly classification?: ClassificationConfig;
  /** The meeting ends this long after the room is created (`end_time`), then again after each end. */
  readonly endsAfterSeconds?: number;
  /** A theme with splash screens (`GET theme/`, `splash_screen` events). */
  readonly theme?: ThemeConfig;
  /** How long a transferred participant has to follow the `refer` before `cancel_refer` (default 30). */
  readonly transferTimeoutSeconds?: number;
  /** Hosts may open breakout rooms (default true). */
  readonly breakoutRooms?: boolean;
  readonly captions?: CaptionsConfig;
}

/** One identity provider of the built-in fake IdP. */
export interface IdentityProviderConfig {
  readonly name: string;
  /** Default: derived from the name. */
  readonly uuid: string;
  readonly img?: string;
  /** `disable_popup_flow`: the client redirects the whole page instead of opening a pop-up. */
  readonly redirectFlow?: boolean;
}

export interface SsoConfig {
  /** One provider: the node answers with its redirect at once; several: the client chooses. */
  readonly providers: readonly IdentityProviderConfig[];
}

export interface ClassificationConfig {
  /** Level number → label, e.g. {"0": "UNCLASSIFIED", "1": "CONFIDENTIAL"}. */
  readonly levels: Readonly<Record<string, string>>;
  readonly current: number;
}

export interface SplashConfig {
  readonly text: string;
  /** How long the client shows it; 0 = until the node clears it. */
  readonly seconds: number;
}

export interface ThemeConfig {
  /** Shown to each participant when it enters the meeting. */
  readonly welcome?: SplashConfig;
  /** Shown while a participant waits for a host (cleared when it is let in). */
  readonly waitingForHost?: SplashConfig;
}

/** Live captions the node produces (no speech recognition): a script, and "X is speaking" lines. */
export interface CaptionsConfig {
  /** `live_captions_available` (default true). */
  readonly available?: boolean;
  /** Lines captioned one by one, in a loop, while anyone has captions on. */
  readonly script?: readonly ChatLine[];
  readonly intervalSeconds?: number;
  /** Caption "Name is speaking" when voice activity starts (default true). */
  readonly speaking?: boolean;
}

export interface ReceptionConfig {
  readonly aliases: Aliases;
  readonly name: string;
  /** Extension → alias of the room it leads to (a Map: the key comes from clients). */
  readonly extensions: ReadonlyMap<string, string>;
}

/** Dial-out destinations must match one rule's pattern to resolve. */
export interface GatewayRule {
  readonly name: string;
  /** A regular expression tested against the dialled destination. */
  readonly match: string;
  /** Protocols this rule accepts; absent = all. */
  readonly protocols?: readonly DialProtocol[];
}

export interface LimitsConfig {
  /** Sustained requests per second per session (or per client address before joining). */
  readonly requestsPerSecond: number;
  readonly burst: number;
  readonly maxBodyBytes: number;
  /** Token lifetime announced in `expires`; the SDK refreshes every third of it. */
  readonly tokenExpiresSeconds: number;
  readonly chatMaxLength: number;
}

export interface DevNodeConfig {
  readonly rooms: readonly RoomConfig[];
  readonly receptions: readonly ReceptionConfig[];
  readonly gateway: readonly GatewayRule[];
  readonly dialOut: DialOutConfig;
  readonly limits: LimitsConfig;
  /** How rooms serve media (not read from JSON: `--media` / `startDevNode({media})`); default forward. */
  readonly mediaEngine?: MediaEngineKind;
}
