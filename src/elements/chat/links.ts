/**
 * Finding links in chat text without ever treating the text as HTML: the text is split into
 * plain pieces and `http(s)` links, and the view renders each piece as a text node or an `<a>`.
 */

export type TextPiece =
  {readonly kind: 'text'; readonly text: string} | {readonly kind: 'link'; readonly text: string; readonly url: URL};

export type PreviewKind = 'image' | 'video';

/** Candidates only: `http://` or `https://` up to whitespace or a character no URL has raw. */
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`\\]+/giu;
/** Sentence punctuation after a link belongs to the sentence (single UTF-16 units, all of them). */
const TRAILING_PUNCTUATION: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', "'", '"', ')', ']', '}', '»', '”', '’']);
const IMAGE_PATH = /\.(?:png|jpe?g|gif|webp|avif|bmp|svg)$/iu;
const VIDEO_PATH = /\.(?:mp4|webm|ogv|m4v|mov)$/iu;

/**
 * Drops trailing punctuation, except a `)` that closes a `(` inside the link (Wikipedia style).
 * One pass to count the brackets and one back from the end: linear, however many `)` a hostile
 * message ends with.
 */
function trimTrailing(candidate: string): string {
  let open = 0;
  let close = 0;
  for (const char of candidate) {
    if (char === '(') open += 1;
    else if (char === ')') close += 1;
  }
  let end = candidate.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(candidate[end - 1])) {
    if (candidate[end - 1] === ')') {
      if (open >= close) break;
      close -= 1;
    }
    end -= 1;
  }
  return candidate.slice(0, end);
}

/** The URL if `text` is a valid absolute `http:` or `https:` URL with a host. */
export function parseWebUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Splits message text into plain text and web links, in order; joined, the pieces are the text. */
export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let end = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const linkText = trimTrailing(match[0]);
    const url = parseWebUrl(linkText);
    if (!url) continue;
    if (match.index > end) pieces.push({kind: 'text', text: text.slice(end, match.index)});
    pieces.push({kind: 'link', text: linkText, url});
    end = match.index + linkText.length;
  }
  if (end < text.length) pieces.push({kind: 'text', text: text.slice(end)});
  return pieces;
}

/** Whether a link points at an image or a video file, judged by the extension of its path. */
export function previewKind(url: URL): PreviewKind | undefined {
  if (IMAGE_PATH.test(url.pathname)) return 'image';
  if (VIDEO_PATH.test(url.pathname)) return 'video';
  return undefined;
}

/**
 * Parses an allow-list of hosts, separated by spaces or commas: `example.com` allows exactly that
 * host, `*.example.com` also allows its subdomains, and `*` alone allows every host.
 */
export function parseHostList(list: string): readonly string[] {
  return list
    .split(/[\s,]+/u)
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Whether a preview of `url` may load without asking: only from the page's own origin and from
 * the allowed hosts. Loading an image is a request to its host, which learns who read the chat
 * and when, and which may sit in the reader's intranet; any other host waits for a click.
 */
export function isPreviewAllowed(url: URL, allowed: readonly string[], pageOrigin: string): boolean {
  if (url.origin === pageOrigin) return true;
  const host = url.hostname.toLowerCase();
  return allowed.some((entry) => {
    if (entry === '*') return true;
    if (!entry.startsWith('*.')) return host === entry;
    const domain = entry.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  });
}

/**
 * The pieces that fit in `max` characters; the piece across the limit is cut there and, if it was
 * a link, shown as text (a cut link would lead elsewhere). `cut` is set when something was left out.
 */
export function piecesWithin(pieces: readonly TextPiece[], max: number): {pieces: TextPiece[]; cut: boolean} {
  const shown: TextPiece[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (length + piece.text.length <= max) {
      shown.push(piece);
      length += piece.text.length;
      continue;
    }
    if (length < max) shown.push({kind: 'text', text: piece.text.slice(0, max - length)});
    return {pieces: shown, cut: true};
  }
  return {pieces: shown, cut: false};
}
