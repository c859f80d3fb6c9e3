// Where Firefox ESR is, and the preferences every Firefox test launches it with.
export {firefoxPath} from './setup.mjs';

/** Fake camera and microphone without a permission prompt (Firefox has no command-line flags for it). */
export const firefoxPrefs = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  // Like Chromium's --autoplay-policy flag: remote <video>/<audio> play without a click.
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
};
