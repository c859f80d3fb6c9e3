import type {TransformLayoutMap} from '@pexip/infinity-api';

/**
 * Pexip's layout names as a Conferencing Node lists them in `available_layouts`, with the
 * geometry of each: the node answers `layout_svgs` from it, and a composer can place pictures
 * with the same slots.
 */
export const LAYOUT_NAMES = [
  '1:0',
  '1:7',
  '1:21',
  '2:21',
  '1:33',
  '4:0',
  '9:0',
  '16:0',
  '25:0',
  'ac',
  'ac_presentation_in_mix',
] as const;

export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Where one picture goes, in fractions of the frame (0–1); `main` slots hold the speakers. */
export interface LayoutSlot {
  readonly kind: 'main' | 'thumbnail' | 'presentation';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A Virtual Meeting Room's layout until a host changes it: Infinity's default for a VMR
 * ("Large main speaker and up to 7 other participants").
 */
export const DEFAULT_LAYOUT: LayoutName = '1:7';

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}

function grid(columns: number, rows: number, kind: LayoutSlot['kind'], area = {x: 0, y: 0, width: 1, height: 1}): LayoutSlot[] {
  const width = area.width / columns;
  const height = area.height / rows;
  return Array.from({length: columns * rows}, (_, index) => ({
    kind,
    x: area.x + (index % columns) * width,
    y: area.y + Math.floor(index / columns) * height,
    width,
    height,
  }));
}

/** The main speaker above rows of seven thumbnails (1:7, 1:21, 2:21). */
function speakerAndRows(speakers: number, rows: number): LayoutSlot[] {
  const rowHeight = 1 / 8;
  const mainHeight = 1 - rows * rowHeight;
  return [
    ...grid(speakers, 1, 'main', {x: 0, y: 0, width: 1, height: mainHeight}),
    ...grid(7, rows, 'thumbnail', {x: 0, y: mainHeight, width: 1, height: rows * rowHeight}),
  ];
}

/** 1:33: the speaker above the middle, four thumbnails either side, 25 in two rows below. */
function speakerSurrounded(): LayoutSlot[] {
  const side = {width: 1 / 6, height: 2 / 3};
  return [
    {kind: 'main', x: 1 / 6, y: 0, width: 2 / 3, height: 2 / 3},
    ...grid(1, 4, 'thumbnail', {x: 0, y: 0, ...side}),
    ...grid(1, 4, 'thumbnail', {x: 5 / 6, y: 0, ...side}),
    ...grid(13, 2, 'thumbnail', {x: 0, y: 2 / 3, width: 1, height: 1 / 3}).slice(0, 25),
  ];
}

/** The slots of a layout, speakers first. Adaptive composition is shown with three people. */
export function layoutSlots(name: LayoutName): LayoutSlot[] {
  switch (name) {
    case '1:0':
      return grid(1, 1, 'main');
    case '1:7':
      return speakerAndRows(1, 1);
    case '1:21':
      return speakerAndRows(1, 3);
    case '2:21':
      return speakerAndRows(2, 3);
    case '1:33':
      return speakerSurrounded();
    case '4:0':
      return grid(2, 2, 'main');
    case '9:0':
      return grid(3, 3, 'main');
    case '16:0':
      return grid(4, 4, 'main');
    case '25:0':
      return grid(5, 5, 'main');
    case 'ac':
      return [
        {kind: 'main', x: 0, y: 0, width: 0.6, height: 1},
        {kind: 'main', x: 0.6, y: 0, width: 0.4, height: 0.5},
        {kind: 'main', x: 0.6, y: 0.5, width: 0.4, height: 0.5},
      ];
    case 'ac_presentation_in_mix':
      return [
        {kind: 'presentation', x: 0, y: 0, width: 1, height: 0.75},
        ...grid(3, 1, 'main', {x: 0.2, y: 0.75, width: 0.6, height: 0.25}),
      ];
  }
}

const WIDTH = 160;
const HEIGHT = 90;
const FILL: Record<LayoutSlot['kind'], string> = {main: '#5b6b7f', thumbnail: '#8a99ab', presentation: '#c9d3de'};

/** A 16:9 SVG preview of a layout: its slots as rectangles (what `layout_svgs` answers). */
export function layoutSvg(name: LayoutName): string {
  const gap = 1;
  const rects = layoutSlots(name).map((slot) => {
    const x = slot.x * WIDTH + gap / 2;
    const y = slot.y * HEIGHT + gap / 2;
    const width = Math.max(slot.width * WIDTH - gap, 0.5);
    const height = Math.max(slot.height * HEIGHT - gap, 0.5);
    return `<rect x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${width.toFixed(2)}" height="${height.toFixed(2)}" rx="1" fill="${FILL[slot.kind]}"/>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${name}">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#1f2630"/>${rects.join('')}</svg>`
  );
}

/** `available_layouts`: names, or `{name}` objects when the client asks for annotations. */
export function availableLayouts(annotate: boolean): (string | {name: string})[] {
  return LAYOUT_NAMES.map((name) => (annotate ? {name} : name));
}

export function layoutSvgs(): Record<string, string> {
  return Object.fromEntries(LAYOUT_NAMES.map((name) => [name, layoutSvg(name)]));
}

type Transforms = TransformLayoutMap['Body']['transforms'];

/**
 * The room's layout after `transform_layout`. The dev node's rooms are Virtual Meeting Rooms:
 * `layout` sets what everyone sees; `host_layout` and `guest_layout` (Virtual Auditoriums) are
 * checked but change nothing. Unknown names throw.
 */
export function transformLayout(current: LayoutName, transforms: Transforms): LayoutName {
  for (const name of [transforms.layout, transforms.host_layout, transforms.guest_layout]) {
    if (name !== undefined && !isLayoutName(name)) {
      throw new RangeError(`Unknown layout "${name}" (available: ${LAYOUT_NAMES.join(', ')})`);
    }
  }
  return (transforms.layout as LayoutName | undefined) ?? current;
}

/** The `layout` event: in a VMR hosts and guests see the same layout. */
export function layoutEvent(layout: LayoutName, overlayText: boolean, participants: readonly string[]): Record<string, unknown> {
  return {
    view: layout,
    participants,
    requested_layout: {primary_screen: {chair_layout: layout, guest_layout: layout}},
    overlay_text_enabled: overlayText,
  };
}
