import type {TranscriptLine} from '../../session/types.js';

/** A time of day as `HH:MM:SS`, in the reader's time zone. */
export function clockTime(at: number): string {
  const time = new Date(at);
  return [time.getHours(), time.getMinutes(), time.getSeconds()].map((part) => String(part).padStart(2, '0')).join(':');
}

/** The transcript as plain text: one line per caption, `HH:MM:SS Speaker: text`. */
export function transcriptText(lines: readonly TranscriptLine[]): string {
  return lines
    .map(({at, speakers, text}) => `${clockTime(at)} ${speakers.length ? `${speakers.join(', ')}: ` : ''}${text}`)
    .join('\n')
    .concat(lines.length ? '\n' : '');
}

/** A file name for the saved transcript: `transcript-<room>-<YYYY-MM-DD>.txt`, safe on every system. */
export function transcriptFileName(room: string, at: number): string {
  const date = new Date(at);
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  const safeRoom = room.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '') || 'meeting';
  return `transcript-${safeRoom}-${day}.txt`;
}
