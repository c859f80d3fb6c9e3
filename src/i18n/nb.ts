import {catalogueOf} from './catalogue.js';
import {common} from './nb/common.js';
import {chat} from './nb/chat.js';
import {conference} from './nb/conference.js';
import {diagnostics} from './nb/diagnostics.js';
import {effects} from './nb/effects.js';
import {joinButton} from './nb/join-button.js';
import {meetingFeatures} from './nb/meeting-features.js';
import {presenter} from './nb/presenter.js';
import {roster} from './nb/roster.js';

/** Norsk bokmål. */
export const nb = catalogueOf({common, conference, roster, chat, presenter, joinButton, diagnostics, effects, meetingFeatures});
