import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {ref} from 'lit/directives/ref.js';
import {repeat} from 'lit/directives/repeat.js';
import {announcePlacement} from '../../context/placements.js';
import {SessionController} from '../../context/session-controller.js';
import {UnreadCounter} from '../../context/unread-counter.js';
import {emit} from '../../events.js';
import {chat} from '../../i18n/en/chat.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {type ChatMessage, type ConferenceState, type Participant} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {panelStyles} from '../../styles/panel.styles.js';
import {themeSchemeStyles, themeStyles, type Theme} from '../../styles/theme.styles.js';
import {actionErrorText} from '../shared/action-error.js';
import {Announcer} from '../shared/announcer.js';
import {chatEntryStyles, renderChatEntry, type ChatEntryView, type PreviewPolicy} from './chat-entry.js';
import {chatStyles} from './chat.styles.js';
import {parseHostList} from './links.js';
import {renderBindingMessage} from '../shared/binding-message.js';
import {participantsOf} from '../../session/selectors.js';
import {ChatRecipients, continues} from './chat-rules.js';
import {messagesOf, renderRoomChoice, roomName, shownRoom} from './chat-rooms.js';
import {MessageWindow} from './message-window.js';
import {rememberCollapsed, rememberedCollapsed, renderCollapsibleHeading} from './chat-heading.js';

const NO_PARTICIPANTS: readonly Participant[] = Object.freeze([]);
const NONE_REVEALED: ReadonlySet<string> = new Set();
/** How near the end, in pixels, still counts as reading the newest messages. */
const END_SLACK = 48;
/** Long messages are cut in announcements; the list has them whole. */
const ANNOUNCED_LENGTH = 200;

/**
 * The meeting's chat: messages to everyone and private messages, with sender, time and
 * grouping; links that open in a new tab and inline previews of image and video links; a
 * composer that sends to everyone or, privately, to the participant chosen here or in
 * `<pex-roster>`. The list renders the newest messages, and older ones as you scroll up (10 000
 * messages stay smooth); it follows new messages while you read the newest, and shows a "new
 * messages" button when you have scrolled up.
 *
 * Message text is never interpreted as HTML: it is rendered as text, and only `http:` and
 * `https:` URLs become links.
 *
 * Place it inside `<pex-conference>`, or anywhere on the page with `for="<id of a pex-conference>"`.
 *
 * It also follows the shared theme (`--pex-color-*`, `--pex-radius`, `--pex-spacing`,
 * `--pex-font-family`, `--pex-font-size`; see `<pex-conference>`), light and dark.
 *
 * For every message, listen for `pex-chat-message` on the `<pex-conference>`: it fires once per
 * message there, so `<pex-chat>` does not fire it again (a page would get each message twice).
 *
 * @summary Chat with everyone in the meeting, or privately with one participant.
 * @tagname pex-chat
 *
 * @fires {PexEvent<'pex-chat-unread'>} pex-chat-unread - The number of messages that arrived while the chat was hidden (not on screen, or the tab in the background) changed; 0 once it is shown again. Use it for a badge on the button that shows your chat panel.
 *
 * @csspart base - The whole chat.
 * @csspart header - The heading area.
 * @csspart heading - The heading.
 * @csspart collapse-button - With `collapsible`: the heading's button that collapses and expands the chat (`aria-expanded`).
 * @csspart unread-badge - On the collapse button of a collapsed chat: how many messages arrived since it was collapsed.
 * @csspart messages - The scrolling list of messages.
 * @csspart message - One message; your own also have `message-own`, private ones `message-private`.
 * @csspart message-own - A message you sent.
 * @csspart message-private - A private message.
 * @csspart sender - The sender's name.
 * @csspart private-label - "Private to …" on a private message.
 * @csspart time - When the message was sent.
 * @csspart text - The message text.
 * @csspart link - A link in a message.
 * @csspart preview - An image or video preview; also `preview-image` or `preview-video`.
 * @csspart preview-image - An image preview.
 * @csspart preview-video - A video preview.
 * @csspart preview-button - "Show preview from example.org", for an image or video on a host the page did not allow.
 * @csspart show-more - "Show more", under a message too long to show at once.
 * @csspart empty - The text shown while there are no messages.
 * @csspart new-messages-button - Shown when new messages arrive while you have scrolled up; jumps to them.
 * @csspart composer - The area for writing a message.
 * @csspart room-select - Hosts while breakout rooms are open: the room whose chat is shown (and written in).
 * @csspart chat-off - The line that says chat is switched off for the meeting (instead of the composer).
 * @csspart recipient-select - Chooses between everyone and one participant.
 * @csspart input - The message field.
 * @csspart send-button - The Send button.
 * @csspart problem - Why the last message could not be sent.
 * @csspart message - The message shown when the chat is not bound to a meeting.
 *
 * @cssprop [--pex-chat-background=var(--pex-color-surface)] - Background of the chat.
 * @cssprop [--pex-chat-own-background=color-mix(in srgb, var(--pex-color-accent) 10%, var(--pex-color-surface))] - Background of your own messages.
 * @cssprop [--pex-chat-other-background=var(--pex-color-surface-raised)] - Background of others' messages.
 * @cssprop [--pex-chat-private-color=#7431b8] - Border and label of private messages and of the composer when it sends privately (#cfa8ff in dark mode).
 * @cssprop [--pex-chat-link-color=var(--pex-color-accent)] - Links in messages.
 * @cssprop [--pex-chat-preview-height=11rem] - Height of image and video previews (their width follows, at most 20rem).
 * @cssprop [--pex-chat-list-height=22rem] - Height of the message list when the page does not size the chat; a chat given a height fills it.
 */
