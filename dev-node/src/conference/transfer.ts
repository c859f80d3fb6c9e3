import type {TransferParticipantMap} from '@pexip/infinity-api';
import type {App} from '../app.js';
import type {ParticipantRole} from '../config/types.js';
import type {Conference} from './conference.js';
import {Participant} from './participant.js';

const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * A host's `transfer` (protocol notes §2.1 `refer`): a client participant gets a `refer` event
 * with a one-time token for the target room and is shown `is_transferring` until it joins there
 * (its old session then ends) or the room's transfer timeout passes (`cancel_refer`). Simulated
 * participants and dial-outs are moved at once. Returns false when the alias is no room or the
 * room is full.
 */
export function transfer(app: App, from: Conference, subject: Participant, request: TransferParticipantMap['Body']): boolean {
  const room = app.registry.room(request.conference_alias);
  if (!room || (room !== from && room.isFull)) return false;
  const role: ParticipantRole = request.role === 'host' ? 'chair' : 'guest';
  const session = from.session(subject.uuid);
  if (!session) {
    move(from, room, subject, role);
    return true;
  }
  const token = app.grants.transfers.issue({conference: room, role, from: session});
  subject.transferring = true;
  from.changed(subject);
  session.send('refer', {alias: request.conference_alias, token});
  const seconds = from.config.transferTimeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  from.schedule(seconds * 1000, () => {
    if (app.grants.transfers.take(token) === undefined || session.ended) return;
    subject.transferring = false;
    from.changed(subject);
    session.send('cancel_refer', {});
  });
  return true;
}

/** A participant without a client: leaves one room and appears in the other with the new role. */
function move(from: Conference, to: Conference, subject: Participant, role: ParticipantRole): void {
  from.leave(subject.uuid);
  const moved = new Participant({
    kind: subject.kind,
    displayName: subject.displayName,
    role,
    serviceType: to.admissionFor(role),
    protocol: subject.protocol,
    callDirection: subject.callDirection,
    localAlias: to.primaryAlias,
    ...(subject.uri === undefined ? {} : {uri: subject.uri}),
    supportsDirectChat: subject.supportsDirectChat,
  });
  moved.muted = subject.muted;
  moved.videoMuted = subject.videoMuted;
  moved.media = subject.media;
  moved.hasMedia = subject.hasMedia;
  to.join(moved);
}
