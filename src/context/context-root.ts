import {ContextRoot} from '@lit/context';

/** Shared by every copy of the bundle on a page, so that only one root is attached. */
const ATTACHED = Symbol.for('pex-connect.context-root');

/**
 * Elements load in any order (each is its own chunk): a `<pex-roster>` inside a
 * `<pex-conference>` that is not defined yet asks for the session before anyone can answer. A
 * ContextRoot on the document keeps such requests and replays them when the conference connects.
 */
export function attachContextRoot(): void {
  const root = document.documentElement as HTMLElement & {[ATTACHED]?: true};
  if (root[ATTACHED]) return;
  root[ATTACHED] = true;
  new ContextRoot().attach(root);
}
