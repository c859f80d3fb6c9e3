import {css} from 'lit';

/**
 * The public theme: a small set of `--pex-*` custom properties that every element reads, with
 * light and dark defaults that follow `prefers-color-scheme`. Elements use the resolved
 * `--_pex-*` values internally; those are private and may change.
 */
export const themeStyles = css`
  :host {
    --_pex-accent: var(--pex-color-accent, #1f5fd6);
    --_pex-on-accent: var(--pex-color-on-accent, #ffffff);
    --_pex-surface: var(--pex-color-surface, #ffffff);
    --_pex-surface-raised: var(--pex-color-surface-raised, #f1f3f6);
    --_pex-stage: var(--pex-color-stage, #111418);
    --_pex-text: var(--pex-color-text, #1a1d21);
    --_pex-text-muted: var(--pex-color-text-muted, #5b6470);
    --_pex-border: var(--pex-color-border, #c9ced6);
    --_pex-danger: var(--pex-color-danger, #c62828);
    --_pex-on-danger: var(--pex-color-on-danger, #ffffff);
    --_pex-success: var(--pex-color-success, #1b7f3b);
    --_pex-radius: var(--pex-radius, 8px);
    --_pex-space: var(--pex-spacing, 8px);
    --_pex-font: var(--pex-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_pex-focus: var(--pex-color-focus, var(--_pex-accent));
    color: var(--_pex-text);
    font-family: var(--_pex-font);
    font-size: var(--pex-font-size, 1rem);
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_pex-accent: var(--pex-color-accent, #7aa7ff);
      --_pex-on-accent: var(--pex-color-on-accent, #0b1530);
      --_pex-surface: var(--pex-color-surface, #1b1e23);
      --_pex-surface-raised: var(--pex-color-surface-raised, #272b32);
      --_pex-stage: var(--pex-color-stage, #0b0d10);
      --_pex-text: var(--pex-color-text, #eef1f5);
      --_pex-text-muted: var(--pex-color-text-muted, #a9b1bd);
      --_pex-border: var(--pex-color-border, #424953);
      --_pex-danger: var(--pex-color-danger, #ff6b6b);
      --_pex-on-danger: var(--pex-color-on-danger, #1f0505);
      --_pex-success: var(--pex-color-success, #5bd08a);
    }
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
