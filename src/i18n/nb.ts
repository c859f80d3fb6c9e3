import type {Catalogue} from './en.js';
import {common} from './nb/common.js';
import {chat} from './nb/chat.js';
import {conference} from './nb/conference.js';
import {diagnostics} from './nb/diagnostics.js';
import {effects} from './nb/effects.js';
import {joinButton} from './nb/join-button.js';
import {presenter} from './nb/presenter.js';
import {roster} from './nb/roster.js';

/** Norsk bokmål. */
export const nb: Catalogue = {
  ...common,
  ...conference,
  ...roster,
  ...chat,
  ...presenter,
  ...joinButton,
  ...diagnostics,
  ...effects,
};
