import {svg, type SVGTemplateResult} from 'lit';

/** The presenter's own stroke icons (24×24, like ../icons.ts). Decorative: buttons carry the label. */
const paths = {
  'chevron-start': svg`<path d="M15 5l-7 7 7 7"></path>`,
  'chevron-end': svg`<path d="M9 5l7 7-7 7"></path>`,
  'pop-out': svg`<path d="M14 4h6v6M20 4l-8 8M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4"></path>`,
  'pop-in': svg`<rect x="3" y="4" width="18" height="16" rx="2"></rect><path d="M10 14h-4M10 14v4M10 14l-5 5" transform="translate(4 -4)"></path>`,
  'full-motion': svg`<rect x="3" y="5" width="18" height="14" rx="2"></rect><path d="M10 9.5v5l4.5-2.5z"></path>`,
  plus: svg`<path d="M12 5v14M5 12h14"></path>`,
  close: svg`<path d="M6 6l12 12M18 6 6 18"></path>`,
} as const;

export type PresenterIconName = keyof typeof paths;

/** `chevron-start`/`chevron-end` point to the start and end of the line: they turn round in right-to-left text (see the styles). */
export function presenterIcon(name: PresenterIconName): SVGTemplateResult {
  return svg`<svg class="icon ${name}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
