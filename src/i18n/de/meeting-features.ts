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
  'layout.menu': 'Layout',
  'layout.heading': 'Layout des Meetings',
  'layout.loading': 'Layouts werden geladen …',
  'layout.hosts-see': 'Gastgeber sehen: {layout}',
  'layout.guests-see': 'Gäste sehen: {layout}',
  'layout.name.1:0': 'Nur Hauptsprecher',
  'layout.name.1:7': 'Hauptsprecher und 7',
  'layout.name.1:21': 'Hauptsprecher und 21',
  'layout.name.2:21': 'Zwei Hauptsprecher und 21',
  'layout.name.1:33': 'Hauptsprecher und 33',
  'layout.name.4:0': 'Gleich groß, 2 × 2',
  'layout.name.9:0': 'Gleich groß, 3 × 3',
  'layout.name.16:0': 'Gleich groß, 4 × 4',
  'layout.name.25:0': 'Gleich groß, 5 × 5',
  'layout.name.ac': 'Adaptive Komposition',
  'layout.name.ac_presentation_in_mix': 'Adaptiv, mit der Präsentation',
};
