import {css} from 'lit';

export const presenterStyles = css`
  :host {
    --_pex-presenter-background: var(--pex-presenter-background, var(--_pex-surface));
    --_pex-presenter-stage: var(--pex-presenter-stage, var(--_pex-stage));
    display: block;
    position: relative;
    container-type: inline-size;
    background: var(--_pex-presenter-background);
  }

  .base {
    position: relative;
    display: grid;
    gap: calc(var(--_pex-space) * 1.5);
    padding: var(--_pex-space);
  }

  /* Big screens: leave room for the controls and thumbnails below. */
  .view {
    --pex-color-stage: var(--_pex-presenter-stage);
    aspect-ratio: 16 / 9;
    width: 100%;
    max-height: 70vh;
    border-radius: var(--_pex-radius);
    overflow: hidden;
  }

  .notice,
  .file-errors {
    display: flex;
    align-items: flex-start;
    gap: var(--_pex-space);
  }
  .notice > span,
  .file-errors > div {
    flex: 1;
    align-self: center;
    /* File names can be one long word. */
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .file-errors p,
  .file-errors ul {
    margin: 0;
  }
  .file-errors ul {
    padding-inline-start: calc(var(--_pex-space) * 2.5);
  }

  button.icon-button {
    width: 2.5rem;
    min-height: 2.5rem;
    padding: 0;
    flex: none;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.45;
  }
  .icon.chevron-start,
  .icon.chevron-end {
    transition: transform 0.15s;
  }
  :host(:dir(rtl)) .icon.chevron-start,
  :host(:dir(rtl)) .icon.chevron-end {
    transform: scaleX(-1);
  }

  .share-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pex-space);
  }
  .hint {
    flex-basis: 100%;
    margin: 0;
    color: var(--_pex-text-muted);
    font-size: 0.9rem;
  }

  .panel {
    display: grid;
    gap: var(--_pex-space);
    min-width: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pex-space);
  }
  .navigation,
  .actions {
    display: flex;
    align-items: center;
    gap: calc(var(--_pex-space) * 0.5);
  }
  .actions {
    flex-wrap: wrap;
    margin-inline-start: auto;
  }
  .counter {
    min-width: 4.5rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .sharing-state {
    color: var(--_pex-text-muted);
    font-size: 0.9rem;
  }
  .sharing-state.live {
    color: var(--_pex-text);
  }
  .sharing-state.live::before {
    content: '';
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    margin-inline-end: 0.4rem;
    border-radius: 50%;
    background: var(--_pex-danger);
    vertical-align: 0.05rem;
  }

  .stage {
    position: relative;
    display: grid;
    place-items: center;
    border-radius: var(--_pex-radius);
    background: var(--_pex-presenter-stage);
    overflow: hidden;
  }
  .stage:focus-visible {
    outline: 3px solid var(--_pex-focus);
    outline-offset: 2px;
  }
  .slide {
    display: block;
    width: 100%;
    height: auto;
    max-height: 70vh;
    aspect-ratio: 16 / 9;
    object-fit: contain;
  }
  .slide-status {
    position: absolute;
    margin: 0;
    padding: calc(var(--_pex-space) * 0.5) calc(var(--_pex-space) * 1.5);
    border-radius: var(--_pex-radius);
    background: rgb(0 0 0 / 0.65);
    color: #fff;
    /* Quick slides never flash the message. */
    animation: appear 0.3s 0.3s both;
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }

  .screen-preview {
    display: block;
    width: min(100%, 24rem);
    aspect-ratio: 16 / 9;
    border-radius: var(--_pex-radius);
    background: var(--_pex-presenter-stage);
  }

  .drop-zone {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    border: 3px dashed var(--_pex-accent);
    border-radius: var(--_pex-radius);
    background: color-mix(in srgb, var(--_pex-presenter-background) 85%, transparent);
    color: var(--_pex-text);
    font-size: 1.15rem;
    font-weight: 600;
    pointer-events: none;
  }

  @container (max-width: 30rem) {
    .actions {
      margin-inline-start: 0;
    }
    .share-bar button {
      flex: 1 1 100%;
    }
  }
`;
