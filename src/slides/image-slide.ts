import type {FileHeader} from './file-kind.js';
import {timeBox} from './time-box.js';
import {fitInside, SlideFileError, type Size, type Slide} from './types.js';

/** About 40 megapixels (say 8000 × 5000): decoding more risks the memory of the page's tab. */
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_BYTES = 100 * 1024 * 1024;
const DECODE_TIMEOUT_MS = 15_000;
/** The width of the check decode: enough to tell the aspect ratio after EXIF rotation. */
const PROBE_WIDTH = 256;

function decode(file: File, options: ImageBitmapOptions): Promise<ImageBitmap> {
  const work = createImageBitmap(file, options).catch((error: unknown) => {
    throw new SlideFileError(file, 'corrupt', {cause: error});
  });
  return timeBox(`Decoding ${file.name}`, work, DECODE_TIMEOUT_MS, {discardLate: (bitmap) => bitmap.close()}).catch(
    (error: unknown) => {
      throw error instanceof SlideFileError ? error : new SlideFileError(file, 'timeout', {cause: error});
    }
  );
}

/** An image file as one slide; it is decoded again, at the size asked for, each time it is drawn. */
class ImageSlide implements Slide {
  constructor(
    readonly file: File,
    readonly aspectRatio: number
  ) {}

  render(box: Size): Promise<ImageBitmap> {
    const size = fitInside(this.aspectRatio, box);
    return decode(this.file, {resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high'});
  }

  dispose(): void {
    // Nothing is held between renders.
  }
}

/**
 * Checks an image (size from its header, then one small decode, time-boxed) and returns it as a
 * slide; rejects with a `SlideFileError` saying what is wrong with it.
 */
export async function openImage(file: File, header: FileHeader): Promise<Slide> {
  const {width = 0, height = 0} = header;
  if (file.size > MAX_IMAGE_BYTES || width * height > MAX_IMAGE_PIXELS) throw new SlideFileError(file, 'too-large');
  const probe = await decode(file, {resizeWidth: PROBE_WIDTH, resizeQuality: 'low'});
  const probedRatio = probe.width / probe.height;
  probe.close();
  if (!width || !height) return new ImageSlide(file, probedRatio);
  // EXIF may turn the picture a quarter: keep the header's precise ratio, the right way round.
  const ratio = width / height;
  const turned = Math.abs(1 / ratio - probedRatio) < Math.abs(ratio - probedRatio);
  return new ImageSlide(file, turned ? 1 / ratio : ratio);
}
