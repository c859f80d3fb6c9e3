/** Why a chosen file gives no slides. */
export type SlideFileProblem =
  /** Not a JPG, PNG, GIF, BMP or PDF. */
  | 'unsupported'
  /** 0 bytes. */
  | 'empty'
  /** Damaged or not what its name says: it could not be decoded. */
  | 'corrupt'
  /** A PDF that needs a password. */
  | 'password'
  /** An image with more pixels, or a file with more bytes, than a browser tab can handle safely. */
  | 'too-large'
  /** Decoding took too long and was given up. */
  | 'timeout'
  /** PDF support (a separate download) could not be loaded. */
  | 'unavailable';

/** A file that gave no slides, and why. */
export class SlideFileError extends Error {
  constructor(
    readonly file: File,
    readonly problem: SlideFileProblem,
    options?: ErrorOptions
  ) {
    super(`${file.name}: ${problem}`, options);
    this.name = 'SlideFileError';
  }
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** One slide: an image, or one page of a PDF. It is drawn only when asked for (never up front). */
export interface Slide {
  readonly file: File;
  /** The page number (from 1) in a PDF; undefined for an image. */
  readonly page?: number;
  /** Width divided by height, as far as it is known before drawing. */
  readonly aspectRatio: number;
  /** Draws the slide as large as fits in `box`, keeping its aspect ratio. The caller owns the bitmap. */
  render(box: Size): Promise<ImageBitmap>;
  /** Releases what the slide holds (a PDF document is released with its last page). */
  dispose(): void;
}

/** The largest size of `aspectRatio` that fits in `box`, in whole pixels (at least 1). */
export function fitInside(aspectRatio: number, box: Size): Size {
  const width = Math.min(box.width, box.height * aspectRatio);
  return {width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(width / aspectRatio))};
}
