import type {EffectsStrings} from '../en/effects.js';

/** Strings of the background effects and noise suppression (Deutsch). */
export const effects: EffectsStrings = {
  'effects.heading': 'Hintergrund und Ton',
  'effects.background': 'Hintergrund',
  'effects.background.none': 'Keiner',
  'effects.background.blur-light': 'Weichzeichnen (leicht)',
  'effects.background.blur-strong': 'Weichzeichnen (stark)',
  'effects.background.picture.dusk': 'Abenddämmerung',
  'effects.background.picture.lagoon': 'Lagune',
  'effects.background.picture.studio': 'Studio',
  'effects.background.picture.page': 'Bild dieser Website',
  'effects.noise-suppression': 'Rauschunterdrückung',
  'effects.applying': 'Effekte werden eingeschaltet…',
  'effects.problem.no-webgl':
    'Hintergrundeffekte benötigen WebGL 2, das dieser Browser nicht hat (oder ausgeschaltet hat). Ihre Kamera wird unverändert gezeigt.',
  'effects.problem.no-webassembly':
    'Dieser Browser kann die Effekte nicht ausführen (WebAssembly fehlt, ist zu alt oder wird von den Sicherheitsregeln der Seite blockiert). Kamera und Mikrofon werden unverändert verwendet.',
  'effects.problem.no-worklet':
    'Rauschunterdrückung benötigt Audio-Worklets, die dieser Browser hier nicht ausführen kann. Ihr Mikrofon wird unverändert verwendet.',
  'effects.problem.assets-unavailable':
    'Die Effekte konnten nicht von dieser Website geladen werden. Kamera und Mikrofon werden unverändert verwendet.',
  'effects.problem.background-unavailable':
    'Das Hintergrundbild konnte nicht geladen werden. Ihre Kamera wird unverändert gezeigt.',
  'effects.problem.too-slow':
    'Dieses Gerät ist für Hintergrundeffekte zu langsam (unter 10 Bildern pro Sekunde). Ihre Kamera wird unverändert gezeigt.',
  'effects.problem.failed': 'Die Effekte funktionieren nicht mehr. Kamera und Mikrofon werden unverändert verwendet.',
};
