import {replacementsBetween, type Replacement} from './participants.js';
import {
  MAIN_ROOM_ID,
  initialConferenceStatus,
  type ConferenceState,
  type ConferenceStatus,
  type Participant,
  type PendingRequest,
  type Room,
} from './types.js';

const emptyRoom = (id: string): Room => Object.freeze({id, participants: Object.freeze([]), status: initialConferenceStatus});

/** A room of the conference; an unknown id gives an empty room. */
export function roomOf(state: ConferenceState, roomId: string = MAIN_ROOM_ID): Room {
  return state.rooms[roomId] ?? emptyRoom(roomId);
}

/** The main room: where everyone is unless a host sent them to a breakout room. */
export function mainRoom(state: ConferenceState): Room {
  return roomOf(state, MAIN_ROOM_ID);
}

/** The participants of a room (the main room by default), in join order; the same array until it changes. */
export function participantsOf(state: ConferenceState, roomId: string = MAIN_ROOM_ID): readonly Participant[] {
  return roomOf(state, roomId).participants;
}

/**
 * A participant in any room we know of, and the room: the room our call is in first (a node may
 * list one person in two rooms for a moment while moving them), then the others.
 */
export function findParticipant(
  state: ConferenceState,
  participantId: string
): {readonly roomId: string; readonly participant: Participant} | undefined {
  const current = state.breakouts.currentRoomId;
  for (const roomId of [current, ...Object.keys(state.rooms).filter((id) => id !== current)]) {
    const participant = participantsOf(state, roomId).find(({id}) => id === participantId);
    if (participant) return {roomId, participant};
  }
  return undefined;
}

/** A room's conference status (locked, guests muted...), the main room's by default. */
export function statusOf(state: ConferenceState, roomId: string = MAIN_ROOM_ID): ConferenceStatus {
  return roomOf(state, roomId).status;
}

/**
 * A function of a participant list, computed once per list: lists are immutable and replaced on
 * every change, and a meeting of thousands asks the same thing of one list from many elements.
 * With `carry`, a list that differs from the last one asked about only by participants updated in
 * place gets its value from the last one and those updates (`undefined`: compute it afresh),
 * with no new look at thousands.
 */
export function perList<T>(
  compute: (participants: readonly Participant[]) => T,
  carry?: (value: T, replaced: readonly Replacement[]) => T | undefined
): (participants: readonly Participant[]) => T {
  const computed = new WeakMap<readonly Participant[], {value: T}>();
  let last: {participants: readonly Participant[]; value: T} | undefined;
  return (participants) => {
    let entry = computed.get(participants);
    if (!entry) {
      const replaced = carry && last ? replacementsBetween(last.participants, participants) : undefined;
      const carried = replaced && last ? carry?.(last.value, replaced) : undefined;
      entry = {value: carried ?? compute(participants)};
      computed.set(participants, entry);
    }
    last = {participants, value: entry.value};
    return entry.value;
  };
}

const selfIn = perList(
  (participants) => participants.find(({isSelf}) => isSelf) ?? null,
  (self, replaced) => {
    let next = self;
    for (const {before, after} of replaced) {
      if (before.isSelf !== after.isSelf) return undefined;
      if (before === self) next = after;
    }
    return next;
  }
);

/** Ourselves, as the node lists us in a room (the main room by default). */
export function selfOf(state: ConferenceState, roomId: string = MAIN_ROOM_ID): Participant | undefined {
  return selfIn(participantsOf(state, roomId)) ?? undefined;
}

const waitingIn = perList(
  (participants) => Object.freeze(participants.filter(({waiting}) => waiting)),
  (waiting, replaced) => {
    let next: Participant[] | undefined;
    for (const {before, after} of replaced) {
      if (before.waiting !== after.waiting) return undefined;
      if (!before.waiting) continue;
      next ??= [...waiting];
      const at = next.indexOf(before);
      if (at < 0) return undefined;
      next[at] = after;
    }
    return next ? Object.freeze(next) : waiting;
  }
);

