import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {chat} from '../../i18n/en/chat.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {ChatMessage} from '../../session/types.js';
import {hostStyles} from '../../styles/host.styles.js';
import {isHostAllowed, previewKind, splitLinks, type PreviewKind} from './links.js';

/** Which links get an inline image or video preview. */
export interface PreviewPolicy {
  readonly enabled: boolean;
  /** Allowed hosts (see `parseHostList`); empty: any host. */
  readonly hosts: readonly string[];
}

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

  override render(): TemplateResult | typeof nothing {
    const message = this.message;
    if (!message) return nothing;
    const time = formatTime(message.at, this.#localize.lang);
    const pieces = splitLinks(message.text);
    // Inline, with no whitespace around it: the text keeps its own line breaks (pre-wrap).
    const text = pieces.map((piece) => (piece.kind === 'text' ? piece.text : this.#renderLink(piece.url, piece.text)));
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
        <div part="text" class="text" dir="auto">${text}</div>
        ${this.#renderPreviews(pieces.flatMap((piece) => (piece.kind === 'link' ? [piece.url] : [])))}
      </div>
    `;
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
        return kind && isHostAllowed(url, hosts) ? [{url, kind}] : [];
      })
      .slice(0, MAX_PREVIEWS)
      .map(({url, kind}) => this.#renderPreview(url, kind));
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
