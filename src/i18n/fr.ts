import {catalogueOf} from './catalogue.js';
import {chat} from './fr/chat.js';
import {common} from './fr/common.js';
import {conference} from './fr/conference.js';
import {diagnostics} from './fr/diagnostics.js';
import {effects} from './fr/effects.js';
import {joinButton} from './fr/join-button.js';
import {meetingFeatures} from './fr/meeting-features.js';
import {presenter} from './fr/presenter.js';
import {roster} from './fr/roster.js';

/** Français. */
export const fr = catalogueOf({common, conference, roster, chat, presenter, joinButton, diagnostics, effects, meetingFeatures});
