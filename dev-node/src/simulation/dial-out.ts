import type {DialMap} from '@pexip/infinity-api';
import type {Conference} from '../conference/conference.js';
import {Participant, type WireProtocol} from '../conference/participant.js';
import type {Registry} from '../conference/registry.js';

export type DialRequest = DialMap['Body'];

/** Reasons from the SDK's error-code table, so a widget can show the usual words. */
const REJECTED = 'Call rejected';
const UNREACHABLE = 'Gateway dial out failed';

function wireProtocol(request: DialRequest): WireProtocol {
  if (request.protocol !== 'auto') return request.protocol;
  if (/^rtmps?:\/\//i.test(request.destination)) return 'rtmp';
  if (/^h323:/i.test(request.destination)) return 'h323';
  return 'sip';
}

/** Why a dial-out fails, or undefined when it connects. */
function failureOf(registry: Registry, request: DialRequest): string | undefined {
  if (!registry.route(request.destination, request.protocol)) return UNREACHABLE;
  if (/busy/i.test(request.destination)) return REJECTED;
  if (/unreachable/i.test(request.destination)) return UNREACHABLE;
  return undefined;
}

/**
 * `dial`: a signalling-only participant that rings ("connecting") for the room's
 * `dialOut.connectDelayMs`, then either joins (as streaming for RTMP, held in the waiting room if
 * the room is locked) or fails — its reason kept in the raw participant object as the dev-node
 * extension `disconnect_reason` — and is removed after `failedVisibleMs`.
 */
export function dialOut(conference: Conference, registry: Registry, request: DialRequest): string[] {
  const protocol = wireProtocol(request);
  const role = request.role === 'HOST' ? 'chair' : 'guest';
  const participant = new Participant({
    kind: 'dialout',
    displayName: request.remote_display_name || request.destination.replace(/^(sip|h323|mssip):/i, ''),
    role,
    serviceType: 'connecting',
    protocol,
    callDirection: 'out',
    localAlias: conference.primaryAlias,
    uri: request.destination,
  });
  if (request.text) participant.overlayText = request.text;
  conference.join(participant);
  const failure = failureOf(registry, request);
  conference.schedule(conference.dialOut.connectDelayMs, () => {
    if (!conference.participants.has(participant.uuid)) return;
    if (failure) {
      participant.disconnectReason = failure;
      conference.changed(participant);
      conference.schedule(conference.dialOut.failedVisibleMs, () => conference.leave(participant.uuid));
      return;
    }
    participant.serviceType = conference.admissionFor(role);
    participant.streaming = protocol === 'rtmp' || request.streaming === 'yes';
    participant.media = request.call_type === 'audio' ? 'audio' : 'video';
    participant.hasMedia = true;
    if (request.dtmf_sequence) participant.dtmf.push(request.dtmf_sequence);
    conference.changed(participant);
  });
  return [participant.uuid];
}
