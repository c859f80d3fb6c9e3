import type {TransformLayoutMap} from '@pexip/infinity-api';
import {HttpError} from '../http/reply.js';
import type {ParticipantRole} from '../config/types.js';
import type {Conference} from './conference.js';
import {presentationEvent, REASONS} from './room-events.js';
import {layoutEvent, transformLayout} from './layouts.js';
import type {Participant} from './participant.js';

/** Conference-wide host operations (in-call controls of the admin guide). */

/** Mutes (or unmutes) every guest; guests who join later inherit it. */
export function setGuestsMuted(conference: Conference, muted: boolean): void {
  conference.guestsMuted = muted;
  for (const participant of conference.participants.values()) {
    if (!participant.isHost && participant.muted !== muted) {
      participant.muted = muted;
      conference.changed(participant);
    }
  }
  conference.publishStatus();
}

/** Everyone, the requesting host included, gets the `disconnect` event and is removed. */
export function disconnectAll(conference: Conference): void {
  for (const uuid of [...conference.participants.keys()]) conference.leave(uuid, REASONS.conferenceEnded);
}

export function setRole(conference: Conference, participant: Participant, role: ParticipantRole): void {
  if (participant.role === role) return;
  participant.role = role;
  conference.changed(participant);
  if (role === 'chair') conference.admitWhoCanEnter();
}

export function clearAllBuzz(conference: Conference): void {
  for (const participant of conference.participants.values()) {
    if (participant.buzzTime !== 0) {
      participant.buzzTime = 0;
      conference.changed(participant);
    }
  }
}

/**
 * allow/denyrxpresentation: a participant who may not receive the presentation is told it
 * stopped (so the SDK renegotiates the slides m-line away), and told it started when allowed again.
 */
export function setReceivesPresentation(conference: Conference, participant: Participant, allow: boolean): void {
  if (participant.receivesPresentation === allow) return;
  participant.receivesPresentation = allow;
  conference.changed(participant);
  const presenter = conference.presenterUuid === undefined ? undefined : conference.participants.get(conference.presenterUuid);
  if (!presenter || presenter === participant || !participant.isAdmitted) return;
  conference.publish(
    allow ? 'presentation_start' : 'presentation_stop',
    allow ? presentationEvent(presenter) : {},
    (viewer) => viewer === participant
  );
}

/** transform_layout: the room's layout changes (an unknown name is a 400) and everyone in the meeting gets a `layout` event. */
export function setLayout(conference: Conference, transforms: TransformLayoutMap['Body']['transforms']): void {
  try {
    conference.layout = transformLayout(conference.layout, transforms);
  } catch (error) {
    throw new HttpError(400, (error as Error).message);
  }
  conference.layoutOverlayText = transforms.enable_overlay_text ?? conference.layoutOverlayText;
  conference.publish('layout', layoutEvent(conference.layout, conference.layoutOverlayText, conference.admittedUuids()));
}
