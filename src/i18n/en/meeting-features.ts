/** Strings of live captions, layouts and breakout rooms in `<pex-conference>` (English, the reference). */
export const meetingFeatures = {
  'captions.turn-on': 'Turn captions on',
  'captions.turn-off': 'Turn captions off',
  'captions.label': 'Captions',
  'captions.unavailable': 'Captions are not available in this meeting.',
  'captions.transcript': 'Transcript',
  'captions.transcript-empty': 'No captions yet.',
  'captions.save': 'Save as text',
  'layout.menu': 'Layout',
  'layout.heading': 'Meeting layout',
  'layout.loading': 'Loading layouts…',
  'layout.hosts-see': 'Hosts see: {layout}',
  'layout.guests-see': 'Guests see: {layout}',
  'layout.name.1:0': 'Main speaker only',
  'layout.name.1:7': 'Main speaker and 7',
  'layout.name.1:21': 'Main speaker and 21',
  'layout.name.2:21': 'Two main speakers and 21',
  'layout.name.1:33': 'Main speaker and 33',
  'layout.name.4:0': 'Equal, 2 × 2',
  'layout.name.9:0': 'Equal, 3 × 3',
  'layout.name.16:0': 'Equal, 4 × 4',
  'layout.name.25:0': 'Equal, 5 × 5',
  'layout.name.ac': 'Adaptive composition',
  'layout.name.ac_presentation_in_mix': 'Adaptive, with the presentation',
} as const;

export type MeetingFeaturesStrings = Record<keyof typeof meetingFeatures, string>;
