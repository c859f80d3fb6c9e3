import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';

/**
 * A polite live region: what the host queues during one update is read out as one sentence
 * (`compose` words the batch), so a burst of 200 joins or messages is one announcement, not 200.
 * The host renders `render()` once, in a place that stays in its shadow root.
 */
export class Announcer<Item> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #compose: (items: readonly Item[]) => string;
  #queued: Item[] = [];
  #text = '';

  constructor(host: ReactiveControllerHost, compose: (items: readonly Item[]) => string) {
    this.#host = host;
    this.#compose = compose;
    host.addController(this);
  }

  /** Announces `item` (with whatever else is queued before the host's next update). */
  queue(item: Item): void {
    this.#queued.push(item);
    this.#host.requestUpdate();
  }

  /** Words what was queued, before the host renders. */
  hostUpdate(): void {
    if (!this.#queued.length) return;
    this.#text = this.#compose(this.#queued);
    this.#queued = [];
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.#text}</div>`;
  }
}
