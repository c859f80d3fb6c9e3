import type {Catalogue} from './en.js';
import type {ChatStrings} from './en/chat.js';
import type {CommonStrings} from './en/common.js';
import type {ConferenceStrings} from './en/conference.js';
import type {DiagnosticsStrings} from './en/diagnostics.js';
import type {EffectsStrings} from './en/effects.js';
import type {JoinButtonStrings} from './en/join-button.js';
import type {MeetingFeaturesStrings} from './en/meeting-features.js';
import type {PresenterStrings} from './en/presenter.js';
import type {RosterStrings} from './en/roster.js';

/** A language's translation of each part of the English catalogue (`src/i18n/<lang>/*.ts`). */
export interface CatalogueParts {
  readonly common: CommonStrings;
  readonly conference: ConferenceStrings;
  readonly roster: RosterStrings;
  readonly chat: ChatStrings;
  readonly presenter: PresenterStrings;
  readonly joinButton: JoinButtonStrings;
  readonly diagnostics: DiagnosticsStrings;
  readonly effects: EffectsStrings;
  readonly meetingFeatures: MeetingFeaturesStrings;
}

/** A language's whole catalogue from its parts (each language's module, such as `de.ts`, is one call). */
export function catalogueOf(parts: CatalogueParts): Catalogue {
  return {
    ...parts.common,
    ...parts.conference,
    ...parts.roster,
    ...parts.chat,
    ...parts.presenter,
    ...parts.joinButton,
    ...parts.diagnostics,
    ...parts.effects,
    ...parts.meetingFeatures,
  };
}
