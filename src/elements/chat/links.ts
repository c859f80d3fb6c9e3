/**
 * Finding links in chat text without ever treating the text as HTML: the text is split into
 * plain pieces and `http(s)` links, and the view renders each piece as a text node or an `<a>`.
 */

export type TextPiece =
  {readonly kind: 'text'; readonly text: string} | {readonly kind: 'link'; readonly text: string; readonly url: URL};

export type PreviewKind = 'image' | 'video';

/** Candidates only: `http://` or `https://` up to whitespace or a character no URL has raw. */
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`\\]+/giu;
/** Sentence punctuation after a link belongs to the sentence. */
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}»”’]$/u;
const IMAGE_PATH = /\.(?:png|jpe?g|gif|webp|avif|bmp|svg)$/iu;
const VIDEO_PATH = /\.(?:mp4|webm|ogv|m4v|mov)$/iu;

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Drops trailing punctuation, except a `)` that closes a `(` inside the link (Wikipedia style). */
function trimTrailing(candidate: string): string {
  let link = candidate;
  while (TRAILING_PUNCTUATION.test(link)) {
    if (link.endsWith(')') && count(link, '(') >= count(link, ')')) break;
    link = link.slice(0, -1);
  }
  return link;
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
 * host, `*.example.com` also allows its subdomains.
 */
export function parseHostList(list: string): readonly string[] {
  return list
    .split(/[\s,]+/u)
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether `url` is on an allowed host; an empty list allows every host. */
export function isHostAllowed(url: URL, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  const host = url.hostname.toLowerCase();
  return allowed.some((entry) => {
    if (!entry.startsWith('*.')) return host === entry;
    const domain = entry.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  });
}
