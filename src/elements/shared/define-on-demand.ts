import {defineElement} from '../../define.js';

/** An element that opens like a dialog. */
export interface Showable extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  show(): Promise<void>;
}

/**
 * Elements needed only once the user does something (opens settings, statistics, "Check my setup"
 * or "Add a participant"; someone presents) are chunks of their own: this loads and registers one
 * the first time it is needed. Instances already in a template upgrade on registration.
 */
export async function defineOnDemand(tag: string, load: () => Promise<CustomElementConstructor>): Promise<void> {
  if (!customElements.get(tag)) defineElement(tag, await load());
}

/** Loads and registers an element on demand, then opens the instance already in `root`. */
export async function showOnDemand(root: ParentNode, tag: string, load: () => Promise<CustomElementConstructor>): Promise<void> {
  await defineOnDemand(tag, load);
  const element = root.querySelector<Showable>(tag);
  if (!element) return;
  // Just upgraded: let it render before it is asked to open.
  await element.updateComplete;
  await element.show();
}

/** "Add a participant", opened from the conference's host menu and from the roster. */
export const loadDialDialog = (): Promise<CustomElementConstructor> =>
  import('./dial-dialog.js').then((module) => module.PexDialDialog);