/** Who waits to be let in to a room (the main room by default), in join order. */
export function waitingOf(state: ConferenceState, roomId: string = MAIN_ROOM_ID): readonly Participant[] {
  return waitingIn(participantsOf(state, roomId));
}

const anyHandIn = perList(
  (participants) => participants.some(({handRaised}) => handRaised),
  (any, replaced) => {
    if (replaced.some(({after}) => after.handRaised)) return true;
    return replaced.every(({before}) => !before.handRaised) ? any : undefined;
  }
);

/** Whether anyone in a room (the main room by default) has a hand raised. */
export function anyHandRaised(state: ConferenceState, roomId: string = MAIN_ROOM_ID): boolean {
  return anyHandIn(participantsOf(state, roomId));
}

/** The key of a pending request: the action, and the participant it is about when there is one. */
export function requestKey(action: string, participantId?: string): string {
  return participantId === undefined ? action : `${action}:${participantId}`;
}

/** The request of this kind on its way to the node, if any: a control shows it as pending. */
export function pendingOf(state: ConferenceState, action: string, participantId?: string): PendingRequest | undefined {
  return state.pending[requestKey(action, participantId)];
}

/**
 * Why we may not unmute ourselves, if we may not: a host muted us and keeps us muted
 * (`client-muted`), or muted all guests and does not let them unmute (`guests-muted`). Hosts are
 * never locked.
 */
export function microphoneLockOf(state: ConferenceState): 'client-muted' | 'guests-muted' | undefined {
  if (state.role === 'host') return undefined;
  const self = selfOf(state);
  if (self?.clientMuted) return 'client-muted';
  const status = statusOf(state);
  if (status.guestsMuted && !status.guestsCanUnmute && state.media.microphoneMuted) return 'guests-muted';
  return undefined;
}

/** Participants with a raised hand, in the order they raised it (then join order, the node counts whole seconds). */
export function raisedHandsOf(state: ConferenceState): readonly Participant[] {
  return participantsOf(state)
    .map((participant, order) => ({participant, order}))
    .filter(({participant}) => participant.handRaised)
    .sort((a, b) => (a.participant.handRaisedAt ?? Infinity) - (b.participant.handRaisedAt ?? Infinity) || a.order - b.order)
    .map(({participant}) => participant);
}

/** Who we may chat with privately: others whose client takes private messages. */
export function privateChatPartnersOf(state: ConferenceState): readonly Participant[] {
  return participantsOf(state).filter(({isSelf, supportsDirectChat, waiting}) => !isSelf && supportsDirectChat && !waiting);
}

/** Whether we may share a presentation: hosts always; guests unless the room forbids it. */
export function mayPresent(state: ConferenceState): boolean {
  return state.role === 'host' || statusOf(state).guestsCanPresent;
}
/** Whether others' presentations are shown in full motion: the user's choice in this call, or the setting. */
export function presentationFullMotion({presentation, settings}: ConferenceState): boolean {
  return presentation.fullMotion ?? settings.fullMotionPresentation;
}

/**
 * Whether our call should carry the presentation's video. In still-image mode it does not, as on
 * Infinity: the node's `presentation_frame` events say when a new still is ready and we fetch it
 * as a JPEG, which saves the bandwidth and decoding of a video stream. It does while we present
 * (the same m-line sends ours), in full-motion mode, for control-only calls, whose only m-line is
 * the presentation's, where the node makes no stills, and in breakout rooms (stills are the main
 * room's).
 */
export function wantsPresentationVideo(state: ConferenceState): boolean {
  const {presentation, media, breakouts} = state;
  return (
    presentationFullMotion(state) ||
    presentation.sending !== 'idle' ||
    media.mode === 'control-only' ||
    Boolean(presentation.stillsUnavailable) ||
    breakouts.currentRoomId !== MAIN_ROOM_ID
  );
}
