import type {ChatMessage} from '../../session/types.js';

/**
 * The list renders the newest messages only: PAGE of them at first, PAGE more each time the reader
 * scrolls to the top (or while they do not fill the list). While the reader follows the newest,
 * new messages slide the window once PAGE are rendered (the oldest rendered ones go, so a long
 * meeting's chat keeps a constant number of entries in the DOM), and it goes back to PAGE when
 * more than four times that are rendered.
 * (A general-purpose virtualizer re-measured and re-positioned the list after every message.)
 */
const PAGE = 50;
/** How near the top, in pixels, older messages are rendered. */
const TOP_SLACK = 200;

/** What the window reads from `<pex-chat>`. */
export interface MessageWindowView {
  /** The scrolling list of messages, while rendered. */
  list(): HTMLElement | null;
  /** The reader is at the newest message, so new ones scroll into view. */
  following(): boolean;
  /** Renders the chat again (with more messages). */
  requestUpdate(): void;
}

/** Which of `<pex-chat>`'s messages are rendered, and keeping the reader's place as older ones are added above. */
export class MessageWindow {
  readonly #view: MessageWindowView;
  /** The index in the chat of the first message rendered. */
  #firstShown = 0;
  /** The chat #firstShown was last placed in. */
  #placedIn: readonly ChatMessage[] = [];
  /** The list's scroll height before older messages were rendered above, to keep the reader's place. */
  #heightBeforeOlder?: number;
  /**
   * Runs once the entries are laid out (they render after the list): keeps the reader's place when
   * older messages were rendered above, and while following keeps the newest message in view as
   * the entries grow (new messages, previews).
   */
  readonly #entriesObserver = new ResizeObserver(() => {
    const list = this.#view.list();
    if (!list) return;
    if (this.#heightBeforeOlder !== undefined) {
      list.scrollTop += list.scrollHeight - this.#heightBeforeOlder;
      this.#heightBeforeOlder = undefined;
    } else if (this.#view.following()) {
      list.scrollTop = list.scrollHeight;
    }
    // A tall list with short messages: render older ones until it can scroll (in the next frame:
    // growing the entries inside this callback would be a ResizeObserver loop).
    if (list.clientHeight > 0 && list.scrollHeight <= list.clientHeight) requestAnimationFrame(() => this.#renderOlder(list));
  });

  constructor(view: MessageWindowView) {
    this.#view = view;
  }

  /** The index in the chat of the first message rendered. */
  get firstShown(): number {
    return this.#firstShown;
  }

  /**
   * Observes the entries element and the list around it while they are rendered and connected
   * (the ref calls back with nothing on disconnect): a list that shrinks while following keeps
   * the newest message in view.
   */
  readonly observeEntries = (entries?: Element): void => {
    this.#entriesObserver.disconnect();
    if (entries) this.#entriesObserver.observe(entries);
    if (entries?.parentElement) this.#entriesObserver.observe(entries.parentElement);
  };

  /** Which messages are rendered: from firstShown to the newest. */
  place(chat: readonly ChatMessage[]): void {
    const before = this.#placedIn;
    this.#placedIn = chat;
    if (this.#firstShown > chat.length) {
      this.#firstShown = Math.max(0, chat.length - PAGE);
      return;
    }
    if (chat === before || !this.#view.following()) return;
    const appended = chat.length > before.length && chat[before.length - 1] === before.at(-1);
    if (chat.length - this.#firstShown > 4 * PAGE) this.#firstShown = chat.length - PAGE;
    else if (appended && before.length - this.#firstShown >= PAGE) this.#firstShown += chat.length - before.length;
  }

  /** The list scrolled: near the top, older messages are rendered. */
  scrolled(list: HTMLElement): void {
    if (list.scrollTop < TOP_SLACK) this.#renderOlder(list);
  }

  /** Renders PAGE older messages above; the entries observer then keeps the reader's place. */
  #renderOlder(list: HTMLElement): void {
    if (this.#firstShown === 0 || this.#heightBeforeOlder !== undefined) return;
    this.#heightBeforeOlder = list.scrollHeight;
    this.#firstShown = Math.max(0, this.#firstShown - PAGE);
    this.#view.requestUpdate();
  }
}
