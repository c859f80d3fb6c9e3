import {defineElement} from '../../define.js';

/** An element that opens like a dialog. */
export interface Showable extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  show(): Promise<void>;
}

/**
 * Elements needed only when the user opens them (settings, statistics, "Check my setup", "Add a
 * participant") are chunks of their own: this loads and registers one the first time it is
 * needed, then opens the instance already in the template (it upgrades on registration).
 */
export async function showOnDemand(root: ParentNode, tag: string, load: () => Promise<CustomElementConstructor>): Promise<void> {
  if (!customElements.get(tag)) defineElement(tag, await load());
  const element = root.querySelector(tag) as Showable | null;
  if (!element) return;
  // Just upgraded: let it render before it is asked to open.
  await element.updateComplete;
  await element.show();
}
