/** Strings of live captions, layouts and breakout rooms in `<pex-conference>` (English, the reference). */
export const meetingFeatures = {
  'captions.turn-on': 'Turn captions on',
  'captions.turn-off': 'Turn captions off',
  'captions.label': 'Captions',
  'captions.unavailable': 'Captions are not available in this meeting.',
  'captions.transcript': 'Transcript',
  'captions.transcript-empty': 'No captions yet.',
  'captions.save': 'Save as text',
} as const;

export type MeetingFeaturesStrings = Record<keyof typeof meetingFeatures, string>;
