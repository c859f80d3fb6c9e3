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
  :host(:fullscreen) {
    border: 0;
    border-radius: 0;
  }

  /* Panels: joining, PIN, extension, waiting, ended, failed */
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
  .panel h2 {
    margin: 0;
    font-size: 1.35rem;
  }
  .panel p {
    margin: 0;
    max-width: 36rem;
  }
  .panel .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_pex-space);
  }
  .panel .icon {
    width: 2.5rem;
    height: 2.5rem;
    color: var(--_pex-danger);
  }
  .prompt {
    display: grid;
    gap: calc(var(--_pex-space) * 1.5);
    width: min(100%, 22rem);
    text-align: start;
  }
  .prompt h2 {
    text-align: center;
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

  .notices {
    display: grid;
    gap: calc(var(--_pex-space) * 0.5);
    width: 100%;
    padding: var(--_pex-space);
  }
  .notice {
    display: flex;
    align-items: center;
    gap: var(--_pex-space);
    text-align: start;
  }
  .notice span {
    flex: 1;
  }
  .notice .dismiss {
    min-height: 2rem;
    padding: 0 0.6rem;
  }

  .setup-link {
    margin: 0;
    padding: 0 calc(var(--_pex-space) * 3) calc(var(--_pex-space) * 2);
    text-align: end;
  }
  button.link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_pex-accent);
    text-decoration: underline;
  }

  /* The call (its layer is there, hidden, before the call: see #renderCall) */
  .call-layer {
    display: contents;
  }
  .call-layer[hidden] {
    display: none;
  }
  .call {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    height: 100%;
    min-height: var(--pex-conference-min-height, 30rem);
  }
  .main {
    position: relative;
    display: grid;
    grid-template-rows: auto minmax(12rem, 1fr) auto;
    min-width: 0;
    min-height: 0;
  }
  .main > pex-stage {
    grid-row: 2;
  }
  .main > pex-call-toolbar {
    display: block;
    grid-row: 3;
    min-width: 0;
  }
  @container (min-width: 48rem) {
    .call.with-side {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, var(--pex-conference-side-width, 22rem));
    }
  }
  /* Live captions over the stage (pex-captions-overlay renders here) */
  .main > pex-captions-overlay {
    grid-row: 2;
    grid-column: 1;
    align-self: end;
    justify-self: center;
    z-index: 2;
    max-width: min(48rem, 92%);
    margin-block-end: calc(var(--_pex-space) * 2);
    pointer-events: none;
  }
  .captions {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    padding: 0.3em 0.6em;
    border-radius: var(--_pex-radius);
    font-size: clamp(1.1rem, 2.6cqi, 1.6rem);
    line-height: 1.35;
    color: #fff;
    background: transparent;
  }
  .captions.shown {
    background: rgb(0 0 0 / 0.82);
  }
  .captions .speaker {
    font-weight: 700;
  }
  /* Where our call is in breakout rooms (pex-breakout-banner renders here) */
  .banner.breakout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pex-space);
    align-items: center;
  }
  .banner {
    position: absolute;
    inset-block-start: calc(var(--_pex-space) * 4);
    inset-inline-start: 50%;
    translate: -50% 0;
    z-index: 2;
    margin: 0;
    padding: calc(var(--_pex-space) * 0.5) calc(var(--_pex-space) * 1.5);
    border-radius: var(--_pex-radius);
    background: var(--_pex-danger);
    color: var(--_pex-on-danger);
  }
  :host([dir='rtl']) .banner,
  :host(:dir(rtl)) .banner {
    translate: 50% 0;
  }
  .banner.info {
    background: var(--_pex-surface-raised);
    color: var(--_pex-text);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pex-space);
    padding: var(--_pex-space);
    background: var(--_pex-surface);
    border-block-start: 1px solid var(--_pex-border);
  }
  .toolbar .count {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    color: var(--_pex-text-muted);
    font-size: 0.9rem;
    white-space: nowrap;
  }
  .toolbar .count .icon {
    width: 1rem;
    height: 1rem;
  }
  .toolbar .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_pex-space);
    flex: 1;
  }
  .toolbar .leave {
    margin-inline-start: auto;
  }
  .badge-host {
    position: relative;
  }
  .badge.waiting {
    inset-block-start: auto;
    inset-block-end: -0.3rem;
    background: var(--_pex-accent);
    color: var(--_pex-on-accent);
  }
  .waiting-notice {
    position: absolute;
    inset-block-start: calc(var(--_pex-space) * 9);
    inset-inline: calc(var(--_pex-space) * 2);
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pex-space);
    padding: var(--_pex-space);
    border-radius: var(--_pex-radius);
    background: var(--_pex-surface);
    color: var(--_pex-text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  .waiting-notice span {
    flex: 1;
  }
  .badge {
    position: absolute;
    inset-block-start: -0.3rem;
    inset-inline-end: -0.3rem;
    min-width: 1.2rem;
    padding: 0 0.3rem;
    border-radius: 999px;
    background: var(--_pex-danger);
    color: var(--_pex-on-danger);
    font-size: 0.75rem;
    line-height: 1.2rem;
  }
  @container (max-width: 36rem) {
    .toolbar {
      gap: calc(var(--_pex-space) * 0.5);
    }
    .toolbar .controls {
      gap: calc(var(--_pex-space) * 0.5);
    }
    .toolbar button.icon,
    .toolbar pex-menu::part(trigger) {
      width: 2.5rem;
      height: 2.5rem;
    }
    .toolbar .count {
      width: 100%;
      justify-content: center;
    }
    .toolbar .leave .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .toolbar .leave {
      width: 2.5rem;
      height: 2.5rem;
      padding: 0;
      border-radius: 50%;
      margin-inline-start: 0;
    }
  }

  .side {
    display: flex;
    flex-direction: column;
    min-height: 0;
    max-height: 100%;
    overflow: auto;
    border-block-start: 1px solid var(--_pex-border);
  }
  /* The participant list and the chat share the panel's height, each scrolling its own list,
     never shorter than their heading, search and message field (the panel scrolls instead of
     one covering the other; beside the stage, the call grows instead of the file sharing below
     covering the chat's Send button). */
  .side > pex-roster,
  .side > pex-chat,
  .side ::slotted(pex-roster),
  .side ::slotted(pex-chat) {
    flex: 1 1 0;
    min-block-size: min-content;
    --pex-roster-list-height: 0;
    --pex-chat-list-height: 0;
  }
  /* A collapsed chat is only its heading: the participant list takes the room. */
  .side > pex-chat[collapsed],
  .side ::slotted(pex-chat[collapsed]) {
    flex: none;
    min-block-size: auto;
  }
  @container (width < 48rem) {
    /* Below the stage: taller when the lists' headings, search and message field need it (the
       page scrolls, not the panel). */
    .side {
      block-size: auto;
      min-block-size: var(--pex-conference-side-height, 30rem);
      max-height: none;
      overflow: visible;
    }
  }
  @container (min-width: 48rem) {
    .side {
      border-block-start: 0;
      border-inline-start: 1px solid var(--_pex-border);
    }
  }

  .main {
    position: relative;
  }
  .splash {
    position: absolute;
    inset: 0;
    z-index: 2;
    display: grid;
    place-items: center;
    background: var(--_pex-stage, #111418);
    color: #fff;
  }
  .splash img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .splash.in-panel {
    position: relative;
    inset: auto;
    z-index: auto;
    inline-size: min(100%, 36rem);
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--_pex-radius);
  }
  .splash p {
    position: relative;
    margin: 0;
    padding: calc(var(--_pex-space) * 2);
    font-size: 1.5rem;
    text-align: center;
    text-shadow: 0 1px 3px #000;
  }
  .banner.classification {
    font-weight: 600;
    text-align: center;
    letter-spacing: 0.05em;
  }
  .banner.classification.level-2,
  .banner.classification.level-3 {
    border: 2px solid currentColor;
  }
  .call-quality .icon {
    inline-size: 1rem;
    block-size: 1rem;
    vertical-align: middle;
  }
  .call-quality.ok {
    color: #b26a00;
  }
  .call-quality.bad {
    color: var(--_pex-danger, #c62828);
  }
  .end-countdown {
    margin-inline-start: var(--_pex-space);
    font-variant-numeric: tabular-nums;
  }
`;