export class PexChat extends LitElement {
  static override styles = [hostStyles, themeStyles, themeSchemeStyles, controlStyles, panelStyles, chatStyles, chatEntryStyles];

  readonly #localize = new LocalizeController(this, chat);
  readonly #controller = new SessionController(this, {
    select: (state) => [
      state.chat,
      state.chatRecipientId,
      participantsOf(state),
      state.phase,
      state.chatEnabled,
      state.hostControls,
      state.roomChats,
      state.breakouts.rooms,
      state.breakouts.currentRoomId,
    ],
  });
  readonly #announcer = new Announcer<ChatMessage>(this, (messages) => this.#announcementOf(messages));
  readonly #unread = new UnreadCounter(this, () => this.#controller.session, {
    isShown: () => this.#isShown(),
    changed: (count) => emit(this, 'pex-chat-unread', {count}),
  });
  #onScreen = true;
  #screenObserver?: IntersectionObserver;
  /** The messages of the last update, to tell how many are new. */
  #seen: readonly ChatMessage[] = [];
  readonly #recipients = new ChatRecipients();
  #names: {participants: readonly Participant[]; byId: Map<string, string>} | undefined;
  #policy: PreviewPolicy = {enabled: true, hosts: []};
  /** The list's scroll position at the last scroll event, to tell the reader scrolling up. */
  #lastScrollTop = 0;
  readonly #window = new MessageWindow({
    list: () => this.list,
    following: () => this.following,
    requestUpdate: () => this.requestUpdate(),
  });

  /**
   * Colours: `light`, `dark` or `system` (follow the system's `prefers-color-scheme`). Unset, the
   * element takes the theme of the public element it is nested in, else the system's.
   */
  @property({reflect: true}) accessor theme: Theme | undefined;

  /** The id of the `<pex-conference>` whose chat to show, when the chat is not inside it. */
  @property({attribute: 'for'}) accessor for = '';

  /** Turns off inline previews of image and video links (the links stay). */
  @property({type: Boolean, attribute: 'no-previews'}) accessor noPreviews = false;

  /**
   * Hosts whose image and video previews load at once, separated by spaces or commas;
   * `*.example.com` also allows subdomains, `*` every host. Previews from the page's own origin
   * always load; from any other host they wait for a "Show preview from …" click, because loading
   * one tells its host who reads the chat, and may reach into the reader's intranet.
   */
  @property({attribute: 'preview-hosts'}) accessor previewHosts = '';

  @state() private accessor draft = '';
  /** Hosts: the room whose chat is shown (`undefined`: the room our call is in). */
  @state() private accessor roomId: string | undefined;
  @state() private accessor sending = false;
  @state() private accessor problem = '';
  /** The reader is at the newest message, so new ones scroll into view. */
  @state() private accessor following = true;
  /** Messages from others that arrived while the reader had scrolled up. */
  @state() private accessor newCount = 0;
  /** The ids of the long messages the reader asked to see whole. */
  @state() private accessor expanded: ReadonlySet<string> = new Set();
  /** Per message id, the links whose preview, from a host not allowed, the reader asked to load. */
  @state() private accessor revealed: ReadonlyMap<string, ReadonlySet<string>> = new Map();

  /**
   * The heading becomes a button that collapses the chat to its heading and expands it again
   * (`<pex-conference>`'s built-in chat has it). Whether it is collapsed is remembered for the
   * browser tab's session.
   */
  @property({type: Boolean, reflect: true}) accessor collapsible = false;

  /** The chat shows only its heading (with the number of unread messages); see `collapsible`. */
  @property({type: Boolean, reflect: true}) accessor collapsed = false;

  @query('.messages') private accessor list!: HTMLElement | null;
  @query('textarea') private accessor input!: HTMLTextAreaElement | null;

  /** Messages from others that arrived while the chat was hidden; 0 while it is shown. */
  get unread(): number {
    return this.#unread.count;
  }

  constructor() {
    super();
    this.#controller.listen((session) => [
      session.on('chat-message', ({message}) => {
        if (!message.fromSelf) this.#announcer.queue(message);
      }),
      announcePlacement(session, this),
    ]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#screenObserver = new IntersectionObserver((entries) => {
      this.#onScreen = entries.at(-1)?.isIntersecting ?? true;
      this.#onVisibilityChange();
    });
    this.#screenObserver.observe(this);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#screenObserver?.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  /** Focuses the message field (expanding a collapsed chat), for example after the page opened its chat panel. */
  override focus(options?: FocusOptions): void {
    if (!this.collapsed) {
      this.input?.focus(options);
      return;
    }
    this.#setCollapsed(false);
    void this.updateComplete.then(() => this.input?.focus(options));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.#controller.bindTo(this.for);
    if (changed.has('collapsible') && this.collapsible && rememberedCollapsed()) this.collapsed = true;
    if (changed.has('noPreviews') || changed.has('previewHosts')) {
      this.#policy = {enabled: !this.noPreviews, hosts: parseHostList(this.previewHosts)};
    }
    const state = this.#controller.state;
    if (state) {
      const messages = messagesOf(state, this.roomId);
      this.#countNew(messages);
      this.#window.place(messages);
    }
  }

  protected override updated(changed: PropertyValues): void {
    const list = this.list;
    if (list && this.following && (changed.has('following') || changed.has('collapsed'))) list.scrollTop = list.scrollHeight;
    if (changed.has('collapsed')) this.#onVisibilityChange();
  }

  // --- session notifications ---------------------------------------------------------------

  /** A burst of messages is one sentence. */
  #announcementOf(messages: readonly ChatMessage[]): string {
    const t = this.#localize.t.bind(this.#localize);
    const message = messages.at(0);
    if (messages.length > 1 || !message) return t('chat.announce-many', {count: messages.length});
    const text = message.text.length > ANNOUNCED_LENGTH ? `${message.text.slice(0, ANNOUNCED_LENGTH)}…` : message.text;
    return t(message.privateWith ? 'chat.announce-private' : 'chat.announce', {name: message.senderName, text});
  }

  #isShown(): boolean {
    return this.#onScreen && !this.collapsed && document.visibilityState === 'visible';
  }

  #onVisibilityChange = (): void => {
    if (this.#isShown()) this.#unread.markRead();
  };

  /** Counts the messages from others that arrived while the reader was scrolled up. */
  #countNew(chat: readonly ChatMessage[]): void {
    const seen = this.#seen;
    if (chat === seen) return;
    this.#seen = chat;
    if (chat.length < seen.length) {
      // Another meeting (or the same one joined again): nothing is new in it yet.
      this.newCount = 0;
      return;
    }
    if (!this.following) this.newCount += chat.slice(seen.length).filter(({fromSelf}) => !fromSelf).length;
  }

  // --- derived data ------------------------------------------------------------------------

  #nameOf(participants: readonly Participant[], id: string): string {
    if (this.#names?.participants !== participants) {
      this.#names = {participants, byId: new Map(participants.map((participant) => [participant.id, participant.displayName]))};
    }
    return this.#names.byId.get(id) ?? this.#localize.t('chat.someone-who-left');
  }

  #entryView(id: string, expanded: boolean, revealed: ReadonlySet<string>): ChatEntryView {
    return {
      t: (key, params) => this.#localize.t(key, params),
      lang: this.#localize.lang,
      previews: this.#policy,
      expanded,
      revealed,
      expand: () => (this.expanded = new Set([...this.expanded, id])),
      reveal: (href) => (this.revealed = new Map([...this.revealed, [id, new Set([...(this.revealed.get(id) ?? []), href])]])),
    };
  }

  // --- actions -----------------------------------------------------------------------------

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const session = this.#controller.session;
    const text = this.draft.trim();
    if (!session || !text || this.sending) return;
    this.sending = true;
    this.problem = '';
    try {
      const room = shownRoom(session.state, this.roomId);
      await (room === session.state.breakouts.currentRoomId
        ? session.sendMessage(text, session.state.chatRecipientId)
        : session.sendMessage(text, undefined, room));
      this.draft = '';
      this.#jumpToNewest();
    } catch (error) {
      this.problem = actionErrorText(this.#localize, error);
    } finally {
      this.sending = false;
    }
  };

  /** Enter sends; Shift+Enter (and Enter while an input method is composing) adds a line. */
  #onInputKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    (event.target as HTMLTextAreaElement).form?.requestSubmit();
  };

  #onInput = (event: InputEvent): void => {
    this.draft = (event.target as HTMLTextAreaElement).value;
  };

  #onRoomChange = (event: Event): void => {
    const state = this.#controller.state;
    const id = (event.target as HTMLSelectElement).value;
    this.roomId = !state || id === state.breakouts.currentRoomId ? undefined : id;
    this.#jumpToNewest();
  };

  #onRecipientChange = (event: Event): void => {
    const id = (event.target as HTMLSelectElement).value;
    this.#controller.session?.setChatRecipient(id || undefined);
  };

  #onScroll = (): void => {
    const list = this.list;
    if (!list) return;
    const atEnd = list.scrollHeight - list.scrollTop - list.clientHeight <= END_SLACK;
    // Only the reader scrolling up leaves the end; the list shrinking (the side panel's layout)
    // or entries going above it do not.
    const scrolledUp = list.scrollTop < this.#lastScrollTop;
    this.#lastScrollTop = list.scrollTop;
    if (atEnd !== this.following && (atEnd || scrolledUp)) this.following = atEnd;
    if (atEnd) this.newCount = 0;
    this.#window.scrolled(list);
  };

  #setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    rememberCollapsed(collapsed);
  }

  #onToggleCollapsed = (): void => {
    this.#setCollapsed(!this.collapsed);
  };

  #jumpToNewest = (): void => {
    this.following = true;
    this.newCount = 0;
  };

  // --- render ------------------------------------------------------------------------------

  override render(): TemplateResult {
    const state = this.#controller.boundState;
    if (!state) return renderBindingMessage(this.#controller, this.#localize, this.for);
    return html`
      <section part="base" class="base" aria-labelledby="heading">
        <header part="header">
          <h2 id="heading" part="heading">${this.#renderHeading()}</h2>
          ${renderRoomChoice(this.#localize, state, this.roomId, this.#onRoomChange)}
        </header>
        <div id="chat-body" class="body" ?hidden=${this.collapsible && this.collapsed}>
          ${this.#renderMessages(state)} ${this.#renderComposer(state)}
        </div>
        ${this.#announcer.render()}
      </section>
    `;
  }

  /** The heading, or with `collapsible` a disclosure button that collapses and expands the chat. */
  #renderHeading(): TemplateResult | string {
    const heading = this.#localize.t('chat.heading');
    if (!this.collapsible) return heading;
    const unread = this.collapsed ? this.#unread.count : 0;
    const unreadText = unread > 0 ? this.#localize.t('chat.unread', {count: unread}) : '';
    return renderCollapsibleHeading(heading, this.collapsed, unreadText, this.#onToggleCollapsed);
  }

  #renderMessages(state: ConferenceState): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const chat = messagesOf(state, this.roomId);
    const participants = participantsOf(state);
    const revision = this.#localize.revision;
    const you = t('chat.you');
    return html`
      <div class="wrap">
        <div part="messages" class="messages" role="list" aria-label=${t('chat.messages')} tabindex="0" @scroll=${this.#onScroll}>
          <div class="entries" role="none" ${ref(this.#window.observeEntries)}>
            ${repeat(
              chat.slice(this.#window.firstShown),
              (message) => message.id,
              (message, index) => {
                const grouped = continues(chat[this.#window.firstShown + index - 1], message);
                const sender = message.fromSelf ? you : message.senderName;
                const privateLabel = !message.privateWith
                  ? ''
                  : message.fromSelf
                    ? t('chat.private-to', {name: this.#nameOf(participants, message.privateWith)})
                    : t('chat.private-to-you');
                const expanded = this.expanded.has(message.id);
                const revealed = this.revealed.get(message.id) ?? NONE_REVEALED;
                // Only the new message is rendered: the others' text is split and laid out once.
                return guard([message, grouped, sender, privateLabel, expanded, revealed, this.#policy, revision], () =>
                  renderChatEntry(message, {grouped, sender, privateLabel}, this.#entryView(message.id, expanded, revealed))
                );
              }
            )}
          </div>
        </div>
        ${chat.length === 0 ? html`<p part="empty" class="empty">${t(state.phase === 'in-call' ? 'chat.empty' : 'chat.not-joined')}</p>` : nothing}
        ${
          this.newCount > 0 && !this.following
            ? html`<button part="new-messages-button" class="new-messages" @click=${this.#jumpToNewest}>
                ${t('chat.new-messages', {count: this.newCount})}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  #renderComposer(state: ConferenceState): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    if (!state.chatEnabled) return html`<p part="chat-off" class="chat-off" role="status">${t('chat.switched-off')}</p>`;
    const inCall = state.phase === 'in-call';
    const shown = shownRoom(state, this.roomId);
    // In another room's chat a host writes to everyone there: private messages stay in our room.
    const elsewhere = shown !== state.breakouts.currentRoomId;
    const recipients = elsewhere ? NO_PARTICIPANTS : this.#recipients.of(participantsOf(state));
    const recipientId = elsewhere ? undefined : state.chatRecipientId;
    const recipientName = recipientId ? this.#nameOf(participantsOf(state), recipientId) : '';
    const placeholder = !inCall
      ? t('chat.not-joined')
      : elsewhere
        ? t('chat.placeholder-room', {room: roomName(this.#localize, state, shown)})
        : recipientId
          ? t('chat.placeholder-private', {name: recipientName})
          : t('chat.placeholder');
    return html`
      <form part="composer" class="composer ${recipientId ? 'private' : ''}" @submit=${this.#onSubmit}>
        <div class="to">
          <label for="recipient">${t('chat.to')}</label>
          <select id="recipient" part="recipient-select" ?disabled=${!inCall || elsewhere} @change=${this.#onRecipientChange}>
            ${guard(
              // The word itself, not the language: a language's strings may arrive after it is chosen.
              [recipients, recipientId, t('chat.everyone')],
              () =>
                html`<option value="" ?selected=${!recipientId}>${t('chat.everyone')}</option>
                  ${recipients.map((participant) => html`<option value=${participant.id} ?selected=${participant.id === recipientId}>${participant.displayName}</option>`)}`
            )}
          </select>
        </div>
        <div class="input-row">
          <textarea
            part="input"
            rows="1"
            aria-label=${t('chat.message')}
            aria-describedby="send-hint"
            placeholder=${placeholder}
            .value=${this.draft}
            ?disabled=${!inCall}
            @input=${this.#onInput}
            @keydown=${this.#onInputKeydown}
          ></textarea>
          <button part="send-button" class="primary" type="submit" ?disabled=${!inCall || this.sending || !this.draft.trim()}>
            ${t('chat.send')}
          </button>
        </div>
        <p id="send-hint" class="visually-hidden">${t('chat.send-hint')}</p>
        ${this.problem ? html`<p part="problem" class="message error" role="alert">${this.problem}</p>` : nothing}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-chat': PexChat;
  }
}
