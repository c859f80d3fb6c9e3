import {css} from 'lit';

/** Buttons, fields and messages, shared by every element so they look alike. */
export const controlStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    accent-color: var(--_pex-accent);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_pex-space) * 0.75);
    min-height: 2.5rem;
    padding: 0 calc(var(--_pex-space) * 2);
    border: 1px solid var(--_pex-border);
    border-radius: var(--_pex-radius);
    background: var(--_pex-surface-raised);
    cursor: pointer;
  }
  button:hover {
    filter: brightness(0.95);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  button.primary {
    background: var(--_pex-accent);
    border-color: var(--_pex-accent);
    color: var(--_pex-on-accent);
    font-weight: 600;
  }
  button.danger {
    background: var(--_pex-danger);
    border-color: var(--_pex-danger);
    color: var(--_pex-on-danger);
  }
  button.icon {
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border-radius: 50%;
  }
  /* A toggle that is on (hand raised, panel shown, full motion) shows in the accent colour… */
  button[aria-pressed='true'],
  button.active {
    background: var(--_pex-accent);
    border-color: var(--_pex-accent);
    color: var(--_pex-on-accent);
  }
  /* …except the microphone and camera, whose "pressed" state means muted or off. */
  button.mute-toggle[aria-pressed='true'] {
    background: var(--_pex-danger);
    border-color: var(--_pex-danger);
    color: var(--_pex-on-danger);
  }
  svg.icon {
    width: 1.35rem;
    height: 1.35rem;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :is(button, input, select, textarea, a, [tabindex]):focus-visible {
    outline: 3px solid var(--_pex-focus);
    outline-offset: 2px;
  }
  label {
    display: grid;
    gap: calc(var(--_pex-space) * 0.5);
    font-weight: 500;
  }
  input,
  select,
  textarea {
    min-height: 2.5rem;
    padding: 0 var(--_pex-space);
    border: 1px solid var(--_pex-border);
    border-radius: var(--_pex-radius);
    background: var(--_pex-surface);
  }
  input[aria-invalid='true'] {
    border-color: var(--_pex-danger);
  }
  .message {
    margin: 0;
    padding: var(--_pex-space) calc(var(--_pex-space) * 1.5);
    border-radius: var(--_pex-radius);
    background: var(--_pex-surface-raised);
  }
  /* A checkbox or radio with its label on one line. */
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_pex-space);
    font-weight: 400;
  }
  .choice input {
    min-height: auto;
    margin: 0;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_pex-space) * 0.75);
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: calc(var(--_pex-space) * 0.5);
    font-weight: 500;
  }
  .hint {
    margin: 0;
    color: var(--_pex-text-muted);
    font-size: 0.9rem;
  }
  .binding-message {
    margin: 0;
    padding: calc(var(--_pex-space) * 2);
  }
  .message.error {
    border-inline-start: 4px solid var(--_pex-danger);
  }
`;
