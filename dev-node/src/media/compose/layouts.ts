/**
 * Pexip Infinity's layout names (`transform_layout`, `available_layouts`) and where each puts
 * its tiles on the picture. The first tile is the main speaker's. Geometry follows Pexip's
 * pictures of these layouts closely enough to recognise them; it is not pixel-exact.
 */
import type {LayoutName} from '../../conference/layouts.js';

export {DEFAULT_LAYOUT, isLayoutName, LAYOUT_NAMES, type LayoutName} from '../../conference/layouts.js';

/** A tile in pixels; x, y, width and height are even, so the I420 chroma planes line up. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A tile in fractions of the picture (0–1). */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** `columns × rows` equal cells over an area, row by row. */
function grid(columns: number, rows: number, area: Box = {x: 0, y: 0, w: 1, h: 1}): Box[] {
  const boxes: Box[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      boxes.push({
        x: area.x + (column * area.w) / columns,
        y: area.y + (row * area.h) / rows,
        w: area.w / columns,
        h: area.h / rows,
      });
    }
  }
  return boxes;
}

/** A main tile of `size` (fraction of both sides) centred at the top, and `rows` rows of seven small tiles under it. */
function mainWithRows(size: number, rows: number, mains = 1): Box[] {
  const small = grid(7, rows, {x: 0, y: 1 - rows / 7, w: 1, h: rows / 7});
  if (mains === 1) return [{x: (1 - size) / 2, y: 0, w: size, h: size}, ...small];
  const half = 1 / 2;
  const top = (1 - rows / 7 - half) / 2;
  return [{x: 0, y: top, w: half, h: half}, {x: half, y: top, w: half, h: half}, ...small];
}

/** Main tile top centre (half size), eight small tiles down each side and four rows of eight below. */
function oneAndThirtyThree(): Box[] {
  const left = grid(2, 4, {x: 0, y: 0, w: 1 / 4, h: 1 / 2});
  const right = grid(2, 4, {x: 3 / 4, y: 0, w: 1 / 4, h: 1 / 2});
  return [{x: 1 / 4, y: 0, w: 1 / 2, h: 1 / 2}, ...left, ...right, ...grid(8, 4, {x: 0, y: 1 / 2, w: 1, h: 1 / 2})].slice(0, 34);
}

/** Adaptive Composition: the picture is shared out by how many are shown, the speaker largest. */
function adaptive(count: number): Box[] {
  if (count <= 1) return [{x: 0, y: 0, w: 1, h: 1}];
  if (count === 2) return grid(2, 1);
  if (count === 3) return [{x: 0, y: 0, w: 1 / 2, h: 1}, ...grid(1, 2, {x: 1 / 2, y: 0, w: 1 / 2, h: 1})];
  if (count === 4) return grid(2, 2);
  if (count <= 6) {
    // The speaker over four cells of a 3×3 grid; the others in its right column and bottom row.
    const others = grid(3, 3).filter((_, index) => [2, 5, 6, 7, 8].includes(index));
    return [{x: 0, y: 0, w: 2 / 3, h: 2 / 3}, ...others];
  }
  return mainWithRows(6 / 7, 1);
}

function boxes(layout: LayoutName, count: number): Box[] {
  switch (layout) {
    case '1:0':
      return [{x: 0, y: 0, w: 1, h: 1}];
    case '1:7':
      return mainWithRows(6 / 7, 1);
    case '1:21':
      return mainWithRows(4 / 7, 3);
    case '2:21':
      return mainWithRows(4 / 7, 3, 2);
    case '1:33':
      return oneAndThirtyThree();
    case '4:0':
      return grid(2, 2);
    case '9:0':
      return grid(3, 3);
    case '16:0':
      return grid(4, 4);
    case '25:0':
      return grid(5, 5);
    case 'ac':
    case 'ac_presentation_in_mix':
      return adaptive(count);
  }
}

/** How many participants a layout shows at most (adaptive: as many as 1:7). */
export function layoutCapacity(layout: LayoutName): number {
  return boxes(layout, Number.MAX_SAFE_INTEGER).length;
}

const even = (value: number): number => 2 * Math.round(value / 2);

/**
 * The tiles of `layout` for `count` participants on a `width × height` picture, main speaker
 * first; at most the layout's capacity. Edges are rounded to even pixels, so neighbours meet.
 */
export function layoutTiles(layout: LayoutName, count: number, width: number, height: number): Rect[] {
  return boxes(layout, count)
    .slice(0, Math.max(0, count))
    .map((box) => {
      const x = even(box.x * width);
      const y = even(box.y * height);
      return {x, y, width: even((box.x + box.w) * width) - x, height: even((box.y + box.h) * height) - y};
    });
}
