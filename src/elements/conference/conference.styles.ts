import {css} from 'lit';

export const conferenceStyles = css`
  :host {
    display: block;
    position: relative;
    container-type: inline-size;
    min-height: 20rem;
    background: var(--_pex-surface);
    border: 1px solid var(--_pex-border);
    border-radius: var(--_pex-radius);
    overflow: hidden;
  }

  .panel {
    display: grid;
    align-content: center;
    justify-items: center;
    gap: calc(var(--_pex-space) * 2);
    min-height: 20rem;
    height: 100%;
    padding: calc(var(--_pex-space) * 3);
    text-align: center;
  }
  .panel form {
    display: grid;
    gap: calc(var(--_pex-space) * 2);
    width: min(100%, 22rem);
    text-align: start;
  }
  .panel h2 {
    margin: 0;
    font-size: 1.35rem;
  }
  .panel p {
    margin: 0;
    max-width: 36rem;
    color: var(--_pex-text-muted);
  }
  .panel .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_pex-space);
  }

  .spinner {
    width: 2.5rem;
    height: 2.5rem;
    border: 4px solid var(--_pex-border);
    border-top-color: var(--_pex-accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  .call {
    display: grid;
    grid-template-columns: 1fr;
    grid-template-rows: 1fr auto;
    grid-template-areas: 'stage' 'toolbar';
    height: 100%;
    min-height: 20rem;
  }
  .call.with-side {
    grid-template-areas: 'stage' 'toolbar' 'side';
    grid-template-rows: 1fr auto auto;
  }
  @container (min-width: 48rem) {
    .call.with-side {
      grid-template-columns: 1fr minmax(16rem, 22rem);
      grid-template-rows: 1fr auto;
      grid-template-areas: 'stage side' 'toolbar side';
    }
  }

  .stage {
    grid-area: stage;
    position: relative;
    display: grid;
    place-items: center;
    min-height: 14rem;
    aspect-ratio: 16 / 9;
    width: 100%;
    background: var(--_pex-stage);
    color: #fff;
  }
  .remote-video {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .self-view {
    position: absolute;
    inset-block-start: var(--_pex-space);
    inset-inline-end: var(--_pex-space);
    width: clamp(6rem, 22%, 14rem);
    aspect-ratio: 4 / 3;
    object-fit: cover;
    transform: scaleX(-1);
    border: 2px solid rgb(255 255 255 / 0.7);
    border-radius: calc(var(--_pex-radius) * 0.75);
    background: #000;
  }
  .stage-message {
    position: relative;
    margin: 0;
    padding: var(--_pex-space) calc(var(--_pex-space) * 2);
    border-radius: var(--_pex-radius);
    background: rgb(0 0 0 / 0.55);
  }
  .banner {
    position: absolute;
    inset-block-start: var(--_pex-space);
    inset-inline-start: 50%;
    translate: -50% 0;
    margin: 0;
    padding: calc(var(--_pex-space) * 0.5) calc(var(--_pex-space) * 1.5);
    border-radius: var(--_pex-radius);
    background: var(--_pex-danger);
    color: var(--_pex-on-danger);
  }

  .toolbar {
    grid-area: toolbar;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_pex-space);
    padding: var(--_pex-space);
    background: var(--_pex-surface);
    border-block-start: 1px solid var(--_pex-border);
  }
  .toolbar .count {
    margin-inline-end: auto;
    color: var(--_pex-text-muted);
    font-size: 0.9rem;
  }
  .toolbar .leave {
    margin-inline-start: auto;
  }

  .side {
    grid-area: side;
    min-height: 0;
    overflow: auto;
    border-block-start: 1px solid var(--_pex-border);
  }
  @container (min-width: 48rem) {
    .side {
      border-block-start: 0;
      border-inline-start: 1px solid var(--_pex-border);
    }
  }
`;
