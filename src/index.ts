/** Classes, types and helpers. Importing this module registers no element. */
export {PexConference} from './elements/conference/conference.js';
export {PexRoster} from './elements/roster/roster.js';
export {PexChat} from './elements/chat/chat.js';
export {PexPresenter} from './elements/presenter/presenter.js';
export {PexPresentationView} from './elements/presenter/presentation-view.js';
export type {PresentationViewMode} from './elements/presenter/presentation-view.js';
export {setPdfWorkerUrl} from './slides/pdf-slides.js';
export type {SlideFileProblem} from './slides/types.js';
export {ConferenceSession} from './session/conference-session.js';
export type {Session} from './session/session.js';
export type * from './session/types.js';
export {sessionContext} from './context/session-context.js';
export {SessionController} from './context/session-controller.js';
export type {PexEventDetails, PexEventName, PexEvent} from './events.js';
export {setStrings} from './i18n/registry.js';
export type {StringKey} from './i18n/en.js';
