import {replacementsBetween} from './participants.js';
import {participantsOf} from './selectors.js';
import type {ConferenceState, Participant, SessionEventMap} from './types.js';

/** One notification, as the session's emitter sends it. */
export type SessionEvent = {
  [K in keyof SessionEventMap]: {readonly type: K; readonly detail: SessionEventMap[K]};
}[keyof SessionEventMap];

const inMeeting = (state: ConferenceState): boolean => state.phase === 'in-call' || state.phase === 'waiting';

/**
 * The notifications that a change of state means: joining, leaving or failing, presentations
 * starting and stopping, chat messages, statistics. Every state change goes through here, so no
 * action has to remember to emit them. (Participants joining and leaving are told by their own
 * signals: see `arrivals` and `departures`.)
 */
export function eventsBetween(previous: ConferenceState, next: ConferenceState): SessionEvent[] {
  const events: SessionEvent[] = [];
  const ending = next.phase === 'ended' || next.phase === 'failed';
  if (next.phase === 'in-call' && previous.phase !== 'in-call') {
    events.push({type: 'joined', detail: {conference: next.conference, selfId: next.selfId ?? ''}});
  }
  const presentation = previous.presentation;
  if (next.presentation.sending === 'sending' && presentation.sending === 'starting') {
    events.push({type: 'presentation-start', detail: {local: true}});
  }
  if (next.presentation.sending === 'idle' && presentation.sending !== 'idle') {
    events.push({type: 'presentation-stop', detail: {local: true}});
  }
  const {presenterId, presenterName} = next.presentation;
  if (presenterId !== presentation.presenterId && !ending) {
    events.push(
      presenterId
        ? {type: 'presentation-start', detail: {presenterId, presenterName, local: false}}
        : {type: 'presentation-stop', detail: {local: false}}
    );
  }
  // Moving to another room brings its chat: nothing new.
  const sameRoom = next.breakouts.currentRoomId === previous.breakouts.currentRoomId;
  for (const message of sameRoom && next.chat.length > previous.chat.length ? next.chat.slice(previous.chat.length) : []) {
    events.push({type: 'chat-message', detail: {message}});
  }
  const caption = next.captions.current;
  if (caption && caption !== previous.captions.current) events.push({type: 'caption', detail: caption});
  const layout = next.layout.requested;
  if (layout && layout !== previous.layout.requested) events.push({type: 'layout-change', detail: layout});
  events.push(...breakoutEvents(previous, next));
  if (next.hostControls && !ending) events.push(...handRaises(previous, next));
  if (next.stats && next.stats !== previous.stats) events.push({type: 'stats', detail: {stats: next.stats}});
  if (ending && next.endReason && !(previous.phase === next.phase)) {
    if (inMeeting(previous)) events.push({type: 'left', detail: {reason: next.endReason}});
    if (next.phase === 'failed') events.push({type: 'error', detail: {reason: next.endReason}});
  }
  return events;
}

/** Participants in the main room now who were not before. */
export function arrivals(previous: ConferenceState, next: ConferenceState): Participant[] {
  const known = new Set(participantsOf(previous).map(({id}) => id));
  return participantsOf(next).filter(({id}) => !known.has(id));
}

/** Participants in the main room before who are not now. */
export function departures(previous: ConferenceState, next: ConferenceState): Participant[] {
  const still = new Set(participantsOf(next).map(({id}) => id));
  return participantsOf(previous).filter(({id}) => !still.has(id));
}

/**
 * Hands that went up in the main room (for hosts): participants whose hand was down before. One
 * who arrives with a hand already up (a fresh roster sync) is no news.
 */
function handRaises(previous: ConferenceState, next: ConferenceState): SessionEvent[] {
  const before = participantsOf(previous);
  const after = participantsOf(next);
  if (before === after) return [];
  const replaced = replacementsBetween(before, after);
  if (replaced) {
    return replaced
      .filter(({before: was, after: now}) => now.handRaised && !now.isSelf && !was.handRaised)
      .map(({after: participant}) => ({type: 'hand-raise', detail: {participant}}));
  }
  const down = new Set(before.filter(({handRaised}) => !handRaised).map(({id}) => id));
  return after
    .filter(({id, handRaised, isSelf}) => handRaised && !isSelf && down.has(id))
    .map((participant) => ({type: 'hand-raise', detail: {participant}}));
}

/** Our call moving between rooms; help asked in a room (for hosts); rooms closing. */
function breakoutEvents(previous: ConferenceState, next: ConferenceState): SessionEvent[] {
  const before = previous.breakouts;
  const after = next.breakouts;
  if (before === after) return [];
  const events: SessionEvent[] = [];
  if (after.currentRoomId !== before.currentRoomId) {
    const to = after.currentRoomId;
    const name = Object.hasOwn(after.rooms, to) ? after.rooms[to].name : (before.moving?.name ?? '');
    events.push({type: 'breakout-move', detail: {from: before.currentRoomId, to, name}});
  }
  for (const room of Object.values(after.rooms)) {
    const asked = Object.hasOwn(before.rooms, room.id) ? before.rooms[room.id].help : undefined;
    if (room.help && !asked && next.hostControls) {
      events.push({type: 'breakout-help', detail: {roomId: room.id, participantId: room.help.participantId}});
    }
  }
  for (const roomId of Object.keys(before.rooms)) {
    if (!Object.hasOwn(after.rooms, roomId)) events.push({type: 'breakout-end', detail: {roomId}});
  }
  return events;
}
