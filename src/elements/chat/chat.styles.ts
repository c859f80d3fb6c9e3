import {css} from 'lit';

export const chatStyles = css`
  :host {
    --_pex-chat-background: var(--pex-chat-background, var(--_pex-surface));
    --_pex-chat-own: var(--pex-chat-own-background, color-mix(in srgb, var(--_pex-accent) 10%, var(--_pex-surface)));
    --_pex-chat-other: var(--pex-chat-other-background, var(--_pex-surface-raised));
    --_pex-chat-private: var(--pex-chat-private-color, light-dark(#7431b8, #cfa8ff));
    --_pex-chat-link: var(--pex-chat-link-color, var(--_pex-accent));
    --_pex-chat-preview-height: var(--pex-chat-preview-height, 11rem);
    background: var(--_pex-chat-background);
  }
  .body {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    min-block-size: 0;
  }
  button.collapse {
    display: flex;
    align-items: center;
    gap: var(--_pex-space);
    inline-size: 100%;
    min-block-size: 2rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  button.collapse .icon {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    transition: transform 0.15s;
  }
  button.collapse[aria-expanded='false'] .icon {
    transform: rotate(-90deg);
  }
  :host(:dir(rtl)) button.collapse[aria-expanded='false'] .icon {
    transform: rotate(90deg);
  }
  button.collapse .badge {
    margin-inline-start: auto;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_pex-accent);
    color: var(--_pex-on-accent);
    font-size: 0.8rem;
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    button.collapse .icon {
      transition: none;
    }
  }
  .wrap {
    position: relative;
    display: flex;
    flex: 1 1 var(--pex-chat-list-height, 22rem);
    flex-direction: column;
    min-block-size: 8rem;
  }
  .messages {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
    /* The chat keeps the reader's place itself, when older messages are rendered above. */
    overflow-anchor: none;
  }
  .messages:focus-visible {
    outline-offset: -3px;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: calc(var(--_pex-space) * 2);
    color: var(--_pex-text-muted);
    text-align: center;
    pointer-events: none;
  }
  button.new-messages {
    position: absolute;
    inset-block-end: var(--_pex-space);
    inset-inline: 0;
    inline-size: fit-content;
    min-block-size: 2rem;
    margin-inline: auto;
    border-color: var(--_pex-accent);
    border-radius: 999px;
    background: var(--_pex-accent);
    color: var(--_pex-on-accent);
    font-size: 0.9rem;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
  .composer {
    display: grid;
    gap: calc(var(--_pex-space) * 0.75);
    padding: calc(var(--_pex-space) * 1.5) calc(var(--_pex-space) * 2);
    border-block-start: 1px solid var(--_pex-border);
  }
  .composer > * {
    min-inline-size: 0;
  }
  .composer.private {
    background: color-mix(in srgb, var(--_pex-chat-private) 8%, var(--_pex-chat-background));
  }
  .room-choice {
    display: flex;
    align-items: center;
    gap: var(--_pex-space);
    margin-block-start: var(--_pex-space);
    font-size: 0.9rem;
  }
  .room-choice select {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 2rem;
  }
  .to {
    display: flex;
    align-items: center;
    gap: var(--_pex-space);
    font-size: 0.9rem;
  }
  .to select {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 2rem;
  }
  .private select {
    border-color: var(--_pex-chat-private);
    color: var(--_pex-chat-private);
    font-weight: 600;
  }
  .input-row {
    display: flex;
    align-items: flex-end;
    gap: var(--_pex-space);
  }
  textarea {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 2.5rem;
    max-block-size: 8rem;
    padding-block: calc(var(--_pex-space) * 0.75);
    field-sizing: content;
    line-height: 1.4;
    resize: none;
  }
  .private textarea {
    border-color: var(--_pex-chat-private);
  }
`;
