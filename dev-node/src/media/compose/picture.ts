import type {Rect} from './layouts.js';
import type {I420Frame} from './wrtc.js';

/** A colour in video range YUV (BT.601), as I420 planes store it. */
export interface Yuv {
  readonly y: number;
  readonly u: number;
  readonly v: number;
}

export const BLACK: Yuv = {y: 16, u: 128, v: 128};

/** An 8-bit coverage mask (a rendered label): 0 transparent … 255 opaque. */
export interface Mask {
  readonly width: number;
  readonly height: number;
  readonly alpha: Uint8Array;
}

/** A writable I420 picture with its plane offsets. */
export class Picture implements I420Frame {
  readonly data: Uint8Array;
  private readonly uOffset: number;
  private readonly vOffset: number;

  constructor(
    readonly width: number,
    readonly height: number
  ) {
    this.uOffset = width * height;
    this.vOffset = this.uOffset + (width / 2) * (height / 2);
    this.data = new Uint8Array(this.vOffset + (width / 2) * (height / 2));
  }

  fill(rect: Rect, colour: Yuv): void {
    const {x, y, width, height} = clip(rect, this);
    for (let row = y; row < y + height; row++) this.data.fill(colour.y, row * this.width + x, row * this.width + x + width);
    const half = this.width / 2;
    for (let row = y / 2; row < (y + height) / 2; row++) {
      const start = row * half + x / 2;
      this.data.fill(colour.u, this.uOffset + start, this.uOffset + start + width / 2);
      this.data.fill(colour.v, this.vOffset + start, this.vOffset + start + width / 2);
    }
  }

  /**
   * Draws `source` into `rect`, scaled to cover it (cropped to the tile's shape, centred), by
   * nearest neighbour: the cheapest scaling that keeps a camera picture recognisable.
   */
  drawCover(rect: Rect, source: I420Frame): void {
    const scale = Math.max(rect.width / source.width, rect.height / source.height);
    const cropWidth = rect.width / scale;
    const cropHeight = rect.height / scale;
    const left = (source.width - cropWidth) / 2;
    const top = (source.height - cropHeight) / 2;
    const target = clip(rect, this);
    this.scalePlane(source.data, 0, source.width, target, 1, left, top, 1 / scale);
    // Odd sizes round the chroma planes up (libwebrtc's I420 layout).
    const chromaWidth = (source.width + 1) >> 1;
    const sourceU = source.width * source.height;
    const sourceV = sourceU + chromaWidth * ((source.height + 1) >> 1);
    this.scalePlane(source.data, sourceU, chromaWidth, target, 2, left / 2, top / 2, 1 / scale, this.uOffset);
    this.scalePlane(source.data, sourceV, chromaWidth, target, 2, left / 2, top / 2, 1 / scale, this.vOffset);
  }

  /** Copies a picture of exactly the rect's size into it, row by row. */
  blit(rect: Rect, source: Picture): void {
    for (let row = 0; row < rect.height; row++) {
      const from = row * source.width;
      this.data.set(source.data.subarray(from, from + rect.width), (rect.y + row) * this.width + rect.x);
    }
    const half = this.width / 2;
    const sourceHalf = source.width / 2;
    const sourceU = source.width * source.height;
    const sourceV = sourceU + sourceHalf * (source.height / 2);
    for (let row = 0; row < rect.height / 2; row++) {
      const target = (rect.y / 2 + row) * half + rect.x / 2;
      const from = row * sourceHalf;
      this.data.set(source.data.subarray(sourceU + from, sourceU + from + rect.width / 2), this.uOffset + target);
      this.data.set(source.data.subarray(sourceV + from, sourceV + from + rect.width / 2), this.vOffset + target);
    }
  }

  /** Blends a mask in `colour` at (x, y): label text over the picture. */
  drawMask(mask: Mask, x: number, y: number, colour: Yuv): void {
    const x0 = Math.max(0, x);
    const y0 = Math.max(0, y);
    const x1 = Math.min(this.width, x + mask.width);
    const y1 = Math.min(this.height, y + mask.height);
    for (let row = y0; row < y1; row++) {
      const maskRow = (row - y) * mask.width - x;
      const line = row * this.width;
      for (let column = x0; column < x1; column++) {
        const alpha = mask.alpha[maskRow + column] ?? 0;
        if (alpha === 0) continue;
        const index = line + column;
        this.data[index] = ((this.data[index] ?? 0) * (255 - alpha) + colour.y * alpha + 127) / 255;
      }
    }
    const half = this.width / 2;
    for (let row = y0 >> 1; row < y1 >> 1; row++) {
      for (let column = x0 >> 1; column < x1 >> 1; column++) {
        const alpha = mask.alpha[(2 * row - y) * mask.width + 2 * column - x] ?? 0;
        if (alpha === 0) continue;
        const index = row * half + column;
        const u = this.uOffset + index;
        const v = this.vOffset + index;
        this.data[u] = ((this.data[u] ?? 0) * (255 - alpha) + colour.u * alpha + 127) / 255;
        this.data[v] = ((this.data[v] ?? 0) * (255 - alpha) + colour.v * alpha + 127) / 255;
      }
    }
  }

  /** Darkens and desaturates a rectangle (the band under a name), so white text reads on any picture. */
  shade(rect: Rect): void {
    const {x, y, width, height} = clip(rect, this);
    for (let row = y; row < y + height; row++) {
      for (let index = row * this.width + x, end = index + width; index < end; index++) {
        this.data[index] = 16 + (((this.data[index] ?? 0) - 16) >> 1);
      }
    }
    const half = this.width / 2;
    for (let row = y / 2; row < (y + height) / 2; row++) {
      for (let index = row * half + x / 2, end = index + width / 2; index < end; index++) {
        this.data[this.uOffset + index] = 128 + (((this.data[this.uOffset + index] ?? 0) - 128) >> 1);
        this.data[this.vOffset + index] = 128 + (((this.data[this.vOffset + index] ?? 0) - 128) >> 1);
      }
    }
  }

  private scalePlane(
    source: Uint8Array,
    sourceOffset: number,
    sourceStride: number,
    target: Rect,
    divisor: number,
    left: number,
    top: number,
    step: number,
    targetOffset = 0
  ): void {
    const stride = this.width / divisor;
    const width = target.width / divisor;
    const columns = new Int32Array(width);
    for (let column = 0; column < width; column++) columns[column] = Math.floor(left + (column + 0.5) * step);
    for (let row = 0; row < target.height / divisor; row++) {
      const sourceRow = sourceOffset + Math.floor(top + (row + 0.5) * step) * sourceStride;
      const line = targetOffset + (target.y / divisor + row) * stride + target.x / divisor;
      for (let column = 0; column < width; column++) this.data[line + column] = source[sourceRow + (columns[column] ?? 0)] ?? 0;
    }
  }
}

function clip(rect: Rect, picture: {readonly width: number; readonly height: number}): Rect {
  const x = Math.max(0, rect.x);
  const y = Math.max(0, rect.y);
  return {
    x,
    y,
    width: Math.min(picture.width, rect.x + rect.width) - x,
    height: Math.min(picture.height, rect.y + rect.height) - y,
  };
}
