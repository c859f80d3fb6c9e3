/** Receives the new state and the one it replaced. */
export type StateListener<S> = (state: S, previous: S) => void;

/**
 * The smallest observable store: one immutable value, replaced (never mutated) by `update`,
 * with synchronous notification so that a render always sees the latest value. An update made
 * by a listener is told to every listener after the current round, so each sees the states in
 * order.
 */
export class Store<S extends object> {
  #state: S;
  readonly #listeners = new Set<StateListener<S>>();
  #notifying = false;

  constructor(initial: S) {
    this.#state = initial;
  }

  get state(): S {
    return this.#state;
  }

  /** Applies a partial change; listeners run only when something actually changed. */
  update(change: Partial<S> | ((state: S) => Partial<S>)): void {
    const previous = this.#state;
    const patch = typeof change === 'function' ? change(previous) : change;
    const changed = (Object.keys(patch) as (keyof S)[]).some((key) => !Object.is(patch[key], previous[key]));
    if (!changed) return;
    this.#state = Object.freeze({...previous, ...patch});
    if (this.#notifying) return; // the round under way tells it next
    this.#notifying = true;
    try {
      for (let told = previous; told !== this.#state;) {
        const current = this.#state;
        for (const listener of [...this.#listeners]) listener(current, told);
        told = current;
      }
    } finally {
      this.#notifying = false;
    }
  }

  subscribe(listener: StateListener<S>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
