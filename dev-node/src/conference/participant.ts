import {randomUUID} from 'node:crypto';
import type {Participant as WireParticipant} from '@pexip/infinity-api/dist/conference/types.js';
import type {ParticipantRole} from '../config/types.js';

export type {WireParticipant};
export type ServiceType = NonNullable<WireParticipant['service_type']>;
export type WireProtocol = WireParticipant['protocol'];

/** Who drives this participant: a real SDK client, the simulator, or a simulated dial-out. */
export type ParticipantKind = 'client' | 'simulated' | 'dialout';

/** What the participant's call carries, as shown in the roster (`none` = control only). */
export type MediaKind = 'video' | 'audio' | 'none';

export interface ParticipantInit {
  readonly kind: ParticipantKind;
  readonly displayName: string;
  readonly role: ParticipantRole;
  readonly serviceType: ServiceType;
  readonly protocol: WireProtocol;
  readonly callDirection: 'in' | 'out';
  readonly localAlias: string;
  readonly uri?: string;
  readonly callTag?: string;
  /** What the client declared in request_token (`supports_direct_chat`). */
  readonly supportsDirectChat?: boolean;
  /** The same identity in another room (a breakout room keeps the participant's uuid). */
  readonly uuid?: string;
}

/** One roster entry with every flag the client API exposes. */
export class Participant {
  readonly uuid: string;
  readonly kind: ParticipantKind;
  readonly protocol: WireProtocol;
  readonly callDirection: 'in' | 'out';
  readonly localAlias: string;
  readonly uri: string | undefined;
  readonly callTag: string | undefined;
  readonly startTime = Math.floor(Date.now() / 1000);

  displayName: string;
  role: ParticipantRole;
  serviceType: ServiceType;
  media: MediaKind = 'none';
  /** Has a call (audio, video or presentation) at all. */
  hasMedia = false;
  muted = false;
  videoMuted = false;
  clientMuted = false;
  presenting = false;
  /** Unix time the spotlight was switched on; 0 = off. */
  spotlight = 0;
  /** Unix time the hand was raised; 0 = lowered. */
  buzzTime = 0;
  receivesPresentation = true;
  streaming = false;
  overlayText = '';
  /** Dev-node extension: why a dial-out failed (kept in the raw participant object). */
  disconnectReason: string | undefined;
  lastSpokenTime = 0;
  /** Private chat: declared by a client when joining; simulated web participants have it, SIP/H.323/RTMP ones not. */
  readonly supportsDirectChat: boolean;
  /** Joined after signing in with an identity provider (SSO rooms). */
  idpAuthenticated = false;
  /** A host transferred it and the node waits for it to follow the `refer`. */
  transferring = false;
  /** Digits received through the dtmf endpoints (dev-only, shown in /dev/state). */
  readonly dtmf: string[] = [];
  /** The breakout room this participant was moved to: it is out of the main room meanwhile. */
  breakoutUuid: string | undefined;

  constructor(init: ParticipantInit) {
    this.uuid = init.uuid ?? randomUUID();
    this.kind = init.kind;
    this.displayName = init.displayName;
    this.role = init.role;
    this.serviceType = init.serviceType;
    this.protocol = init.protocol;
    this.callDirection = init.callDirection;
    this.localAlias = init.localAlias;
    this.uri = init.uri;
    this.callTag = init.callTag;
    this.supportsDirectChat =
      init.supportsDirectChat ?? (init.kind === 'simulated' && (init.protocol === 'api' || init.protocol === 'webrtc'));
  }

  get isHost(): boolean {
    return this.role === 'chair';
  }

  /** In the meeting proper (not waiting, not still ringing, not away in a breakout room). */
  get isAdmitted(): boolean {
    return this.serviceType === 'conference' && this.breakoutUuid === undefined;
  }

  toWire(): WireParticipant {
    const yesNo = (value: boolean): 'YES' | 'NO' => (value ? 'YES' : 'NO');
    const wire: WireParticipant = {
      uuid: this.uuid,
      display_name: this.displayName,
      role: this.role,
      service_type: this.serviceType,
      protocol: this.protocol,
      call_direction: this.callDirection,
      uri: this.uri ?? '',
      vendor: this.kind === 'client' ? 'pex-connect dev node client' : 'simulated',
      local_alias: this.localAlias,
      start_time: this.startTime,
      is_muted: yesNo(this.muted),
      is_video_muted: this.videoMuted,
      is_client_muted: this.clientMuted,
      is_presenting: yesNo(this.presenting),
      spotlight: this.spotlight,
      buzz_time: this.buzzTime,
      is_audio_only_call: yesNo(this.media === 'audio'),
      is_video_call: yesNo(this.media === 'video'),
      has_media: this.hasMedia,
      is_streaming_conference: this.streaming,
      disconnect_supported: 'YES',
      mute_supported: 'YES',
      transfer_supported: 'YES',
      fecc_supported: 'NO',
      presentation_supported: 'YES',
      rx_presentation_policy: this.receivesPresentation ? 'ALLOW' : 'DENY',
      overlay_text: this.overlayText,
      encryption: 'On',
      external_node_uuid: '',
      is_external: false,
      is_video_silent: false,
      supports_direct_chat: this.supportsDirectChat,
      is_idp_authenticated: this.idpAuthenticated,
      is_transferring: this.transferring,
      can_receive_personal_mix: false,
      receive_from_video_mix: {mix_name: 'main', timestamp: 0},
      last_spoken_time: this.lastSpokenTime,
    };
    if (this.callTag !== undefined) wire.call_tag = this.callTag;
    if (this.disconnectReason !== undefined) {
      return Object.assign(wire, {disconnect_reason: this.disconnectReason});
    }
    return wire;
  }
}
