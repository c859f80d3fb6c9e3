import {svg, type SVGTemplateResult} from 'lit';

/** Stroke icons on a 24×24 grid, drawn for pex-connect. Decorative: buttons carry the label. */
const paths = {
  microphone: svg`<rect x="9" y="3" width="6" height="11" rx="3"></rect><path d="M5 11a7 7 0 0 0 14 0M12 18v3M8 21h8"></path>`,
  'microphone-off': svg`<path d="M15 9.5V6a3 3 0 0 0-5.6-1.5M9 9v2a3 3 0 0 0 4.8 2.4M19 11a7 7 0 0 1-1.2 3.9M5 11a7 7 0 0 0 11 5.7M12 18v3M8 21h8M3 3l18 18"></path>`,
  camera: svg`<rect x="2" y="6" width="14" height="12" rx="2"></rect><path d="M16 10.5 22 7v10l-6-3.5"></path>`,
  'camera-off': svg`<path d="M10 6h4a2 2 0 0 1 2 2v3.5L22 7v10l-2.5-1.5M16 16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2M3 3l18 18"></path>`,
  'phone-off': svg`<path d="M3.5 14.5c-1-1-1-2.6 0-3.6C7.6 7 16.4 7 20.5 10.9c1 1 1 2.6 0 3.6l-1.6 1.5a1.5 1.5 0 0 1-2 .1l-1.9-1.5a1.5 1.5 0 0 1-.5-1.4l.2-1.3a11 11 0 0 0-5.4 0l.2 1.3a1.5 1.5 0 0 1-.5 1.4L7.1 16a1.5 1.5 0 0 1-2 -.1z"></path>`,
  users: svg`<circle cx="9" cy="8" r="3.5"></circle><path d="M2.5 20a6.5 6.5 0 0 1 13 0M16 4.6a3.5 3.5 0 0 1 0 6.8M18 14a6.5 6.5 0 0 1 3.5 6"></path>`,
  alert: svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 7v6M12 16.5v.5"></path>`,
  'screen-share': svg`<rect x="2" y="4" width="20" height="13" rx="2"></rect><path d="M8 21h8M12 17v4M12 14V8M9 10.5 12 7.5l3 3"></path>`,
  'screen-stop': svg`<rect x="2" y="4" width="20" height="13" rx="2"></rect><path d="M8 21h8M12 17v4M9.5 8.5l5 5M14.5 8.5l-5 5"></path>`,
  files: svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"></path><path d="M14 3v5h5M8.5 17l2.5-3 2 2 1.5-2 2 3z"></path>`,
  hand: svg`<path d="M8 12V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4.5a1.5 1.5 0 0 1 3 0V11M14 10.5V6a1.5 1.5 0 0 1 3 0v7.5a7 7 0 0 1-7 7h-.5a6 6 0 0 1-4.6-2.2L3.2 15a1.5 1.5 0 0 1 2.3-1.9L8 15.5"></path>`,
  'side-panel': svg`<rect x="3" y="4" width="18" height="16" rx="2"></rect><path d="M15 4v16"></path>`,
  sliders: svg`<path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0"></path><circle cx="16" cy="6" r="2"></circle><circle cx="10" cy="12" r="2"></circle><circle cx="18" cy="18" r="2"></circle>`,
  more: svg`<circle cx="5" cy="12" r="1.3"></circle><circle cx="12" cy="12" r="1.3"></circle><circle cx="19" cy="12" r="1.3"></circle>`,
  eye: svg`<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"></path><circle cx="12" cy="12" r="3"></circle>`,
  'eye-off': svg`<path d="M9.9 5.2A10 10 0 0 1 12 5c6.4 0 10 7 10 7a17 17 0 0 1-2.6 3.5M6.6 6.6A17 17 0 0 0 2 12s3.6 7 10 7a9.7 9.7 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2M3 3l18 18"></path>`,
  lock: svg`<rect x="5" y="11" width="14" height="10" rx="2"></rect><path d="M8 11V8a4 4 0 0 1 8 0v3"></path>`,
  captions: svg`<rect x="2" y="5" width="20" height="14" rx="2"></rect><path d="M10.5 10a2 2 0 1 0 0 4M17.5 10a2 2 0 1 0 0 4"></path>`,
  'audio-video': svg`<rect x="2" y="6" width="14" height="12" rx="2"></rect><path d="M16 10.5 22 7v10l-6-3.5"></path>`,
  dialpad: svg`<circle cx="6" cy="5" r="1.2"></circle><circle cx="12" cy="5" r="1.2"></circle><circle cx="18" cy="5" r="1.2"></circle><circle cx="6" cy="11" r="1.2"></circle><circle cx="12" cy="11" r="1.2"></circle><circle cx="18" cy="11" r="1.2"></circle><circle cx="6" cy="17" r="1.2"></circle><circle cx="12" cy="17" r="1.2"></circle><circle cx="18" cy="17" r="1.2"></circle><circle cx="12" cy="22" r="1.2"></circle>`,
  signal: svg`<path d="M5 20v-4M12 20V11M19 20V5"></path>`,
  'chevron-down': svg`<path d="M6 9l6 6 6-6"></path>`,
} as const;

export type IconName = keyof typeof paths;

export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
