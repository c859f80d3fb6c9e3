import type {Participant as SdkParticipant} from '@pexip/infinity';
import type {Participant} from './types.js';

/** Turns the SDK's participant into ours: only what the elements show or act on. */
export function toParticipant(source: SdkParticipant, selfId: string | undefined, speaking: boolean): Participant {
  const raw = source.rawData;
  return Object.freeze({
    id: source.uuid,
    displayName: source.displayName || source.uri.replace(/^sip:/, '') || source.uuid,
    role: source.isHost ? 'host' : 'guest',
    isSelf: source.uuid === selfId,
    microphoneMuted: source.isMuted,
    cameraMuted: source.isCameraMuted,
    presenting: source.isPresenting,
    speaking,
    waiting: source.isWaiting,
    calling: source.isConnecting,
    streaming: source.isStreaming || source.protocol === 'rtmp',
    handRaised: source.raisedHand,
    handRaisedAt: source.raisedHand && source.handRaisedTime > 0 ? source.handRaisedTime : undefined,
    spotlight: source.isSpotlight,
    clientMuted: source.isClientMuted,
    supportsDirectChat: source.supportsDirectChat,
    canTransfer: source.canTransfer,
    transferring: source.isTransferring,
    receivesPresentation: source.rxPresentation,
    protocol: source.protocol,
    callType: source.callType,
    uri: source.uri,
    external: source.isGateway || raw.call_direction === 'out',
    canMute: source.canMute,
    canDisconnect: source.canDisconnect,
    joinedAt: source.startTime,
  } satisfies Participant);
}

/** Replaces, adds or removes participants by id, keeping join order. */
export function mergeParticipants(
  current: readonly Participant[],
  changed: readonly Participant[],
  removedIds: ReadonlySet<string> = new Set()
): readonly Participant[] {
  const byId = new Map(changed.map((participant) => [participant.id, participant]));
  const merged: Participant[] = [];
  for (const participant of current) {
    if (removedIds.has(participant.id)) continue;
    const replacement = byId.get(participant.id);
    merged.push(replacement ?? participant);
    byId.delete(participant.id);
  }
  merged.push(...byId.values());
  return Object.freeze(merged);
}
