import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Session} from '../session/session.js';
import type {ConferenceState} from '../session/types.js';
import {isSessionOwner, sessionContext} from './session-context.js';
import {SessionListenerController, type SessionListeners} from './session-listener.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * How an element found its session: through context (nested inside `<pex-conference>`), by id
 * (`for="…"`), or not at all (`unbound`: no conference around it and no `for`; `missing`: `for`
 * names an id that is not on the page or not a conference).
 */
export type BindingStatus = 'context' | 'for' | 'unbound' | 'missing';

/**
 * Picks the parts of the state an element renders. The element re-renders only when one of
 * them changes (compared with `Object.is`), so a roster does not re-render for each stats tick.
 */
export type StateSelector = (state: ConferenceState) => readonly unknown[];

function sameSelection(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * Connects an element to a conference session and re-renders it on every state change. The
 * session comes from the nearest `<pex-conference>` (context), from the element named by
 * `for`, or is given directly (the conference itself).
 */
export class SessionController implements ReactiveController {
  readonly #host: Host;
  #fromContext?: Session;
  #direct?: Session;
  #forId = '';
  #fromId?: Session;
  #subscribed?: Session;
  #unsubscribe?: () => void;
  #idObserver?: MutationObserver;
  readonly #select?: StateSelector;

  constructor(host: Host, options: {session?: Session; select?: StateSelector} = {}) {
    this.#host = host;
    this.#direct = options.session;
    this.#select = options.select;
    host.addController(this);
    if (!options.session) {
      new ContextConsumer(host, {
        context: sessionContext,
        subscribe: true,
        callback: (session) => {
          this.#fromContext = session;
          this.#resubscribe();
        },
      });
    }
  }

  /** The bound session, if any. `for` wins over context, so a page can point a nested element elsewhere. */
  get session(): Session | undefined {
    return this.#direct ?? (this.#forId ? this.#fromId : this.#fromContext);
  }

  get state(): ConferenceState | undefined {
    return this.session?.state;
  }

  /** The state, when the element is bound to a session (through context or `for`). */
  get boundState(): ConferenceState | undefined {
    const status = this.status;
    return status === 'context' || status === 'for' ? this.state : undefined;
  }

  get status(): BindingStatus {
    if (this.#direct) return 'context';
    if (this.#forId) return this.#fromId ? 'for' : 'missing';
    return this.#fromContext ? 'context' : 'unbound';
  }

  /** Listens to the bound session (notifications, state) while the host is connected, following it to another session. */
  listen(listeners: SessionListeners): SessionListenerController {
    return new SessionListenerController(this.#host, () => this.session, listeners);
  }

  /** Binds directly to a session (the conference does this with its own session). */
  useSession(session: Session): void {
    this.#direct = session;
    this.#resubscribe();
  }

  /** The id given in `for`; the element calls this when the attribute changes. */
  bindTo(id: string | null | undefined): void {
    const forId = id?.trim() ?? '';
    if (forId === this.#forId) return;
    this.#forId = forId;
    this.#resolveId();
  }

  hostConnected(): void {
    this.#resolveId();
    this.#resubscribe();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
    this.#idObserver?.disconnect();
    this.#idObserver = undefined;
  }

  /** Finds the element named by `for`, watching the page until it appears. */
  #resolveId(): void {
    this.#idObserver?.disconnect();
    this.#idObserver = undefined;
    if (!this.#forId || !this.#host.isConnected) {
      this.#fromId = undefined;
      this.#resubscribe();
      return;
    }
    const root = this.#host.getRootNode();
    const inRoot = root instanceof Document || root instanceof ShadowRoot ? root.getElementById(this.#forId) : null;
    const target = inRoot ?? document.getElementById(this.#forId);
    this.#fromId = isSessionOwner(target) ? target.session : undefined;
    if (!this.#fromId) {
      // Not there yet (or not upgraded yet): look again whenever the page changes.
      this.#idObserver = new MutationObserver(() => this.#resolveId());
      this.#idObserver.observe(root, {childList: true, subtree: true, attributes: true, attributeFilter: ['id']});
      if (target && !customElements.get(target.localName)) {
        void customElements.whenDefined(target.localName).then(() => this.#resolveId());
      }
    }
    this.#resubscribe();
  }

  #resubscribe(): void {
    const session = this.#host.isConnected ? this.session : undefined;
    if (session === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#subscribed = session;
    const select = this.#select;
    this.#unsubscribe = session?.subscribe((state, previous) => {
      if (!select || !sameSelection(select(state), select(previous))) this.#host.requestUpdate();
    });
    this.#host.requestUpdate();
  }
}
