import {css, html, LitElement, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {repeat} from 'lit/directives/repeat.js';
import {presenter} from '../../i18n/en/presenter.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {SlideDeck} from '../../slides/deck.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {emitInternal} from '../shared/internal-events.js';
import {slideLabel} from './slide-label.js';

/** Thumbnails' CSS size; they are drawn at this size times the device pixel ratio. */
const THUMBNAIL_WIDTH = 128;
const THUMBNAIL_HEIGHT = 72;

/**
 * The thumbnails of a deck's slides in a scrolling strip. A thumbnail is drawn only when it
 * scrolls into view (a 200-page PDF draws the few that are seen), after the slide being shown.
 *
 * @internal
 * @tagname pex-slide-strip
 * @fires pex-slide-select - A thumbnail was chosen (`detail.index`).
 * @csspart list - The strip.
 * @csspart thumbnail - One slide's button; `aria-current` marks the slide shown.
 * @csspart thumbnail-image - A thumbnail's `<canvas>`.
 */
export class PexSlideStrip extends LitElement {
  static override styles = [
    hostStyles,
    themeStyles,
    controlStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .list {
        display: flex;
        gap: var(--_pex-space);
        margin: 0;
        padding: calc(var(--_pex-space) * 0.5) 2px;
        overflow-x: auto;
        list-style: none;
        scrollbar-width: thin;
      }
      li {
        flex: none;
      }
      button {
        position: relative;
        display: block;
        width: ${THUMBNAIL_WIDTH + 8}px;
        min-height: 0;
        padding: 3px;
        border: 2px solid transparent;
        background: var(--_pex-surface-raised);
      }
      button[aria-current='true'] {
        border-color: var(--_pex-accent);
      }
      canvas {
        display: block;
        width: ${THUMBNAIL_WIDTH}px;
        height: ${THUMBNAIL_HEIGHT}px;
        object-fit: contain;
        background: var(--_pex-stage);
        border-radius: calc(var(--_pex-radius) * 0.5);
      }
      .number {
        position: absolute;
        inset-block-end: 6px;
        inset-inline-start: 6px;
        min-width: 1.4rem;
        padding: 0 0.3rem;
        border-radius: 0.7rem;
        background: rgb(0 0 0 / 0.7);
        color: #fff;
        font-size: 0.75rem;
        text-align: center;
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, presenter);
  #observer?: IntersectionObserver;
  /** Thumbnails asked for and not drawn yet, to drop those that scroll away first. */
  readonly #pending = new Map<HTMLCanvasElement, AbortController>();
  readonly #drawn = new WeakSet<HTMLCanvasElement>();
  readonly #observed = new WeakSet<HTMLCanvasElement>();

  /** The slides to show. */
  @property({attribute: false}) accessor deck: SlideDeck | undefined = undefined;

  /** How many slides the deck has (it grows while files open); changing it renders the new ones. */
  @property({type: Number}) accessor count = 0;

  /** The slide being shown (from 0). */
  @property({type: Number}) accessor current = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    for (const request of this.#pending.values()) request.abort();
    this.#pending.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('deck')) return;
    // Another deck: its list (and so the observer's root) is new.
    this.#observer?.disconnect();
    this.#observer = undefined;
    for (const request of this.#pending.values()) request.abort();
    this.#pending.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (!list) return;
    this.#observer ??= new IntersectionObserver(this.#onVisibility, {root: list, rootMargin: '0px 50%'});
    for (const canvas of list.querySelectorAll('canvas')) {
      if (this.#observed.has(canvas)) continue;
      this.#observed.add(canvas);
      this.#observer.observe(canvas);
    }
    if (changed.has('current')) this.#scrollToCurrent(list);
  }

  /** Scrolls the strip (never the page) so that the current thumbnail is in view. */
  #scrollToCurrent(list: HTMLElement): void {
    const item = list.querySelector('[aria-current="true"]');
    if (!item) return;
    const itemBox = item.getBoundingClientRect();
    const listBox = list.getBoundingClientRect();
    if (itemBox.left < listBox.left) list.scrollLeft -= listBox.left - itemBox.left;
    else if (itemBox.right > listBox.right) list.scrollLeft += itemBox.right - listBox.right;
  }

  #onVisibility = (entries: IntersectionObserverEntry[]): void => {
    for (const {target, isIntersecting} of entries) {
      const canvas = target as HTMLCanvasElement;
      if (isIntersecting) this.#draw(canvas);
      else this.#pending.get(canvas)?.abort();
    }
  };

  #draw(canvas: HTMLCanvasElement): void {
    const deck = this.deck;
    if (!deck || this.#drawn.has(canvas) || this.#pending.has(canvas)) return;
    const request = new AbortController();
    this.#pending.set(canvas, request);
    const scale = window.devicePixelRatio || 1;
    const box = {width: Math.round(THUMBNAIL_WIDTH * scale), height: Math.round(THUMBNAIL_HEIGHT * scale)};
    deck
      .thumbnail(Number(canvas.dataset['index']), box, request.signal)
      .then((bitmap) => {
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
        bitmap.close();
        this.#drawn.add(canvas);
      })
      .catch(() => undefined) // scrolled away, or a page that cannot be drawn: the thumbnail stays blank
      .finally(() => this.#pending.delete(canvas));
  }

  #select(index: number): void {
    emitInternal(this, 'pex-slide-select', {index});
  }

  override render(): TemplateResult {
    const slides = this.deck?.slides.slice(0, this.count) ?? [];
    // A new deck gets new canvases (nothing drawn yet).
    return html`${keyed(
      this.deck,
      html`<ol part="list" class="list" aria-label=${this.#localize.t('presenter.thumbnails')}>
        ${repeat(
          slides,
          (slide) => slide,
          (slide, index) =>
            html`<li>
              <button
                part="thumbnail"
                aria-current=${index === this.current ? 'true' : 'false'}
                aria-label=${slideLabel(this.#localize, slide, index)}
                @click=${() => this.#select(index)}
              >
                <canvas part="thumbnail-image" width="0" height="0" data-index=${index}></canvas>
                <span class="number" aria-hidden="true">${index + 1}</span>
              </button>
            </li>`
        )}
      </ol>`
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-slide-strip': PexSlideStrip;
  }
}
