/** Strings of `<pex-join-button>` (English, the reference). */
export const joinButton = {
  'join-button.label': 'Join {conference}',
  'join-button.no-conference': 'This button has no meeting: set its conference attribute.',
} as const;

export type JoinButtonStrings = Record<keyof typeof joinButton, string>;
