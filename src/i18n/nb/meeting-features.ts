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
  'layout.menu': 'Oppsett',
  'layout.heading': 'Oppsett for møtet',
  'layout.loading': 'Henter oppsett …',
  'layout.hosts-see': 'Verter ser: {layout}',
  'layout.guests-see': 'Gjester ser: {layout}',
  'layout.name.1:0': 'Bare hovedtaler',
  'layout.name.1:7': 'Hovedtaler og 7',
  'layout.name.1:21': 'Hovedtaler og 21',
  'layout.name.2:21': 'To hovedtalere og 21',
  'layout.name.1:33': 'Hovedtaler og 33',
  'layout.name.4:0': 'Like store, 2 × 2',
  'layout.name.9:0': 'Like store, 3 × 3',
  'layout.name.16:0': 'Like store, 4 × 4',
  'layout.name.25:0': 'Like store, 5 × 5',
  'layout.name.ac': 'Adaptiv komposisjon',
  'layout.name.ac_presentation_in_mix': 'Adaptiv, med presentasjonen',
};
