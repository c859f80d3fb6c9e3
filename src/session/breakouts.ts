import type {InfinityClient, ParticipantID, RoomID} from '@pexip/infinity';
import type {SessionCore} from './core.js';
import {sendRequest, type ControlResponse} from './requests.js';
import {participantsOf} from './selectors.js';
import {SessionActionError} from './session.js';
import {assignEvenly} from './signals/breakouts.js';
import {MAIN_ROOM_ID, type BreakoutPlan} from './types.js';

function requireHost(core: SessionCore, action: string): InfinityClient {
  const client = core.requireCall(action);
  if (!core.store.state.hostControls) throw new SessionActionError(action, 'not-host');
  return client;
}

/** Runs an SDK call that throws (rather than answers) when the node says no. */
async function attempt(action: string, request: Promise<unknown>): Promise<void> {
  await sendRequest(
    action,
    request.then(() => ({status: 200, data: {result: true}}) satisfies ControlResponse)
  );
}

/** The main room's participants a random split moves: admitted guests, not hosts nor ourselves. */
function movableGuests(core: SessionCore): string[] {
  return participantsOf(core.store.state)
    .filter((p) => !p.isSelf && !p.waiting && p.role === 'guest')
    .map(({id}) => id);
}

/** Opens breakout rooms, each with its participants from the main room; resolves with the rooms' ids. */
export async function openBreakouts(
  core: SessionCore,
  plan: BreakoutPlan,
  random: () => number = Math.random
): Promise<string[]> {
  const client = requireHost(core, 'openBreakouts');
  const names = plan.rooms.map(({name}) => name.trim());
  if (!names.length || names.some((name) => !name)) throw new SessionActionError('openBreakouts', 'invalid', 'room names');
  const minutes = plan.durationMinutes;
  if (minutes !== undefined && !(minutes > 0)) throw new SessionActionError('openBreakouts', 'invalid', 'duration');
  const byRoom =
    plan.assignment.kind === 'random' ? assignEvenly(movableGuests(core), names.length, random) : plan.assignment.byRoom;
  const ids: string[] = [];
  for (const [index, name] of names.entries()) {
    const participants = byRoom[index] ?? [];
    const answer = await core
      .timed(
        client.breakout({
          name,
          end_action: plan.endAction,
          guests_allowed_to_leave: plan.guestsAllowedToLeave,
          ...(minutes !== undefined && {duration: Math.round(minutes * 60)}),
          ...(participants.length && {participants: {[MAIN_ROOM_ID]: [...participants]}}),
        })
      )
      .catch((error: unknown) => {
        throw new SessionActionError('openBreakouts', 'refused', error instanceof Error ? error.message : String(error));
      });
    if (!answer) throw new SessionActionError('openBreakouts', 'refused', name);
    ids.push(answer.breakout_uuid);
  }
  return ids;
}

/** Moves participants between rooms (`MAIN_ROOM_ID` for the main room); the rosters show it when the node does. */
export async function moveParticipants(core: SessionCore, ids: readonly string[], from: string, to: string): Promise<void> {
  const client = requireHost(core, 'moveParticipants');
  await attempt(
    'moveParticipants',
    core.timed(
      client.breakoutMoveParticipants({
        fromBreakoutUuid: from === MAIN_ROOM_ID ? undefined : (from as RoomID),
        toRoomUuid: to as RoomID,
        participants: ids as ParticipantID[],
      })
    )
  );
}

export async function closeRoom(core: SessionCore, roomId: string): Promise<void> {
  const client = requireHost(core, 'closeRoom');
  await sendRequest('closeRoom', core.timed(client.closeBreakoutRoom({breakoutUuid: roomId as RoomID})));
}

export async function closeAllRooms(core: SessionCore): Promise<void> {
  const client = requireHost(core, 'closeAllRooms');
  await sendRequest('closeAllRooms', core.timed(client.closeBreakouts()));
}

/** Everyone back to the main room; the rooms stay open. */
export async function bringEveryoneBack(core: SessionCore): Promise<void> {
  const client = requireHost(core, 'bringEveryoneBack');
  await sendRequest('bringEveryoneBack', core.timed(client.emptyBreakouts()));
}

/** A chat message to every breakout room (the SDK has no method for it: the REST call). */
export async function messageAllRooms(core: SessionCore, text: string): Promise<void> {
  const client = requireHost(core, 'messageAllRooms');
  const payload = text.trim();
  if (!payload) throw new SessionActionError('messageAllRooms', 'invalid', 'empty');
  await sendRequest(
    'messageAllRooms',
    core.timed(
      client.sendConferenceRequest({
        path: 'breakouts/message',
        method: 'POST',
        payload: {type: 'text/plain', payload},
      })
    )
  );
}

/** In a breakout room: asks the hosts for help. */
export async function askForHelp(core: SessionCore): Promise<void> {
  const client = core.requireCall('askForHelp');
  await sendRequest('askForHelp', core.timed(client.breakoutAskForHelp({})));
}

/** Withdraws a help request: ours, or (hosts) a room's. */
export async function cancelHelp(core: SessionCore, roomId?: string): Promise<void> {
  const client = core.requireCall('cancelHelp');
  // The SDK's type of this answer is mistyped (a function in the union); it is an API response.
  const request = client.breakoutRemoveAskForHelp({breakoutUuid: roomId as RoomID | undefined}) as Promise<ControlResponse>;
  await sendRequest('cancelHelp', core.timed(request));
}

/** Back to the main room by ourselves, where the room lets guests leave (hosts may always). */
export async function leaveRoom(core: SessionCore): Promise<void> {
  const client = core.requireCall('leaveRoom');
  const {breakouts, selfId} = core.store.state;
  const room = breakouts.currentRoomId;
  if (room === MAIN_ROOM_ID) throw new SessionActionError('leaveRoom', 'invalid', 'main room');
  if (core.store.state.hostControls) {
    const self = Object.hasOwn(breakouts.selfIds, room) ? breakouts.selfIds[room] : (selfId ?? '');
    await moveParticipants(core, [self], room, MAIN_ROOM_ID);
    return;
  }
  await sendRequest('leaveRoom', core.timed(client.guestLeaveBreakoutRoom()));
}
