import type {Message} from '../message.js';

/** Strings of `<pex-join-button>` (English, the reference). */
export const joinButton = {
  'join-button.label': 'Join {conference}',
  'join-button.no-conference': 'This button has no meeting: set its conference attribute.',
  'attribute.target': 'use dialog, window or desktop; dialog is used.',
  'attribute.webapp': 'it is not an http or https address, so the Web App page next to the script is used.',
} as const;

export type JoinButtonStrings = Record<keyof typeof joinButton, Message>;
