import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {chat} from '../../i18n/en/chat.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {ChatMessage} from '../../session/types.js';
import {hostStyles} from '../../styles/host.styles.js';
import {isPreviewAllowed, piecesWithin, previewKind, splitLinks, type PreviewKind, type TextPiece} from './links.js';

/** Which links get an inline image or video preview. */
export interface PreviewPolicy {
  readonly enabled: boolean;
  /**
   * Hosts whose previews load at once (see `parseHostList`), besides the page's own origin;
   * previews from other hosts wait for a click.
   */
  readonly hosts: readonly string[];
}

/**
 * Characters of a message shown before "Show more": a hostile message of megabytes would
 * otherwise be laid out in full in everyone's chat.
 */
export const MAX_SHOWN_CHARACTERS = 2000;

/** A message with many links previews only the first few. */
const MAX_PREVIEWS = 3;

/** The parts of an entry, re-exported by `<pex-chat>`. */
export const ENTRY_PARTS = [
  'message',
  'message-own',
  'message-private',
  'sender',
  'private-label',
  'time',
  'text',
  'link',
  'preview',
  'preview-image',
  'preview-video',
  'preview-button',
  'show-more',
].join(', ');

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** Time of day for today's messages, date and time for older ones; formatters are shared per language. */
function formatTime(at: number, lang: string): string {
  const today = new Date().toDateString() === new Date(at).toDateString();
  const key = `${lang}|${today}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      lang,
      today ? {hour: 'numeric', minute: '2-digit'} : {dateStyle: 'medium', timeStyle: 'short'}
    );
    timeFormats.set(key, format);
  }
  return format.format(at);
}

/**
 * One chat message in `<pex-chat>`: sender, time, private label, text with links, and previews.
 * The text is only ever rendered as text nodes and `http(s)` links, never as HTML. Consecutive
 * messages of one sender are grouped: a grouped entry shows no header (screen readers still hear
 * the sender and time).
 *
 * @internal
 * @tagname pex-chat-entry
 */
export class PexChatEntry extends LitElement {
  static override styles = [
    hostStyles,
    css`
      :host {
        display: block;
        inline-size: 100%;
        padding: 0 calc(var(--_pex-space) * 1.5);
      }
      .message {
        display: grid;
        gap: 0.15rem;
        inline-size: fit-content;
        max-inline-size: min(100%, 36rem);
        min-inline-size: 0;
        margin-block-start: var(--_pex-space);
        padding: calc(var(--_pex-space) * 0.75) calc(var(--_pex-space) * 1.25);
        border: 1px solid transparent;
        border-radius: var(--_pex-radius);
        background: var(--_pex-chat-other);
      }
      .grouped {
        margin-block-start: 0.2rem;
      }
      .own {
        margin-inline-start: auto;
        background: var(--_pex-chat-own);
      }
      .private {
        border-color: var(--_pex-chat-private);
        border-style: dashed;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 var(--_pex-space);
        min-inline-size: 0;
        font-size: 0.8rem;
      }
      .sender {
        overflow: hidden;
        max-inline-size: 100%;
        font-weight: 600;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .private-label {
        color: var(--_pex-chat-private);
        font-weight: 600;
      }
      time {
        color: var(--_pex-text-muted);
      }
      .text {
        min-inline-size: 0;
        overflow-wrap: anywhere;
        /* Keeps the text's own line breaks: the template puts no whitespace around the text. */
        white-space: pre-wrap;
      }
      a {
        color: var(--_pex-chat-link);
      }
      .preview-link {
        display: block;
      }
      .show-more,
      .preview-button {
        justify-self: start;
        padding: 0.2rem 0.5rem;
        border: 1px solid currentColor;
        border-radius: calc(var(--_pex-radius) * 0.75);
        background: transparent;
        color: var(--_pex-chat-link);
        font: inherit;
        font-size: 0.85rem;
        cursor: pointer;
      }
      .preview {
        display: block;
        inline-size: 20rem;
        max-inline-size: 100%;
        block-size: var(--_pex-chat-preview-height);
        margin-block-start: calc(var(--_pex-space) * 0.5);
        border-radius: calc(var(--_pex-radius) * 0.75);
        background: var(--_pex-stage);
        object-fit: contain;
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, chat);

  /** The message shown. */
  @property({attribute: false}) accessor message: ChatMessage | undefined;

  /** Follows a message of the same sender and conversation: no header. */
  @property({attribute: false}) accessor grouped = false;

  /** Who sent it, as shown ("You" for your own). */
  @property({attribute: false}) accessor sender = '';

  /** For a private message: "Private to …"; empty for a message to everyone. */
  @property({attribute: false}) accessor privateLabel = '';

  /** Which links get a preview. */
  @property({attribute: false}) accessor previews: PreviewPolicy = {enabled: true, hosts: []};

  /** The reader asked for the whole of a long message. */
  @state() private accessor expanded = false;
  /** Links whose preview from a host not allowed the reader asked to load. */
  @state() private accessor revealed: ReadonlySet<string> = new Set();

  override render(): TemplateResult | typeof nothing {
    const message = this.message;
    if (!message) return nothing;
    const time = formatTime(message.at, this.#localize.lang);
    const all = splitLinks(message.text);
    const {pieces, cut} = this.expanded ? {pieces: all, cut: false} : piecesWithin(all, MAX_SHOWN_CHARACTERS);
    const parts = ['message', message.fromSelf ? 'message-own' : '', this.privateLabel ? 'message-private' : '']
      .filter(Boolean)
      .join(' ');
    const classes = [
      'message',
      message.fromSelf ? 'own' : '',
      this.privateLabel ? 'private' : '',
      this.grouped ? 'grouped' : '',
    ].join(' ');
    return html`
      <div part=${parts} class=${classes}>
        ${
          this.grouped
            ? html`<span class="visually-hidden">${this.#localize.t('chat.sender-at', {name: this.sender, time})}</span>`
            : html`<div class="meta">
                <bdi part="sender" class="sender">${this.sender}</bdi>
                ${this.privateLabel ? html`<span part="private-label" class="private-label">${this.privateLabel}</span>` : nothing}
                <time part="time" datetime=${new Date(message.at).toISOString()}>${time}</time>
              </div>`
        }
        ${this.#renderText(pieces)}
        ${cut ? html`<button part="show-more" class="show-more" type="button" @click=${() => (this.expanded = true)}>${this.#localize.t('chat.show-more')}</button>` : nothing}
        ${this.#renderPreviews(pieces.flatMap((piece) => (piece.kind === 'link' ? [piece.url] : [])))}
      </div>
    `;
  }

  /** No whitespace around the pieces: the text keeps its own (`white-space: pre-wrap`). */
  #renderText(pieces: readonly TextPiece[]): TemplateResult {
    const content = pieces.map((piece) => (piece.kind === 'text' ? piece.text : this.#renderLink(piece.url, piece.text)));
    return html`<div part="text" class="text" dir="auto">${content}</div>`;
  }

  /** Opens in a new tab, without access to this page and without a referrer. */
  #renderLink(url: URL, text: string): TemplateResult {
    return html`<a part="link" href=${url.href} target="_blank" rel="noopener noreferrer nofollow">${text}</a>`;
  }

  #renderPreviews(urls: readonly URL[]): TemplateResult[] | typeof nothing {
    const {enabled, hosts} = this.previews;
    if (!enabled) return nothing;
    return urls
      .flatMap((url) => {
        const kind = previewKind(url);
        return kind ? [{url, kind}] : [];
      })
      .slice(0, MAX_PREVIEWS)
      .map(({url, kind}) =>
        isPreviewAllowed(url, hosts, location.origin) || this.revealed.has(url.href)
          ? this.#renderPreview(url, kind)
          : this.#renderPreviewButton(url)
      );
  }

  /** A preview from a host the page did not allow loads only when the reader asks for it. */
  #renderPreviewButton(url: URL): TemplateResult {
    const reveal = () => (this.revealed = new Set([...this.revealed, url.href]));
    return html`<button part="preview-button" class="preview-button" type="button" @click=${reveal}>
      ${this.#localize.t('chat.show-preview', {host: url.hostname})}
    </button>`;
  }

  /** Lazily loaded, fixed in size (so that a large or slow image cannot move the list), never sending a referrer. */
  #renderPreview(url: URL, kind: PreviewKind): TemplateResult {
    const label = this.#localize.t(kind === 'image' ? 'chat.preview-image' : 'chat.preview-video', {host: url.hostname});
    const hideBroken = (event: Event) => ((event.target as HTMLElement).hidden = true);
    return kind === 'image'
      ? html`<a
          class="preview-link"
          href=${url.href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          tabindex="-1"
          aria-hidden="true"
          ><img
            part="preview preview-image"
            class="preview"
            src=${url.href}
            alt=${label}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            @error=${hideBroken}
        /></a>`
      : html`<video
          part="preview preview-video"
          class="preview"
          src=${url.href}
          aria-label=${label}
          controls
          preload="none"
          playsinline
          @error=${hideBroken}
        ></video>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-chat-entry': PexChatEntry;
  }
}
