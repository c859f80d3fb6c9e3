import {createContext} from '@lit/context';
import type {Session} from '../session/session.js';

/**
 * The conference session that `<pex-conference>` provides to the elements inside it. The key is
 * a unique symbol, so two copies of the bundle on one page never share sessions by accident.
 */
export const sessionContext = createContext<Session | undefined>(Symbol('pex-session'));

/** What an element bound with `for="id"` looks for: anything that exposes a session. */
export interface SessionOwner extends HTMLElement {
  readonly session: Session;
}

export function isSessionOwner(element: Element | null): element is SessionOwner {
  if (element === null || !('session' in element)) return false;
  const {session} = element;
  return typeof session === 'object' && session !== null && 'subscribe' in session && typeof session.subscribe === 'function';
}
