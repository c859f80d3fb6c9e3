import type {ApplicationMessage, Caption, CallStats, ChatMessage, EndReason, Participant, Phase} from './session/types.js';
import type {SlideFileProblem} from './slides/types.js';

/** Live video, or still images refreshed when the content changes (the guide's default). */
export type PresentationViewMode = 'full-motion' | 'still';

/**
 * Every public event of pex-connect: `pex-` prefixed, bubbling, composed (it leaves shadow
 * roots) and with a typed `detail`. The page's global event maps are generated from it below.
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
  /** A live caption (while captions are on): its text, who spoke, and whether it is final. */
  'pex-caption': Caption;
  /** The meeting's layout changed (as hosts chose it): what hosts and guests see, such as `1:7`. */
  'pex-layout-change': {readonly host: string; readonly guest: string};
  /** Our call moved into a breakout room or back (`to: 'main'`); `name` is the room's. */
  'pex-breakout-move': {readonly from: string; readonly to: string; readonly name: string};
  /** Hosts: someone in a breakout room asked for help (`participantId`: who, where the node says). */
  'pex-breakout-help': {readonly roomId: string; readonly participantId?: string};
  /** A breakout room we knew closed. */
  'pex-breakout-end': {readonly roomId: string};
  /** A message for the page's own features (reactions, polls) from another participant: see `sendApplicationMessage`. */
  'pex-application-message': ApplicationMessage;
  /** A host or the node moved this participant to another conference (`from` and `to` are aliases). */
  'pex-transfer': {readonly from: string; readonly to: string};
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

/** Each public event by name, as the DOM's event maps list them. */
export type PexEventMap = {readonly [K in PexEventName]: PexEvent<K>};

// Events bubble and are composed, so a page can listen on the element, the document or the window.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the registry into the DOM's map
  interface HTMLElementEventMap extends PexEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the registry into the DOM's map
  interface DocumentEventMap extends PexEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the registry into the DOM's map
  interface WindowEventMap extends PexEventMap {}
}

/** Dispatches a pex event from `target`, bubbling and composed. */
export function emit<K extends PexEventName>(target: EventTarget, name: K, detail: PexEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
}
