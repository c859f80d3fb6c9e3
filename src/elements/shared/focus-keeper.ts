import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps keyboard focus in the host when an update removes the element that had it (a button
 * swapped for another, a panel closed): focus moves to the first of `fallbacks` (selectors in
 * the host's shadow root) that is there, instead of falling to the page's body.
 */
export class FocusKeeper implements ReactiveController {
  readonly #host: Host;
  readonly #fallbacks: readonly string[];
  #focused?: Element;

  constructor(host: Host, fallbacks: readonly string[]) {
    this.#host = host;
    this.#fallbacks = fallbacks;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focused = this.#host.shadowRoot?.activeElement ?? undefined;
  }

  hostUpdated(): void {
    const focused = this.#focused;
    this.#focused = undefined;
    if (!focused || focused.isConnected) return;
    const root = this.#host.shadowRoot;
    for (const selector of this.#fallbacks) {
      const target = root?.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        return;
      }
    }
  }
}
