import {catalogueOf} from './catalogue.js';
import {chat} from './es/chat.js';
import {common} from './es/common.js';
import {conference} from './es/conference.js';
import {diagnostics} from './es/diagnostics.js';
import {effects} from './es/effects.js';
import {joinButton} from './es/join-button.js';
import {meetingFeatures} from './es/meeting-features.js';
import {presenter} from './es/presenter.js';
import {roster} from './es/roster.js';

/** Español. */
export const es = catalogueOf({common, conference, roster, chat, presenter, joinButton, diagnostics, effects, meetingFeatures});
