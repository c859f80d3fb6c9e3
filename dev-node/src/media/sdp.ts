/** What an m-line carries, from `a=content` (Pexip puts `main` or `slides` on audio/video m-lines). */
export type MediaRole = 'audio' | 'main' | 'slides';
export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface MediaSection {
  readonly kind: string;
  readonly mid: string | undefined;
  readonly content: string | undefined;
  readonly direction: Direction;
  /** Port 0 without `a=bundle-only` (Firefox offers port 0 with it on every bundled m-line but the first). */
  readonly rejected: boolean;
}

const DIRECTIONS: readonly Direction[] = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];

/** The m-sections of an SDP, in order, with their mid, content and direction. */
export function mediaSections(sdp: string): MediaSection[] {
  const sections: MediaSection[] = [];
  for (const block of sdp.split(/\r?\n(?=m=)/).slice(1)) {
    const lines = block.split(/\r?\n/);
    const [, kind = '', port = '0'] = /^m=(\S+) (\d+)/.exec(lines[0] ?? '') ?? [];
    const attribute = (name: string): string | undefined =>
      lines
        .find((line) => line.startsWith(`a=${name}:`))
        ?.slice(name.length + 3)
        .trim();
    const direction = DIRECTIONS.find((value) => lines.includes(`a=${value}`)) ?? 'sendrecv';
    const rejected = Number(port) === 0 && !lines.includes('a=bundle-only');
    sections.push({kind, mid: attribute('mid'), content: attribute('content'), direction, rejected});
  }
  return sections;
}

/** An audio m-line is `audio`; a video m-line is `slides` if it says so, otherwise `main`. */
export function roleOf(section: Pick<MediaSection, 'kind' | 'content'>): MediaRole | undefined {
  if (section.kind === 'audio') return 'audio';
  if (section.kind === 'video') return section.content === 'slides' ? 'slides' : 'main';
  return undefined;
}

/**
 * Firefox offers every bundled m-line but the first with port 0 and `a=bundle-only` (RFC 8843).
 * werift reads port 0 as "no media" and never reports the track the browser sends there, so
 * those m-lines get port 9, as Chromium offers them.
 */
export function unbundleOnlyPorts(offer: string): string {
  return offer
    .split(/(?=\r?\nm=)/)
    .map((section) => (/\r?\na=bundle-only\r?$/m.test(section) ? section.replace(/^(\r?\nm=\S+) 0 /, '$1 9 ') : section))
    .join('');
}

/**
 * Repairs werift's answer (werift-relay.md): inactive m-lines are answered with port 0, which
 * the browser reads as "rejected", so they get port 9; and werift drops `a=content`, so the
 * offer's value is written back after each `a=mid`.
 */
export function repairAnswer(answer: string, offer: string): string {
  const contentByMid = new Map<string, string>();
  for (const section of mediaSections(offer)) {
    if (section.mid !== undefined && section.content !== undefined) contentByMid.set(section.mid, section.content);
  }
  const eol = answer.includes('\r\n') ? '\r\n' : '\n';
  return answer
    .split(/\r?\n/)
    .flatMap((line) => {
      if (/^m=\S+ 0 /.test(line)) return [line.replace(/^m=(\S+) 0 /, 'm=$1 9 ')];
      const mid = /^a=mid:(\S+)/.exec(line)?.[1];
      const content = mid === undefined ? undefined : contentByMid.get(mid);
      return content === undefined ? [line] : [line, `a=content:${content}`];
    })
    .join(eol);
}
