import type {ReactiveControllerHost} from 'lit';

/**
 * Files dragged over an element: whether they are over it now (for a drop zone), and the files
 * dropped. dragenter/dragleave fire for every child crossed, so they are counted.
 */
export class FileDropController {
  readonly #host: ReactiveControllerHost;
  readonly #dropped: (files: File[]) => void;
  #depth = 0;
  #dragging = false;

  constructor(host: ReactiveControllerHost, dropped: (files: File[]) => void) {
    this.#host = host;
    this.#dropped = dropped;
  }

  /** Files are being dragged over the element. */
  get dragging(): boolean {
    return this.#dragging;
  }

  readonly onDragEnter = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    this.#depth += 1;
    this.#setDragging(true);
  };

  readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = 'copy';
  };

  readonly onDragLeave = (): void => {
    this.#depth = Math.max(0, this.#depth - 1);
    if (this.#depth === 0) this.#setDragging(false);
  };

  readonly onDrop = (event: DragEvent): void => {
    const files = [...(event.dataTransfer?.files ?? [])];
    this.#depth = 0;
    this.#setDragging(false);
    if (files.length === 0) return;
    event.preventDefault(); // the browser would open the file instead
    this.#dropped(files);
  };

  #setDragging(dragging: boolean): void {
    if (dragging === this.#dragging) return;
    this.#dragging = dragging;
    this.#host.requestUpdate();
  }
}
