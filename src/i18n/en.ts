import type {chat} from './en/chat.js';
import type {common} from './en/common.js';
import type {conference} from './en/conference.js';
import type {diagnostics} from './en/diagnostics.js';
import type {effects} from './en/effects.js';
import type {joinButton} from './en/join-button.js';
import type {presenter} from './en/presenter.js';
import type {roster} from './en/roster.js';
import type {Message} from './message.js';

/**
 * English is the reference catalogue, one part per element (`src/i18n/en/*.ts`). Each element
 * brings its own part (its LocalizeController registers it), so a page downloads only the
 * strings of the elements it uses. Other languages translate every key. `{name}` marks a parameter.
 */
type English = typeof common &
  typeof conference &
  typeof roster &
  typeof chat &
  typeof presenter &
  typeof joinButton &
  typeof diagnostics &
  typeof effects;

export type StringKey = keyof English;

export type {Message, PluralForms} from './message.js';
export type Catalogue = Record<StringKey, Message>;
/** One element's strings. */
export type CataloguePart = Partial<Catalogue>;
