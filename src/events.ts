import type {ChatMessage, EndReason, Participant, Phase} from './session/types.js';

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
  }
}

/** Dispatches a pex event from `target`, bubbling and composed. */
export function emit<K extends PexEventName>(target: EventTarget, name: K, detail: PexEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
}
