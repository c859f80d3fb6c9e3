import {css} from 'lit';

/** The values of the public elements' `theme` attribute. */
export type Theme = 'light' | 'dark' | 'system';

/**
 * The public theme: a small set of `--pex-*` custom properties that every element reads. Each
 * default is given once, as `light-dark(light, dark)`: which of the two applies follows the
 * element's `color-scheme`, which `themeSchemeStyles` sets from the `theme` attribute. Elements
 * use the resolved `--_pex-*` values internally; those are private and may change.
 *
 * A custom property keeps `light-dark(...)` unresolved, so the choice is made where a colour is
 * used, with the `color-scheme` of that element (inherited by every nested shadow root).
 */
export const themeStyles = css`
  :host {
    --_pex-accent: var(--pex-color-accent, light-dark(#1f5fd6, #7aa7ff));
    --_pex-on-accent: var(--pex-color-on-accent, light-dark(#ffffff, #0b1530));
    --_pex-surface: var(--pex-color-surface, light-dark(#ffffff, #1b1e23));
    --_pex-surface-raised: var(--pex-color-surface-raised, light-dark(#f1f3f6, #272b32));
    --_pex-stage: var(--pex-color-stage, light-dark(#111418, #0b0d10));
    --_pex-text: var(--pex-color-text, light-dark(#1a1d21, #eef1f5));
    --_pex-text-muted: var(--pex-color-text-muted, light-dark(#5b6470, #a9b1bd));
    --_pex-border: var(--pex-color-border, light-dark(#c9ced6, #424953));
    --_pex-danger: var(--pex-color-danger, light-dark(#c62828, #ff6b6b));
    --_pex-on-danger: var(--pex-color-on-danger, light-dark(#ffffff, #1f0505));
    --_pex-success: var(--pex-color-success, light-dark(#1b7f3b, #5bd08a));
    --_pex-radius: var(--pex-radius, 8px);
    --_pex-space: var(--pex-spacing, 8px);
    --_pex-font: var(--pex-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_pex-focus: var(--pex-color-focus, var(--_pex-accent));
    color: var(--_pex-text);
    font-family: var(--_pex-font);
    font-size: var(--pex-font-size, 1rem);
    line-height: 1.4;
  }
  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/**
 * The `theme` attribute of the public elements: `light`, `dark` or `system` (the system's
 * `prefers-color-scheme`). Without the attribute an element takes the theme of the public
 * element it is nested in (`<pex-roster>` inside `<pex-conference theme="dark">`), else the
 * system's. It sets `color-scheme` on the host, which the nested shadow roots inherit, so the
 * `light-dark()` defaults of `themeStyles` and the browser's own controls follow it. Only the
 * public elements include it: a private sub-element inherits its `color-scheme`.
 */
export const themeSchemeStyles = css`
  :host {
    color-scheme: var(--_pex-color-scheme, light dark);
  }
  :host([theme='light']) {
    --_pex-color-scheme: light;
  }
  :host([theme='dark']) {
    --_pex-color-scheme: dark;
  }
  :host([theme='system']) {
    --_pex-color-scheme: light dark;
  }
`;
