import {common} from './en/common.js';
import {chat} from './en/chat.js';
import {conference} from './en/conference.js';
import {diagnostics} from './en/diagnostics.js';
import {joinButton} from './en/join-button.js';
import {presenter} from './en/presenter.js';
import {roster} from './en/roster.js';

/**
 * English strings: the reference catalogue, one part per element. Every visible string of every
 * element is here; other catalogues translate these keys. `{name}` marks a parameter.
 */
export const en = {...common, ...conference, ...roster, ...chat, ...presenter, ...joinButton, ...diagnostics};

export type StringKey = keyof typeof en;
export type Catalogue = Record<StringKey, string>;
