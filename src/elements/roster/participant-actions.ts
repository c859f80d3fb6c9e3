import type {StringKey} from '../../i18n/en.js';
import type {LocalizeController} from '../../i18n/localize-controller.js';
import type {Participant} from '../../session/types.js';
import type {MenuEntry} from '../shared/menu-popup.js';

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
  | 'client-mute'
  | 'client-unmute'
  | 'lower-hand'
  | 'transfer'
  | 'dtmf'
  | 'disconnect';

/** Actions the breakout room endpoints do not have: roles, presentation rights, private messages. */
const NOT_PER_ROOM: ReadonlySet<ParticipantAction> = new Set<ParticipantAction>([
  'message',
  'make-host',
  'make-guest',
  'presentation',
]);

/**
 * The actions for one participant, in menu order, following the guide: a waiting participant can
 * only be let in or rejected; hosts cannot make themselves guests or disconnect themselves from
 * here; private messages only to clients that take them; video mute only where there is video.
 * `inBreakoutRoom`: the participant is in a breakout room other than the one our call is in.
 */
export function actionsFor(
  participant: Participant,
  hostControls: boolean,
  inBreakoutRoom = false
): readonly ParticipantAction[] {
  if (participant.waiting) return hostControls ? ['admit', 'reject'] : [];
  // In a breakout room the host is not in: only what the node takes per room (`breakouts/{uuid}/participants/…`).
  if (inBreakoutRoom) return actionsFor(participant, hostControls).filter((action) => !NOT_PER_ROOM.has(action));
  const {isSelf, calling} = participant;
  const connected = !calling;
  const actions: ParticipantAction[] = [];
  if (!isSelf && connected && !participant.streaming && participant.supportsDirectChat) actions.push('message');
  if (!hostControls) return actions;
  if (connected && participant.canMute) actions.push(participant.microphoneMuted ? 'unmute' : 'mute');
  if (connected && !isSelf && participant.canMute) actions.push(participant.clientMuted ? 'client-unmute' : 'client-mute');
  if (participant.handRaised) actions.push('lower-hand');
  if (connected && participant.callType === 'video' && !participant.streaming)
    actions.push(participant.cameraMuted ? 'video-on' : 'video-off');
  if (connected && !isSelf) actions.push(participant.role === 'host' ? 'make-guest' : 'make-host');
  if (connected && !isSelf) actions.push('presentation');
  if (connected) actions.push(participant.spotlight ? 'spotlight-off' : 'spotlight-on');
  if (connected && !isSelf && participant.canTransfer && !participant.transferring) actions.push('transfer');
  if (connected && !isSelf) actions.push('dtmf');
  if (!isSelf && participant.canDisconnect) actions.push('disconnect');
  return actions;
}

const LABELS: Record<ParticipantAction, StringKey> = {
  admit: 'roster.action.admit',
  reject: 'roster.action.reject',
  message: 'roster.action.message',
  mute: 'roster.action.mute',
  unmute: 'roster.action.unmute',
  'video-off': 'roster.action.video-off',
  'video-on': 'roster.action.video-on',
  'make-host': 'roster.action.make-host',
  'make-guest': 'roster.action.make-guest',
  presentation: 'roster.action.presentation',
  'spotlight-on': 'roster.action.spotlight-on',
  'spotlight-off': 'roster.action.spotlight-off',
  'client-mute': 'roster.action.client-mute',
  'client-unmute': 'roster.action.client-unmute',
  'lower-hand': 'roster.action.lower-hand',
  transfer: 'roster.action.transfer',
  dtmf: 'roster.action.dtmf',
  disconnect: 'roster.action.disconnect',
};

/** Menu sections: a separator goes between actions of different groups. */
const GROUP: Record<ParticipantAction, number> = {
  admit: 0,
  reject: 0,
  message: 1,
  mute: 2,
  unmute: 2,
  'video-off': 2,
  'video-on': 2,
  'make-host': 3,
  'make-guest': 3,
  presentation: 3,
  'spotlight-on': 3,
  'spotlight-off': 3,
  'client-mute': 2,
  'client-unmute': 2,
  'lower-hand': 2,
  transfer: 3,
  dtmf: 4,
  disconnect: 5,
};

const DANGER: ReadonlySet<ParticipantAction> = new Set<ParticipantAction>(['reject', 'disconnect']);

/** The actions as menu entries: labelled, grouped, "view presentation" as a checkbox. */
export function menuEntriesFor(
  participant: Participant,
  actions: readonly ParticipantAction[],
  localize: LocalizeController
): MenuEntry[] {
  return actions.map((action) => ({
    id: action,
    label: localize.t(LABELS[action]),
    danger: DANGER.has(action),
    group: GROUP[action],
    checked: action === 'presentation' ? participant.receivesPresentation : undefined,
  }));
}
