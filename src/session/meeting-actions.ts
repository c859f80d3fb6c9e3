import type {ParticipantID, RoomID} from '@pexip/infinity';
import type {SessionCore} from './core.js';
import {sendRequest} from './requests.js';
import {selfOf} from './selectors.js';
import {SessionActionError} from './session.js';
import {withMessageIn} from './signals/meeting.js';

let messageCounter = 0;

/**
 * Sends a chat message (to everyone, or privately); it shows in the chat once the node took it.
 * `roomId`: a host writes in the chat of a breakout room our call is not in (to everyone there).
 */
export async function sendMessage(core: SessionCore, text: string, toParticipantId?: string, roomId?: string): Promise<void> {
  const payload = text.trim();
  if (!payload) throw new SessionActionError('sendMessage', 'invalid', 'empty');
  const client = core.requireCall('sendMessage');
  const current = core.store.state.breakouts.currentRoomId;
  const otherRoom = roomId !== undefined && roomId !== current ? roomId : undefined;
  if (otherRoom !== undefined && toParticipantId !== undefined) {
    throw new SessionActionError('sendMessage', 'invalid', 'private message in another room');
  }
  await sendRequest(
    'sendMessage',
    core.timed(
      client.sendMessage({
        payload,
        participantUuid: toParticipantId as ParticipantID | undefined,
        ...(otherRoom === undefined ? {} : {breakoutUuid: otherRoom as RoomID}),
      })
    )
  );
  core.store.update((state) =>
    withMessageIn(state, otherRoom ?? state.breakouts.currentRoomId, {
      id: `own-${++messageCounter}`,
      senderId: state.selfId ?? '',
      senderName: selfOf(state)?.displayName ?? core.options?.displayName ?? '',
      text: payload,
      at: Date.now(),
      privateWith: toParticipantId,
      fromSelf: true,
    })
  );
}

/** Raises or lowers our hand; the roster shows it when the node's update comes. */
export async function raiseHand(core: SessionCore, raised: boolean): Promise<void> {
  const client = core.requireCall('raiseHand');
  await sendRequest('raiseHand', core.timed(client.raiseHand({raise: raised})));
}

/** Digits, `*`, `#`, A–D and `,` (a pause) are what a DTMF string may hold. */
export const DTMF_DIGITS = /^[0-9*#,A-Da-d]+$/;

/** Sends tones on our own call (to an IVR or a gateway call), as a keypad does. */
export async function sendTones(core: SessionCore, digits: string): Promise<void> {
  if (!DTMF_DIGITS.test(digits)) throw new SessionActionError('sendTones', 'invalid', 'digits');
  const client = core.requireCall('sendTones');
  await sendRequest('sendTones', core.timed(client.sendDTMF({digits})));
}

/**
 * Sends a message for the page's own features (not chat) to everyone, or to one participant.
 * Resolves whether the node took it.
 */
export async function sendApplicationMessage(
  core: SessionCore,
  message: Record<string, unknown>,
  toParticipantId?: string
): Promise<boolean> {
  try {
    const client = core.requireCall('sendApplicationMessage');
    await sendRequest(
      'sendApplicationMessage',
      core.timed(client.sendApplicationMessage({payload: message, participantUuid: toParticipantId as ParticipantID | undefined}))
    );
    return true;
  } catch {
    return false;
  }
}
