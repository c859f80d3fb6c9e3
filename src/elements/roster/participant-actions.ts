import type {Participant} from '../../session/types.js';

/** What the roster offers to do with one participant. */
export type ParticipantAction =
  | 'admit'
  | 'reject'
  | 'message'
  | 'mute'
  | 'unmute'
  | 'video-off'
  | 'video-on'
  | 'make-host'
  | 'make-guest'
  | 'presentation'
  | 'spotlight-on'
  | 'spotlight-off'
  | 'dtmf'
  | 'disconnect';

/**
 * The actions for one participant, in menu order, following the guide: a waiting participant can
 * only be let in or rejected; hosts cannot make themselves guests or disconnect themselves from
 * here; DTMF is for gateway and dial-out calls; video mute only where there is video.
 */
export function actionsFor(participant: Participant, hostControls: boolean): readonly ParticipantAction[] {
  if (participant.waiting) return hostControls ? ['admit', 'reject'] : [];
  const {isSelf, calling} = participant;
  const connected = !calling;
  const actions: ParticipantAction[] = [];
  if (!isSelf && connected && !participant.streaming) actions.push('message');
  if (!hostControls) return actions;
  if (connected && participant.canMute) actions.push(participant.microphoneMuted ? 'unmute' : 'mute');
  if (connected && participant.callType === 'video' && !participant.streaming) actions.push(participant.cameraMuted ? 'video-on' : 'video-off');
  if (connected && !isSelf) actions.push(participant.role === 'host' ? 'make-guest' : 'make-host');
  if (connected && !isSelf) actions.push('presentation');
  if (connected) actions.push(participant.spotlight ? 'spotlight-off' : 'spotlight-on');
  if (connected && !isSelf && participant.external) actions.push('dtmf');
  if (!isSelf && participant.canDisconnect) actions.push('disconnect');
  return actions;
}
