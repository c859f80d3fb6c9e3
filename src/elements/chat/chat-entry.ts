import {css, html, nothing, type TemplateResult} from 'lit';
import type {StringKey} from '../../i18n/en.js';
import type {StringParams} from '../../i18n/registry.js';
import type {ChatMessage} from '../../session/types.js';
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

/** What an entry needs from `<pex-chat>`: its strings, and the reader's choices kept there. */
export interface ChatEntryView {
  t(key: StringKey, params?: StringParams): string;
  readonly lang: string;
  readonly previews: PreviewPolicy;
  /** The reader asked for the whole of this long message. */
  readonly expanded: boolean;
  /** Links of this message whose preview, from a host not allowed, the reader asked to load. */
  readonly revealed: ReadonlySet<string>;
  expand(): void;
  reveal(href: string): void;
}

/** How one message is shown in the list. */
export interface ChatEntryLook {
  /** Follows a message of the same sender and conversation: no header. */
  readonly grouped: boolean;
  /** Who sent it, as shown ("You" for your own). */
  readonly sender: string;
  /** For a private message: "Private to …"; empty for a message to everyone. */
  readonly privateLabel: string;
}

/**
 * The styles of the entries in `<pex-chat>`'s shadow root. Entries are templates there, not
 * elements of their own: a shadow root per message made each new message cost more than the
 * target of 1.5 ms of main-thread work with 10 000 messages.
 */
export const chatEntryStyles = css`
  .entry {
    display: block;
    inline-size: 100%;
    padding: 0 calc(var(--_pex-space) * 1.5);
  }
  .bubble {
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
  .bubble.grouped {
    margin-block-start: 0.2rem;
  }
  .bubble.own {
    margin-inline-start: auto;
    background: var(--_pex-chat-own);
  }
  .bubble.private {
    border-color: var(--_pex-chat-private);
    border-style: dashed;
  }
  .bubble .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_pex-space);
    min-inline-size: 0;
    font-size: 0.8rem;
  }
  .bubble .sender {
    overflow: hidden;
    max-inline-size: 100%;
    font-weight: 600;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .bubble .private-label {
    color: var(--_pex-chat-private);
    font-weight: 600;
  }
  .bubble time {
    color: var(--_pex-text-muted);
  }
  .bubble .text {
    min-inline-size: 0;
    overflow-wrap: anywhere;
    /* Keeps the text's own line breaks: the template puts no whitespace around the text. */
    white-space: pre-wrap;
  }
  .bubble a {
    color: var(--_pex-chat-link);
  }
  .bubble .preview-link {
    display: block;
  }
  .bubble .show-more,
  .bubble .preview-button {
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
  .bubble .preview {
    display: block;
    inline-size: 20rem;
    max-inline-size: 100%;
    block-size: var(--_pex-chat-preview-height);
    margin-block-start: calc(var(--_pex-space) * 0.5);
    border-radius: calc(var(--_pex-radius) * 0.75);
    background: var(--_pex-stage);
    object-fit: contain;
  }
`;

/**
 * One chat message in `<pex-chat>`: sender, time, private label, text with links, and previews.
 * The text is only ever rendered as text nodes and `http(s)` links, never as HTML. Consecutive
 * messages of one sender are grouped: a grouped entry shows no header (screen readers still hear
 * the sender and time).
 */
export function renderChatEntry(message: ChatMessage, look: ChatEntryLook, view: ChatEntryView): TemplateResult {
  const time = formatTime(message.at, view.lang);
  const all = splitLinks(message.text);
  const {pieces, cut} = view.expanded ? {pieces: all, cut: false} : piecesWithin(all, MAX_SHOWN_CHARACTERS);
  const parts = ['message', message.fromSelf ? 'message-own' : '', look.privateLabel ? 'message-private' : '']
    .filter(Boolean)
    .join(' ');
  const classes = [
    'bubble',
    message.fromSelf ? 'own' : '',
    look.privateLabel ? 'private' : '',
    look.grouped ? 'grouped' : '',
  ].join(' ');
  return html`<div class="entry" role="listitem" data-message-id=${message.id}>
    <div part=${parts} class=${classes}>
      ${
        look.grouped
          ? html`<span class="visually-hidden">${view.t('chat.sender-at', {name: look.sender, time})}</span>`
          : html`<div class="meta">
              <bdi part="sender" class="sender">${look.sender}</bdi>
              ${look.privateLabel ? html`<span part="private-label" class="private-label">${look.privateLabel}</span>` : nothing}
              <time part="time" datetime=${new Date(message.at).toISOString()}>${time}</time>
            </div>`
      }
      ${renderText(pieces)}
      ${cut ? html`<button part="show-more" class="show-more" type="button" @click=${() => view.expand()}>${view.t('chat.show-more')}</button>` : nothing}
      ${renderPreviews(
        pieces.flatMap((piece) => (piece.kind === 'link' ? [piece.url] : [])),
        view
      )}
    </div>
  </div>`;
}

/** No whitespace around the pieces: the text keeps its own (`white-space: pre-wrap`). */
function renderText(pieces: readonly TextPiece[]): TemplateResult {
  const content = pieces.map((piece) => (piece.kind === 'text' ? piece.text : renderLink(piece.url, piece.text)));
  return html`<div part="text" class="text" dir="auto">${content}</div>`;
}

/** Opens in a new tab, without access to this page and without a referrer. */
function renderLink(url: URL, text: string): TemplateResult {
  return html`<a part="link" href=${url.href} target="_blank" rel="noopener noreferrer nofollow">${text}</a>`;
}

function renderPreviews(urls: readonly URL[], view: ChatEntryView): TemplateResult[] | typeof nothing {
  const {enabled, hosts} = view.previews;
  if (!enabled) return nothing;
  return urls
    .flatMap((url) => {
      const kind = previewKind(url);
      return kind ? [{url, kind}] : [];
    })
    .slice(0, MAX_PREVIEWS)
    .map(({url, kind}) =>
      isPreviewAllowed(url, hosts, location.origin) || view.revealed.has(url.href)
        ? renderPreview(url, kind, view)
        : renderPreviewButton(url, view)
    );
}

/** A preview from a host the page did not allow loads only when the reader asks for it. */
function renderPreviewButton(url: URL, view: ChatEntryView): TemplateResult {
  return html`<button part="preview-button" class="preview-button" type="button" @click=${() => view.reveal(url.href)}>
    ${view.t('chat.show-preview', {host: url.hostname})}
  </button>`;
}

/** Lazily loaded, fixed in size (so that a large or slow image cannot move the list), never sending a referrer. */
function renderPreview(url: URL, kind: PreviewKind, view: ChatEntryView): TemplateResult {
  const label = view.t(kind === 'image' ? 'chat.preview-image' : 'chat.preview-video', {host: url.hostname});
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
