import type {MeetingFeaturesStrings} from '../en/meeting-features.js';

/** Strings of live captions, layouts and breakout rooms in `<pex-conference>` (Norwegian Bokmål). */
export const meetingFeatures: MeetingFeaturesStrings = {
  'captions.turn-on': 'Slå på teksting',
  'captions.turn-off': 'Slå av teksting',
  'captions.label': 'Teksting',
  'captions.unavailable': 'Teksting er ikke tilgjengelig i dette møtet.',
  'captions.transcript': 'Transkripsjon',
  'captions.transcript-empty': 'Ingen teksting ennå.',
  'captions.save': 'Lagre som tekst',
};
