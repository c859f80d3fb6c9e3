import type {CallStats, ChatMessage, EndReason, Participant, Phase} from './session/types.js';
import type {PresentationViewMode} from './elements/presenter/presentation-view.js';
import type {SlideFileProblem} from './slides/types.js';

/**
 * Every public event of pex-connect: `pex-` prefixed, bubbling, composed (it leaves shadow
 * roots) and with a typed `detail`.
 */
export interface PexEventDetails {
  'pex-state-change': {readonly phase: Phase; readonly previousPhase: Phase};
  'pex-joined': {readonly conference: string; readonly selfId: string};
  'pex-left': {readonly reason: EndReason; readonly message: string};
  'pex-error': {readonly reason: EndReason; readonly message: string};
  'pex-participant-join': {readonly participant: Participant};
  'pex-participant-leave': {readonly participant: Participant};
  'pex-chat-message': {readonly message: ChatMessage};
  'pex-presentation-start': {readonly local: boolean; readonly presenterId?: string; readonly presenterName?: string};
  'pex-presentation-stop': {readonly local: boolean};
  'pex-stats': {readonly stats: CallStats};
  'pex-chat-unread': {readonly count: number};
  'pex-private-chat': {readonly participant: Participant};
  /** `<pex-presenter>` moved to another slide (`index` from 0) of `count`. */
  'pex-presentation-slide-change': {readonly index: number; readonly count: number};
  /** `<pex-presenter>` could not share a chosen file; `message` is the text it shows. */
  'pex-presentation-file-error': {readonly file: File; readonly reason: SlideFileProblem; readonly message: string};
  /** The user switched a presentation view between full motion and still images. */
  'pex-presentation-mode-change': {readonly mode: PresentationViewMode};
  /** A presentation view moved into its own window (`open: true`) or back. */
  'pex-presentation-popout': {readonly open: boolean};
}

export type PexEventName = keyof PexEventDetails;
export type PexEvent<K extends PexEventName> = CustomEvent<PexEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'pex-state-change': PexEvent<'pex-state-change'>;
    'pex-joined': PexEvent<'pex-joined'>;
    'pex-left': PexEvent<'pex-left'>;
    'pex-error': PexEvent<'pex-error'>;
    'pex-participant-join': PexEvent<'pex-participant-join'>;
    'pex-participant-leave': PexEvent<'pex-participant-leave'>;
    'pex-chat-message': PexEvent<'pex-chat-message'>;
    'pex-presentation-start': PexEvent<'pex-presentation-start'>;
    'pex-presentation-stop': PexEvent<'pex-presentation-stop'>;
    'pex-stats': PexEvent<'pex-stats'>;
    'pex-chat-unread': PexEvent<'pex-chat-unread'>;
    'pex-private-chat': PexEvent<'pex-private-chat'>;
    'pex-presentation-slide-change': PexEvent<'pex-presentation-slide-change'>;
    'pex-presentation-file-error': PexEvent<'pex-presentation-file-error'>;
    'pex-presentation-mode-change': PexEvent<'pex-presentation-mode-change'>;
    'pex-presentation-popout': PexEvent<'pex-presentation-popout'>;
  }
}

/** Dispatches a pex event from `target`, bubbling and composed. */
export function emit<K extends PexEventName>(target: EventTarget, name: K, detail: PexEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
}
