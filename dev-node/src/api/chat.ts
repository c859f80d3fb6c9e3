import type {MessageConferenceMap} from '@pexip/infinity-api';
import type {Participant} from '../conference/participant.js';
import {HttpError} from '../http/reply.js';
import type {App} from '../app.js';
import {type Authenticated, requireAdmitted} from './auth.js';

/**
 * Delivers a chat message (to everyone in the meeting, or privately to `recipient`) after the
 * checks a Conferencing Node makes: chat enabled, sender and recipient in the meeting, length.
 */
export function postChat(app: App, auth: Authenticated, message: MessageConferenceMap['Body'], recipient?: Participant): void {
  requireAdmitted(auth);
  const conference = auth.conference;
  if (conference.config.chatEnabled === false) throw new HttpError(403, 'Chat is disabled in this meeting');
  const limit = app.config.limits.chatMaxLength;
  if (message.payload.length > limit) throw new HttpError(400, `Message too long: at most ${limit} characters`);
  if (recipient && (!recipient.isAdmitted || recipient === auth.self)) {
    throw new HttpError(403, 'Private messages go to another participant in the meeting');
  }
  conference.postMessage({
    at: Date.now(),
    fromUuid: auth.self.uuid,
    from: auth.self.displayName,
    ...(recipient ? {toUuid: recipient.uuid} : {}),
    type: message.type,
    payload: message.payload,
  });
}
