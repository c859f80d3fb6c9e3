import type {MeetingFeaturesStrings} from '../en/meeting-features.js';

/** Strings of live captions, layouts and breakout rooms in `<pex-conference>` (French). */
export const meetingFeatures: MeetingFeaturesStrings = {
  'captions.turn-on': 'Activer les sous-titres',
  'captions.turn-off': 'Désactiver les sous-titres',
  'captions.label': 'Sous-titres',
  'captions.unavailable': 'Les sous-titres ne sont pas disponibles dans cette réunion.',
  'captions.transcript': 'Transcription',
  'captions.transcript-empty': 'Pas encore de sous-titres.',
  'captions.save': 'Enregistrer en texte',
};
