import type {PDFDocumentProxy} from 'pdfjs-dist';
import {startPdfWorker} from './pdf-worker.js';
import {timeBox, TimeoutError} from './time-box.js';
import {fitInside, SlideFileError, type Size, type Slide} from './types.js';

type Pdfjs = typeof import('pdfjs-dist');

export const MAX_PDF_BYTES = 512 * 1024 * 1024;
const OPEN_TIMEOUT_MS = 20_000;
const RENDER_TIMEOUT_MS = 20_000;
/** A destroy that hangs (a dead worker) holds the next PDF back no longer than this. */
const DESTROY_TIMEOUT_MS = 5_000;
/** pdf.js logs only errors. */
const PDFJS_ERRORS_ONLY = 0;

/**
 * pdf.js runs its parser in a worker, a file of its own served next to the bundle (the build
 * copies it there). This module is part of the entry bundle, so `import.meta.url` is the bundle's
 * URL; the test server maps the same name to node_modules.
 */
let workerUrl = new URL('./pdf.worker.min.mjs', import.meta.url).href;
let pdfjsLoading: Promise<Pdfjs> | undefined;
/**
 * Documents still being destroyed. pdf.js refuses to open a document on a worker port while
 * another document on it is being destroyed ("the worker is being destroyed"), so opening waits.
 */
let destroying: Promise<unknown> = Promise.resolve();

/** Destroys a loading task or document; the next PDF opens once it is done. */
function destroyInTurn(destroyable: {destroy(): Promise<void>}): void {
  const destroyed = timeBox('Closing a PDF', destroyable.destroy(), DESTROY_TIMEOUT_MS);
  destroying = Promise.all([destroying, destroyed.catch(() => undefined)]);
}

/**
 * Where pdf.js's worker (`pdf.worker.min.mjs` of pdfjs-dist) is served from, for pages that
 * bundle pex-connect themselves or serve that file elsewhere. Default: next to the bundle.
 */
export function setPdfWorkerUrl(url: string | URL): void {
  workerUrl = String(url);
  pdfjsLoading = undefined; // the next PDF starts a worker from there
}

/** Where pdf.js's worker is loaded from now (for "Check my setup"). */
export function pdfWorkerUrl(): string {
  return workerUrl;
}

/**
 * pdf.js is a chunk of its own, loaded the first time a PDF is chosen, with its worker (started
 * here: see pdf-worker.ts).
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= Promise.all([import('pdfjs-dist'), startPdfWorker(workerUrl)]).then(
    ([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerPort = worker;
      return pdfjs;
    },
    (error: unknown) => {
      pdfjsLoading = undefined; // try again next time (the network may be back)
      throw error;
    }
  );
  return pdfjsLoading;
}

function openProblem(error: unknown): 'password' | 'timeout' | 'unavailable' | 'corrupt' {
  if (error instanceof TimeoutError) return 'timeout';
  if (!(error instanceof Error)) return 'corrupt';
  if (error.name === 'PasswordException') return 'password';
  // pdf.js says "Setting up fake worker failed" when its worker file cannot be loaded.
  return /worker/i.test(error.message) ? 'unavailable' : 'corrupt';
}

/** An open PDF, shared by its pages; released when the last page is disposed. */
class PdfFile {
  #pages: number;

  constructor(
    readonly file: File,
    readonly document: PDFDocumentProxy
  ) {
    this.#pages = document.numPages;
  }

  async render(pageNumber: number, box: Size): Promise<ImageBitmap> {
    const page = await this.document.getPage(pageNumber);
    const canvas = document.createElement('canvas');
    try {
      const natural = page.getViewport({scale: 1});
      const size = fitInside(natural.width / natural.height, box);
      canvas.width = size.width;
      canvas.height = size.height;
      const task = page.render({canvas, viewport: page.getViewport({scale: size.width / natural.width}), background: 'white'});
      await timeBox(`Drawing page ${pageNumber} of ${this.file.name}`, task.promise, RENDER_TIMEOUT_MS, {
        abandon: () => task.cancel(),
      });
      return await createImageBitmap(canvas);
    } finally {
      canvas.width = 0; // frees the pixels now rather than at garbage collection
      page.cleanup(); // a long PDF keeps no page data between renders
    }
  }

  releasePage(): void {
    this.#pages -= 1;
    if (this.#pages === 0) destroyInTurn(this.document);
  }
}

/** One page of a PDF; rendered only when it is shown (or its thumbnail scrolls into view). */
class PdfPageSlide implements Slide {
  #disposed = false;

  constructor(
    readonly pdf: PdfFile,
    readonly page: number,
    readonly aspectRatio: number
  ) {}

  get file(): File {
    return this.pdf.file;
  }

  render(box: Size): Promise<ImageBitmap> {
    return this.pdf.render(this.page, box);
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.pdf.releasePage();
  }
}

/**
 * Opens a PDF (time-boxed) and returns one slide per page, without drawing any page. Rejects
 * with a `SlideFileError`: corrupt, password-protected, too large, timed out, or pdf.js could
 * not be loaded.
 */
export async function openPdf(file: File): Promise<Slide[]> {
  if (file.size > MAX_PDF_BYTES) throw new SlideFileError(file, 'too-large');
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
    throw new SlideFileError(file, 'unavailable', {cause: error});
  }
  await destroying;
  const task = pdfjs.getDocument({
    data: new Uint8Array(await file.arrayBuffer()),
    isEvalSupported: false,
    verbosity: PDFJS_ERRORS_ONLY,
  });
  const opening = task.promise.then(async (document) => {
    const first = await document.getPage(1);
    const {width, height} = first.getViewport({scale: 1});
    return {document, aspectRatio: width / height};
  });
  try {
    const {document, aspectRatio} = await timeBox(`Opening ${file.name}`, opening, OPEN_TIMEOUT_MS, {
      abandon: () => destroyInTurn(task),
    });
    const pdf = new PdfFile(file, document);
    // Pages get the first page's shape until they are drawn (for thumbnails' placeholders).
    return Array.from({length: document.numPages}, (_, index) => new PdfPageSlide(pdf, index + 1, aspectRatio));
  } catch (error) {
    destroyInTurn(task);
    throw new SlideFileError(file, openProblem(error), {cause: error});
  }
}
