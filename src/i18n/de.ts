import {catalogueOf} from './catalogue.js';
import {chat} from './de/chat.js';
import {common} from './de/common.js';
import {conference} from './de/conference.js';
import {diagnostics} from './de/diagnostics.js';
import {effects} from './de/effects.js';
import {joinButton} from './de/join-button.js';
import {meetingFeatures} from './de/meeting-features.js';
import {presenter} from './de/presenter.js';
import {roster} from './de/roster.js';

/** Deutsch. */
export const de = catalogueOf({common, conference, roster, chat, presenter, joinButton, diagnostics, effects, meetingFeatures});
