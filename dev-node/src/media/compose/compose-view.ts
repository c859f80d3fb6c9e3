import type {ComposedPeer} from './composed-peer.js';
import {initials, textMask} from './labels.js';
import {type LayoutName, layoutTiles, type Rect} from './layouts.js';
import {BLACK, Picture, type Yuv} from './picture.js';
import type {I420Frame} from './wrtc.js';

/** Placeholder tile: a dark slate blue, with the initials in a light grey. */
const PLACEHOLDER: Yuv = {y: 52, u: 140, v: 122};
const INITIALS: Yuv = {y: 200, u: 128, v: 128};
const WHITE: Yuv = {y: 235, u: 128, v: 128};

/** Who is shown in a tile, as the composing engine needs them. */
export interface TileSubject {
  readonly uuid: string;
  readonly peer: Pick<ComposedPeer, 'camera'>;
  displayName(): string;
  isVideoMuted(): boolean;
}

/**
 * Camera pictures scaled to tile sizes, kept while their frame is the latest: one speaker's
 * small tile appears in everyone else's picture, and is scaled once per frame for all of them.
 */
export class TileCache {
  private entries = new Map<string, {frame: I420Frame; picture: Picture; used: boolean}>();

  /** `frame` scaled to cover `width × height`. */
  scaled(uuid: string, frame: I420Frame, width: number, height: number): Picture {
    const key = `${uuid}:${width}x${height}`;
    const entry = this.entries.get(key);
    if (entry?.frame === frame) {
      entry.used = true;
      return entry.picture;
    }
    const picture = entry?.picture ?? new Picture(width, height);
    picture.drawCover({x: 0, y: 0, width, height}, frame);
    this.entries.set(key, {frame, picture, used: true});
    return picture;
  }

  /** Forgets the sizes nobody used since the previous sweep (a layout changed, someone left). */
  sweep(): void {
    for (const [key, entry] of this.entries) {
      if (entry.used) entry.used = false;
      else this.entries.delete(key);
    }
  }
}

/** What one tile of a composed picture showed (reported in /dev/state, checked by tests). */
export interface Tile extends Rect {
  readonly uuid: string;
  readonly content: 'camera' | 'placeholder';
}

/**
 * The size of the picture sent to a participant, by the call's bandwidth (`bw`, kbps; libwebrtc
 * also caps its bitrate by it, from the offer's `b=AS`): small calls get fewer pixels to spend
 * their bits on, as a Conferencing Node would send them.
 */
export function pictureSize(bandwidthKbps: number | undefined): [number, number] {
  if (bandwidthKbps !== undefined && bandwidthKbps < 256) return [320, 180];
  if (bandwidthKbps !== undefined && bandwidthKbps < 512) return [480, 270];
  return [640, 360];
}

function drawName(picture: Picture, tile: Rect, name: string): void {
  const band = Math.max(12, Math.min(28, 2 * Math.round(tile.height / 14)));
  const mask = textMask(name, band, tile.width - band);
  const y = tile.y + tile.height - band;
  picture.shade({x: tile.x, y, width: Math.min(tile.width, 2 * Math.ceil((mask.width + band) / 2)), height: band});
  picture.drawMask(mask, tile.x + band / 2, y, WHITE);
}

function drawPlaceholder(picture: Picture, tile: Rect, name: string): void {
  picture.fill(tile, PLACEHOLDER);
  const size = 2 * Math.round(Math.min(tile.height / 2.5, tile.width / 3) / 2);
  const mask = textMask(initials(name), size, tile.width);
  picture.drawMask(
    mask,
    tile.x + Math.round((tile.width - mask.width) / 2),
    tile.y + Math.round((tile.height - size) / 2),
    INITIALS
  );
}

/**
 * Composes one participant's picture: `subjects` (most recent speaker first) in the layout's
 * tiles, each with their camera picture or a placeholder with initials, and their name. `alone`:
 * the only subject is the viewer, whose own picture fills the frame without a name (a self view).
 */
export function composeView(
  picture: Picture,
  layout: LayoutName,
  subjects: readonly TileSubject[],
  alone: boolean,
  cache: TileCache
): Tile[] {
  const rects = alone
    ? [{x: 0, y: 0, width: picture.width, height: picture.height}]
    : layoutTiles(layout, subjects.length, picture.width, picture.height);
  picture.fill({x: 0, y: 0, width: picture.width, height: picture.height}, BLACK);
  const tiles: Tile[] = [];
  for (const [index, rect] of rects.entries()) {
    const subject = subjects[index];
    if (subject === undefined) break;
    const camera = subject.peer.camera;
    const latest = camera?.isLive === true ? camera.latest : undefined;
    const live = latest !== undefined && !subject.isVideoMuted();
    if (live) picture.blit(rect, cache.scaled(subject.uuid, latest, rect.width, rect.height));
    else drawPlaceholder(picture, rect, subject.displayName());
    if (!alone) drawName(picture, rect, subject.displayName());
    tiles.push({...rect, uuid: subject.uuid, content: live ? 'camera' : 'placeholder'});
  }
  return tiles;
}
