import type {ReactiveControllerHost} from 'lit';
import type {Session} from '../session/session.js';
import {SessionListenerController} from './session-listener.js';

export interface UnreadOptions {
  /** Whether the messages are on screen now: messages that arrive meanwhile are read. */
  readonly isShown: () => boolean;
  /** Called after the count changed. */
  readonly changed?: (count: number) => void;
}

/**
 * Counts the chat messages from others that arrive while the host's messages are not shown
 * (the conference's side panel hidden, the chat off screen or in a background tab).
 */
export class UnreadCounter extends SessionListenerController {
  readonly #host: ReactiveControllerHost;
  readonly #options: UnreadOptions;
  #count = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, session: () => Session | undefined, options: UnreadOptions) {
    super(host, session, (listened) => [
      listened.on('chat-message', ({message}) => {
        if (!message.fromSelf && !this.#options.isShown()) this.#set(this.#count + 1);
      }),
    ]);
    this.#host = host;
    this.#options = options;
  }

  get count(): number {
    return this.#count;
  }

  /** The messages are shown now: nothing is unread. */
  markRead(): void {
    this.#set(0);
  }

  #set(count: number): void {
    if (count === this.#count) return;
    this.#count = count;
    this.#options.changed?.(count);
    this.#host.requestUpdate();
  }
}
