// Payloads shaped like @pexip/infinity 20's types, and states to apply them to.
import type {
  ConferenceStatus as SdkConferenceStatus,
  Participant as SdkParticipant,
  ParticipantID,
  RoomID,
} from '@pexip/infinity';
import type {CallSignalPayload} from '../../../src/session/signals/payloads.js';
import {withSelf} from '../../../src/session/signals/rooms.js';
import {initialState, MAIN_ROOM_ID, type ConferenceState, type Room} from '../../../src/session/types.js';

export const BREAKOUT = 'b0f1c2d3-0000-4000-8000-000000000001' as RoomID;
export const MAIN = MAIN_ROOM_ID as RoomID;

/** A participant as the SDK describes it (a guest, video, unmuted); override what the test is about. */
export function sdkParticipant(uuid: string, overrides: Partial<SdkParticipant> = {}): SdkParticipant {
  return {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the SDK's enum value, as the node sends it; importing the enum would load the SDK in Node
    callType: 'video' as SdkParticipant['callType'],
    canControl: false,
    canChangeLayout: false,
    canDisconnect: true,
    canMute: true,
    canTransfer: false,
    canFecc: false,
    canRaiseHand: true,
    canSpotlight: true,
    displayName: `Name of ${uuid}`,
    overlayText: '',
    handRaisedTime: 0,
    isCameraMuted: false,
    isConjoined: false,
    isConnecting: false,
    isExternal: false,
    isGateway: false,
    isHost: false,
    isMainVideoDroppedOut: false,
    isClientMuted: false,
    isMuted: false,
    isPresenting: false,
    isSpotlight: false,
    isStreaming: false,
    isTransferring: false,
    isVideoSilent: false,
    isWaiting: false,
    needsPresentationInMix: false,
    protocol: 'webrtc',
    hasMedia: true,
    raisedHand: false,
    role: 'guest',
    rxPresentation: true,
    serviceType: 'conference',
    spotlightOrder: 0,
    supportsDirectChat: true,
    startAt: new Date(1_700_000_000_000),
    startTime: 1_700_000_000,
    uri: `sip:${uuid}@example.com`,
    uuid: uuid as ParticipantID,
    vendor: 'pexip',
    canReceivePersonalMix: false,
    receiveFromVideoMix: {mix_name: 'main', timestamp: 0},
    rawData: {call_direction: 'in'} as SdkParticipant['rawData'],
    ...overrides,
  };
}

/** A conference status as the SDK describes it. */
export function sdkStatus(overrides: Partial<SdkConferenceStatus> = {}): SdkConferenceStatus {
  return {
    locked: false,
    guestsMuted: false,
    allMuted: false,
    started: true,
    liveCaptionsAvailable: false,
    breakoutRooms: false,
    directMedia: false,
    presentationAllowed: true,
    breakout: false,
    guestsCanUnmute: true,
    rawData: {} as SdkConferenceStatus['rawData'],
    ...overrides,
  };
}

/** In a call as `selfId` (a guest unless `role` says so). */
export function inCall(selfId = 'me', role: 'host' | 'guest' = 'guest', change: Partial<ConferenceState> = {}): ConferenceState {
  return withSelf({...initialState('meet.alice'), phase: 'in-call', ...change}, selfId, role, false);
}

/** The main room of a state. */
export function main(state: ConferenceState): Room {
  return state.rooms[MAIN_ROOM_ID];
}

/** The SDK's call quality pair (inbound, outbound audio): 0 good, 1 ok, 2 bad, 3 terrible. */
export function quality(inbound: number, outbound: number): CallSignalPayload<'onCallQuality'> {
  return [inbound, outbound] as unknown as CallSignalPayload<'onCallQuality'>;
}
