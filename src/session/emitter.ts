/** A typed, synchronous event emitter for the session's notifications (no DOM needed). */
export class Emitter<M extends object> {
  readonly #listeners = new Map<keyof M, Set<(detail: never) => void>>();

  on<K extends keyof M>(type: K, listener: (detail: M[K]) => void): () => void {
    let listeners = this.#listeners.get(type);
    if (!listeners) this.#listeners.set(type, (listeners = new Set()));
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  emit<K extends keyof M>(type: K, detail: M[K]): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) {
      (listener as (detail: M[K]) => void)(detail);
    }
  }
}
