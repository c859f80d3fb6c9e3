import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Session} from '../session/session.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Starts listening to a session; returns the functions that stop it again. */
export type SessionListeners = (session: Session) => readonly (() => void)[];

/**
 * Listens to the host's session (its notifications or its state) while the host is connected,
 * and moves the listeners along when the host's session changes (a new `for`, a page setting
 * `session`). The one place where elements attach and detach session listeners.
 */
export class SessionListenerController implements ReactiveController {
  readonly #host: Host;
  readonly #session: () => Session | undefined;
  readonly #listen: SessionListeners;
  #listening?: Session;
  #detach: readonly (() => void)[] = [];

  /** `session` says which session the host is bound to now (read on connect and before each update). */
  constructor(host: Host, session: () => Session | undefined, listen: SessionListeners) {
    this.#host = host;
    this.#session = session;
    this.#listen = listen;
    host.addController(this);
  }

  /** The session listened to, if any. */
  get session(): Session | undefined {
    return this.#listening;
  }

  /** Follows the host's session now (an element that just changed it need not wait for an update). */
  follow(): void {
    this.#attach(this.#host.isConnected ? this.#session() : undefined);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.#attach(undefined);
  }

  #attach(session: Session | undefined): void {
    if (session === this.#listening) return;
    for (const detach of this.#detach) detach();
    this.#listening = session;
    this.#detach = session ? this.#listen(session) : [];
  }
}
