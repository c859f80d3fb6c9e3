import type {MeetingFeaturesStrings} from '../en/meeting-features.js';

/** Strings of live captions, layouts and breakout rooms in `<pex-conference>` (Spanish). */
export const meetingFeatures: MeetingFeaturesStrings = {
  'captions.turn-on': 'Activar subtítulos',
  'captions.turn-off': 'Desactivar subtítulos',
  'captions.label': 'Subtítulos',
  'captions.unavailable': 'Los subtítulos no están disponibles en esta reunión.',
  'captions.transcript': 'Transcripción',
  'captions.transcript-empty': 'Todavía no hay subtítulos.',
  'captions.save': 'Guardar como texto',
};
