import type {ToolbarCommand} from '../conference/toolbar-command.js';
import type {PrejoinChoice} from '../conference/prejoin-choice.js';

/**
 * The events the elements send each other inside their shadow roots. Typed like the public ones
 * (see `src/events.ts`), but kept out of the page's global event maps: they are not API.
 */
export interface InternalEventDetails {
  /** `<pex-dialog>` closed (by a button, Escape or `hide()`). */
  'pex-dialog-close': null;
  /** The user asked to join from the pre-join screen. */
  'pex-prejoin-submit': PrejoinChoice;
  /** A control of the call's toolbar was used. */
  'pex-toolbar-command': {readonly command: ToolbarCommand};
  /** `<pex-presenter>` opened slides for review (its conference shows the side panel that holds it). */
  'pex-slides-open': null;
  /** A slide thumbnail was chosen. */
  'pex-slide-select': {readonly index: number};
}

export type InternalEventName = keyof InternalEventDetails;
export type InternalEvent<K extends InternalEventName> = CustomEvent<InternalEventDetails[K]>;

/** Dispatches an internal event from `target`, bubbling and composed like the public ones. */
export function emitInternal<K extends InternalEventName>(
  target: EventTarget,
  name: K,
  detail: InternalEventDetails[K]
): boolean {
  return target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
}
