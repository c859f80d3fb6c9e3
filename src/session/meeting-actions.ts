import type {ParticipantID} from '@pexip/infinity';
import type {SessionCore} from './core.js';
import {sendRequest} from './requests.js';
import {selfOf} from './selectors.js';
import {SessionActionError} from './session.js';
import {withMessage} from './signals/meeting.js';

let messageCounter = 0;

/** Sends a chat message (to everyone, or privately); it shows in the chat once the node took it. */
export async function sendMessage(core: SessionCore, text: string, toParticipantId?: string): Promise<void> {
  const payload = text.trim();
  if (!payload) throw new SessionActionError('sendMessage', 'invalid', 'empty');
  const client = core.requireCall('sendMessage');
  await sendRequest(
    'sendMessage',
    core.timed(client.sendMessage({payload, participantUuid: toParticipantId as ParticipantID | undefined}))
  );
  core.store.update((state) =>
    withMessage(state, {
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
