/** Strings of the background effects and noise suppression (English, the reference). */
export const effects = {
  'effects.heading': 'Background and sound',
  'effects.background': 'Background',
  'effects.background.none': 'None',
  'effects.background.blur-light': 'Blur (light)',
  'effects.background.blur-strong': 'Blur (strong)',
  'effects.background.picture.dusk': 'Dusk',
  'effects.background.picture.lagoon': 'Lagoon',
  'effects.background.picture.studio': 'Studio',
  'effects.background.picture.page': "This site's picture",
  'effects.noise-suppression': 'Noise suppression',
  'effects.applying': 'Turning on effects…',
  'effects.problem.no-webgl':
    'Background effects need WebGL 2, which this browser does not have (or has turned off). Your camera is shown as it is.',
  'effects.problem.no-webassembly':
    "This browser cannot run the effects (WebAssembly is missing, too old, or blocked by the page's security policy). Your camera and microphone are used as they are.",
  'effects.problem.no-worklet':
    'Noise suppression needs audio worklets, which this browser cannot run here. Your microphone is used as it is.',
  'effects.problem.assets-unavailable':
    'The effects could not be loaded from this site. Your camera and microphone are used as they are.',
  'effects.problem.background-unavailable': 'The background picture could not be loaded. Your camera is shown as it is.',
  'effects.problem.too-slow':
    'This device is too slow for background effects (under 10 frames a second). Your camera is shown as it is.',
  'effects.problem.failed': 'The effects stopped working. Your camera and microphone are used as they are.',
} as const;

export type EffectsStrings = Record<keyof typeof effects, string>;
