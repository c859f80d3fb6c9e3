import {css, html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {StringKey} from '../../i18n/en.js';
import {roster} from '../../i18n/en/roster.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Participant} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {cssProperties} from '../../styles/css-properties.js';
import {hostStyles} from '../../styles/host.styles.js';
import {icon} from '../icons.js';
import {actionsFor, type ParticipantAction} from './participant-actions.js';
import {rosterIcon, type RosterIconName} from './roster-icons.js';

/** The parts of a row, re-exported by `<pex-roster>` so that pages can style them. */
export const ROW_PARTS = [
  'row',
  'avatar',
  'name',
  'role',
  'role-host',
  'badges',
  'badge',
  'badge-calling',
  'badge-transferring',
  'badge-client-muted',
  'badge-waiting',
  'badge-streaming',
  'badge-presenting',
  'badge-spotlight',
  'badge-hand-raised',
  'badge-speaking',
  'badge-muted',
  'badge-camera-off',
  'admit-button',
  'reject-button',
  'actions-button',
].join(', ');

interface Badge {
  readonly part: string;
  readonly icon: RosterIconName | 'microphone-off' | 'camera-off';
  readonly label: StringKey;
  /** Draws attention (muted, waiting) or shows activity (speaking). */
  readonly tone?: 'alert' | 'active';
}

/** The badges that apply to a participant, in the order they are shown. */
function badgesOf(participant: Participant): readonly Badge[] {
  const badges: Badge[] = [];
  if (participant.calling) badges.push({part: 'badge-calling', icon: 'calling', label: 'roster.badge.calling'});
  if (participant.transferring)
    badges.push({part: 'badge-transferring', icon: 'moving', label: 'roster.transferring', tone: 'active'});
  if (participant.waiting) badges.push({part: 'badge-waiting', icon: 'waiting', label: 'roster.badge.waiting', tone: 'alert'});
  if (participant.streaming)
    badges.push({part: 'badge-streaming', icon: 'streaming', label: 'roster.badge.streaming', tone: 'alert'});
  if (participant.presenting)
    badges.push({part: 'badge-presenting', icon: 'presenting', label: 'roster.badge.presenting', tone: 'active'});
  if (participant.spotlight) badges.push({part: 'badge-spotlight', icon: 'spotlight', label: 'roster.badge.spotlight'});
  if (participant.handRaised)
    badges.push({part: 'badge-hand-raised', icon: 'hand', label: 'roster.badge.hand-raised', tone: 'active'});
  if (participant.speaking)
    badges.push({part: 'badge-speaking', icon: 'speaking', label: 'roster.badge.speaking', tone: 'active'});
  if (participant.clientMuted)
    badges.push({part: 'badge-client-muted', icon: 'lock', label: 'roster.client-muted', tone: 'alert'});
  if (participant.microphoneMuted)
    badges.push({part: 'badge-muted', icon: 'microphone-off', label: 'roster.badge.muted', tone: 'alert'});
  if (participant.cameraMuted && participant.callType === 'video') {
    badges.push({part: 'badge-camera-off', icon: 'camera-off', label: 'roster.badge.camera-off'});
  }
  return badges;
}

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * Up to two initials: the first letter or digit of the first and last word that have one, so
 * punctuation and invisible direction characters (a name may carry U+202E) are skipped.
 */
function initials(name: string): string {
  const firsts = name.split(/\s+/u).flatMap((word) => {
    const start = word.search(/[\p{L}\p{N}]/u);
    if (start < 0) return [];
    const first = graphemes.segment(word.slice(start)).containing(0);
    return first ? [first.segment.toLocaleUpperCase()] : [];
  });
  return firsts.length > 1 ? `${firsts[0]}${firsts[firsts.length - 1]}` : (firsts[0] ?? '');
}

/** A stable hue per participant, so that the same person keeps the same avatar colour. */
function hueOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return hash;
}

