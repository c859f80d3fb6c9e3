/**
 * Helpers for the hardening tests (test/browser/hardening.*.test.ts): watching what an element
 * shows, what the dev node holds, and `getUserMedia` stand-ins for missing or refused devices.
 */
import type {PexConference} from '../../src/elements/conference/conference.js';
import {deepQuery, deepText} from './dom.js';
import {devRoomState} from './dev-node.js';

/** Records whether `text` was ever shown in the element's shadow root, however briefly. */
export function watchText(el: Element, text: string): {readonly seen: boolean; stop(): void} {
  const root = el.shadowRoot!;
  const watch = {seen: deepText(root).includes(text), stop: () => observer.disconnect()};
  const observer = new MutationObserver(() => {
    if (deepText(root).includes(text)) watch.seen = true;
  });
  observer.observe(root, {subtree: true, childList: true, characterData: true});
  return watch;
}

export function shows(el: Element, text: string): boolean {
  return deepText(el.shadowRoot!).includes(text);
}

export function part<T extends HTMLElement = HTMLElement>(el: PexConference, name: string): T | null {
  return deepQuery<T>(el.shadowRoot!, `[part~="${name}"]`);
}

/** The display names of the participants the dev node holds in a room. */
export async function devParticipants(alias: string): Promise<string[]> {
  const room = await devRoomState<{participants: {display_name: string}[]}>(alias);
  return room.participants.map(({display_name}) => display_name);
}

/**
 * Replaces `navigator.mediaDevices.getUserMedia` until the returned function is called: a
 * request for the refused kinds fails as the browser fails it (`NotFoundError` for a missing
 * device, `NotAllowedError` for a refused one); other requests reach the real (fake) devices.
 */
export function refuseDevices(kinds: readonly ('audio' | 'video')[], error: 'NotFoundError' | 'NotAllowedError'): () => void {
  const devices = navigator.mediaDevices;
  const original = devices.getUserMedia;
  devices.getUserMedia = (constraints?: MediaStreamConstraints) => {
    if (kinds.some((kind) => constraints?.[kind]))
      return Promise.reject(new DOMException(`No ${kinds.join(' or ')} (test)`, error));
    return original.call(devices, constraints);
  };
  return () => {
    devices.getUserMedia = original;
  };
}
