import {svg, type SVGTemplateResult} from 'lit';

/**
 * The roster's badge and action icons, on the same 24×24 stroke grid as `../icons.ts`.
 * Decorative: the badge or button around each one carries its accessible name.
 */
const paths = {
  phone: svg`<path d="M21 16.5v3a2 2 0 0 1-2.2 2 19.5 19.5 0 0 1-8.5-3 19.2 19.2 0 0 1-5.9-5.9 19.5 19.5 0 0 1-3-8.5A2 2 0 0 1 3.4 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L7.4 9.8a16 16 0 0 0 6 6l1.2-1.2a2 2 0 0 1 2.1-.5c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.5 2z"></path>`,
  calling: svg`<path d="M21 16.5v3a2 2 0 0 1-2.2 2 19.5 19.5 0 0 1-8.5-3 19.2 19.2 0 0 1-5.9-5.9 19.5 19.5 0 0 1-3-8.5A2 2 0 0 1 3.4 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L7.4 9.8a16 16 0 0 0 6 6l1.2-1.2a2 2 0 0 1 2.1-.5c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.5 2zM15 2h7v7M14 10l8-8"></path>`,
  waiting: svg`<path d="M5 2h14M5 22h14M7 2v3.5a5 5 0 0 0 2.3 4.2L12 12l2.7-2.3A5 5 0 0 0 17 5.5V2M7 22v-3.5a5 5 0 0 1 2.3-4.2L12 12l2.7 2.3a5 5 0 0 1 2.3 4.2V22"></path>`,
  streaming: svg`<circle cx="12" cy="12" r="2"></circle><path d="M16.2 7.8a6 6 0 0 1 0 8.4M7.8 16.2a6 6 0 0 1 0-8.4M19.1 4.9a10 10 0 0 1 0 14.2M4.9 19.1a10 10 0 0 1 0-14.2"></path>`,
  speaking: svg`<path d="M11 5 6 9H2v6h4l5 4zM15.5 8.5a5 5 0 0 1 0 7M19 5a10 10 0 0 1 0 14"></path>`,
  presenting: svg`<rect x="2" y="3" width="20" height="14" rx="2"></rect><path d="M8 21h8M12 17v4M12 13V7M9 10l3-3 3 3"></path>`,
  hand: svg`<path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10.5V4a1.5 1.5 0 0 1 3 0v7M14 10.5V5.5a1.5 1.5 0 0 1 3 0V12M17 9.5a1.5 1.5 0 0 1 3 0V15a7 7 0 0 1-7 7h-1a7 7 0 0 1-5.6-2.8l-3-4a1.6 1.6 0 0 1 2.4-2.1L8 15"></path>`,
  spotlight: svg`<path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z"></path>`,
  host: svg`<path d="m3 8 4.5 4L12 5l4.5 7L21 8l-2 11H5z"></path>`,
  more: svg`<circle cx="5" cy="12" r="1.25"></circle><circle cx="12" cy="12" r="1.25"></circle><circle cx="19" cy="12" r="1.25"></circle>`,
  'user-plus': svg`<circle cx="9" cy="8" r="3.5"></circle><path d="M2.5 20a6.5 6.5 0 0 1 13 0M19 8v6M16 11h6"></path>`,
  lock: svg`<rect x="5" y="11" width="14" height="10" rx="2"></rect><path d="M8 11V8a4 4 0 0 1 8 0v3"></path>`,
  moving: svg`<path d="M4 12h14M13 6l6 6-6 6"></path>`,
  search: svg`<circle cx="11" cy="11" r="7"></circle><path d="m20 20-4-4"></path>`,
} as const;

export type RosterIconName = keyof typeof paths;

export function rosterIcon(name: RosterIconName): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
