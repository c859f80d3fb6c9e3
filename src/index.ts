/** Classes, types and helpers. Importing this module registers no element. */
export {PexConference} from './elements/conference/conference.js';
export {PexRoster} from './elements/roster/roster.js';
export {PexChat} from './elements/chat/chat.js';
export {PexPresenter} from './elements/presenter/presenter.js';
export {PexJoinButton} from './elements/join-button/join-button.js';
export type {JoinButtonTarget} from './elements/join-button/join-button.js';
export {PexPresentationView} from './elements/presenter/presentation-view.js';
export {setPdfWorkerUrl} from './slides/pdf-slides.js';
export type {SlideFileProblem} from './slides/types.js';
export {applyEffects} from './effects/apply-effects.js';
export type {AppliedEffects, ApplyEffectsTuning} from './effects/apply-effects.js';
export {builtInBackgrounds, setEffectsAssetsUrl} from './effects/assets.js';
export {backgroundFromSetting, BUILT_IN_BACKGROUNDS, parseBackgroundSetting} from './effects/options.js';
export type {
  BackgroundEffect,
  BackgroundPictures,
  BackgroundSetting,
  BuiltInBackground,
  EffectsOptions,
  EffectsProblem,
} from './effects/options.js';
export {ConferenceSession} from './session/conference-session.js';
export type {Session} from './session/session.js';
export type * from './session/types.js';
export {sessionContext} from './context/session-context.js';
export {SessionController} from './context/session-controller.js';
export type {PexEventDetails, PexEventName, PexEvent, PexEventMap, PresentationViewMode} from './events.js';
export {setStrings} from './i18n/strings.js';
export {buildJoinLink, buildPexipLink, parseJoinLink} from './link/join-link.js';
export type {BuiltJoinLink, JoinLinkParams, LinkProblem, ParsedJoinLink} from './link/join-link.js';
export type {JoinParams, ParamProblem} from './link/join-params.js';
export type {StringKey} from './i18n/en.js';
