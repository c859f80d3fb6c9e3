import type {MeetingFeaturesStrings} from '../en/meeting-features.js';

/** Strings of live captions, layouts and breakout rooms in `<pex-conference>` (German). */
export const meetingFeatures: MeetingFeaturesStrings = {
  'captions.turn-on': 'Untertitel einschalten',
  'captions.turn-off': 'Untertitel ausschalten',
  'captions.label': 'Untertitel',
  'captions.unavailable': 'In diesem Meeting gibt es keine Untertitel.',
  'captions.transcript': 'Transkript',
  'captions.transcript-empty': 'Noch keine Untertitel.',
  'captions.save': 'Als Text speichern',
};
