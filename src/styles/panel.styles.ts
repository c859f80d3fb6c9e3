import {css} from 'lit';

/**
 * The layout that `<pex-roster>` and `<pex-chat>` share: a column with a header, a list that
 * takes the room left, and (for the chat) a composer below it.
 */
export const panelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
  }
  .base {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-block-size: 0;
  }
  header {
    display: grid;
    gap: var(--_pex-space);
    padding: calc(var(--_pex-space) * 1.5) calc(var(--_pex-space) * 2);
    border-block-end: 1px solid var(--_pex-border);
  }
  h2 {
    margin: 0;
    font-size: 1.05rem;
  }
`;
