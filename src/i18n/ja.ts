import {catalogueOf} from './catalogue.js';
import {chat} from './ja/chat.js';
import {common} from './ja/common.js';
import {conference} from './ja/conference.js';
import {diagnostics} from './ja/diagnostics.js';
import {effects} from './ja/effects.js';
import {joinButton} from './ja/join-button.js';
import {meetingFeatures} from './ja/meeting-features.js';
import {presenter} from './ja/presenter.js';
import {roster} from './ja/roster.js';

/** 日本語. */
export const ja = catalogueOf({common, conference, roster, chat, presenter, joinButton, diagnostics, effects, meetingFeatures});
