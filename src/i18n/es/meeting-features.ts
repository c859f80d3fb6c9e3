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
  'layout.menu': 'Diseño',
  'layout.heading': 'Diseño de la reunión',
  'layout.loading': 'Cargando diseños…',
  'layout.hosts-see': 'Los anfitriones ven: {layout}',
  'layout.guests-see': 'Los invitados ven: {layout}',
  'layout.name.1:0': 'Solo el orador principal',
  'layout.name.1:7': 'Orador principal y 7',
  'layout.name.1:21': 'Orador principal y 21',
  'layout.name.2:21': 'Dos oradores principales y 21',
  'layout.name.1:33': 'Orador principal y 33',
  'layout.name.4:0': 'Iguales, 2 × 2',
  'layout.name.9:0': 'Iguales, 3 × 3',
  'layout.name.16:0': 'Iguales, 4 × 4',
  'layout.name.25:0': 'Iguales, 5 × 5',
  'layout.name.ac': 'Composición adaptativa',
  'layout.name.ac_presentation_in_mix': 'Adaptativa, con la presentación',
};
