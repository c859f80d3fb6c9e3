import type {Message} from '../message.js';

/** Strings of `<pex-roster>` and its DTMF keypad (English, the reference). */
export const roster = {
  'roster.heading': 'Participants',
  'roster.list': 'Participants in the meeting',
  'roster.search': 'Search participants',
  'roster.search-placeholder': 'Search by name',
  'roster.matches': '{count} of {total} shown',
  'roster.no-match': 'No one matches “{query}”.',
  'roster.empty': 'No one is in the meeting yet.',
  'roster.not-joined': 'Join the meeting to see who is in it.',
  'roster.you': '(you)',
  'roster.role.host': 'Host',
  'roster.role.guest': 'Guest',

  // Badges: each is the accessible name of its icon
  'roster.badge.calling': 'Being called',
  'roster.badge.waiting': 'Waiting to join',
  'roster.badge.streaming': 'Streaming or recording',
  'roster.badge.speaking': 'Speaking',
  'roster.badge.muted': 'Microphone muted',
  'roster.badge.camera-off': 'Camera off',
  'roster.badge.presenting': 'Presenting',
  'roster.badge.hand-raised': 'Hand raised',
  'roster.badge.spotlight': 'Spotlighted',

  // Header
  'roster.add': 'Add participant',
  'roster.raise-hand': 'Raise hand',
  'roster.lower-hand': 'Lower hand',
  'roster.lower-all-hands': 'Lower all hands',

  // Row actions
  'roster.actions': 'Actions for {name}',
  'roster.admit': 'Let {name} in',
  'roster.reject': 'Reject {name}',
  'roster.action.admit': 'Let in',
  'roster.action.reject': 'Reject',
  'roster.action.message': 'Send a private message',
  'roster.action.mute': 'Mute participant',
  'roster.action.unmute': 'Unmute participant',
  'roster.action.video-off': 'Stop their video',
  'roster.action.video-on': 'Start their video',
  'roster.action.make-host': 'Make host',
  'roster.action.make-guest': 'Make guest',
  'roster.action.presentation': 'View presentation on endpoint',
  'roster.action.spotlight-on': 'Spotlight',
  'roster.action.spotlight-off': 'Remove spotlight',
  'roster.action.dtmf': 'Keypad (DTMF tones)',
  'roster.action.disconnect': 'Disconnect',
  'roster.disconnect-heading': 'Disconnect {name}?',
  'roster.disconnect-message': '{name} will be removed from the meeting.',
  'roster.call-failed': 'The call to {name} was not answered or could not be connected.',
  'roster.dismiss': 'Dismiss',

  // Live announcements
  'roster.joined': '{name} joined the meeting.',
  'roster.joined-many': {one: '{count} person joined the meeting.', other: '{count} people joined the meeting.'},
  'roster.left': '{name} left the meeting.',
  'roster.left-many': {one: '{count} person left the meeting.', other: '{count} people left the meeting.'},

  // DTMF keypad
  'roster.action.client-mute': 'Mute and keep muted',
  'roster.action.client-unmute': 'Allow to unmute',
  'roster.action.lower-hand': 'Lower hand',
  'roster.action.transfer': 'Move to another meeting…',
  'roster.client-muted': 'Kept muted by a host',
  'roster.transferring': 'Moving…',
  'transfer.heading': 'Move {name} to another meeting',
  'transfer.alias': 'Meeting address',
  'transfer.role': 'Role there',
  'transfer.role-guest': 'Guest',
  'transfer.role-host': 'Host',
  'transfer.pin': 'PIN (if it has one)',
  'transfer.submit': 'Move',
  'transfer.cancel': 'Cancel',
  'dtmf.heading-own': 'Keypad for your call',
  'dtmf.heading': 'Keypad for {name}',
  'dtmf.keys': 'Keypad',
  'dtmf.hint': 'Press the keys, or type 0–9, * and # on your keyboard. Each tone is sent at once.',
  'dtmf.sent': 'Tones sent',
  'dtmf.none-sent': 'None yet',
  'dtmf.key.star': 'Star',
  'dtmf.key.hash': 'Hash',
} as const;

export type RosterStrings = Record<keyof typeof roster, Message>;
