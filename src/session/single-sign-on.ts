import type {SessionCore} from './core.js';
import {ssoOutcome, withSignIn} from './signals/sso.js';

/** How often a closed sign-in pop-up is looked for (a closed window sends no event). */
const POPUP_CLOSED_POLL_MS = 500;
const POPUP_FEATURES = 'popup,width=480,height=640';

/**
 * The browser's side of single sign-on: the identity provider's page opens in a pop-up (or, when
 * the provider or the page asks for it, replaces this page), and the pop-up's answer, a token,
 * completes the join through `join(token)`.
 */
export class SingleSignOn {
  readonly #core: SessionCore;
  readonly #join: (ssoToken: string) => void;
  #stopWatching?: () => void;

  constructor(core: SessionCore, join: (ssoToken: string) => void) {
    this.#core = core;
    this.#join = join;
  }

  /**
   * Opens the chosen provider's sign-in. Call it from the click that asked for it: browsers
   * allow pop-ups only then.
   */
  signIn({redirect = false}: {readonly redirect?: boolean} = {}): void {
    const {store} = this.#core;
    const request = store.state.ssoRequest;
    if (store.state.phase !== 'sso-required' || !request?.redirectUrl) return;
    const provider = request.providers.find(({id}) => id === request.chosenId);
    if (redirect || provider?.redirectFlow) {
      // The node sends the provider back to this page with `ssoToken=` (see README).
      window.location.assign(request.redirectUrl);
      return;
    }
    this.stop();
    const popup = window.open(request.redirectUrl, 'pex-sso', POPUP_FEATURES);
    if (!popup) {
      store.update((state) => withSignIn(state, false, 'popup-blocked'));
      return;
    }
    store.update((state) => withSignIn(state, true));
    // The answer may come from the provider's or the node's origin: only its window is checked.
    const onMessage = (event: MessageEvent): void => {
      if (event.source !== popup) return;
      void this.#answer(event.data);
    };
    const timer = setInterval(() => {
      if (!popup.closed) return;
      this.stop();
      if (store.state.ssoRequest?.signingIn) store.update((state) => withSignIn(state, false, 'closed'));
    }, POPUP_CLOSED_POLL_MS);
    window.addEventListener('message', onMessage);
    this.#stopWatching = () => {
      clearInterval(timer);
      window.removeEventListener('message', onMessage);
    };
  }

  /** Stops waiting for a pop-up's answer (the join was left, or the answer came). */
  stop(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  async #answer(data: unknown): Promise<void> {
    const sdk = await this.#core.sdk;
    if (!sdk?.isSSOdMessage(data)) return;
    this.stop();
    const outcome = ssoOutcome(data);
    if ('failed' in outcome) this.#core.store.update((state) => withSignIn(state, false, outcome.failed));
    else this.#join(outcome.token);
  }
}
