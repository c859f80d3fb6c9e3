/** Image formats the guide lists for sharing (JPG, PNG, GIF, BMP); each image is one slide. */
export type ImageKind = 'png' | 'jpeg' | 'gif' | 'bmp';
export type SlideFileKind = ImageKind | 'pdf';

export interface FileHeader {
  readonly kind: SlideFileKind;
  /** An image's pixel size as its header states it (before EXIF rotation); unknown for PDFs. */
  readonly width?: number;
  readonly height?: number;
}

/** The file picker's filter; the type is still checked from the content, not from the name. */
export const ACCEPTED_FILE_TYPES = 'image/jpeg,image/png,image/gif,image/bmp,application/pdf,.jpg,.jpeg,.png,.gif,.bmp,.pdf';

/** A JPEG's frame header can follow large EXIF blocks; look this far at most. */
const JPEG_SCAN_BYTES = 1024 * 1024;
/** A PDF may start with some junk before `%PDF-` (readers allow 1 KB). */
const PDF_SCAN_BYTES = 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

/** Finds the size in a JPEG's start-of-frame segment by walking the segments. */
function jpegSize(view: DataView): {width: number; height: number} | undefined {
  let offset = 2;
  while (offset + 9 < view.byteLength) {
    if (view.getUint8(offset) !== 0xff) return undefined;
    const marker = view.getUint8(offset + 1);
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    // Markers without a length: TEM, RST0–7, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      offset += 2;
      continue;
    }
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return {height: view.getUint16(offset + 5), width: view.getUint16(offset + 7)};
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}

/**
 * What a file really is, from its first bytes (names and MIME types lie), and an image's size
 * from its header, so that a huge image is refused before it is decoded. `undefined`: not a
 * format that can be shared.
 */
export async function readFileHeader(file: File): Promise<FileHeader | undefined> {
  const head = new Uint8Array(await file.slice(0, JPEG_SCAN_BYTES).arrayBuffer());
  const view = new DataView(head.buffer);
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    const hasHeader = head.length >= 24 && startsWith(head, ascii('IHDR'), 12);
    return hasHeader ? {kind: 'png', width: view.getUint32(16), height: view.getUint32(20)} : {kind: 'png'};
  }
  if (startsWith(head, [0xff, 0xd8, 0xff])) return {kind: 'jpeg', ...jpegSize(view)};
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) {
    return head.length >= 10 ? {kind: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true)} : {kind: 'gif'};
  }
  if (startsWith(head, ascii('BM')) && head.length >= 26) {
    const coreHeader = view.getUint32(14, true) === 12;
    const width = coreHeader ? view.getUint16(18, true) : Math.abs(view.getInt32(18, true));
    // A negative height means rows stored top-down.
    const height = coreHeader ? view.getUint16(20, true) : Math.abs(view.getInt32(22, true));
    return {kind: 'bmp', width, height};
  }
  const pdfMarker = ascii('%PDF-');
  for (let at = 0; at + pdfMarker.length <= Math.min(head.length, PDF_SCAN_BYTES); at += 1) {
    if (startsWith(head, pdfMarker, at)) return {kind: 'pdf'};
  }
  return undefined;
}
