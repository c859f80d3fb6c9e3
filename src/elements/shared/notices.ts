import type {ReactiveControllerHost} from 'lit';
import type {LocalizeController} from '../../i18n/localize-controller.js';
import {actionErrorText} from './action-error.js';

/** Something worth telling the user for a while: a refused action, a problem with an attribute. */
export interface Notice {
  readonly id: string;
  readonly text: string;
  /** `true`: something went wrong (shown as an alert); `false`: something happened. */
  readonly error: boolean;
}

/**
 * The notices an element shows until they are dismissed or replaced, one per id, newest last;
 * and the one way elements run a session action so that a refusal becomes a notice, never
 * swallowed. The host renders them in its own way.
 */
export class NoticesController {
  readonly #host: ReactiveControllerHost;
  readonly #localize: LocalizeController;
  #notices: readonly Notice[] = [];

  constructor(host: ReactiveControllerHost, localize: LocalizeController) {
    this.#host = host;
    this.#localize = localize;
  }

  get all(): readonly Notice[] {
    return this.#notices;
  }

  get latest(): Notice | undefined {
    return this.#notices.at(-1);
  }

  /** Shows `text`, replacing any notice with the same id. */
  notify(id: string, text: string, error = true): void {
    this.#set([...this.#notices.filter((notice) => notice.id !== id), {id, text, error}]);
  }

  /** Replaces the notices whose id starts with `prefix` (they go first: they are about the setup). */
  replaceGroup(prefix: string, fresh: readonly Notice[]): void {
    this.#set([...fresh, ...this.#notices.filter(({id}) => !id.startsWith(prefix))]);
  }

  dismiss(id: string): void {
    if (this.#notices.some((notice) => notice.id === id)) this.#set(this.#notices.filter((notice) => notice.id !== id));
  }

  clear(): void {
    if (this.#notices.length) this.#set([]);
  }

  /** Runs a session action; a refusal replaces the last action's notice, as `id`. */
  async run(action: () => Promise<void>, id = 'action'): Promise<void> {
    this.dismiss(id);
    try {
      await action();
    } catch (error) {
      this.notify(id, actionErrorText(this.#localize, error));
    }
  }

  #set(notices: readonly Notice[]): void {
    this.#notices = notices;
    this.#host.requestUpdate();
  }
}
