import {css} from 'lit';

export const rosterStyles = css`
  :host {
    --_pex-roster-background: var(--pex-roster-background, var(--_pex-surface));
    --_pex-roster-row-hover: var(--pex-roster-row-hover-background, var(--_pex-surface-raised));
    --_pex-roster-speaking: var(--pex-roster-speaking-color, var(--_pex-success));
    --_pex-roster-avatar-size: var(--pex-roster-avatar-size, 2.25rem);
    background: var(--_pex-roster-background);
  }
  header {
    padding-block-end: var(--_pex-space);
  }
  .title-row {
    display: flex;
    align-items: center;
    gap: calc(var(--_pex-space) * 0.5);
  }
  h2 {
    display: flex;
    flex: 1;
    align-items: center;
    gap: var(--_pex-space);
    min-inline-size: 0;
  }
  .count {
    min-inline-size: 1.75rem;
    padding: 0 calc(var(--_pex-space) * 0.75);
    border-radius: 999px;
    background: var(--_pex-surface-raised);
    font-size: 0.85rem;
    text-align: center;
  }
  button.icon {
    inline-size: 2.25rem;
    block-size: 2.25rem;
    min-block-size: 0;
  }
  button.icon svg.icon {
    inline-size: 1.15rem;
    block-size: 1.15rem;
  }
  button.small {
    justify-self: start;
    min-block-size: 2rem;
    padding-inline: calc(var(--_pex-space) * 1.5);
    font-size: 0.9rem;
  }
  .search {
    position: relative;
  }
  .search svg.icon {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: calc(var(--_pex-space) * 1.25);
    inline-size: 1.1rem;
    block-size: 1.1rem;
    color: var(--_pex-text-muted);
    translate: 0 -50%;
  }
  .search input {
    inline-size: 100%;
    padding-inline-start: calc(var(--_pex-space) * 4.5);
  }
  .status {
    margin: 0;
    padding: calc(var(--_pex-space) * 0.5) calc(var(--_pex-space) * 2);
    color: var(--_pex-text-muted);
    font-size: 0.85rem;
  }
  .problem {
    display: flex;
    align-items: center;
    gap: var(--_pex-space);
    margin: var(--_pex-space) calc(var(--_pex-space) * 2) 0;
  }
  .problem span {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .problem button {
    min-block-size: 2rem;
    padding-inline: var(--_pex-space);
  }
  .list {
    flex: 1 1 var(--pex-roster-list-height, 22rem);
    min-block-size: 8rem;
  }
  .empty {
    margin: 0;
    padding: calc(var(--_pex-space) * 3) calc(var(--_pex-space) * 2);
    color: var(--_pex-text-muted);
    text-align: center;
  }
  /* Breakout rooms, for hosts (pex-roster-rooms renders here) */
  .rooms {
    display: grid;
    gap: var(--_pex-space);
    padding: var(--_pex-space);
    border-block-start: 1px solid var(--_pex-border);
  }
  .rooms h3 {
    margin: 0;
    font-size: 0.95rem;
  }
  .rooms [role='list'] {
    display: grid;
    margin-block-start: 0.25rem;
  }
  .rooms .empty {
    padding: 0;
    text-align: start;
  }
`;
