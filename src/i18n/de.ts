import type {Catalogue} from './en.js';
import {chat} from './de/chat.js';
import {common} from './de/common.js';
import {conference} from './de/conference.js';
import {diagnostics} from './de/diagnostics.js';
import {effects} from './de/effects.js';
import {joinButton} from './de/join-button.js';
import {presenter} from './de/presenter.js';
import {roster} from './de/roster.js';

/** Deutsch. */
export const de: Catalogue = {
  ...common,
  ...conference,
  ...roster,
  ...chat,
  ...presenter,
  ...joinButton,
  ...diagnostics,
  ...effects,
};