/**
 * One participant in `<pex-roster>`: avatar, name, role, badges and the buttons for them. It
 * re-renders only when its own participant object changes (the session replaces only changed
 * participants), which keeps a 1000-person roster cheap to update.
 *
 * @internal
 * @tagname pex-roster-row
 */
export class PexRosterRow extends LitElement {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      :host {
        display: block;
        inline-size: 100%;
      }
      .row.pending .badges {
        opacity: 0.6;
      }
      .row {
        display: flex;
        align-items: center;
        gap: var(--_pex-space);
        min-block-size: 3.25rem;
        padding-block: calc(var(--_pex-space) * 0.5);
        padding-inline: calc(var(--_pex-space) * 2) var(--_pex-space);
      }
      .row:hover,
      .row:focus-within {
        background: var(--_pex-roster-row-hover);
      }
      .row:focus-visible {
        outline-offset: -3px;
      }
      .avatar {
        display: grid;
        place-items: center;
        flex: none;
        inline-size: var(--_pex-roster-avatar-size);
        block-size: var(--_pex-roster-avatar-size);
        border-radius: 50%;
        background: hsl(var(--_hue) 45% 30%);
        color: #ffffff;
        font-size: 0.85rem;
        font-weight: 600;
        transition: box-shadow 0.15s;
      }
      .avatar.speaking {
        box-shadow:
          0 0 0 2px var(--_pex-roster-background),
          0 0 0 4px var(--_pex-roster-speaking);
      }
      @media (prefers-reduced-motion: reduce) {
        .avatar {
          transition: none;
        }
      }
      .text {
        display: grid;
        flex: 1;
        min-inline-size: 0;
      }
      .name {
        overflow: hidden;
        font-weight: 500;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      /* The name's own direction decides which end is cut off; it still lines up with the row. */
      :host(:dir(rtl)) .name:dir(ltr),
      :host(:dir(ltr)) .name:dir(rtl) {
        text-align: end;
      }
      .you {
        color: var(--_pex-text-muted);
        font-weight: 400;
      }
      .role {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        color: var(--_pex-text-muted);
        font-size: 0.8rem;
      }
      .role.host {
        color: var(--_pex-accent);
        font-weight: 600;
      }
      .role svg.icon {
        inline-size: 0.9rem;
        block-size: 0.9rem;
      }
      .badges {
        display: flex;
        flex: none;
        gap: 0.25rem;
        color: var(--_pex-text-muted);
      }
      .badge {
        display: inline-grid;
        place-items: center;
      }
      .badge svg.icon {
        inline-size: 1.15rem;
        block-size: 1.15rem;
      }
      .badge.alert {
        color: var(--_pex-danger);
      }
      .badge.active {
        color: var(--_pex-roster-speaking);
      }
      button.icon {
        inline-size: 2.25rem;
        block-size: 2.25rem;
        min-block-size: 0;
        flex: none;
      }
      button.icon svg.icon {
        inline-size: 1.15rem;
        block-size: 1.15rem;
      }
      button.actions {
        border-color: transparent;
        background: transparent;
      }
      button.actions[aria-expanded='true'] {
        border-color: var(--_pex-border);
        background: var(--_pex-surface-raised);
      }
      button.admit {
        border-color: var(--_pex-success);
        background: var(--_pex-success);
        color: var(--_pex-on-accent);
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, roster);

  /** The participant this row shows. */
  @property({attribute: false}) accessor participant: Participant | undefined;

  /** The viewer has host controls: only then are host actions, admit and reject offered. */
  @property({attribute: false}) accessor hostView = false;

  /** The participant is in a breakout room our call is not in: only the per-room host actions. */
  @property({attribute: false}) accessor inBreakoutRoom = false;

  /** Keyboard focus enters the list at this row (roving tabindex). */
  @property({attribute: false}) accessor active = false;

  /** This row's actions menu is open. */
  @property({attribute: false}) accessor expanded = false;

  /** A host's request about this participant is on its way to the node (shown until it confirms or refuses). */
  @property({attribute: false}) accessor pending = false;

  /** Set by the roster: open the actions menu for this row at `anchor`. */
  onMenu?: (participant: Participant, anchor: HTMLElement) => void;

  /** Set by the roster: run an action from one of the row's own buttons (admit, reject). */
  onAction?: (participant: Participant, action: ParticipantAction) => void;

  /** Moves keyboard focus to the row's actions button (or the row, when it has no actions). */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector<HTMLElement>('.actions') ?? this.renderRoot.querySelector<HTMLElement>('.row'))?.focus(
      options
    );
  }

  override render(): TemplateResult | typeof nothing {
    const participant = this.participant;
    if (!participant) return nothing;
    const t = this.#localize.t.bind(this.#localize);
    const name = participant.displayName;
    const hasMenu = actionsFor(participant, this.hostView, this.inBreakoutRoom).length > 0;
    const tabIndex = this.active ? 0 : -1;
    return html`
      <div
        part="row"
        class="row ${this.pending ? 'pending' : ''}"
        aria-busy=${this.pending ? 'true' : 'false'}
        tabindex=${hasMenu ? nothing : tabIndex}
      >
        <span
          part="avatar"
          class="avatar ${participant.speaking ? 'speaking' : ''}"
          ${cssProperties({'--_hue': String(hueOf(participant.id))})}
          aria-hidden="true"
          >${initials(name)}</span
        >
        <span class="text">
          <span part="name" class="name" dir="auto"
            ><bdi>${name}</bdi>${participant.isSelf ? html` <span class="you">${t('roster.you')}</span>` : nothing}</span
          >
          ${
            participant.role === 'host'
              ? html`<span part="role role-host" class="role host">${rosterIcon('host')}${t('roster.role.host')}</span>`
              : html`<span part="role" class="role">${t('roster.role.guest')}</span>`
          }
        </span>
        <span part="badges" class="badges">${badgesOf(participant).map((badge) => this.#renderBadge(badge))}</span>
        ${participant.waiting && this.hostView ? this.#renderAdmission(participant, tabIndex) : nothing}
        ${
          hasMenu
            ? html`<button
                part="actions-button"
                class="icon actions"
                tabindex=${tabIndex}
                aria-haspopup="menu"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                aria-label=${t('roster.actions', {name})}
                title=${t('roster.actions', {name})}
                @click=${(event: Event) => this.onMenu?.(participant, event.currentTarget as HTMLElement)}
              >
                ${rosterIcon('more')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  #renderBadge(badge: Badge): TemplateResult {
    const label = this.#localize.t(badge.label);
    const glyph = badge.icon === 'microphone-off' || badge.icon === 'camera-off' ? icon(badge.icon) : rosterIcon(badge.icon);
    return html`<span part="badge ${badge.part}" class="badge ${badge.tone ?? ''}" role="img" aria-label=${label} title=${label}
      >${glyph}</span
    >`;
  }

  /** The guide's green and red telephone buttons beside a waiting participant. */
  #renderAdmission(participant: Participant, tabIndex: number): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const name = participant.displayName;
    return html`
      <button
        part="admit-button"
        class="icon admit"
        tabindex=${tabIndex}
        aria-label=${t('roster.admit', {name})}
        title=${t('roster.admit', {name})}
        @click=${() => this.onAction?.(participant, 'admit')}
      >
        ${rosterIcon('phone')}
      </button>
      <button
        part="reject-button"
        class="icon danger"
        tabindex=${tabIndex}
        aria-label=${t('roster.reject', {name})}
        title=${t('roster.reject', {name})}
        @click=${() => this.onAction?.(participant, 'reject')}
      >
        ${icon('phone-off')}
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-roster-row': PexRosterRow;
  }
}
