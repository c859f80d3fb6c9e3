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
  'layout.menu': 'Disposition',
  'layout.heading': 'Disposition de la réunion',
  'layout.loading': 'Chargement des dispositions…',
  'layout.hosts-see': 'Les organisateurs voient : {layout}',
  'layout.guests-see': 'Les invités voient : {layout}',
  'layout.name.1:0': 'Intervenant principal seul',
  'layout.name.1:7': 'Intervenant principal et 7',
  'layout.name.1:21': 'Intervenant principal et 21',
  'layout.name.2:21': 'Deux intervenants principaux et 21',
  'layout.name.1:33': 'Intervenant principal et 33',
  'layout.name.4:0': 'Égal, 2 × 2',
  'layout.name.9:0': 'Égal, 3 × 3',
  'layout.name.16:0': 'Égal, 4 × 4',
  'layout.name.25:0': 'Égal, 5 × 5',
  'layout.name.ac': 'Composition adaptative',
  'layout.name.ac_presentation_in_mix': 'Adaptative, avec la présentation',
};
