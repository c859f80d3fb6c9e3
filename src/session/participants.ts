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

/** One participant replaced by a newer version of them, at the same place in the list. */
export interface Replacement {
  readonly before: Participant;
  readonly after: Participant;
}

/**
 * What changed between two versions of a list when participants were only updated (what
 * `mergeParticipants` makes of updates: the same ids at the same places, changed entries
 * replaced): the replaced entries. `undefined` when someone came, left or moved, or when more
 * than `limit` changed: then only a fresh look at the whole list tells. A cheap scan by identity,
 * so that a view of thousands can redo only what a few updates change.
 */
export function replacementsBetween(
  before: readonly Participant[],
  after: readonly Participant[],
  limit = 32
): readonly Replacement[] | undefined {
  if (before.length !== after.length) return undefined;
  // The session, the roster, the chat... each ask it of the same two lists after an update.
  const known = lastReplacements.get(after);
  if (known?.before === before && known.limit === limit) return known.replaced;
  const replaced = scanReplacements(before, after, limit);
  lastReplacements.set(after, {before, limit, replaced});
  return replaced;
}

const lastReplacements = new WeakMap<
  readonly Participant[],
  {before: readonly Participant[]; limit: number; replaced: readonly Replacement[] | undefined}
>();

function scanReplacements(before: readonly Participant[], after: readonly Participant[], limit: number) {
  const replaced: Replacement[] = [];
  for (let index = 0; index < after.length; index += 1) {
    if (before[index] === after[index]) continue;
    if (before[index].id !== after[index].id || replaced.length === limit) return undefined;
    replaced.push({before: before[index], after: after[index]});
  }
  return Object.freeze(replaced);
}
