import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What `<pex-conference>` follows of its page while connected: whether it is full screen, and the page closing. */
export class PageEvents implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #closing: () => void;
  #fullscreen = false;

  /** `closing` runs when the page is closed or left (not when it goes into the back/forward cache). */
  constructor(host: ReactiveControllerHost & HTMLElement, closing: () => void) {
    this.#host = host;
    this.#closing = closing;
    host.addController(this);
  }

  /** The element is the document's full-screen element. */
  get fullscreen(): boolean {
    return this.#fullscreen;
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    removeEventListener('pagehide', this.#onPageHide);
  }

  #onFullscreenChange = (): void => {
    const fullscreen = document.fullscreenElement === this.#host;
    if (fullscreen === this.#fullscreen) return;
    this.#fullscreen = fullscreen;
    this.#host.requestUpdate();
  };

  #onPageHide = (event: PageTransitionEvent): void => {
    // Closing or leaving the page: release the call at once (by beacon) instead of leaving a ghost participant.
    if (!event.persisted) this.#closing();
  };
}
