import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {participantsOf} from '../../session/selectors.js';
import type {ConferenceState, Participant} from '../../session/types.js';
import type {ParticipantAction} from './participant-actions.js';
import {ROW_PARTS} from './roster-row.js';

/**
 * For hosts while breakout rooms run: the roster's participants grouped by room (the main room's
 * are the roster's list above), each with the host actions a breakout room takes (mute, video,
 * spotlight, lower hand, disconnect…), sent to that room. It renders into the roster's shadow
 * root, so its parts are the roster's.
 *
 * @internal
 * @tagname pex-roster-rooms
 * @csspart rooms - The breakout rooms, each with its participants.
 */
export class PexRosterRooms extends LitElement {
  readonly #localize = new LocalizeController(this, meetingFeatures);

  @property({attribute: false}) accessor state: ConferenceState | undefined;

  /** The participant whose actions menu is open (the roster's). */
  @property({attribute: false}) accessor menuFor: string | undefined;

  /** Set by the roster: open the actions menu for a participant at `anchor`. */
  onMenu?: (participant: Participant, anchor: HTMLElement) => void;

  /** Set by the roster: run an action from a row's own buttons. */
  onAction?: (participant: Participant, action: ParticipantAction) => void;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.state;
    const rooms = state ? Object.values(state.breakouts.rooms) : [];
    if (!state || !rooms.length) return nothing;
    const pending = new Set(Object.values(state.pending).map(({participantId}) => participantId));
    return html`<div part="rooms" class="rooms">
      ${rooms.map((room) => {
        const people = participantsOf(state, room.id);
        const helpAsked = room.help ? ' !' : '';
        // A group, not a landmark: the breakout dialog has a region of the same name for each room.
        return html`<section class="room" role="group" data-room=${room.id} aria-label=${room.name}>
          <h3>${room.name} <span class="count">${people.length}</span>${helpAsked}</h3>
          ${
            people.length
              ? html`<div role="list" aria-label=${room.name}>
                  ${people.map(
                    (participant) =>
                      html`<pex-roster-row
                        role="listitem"
                        exportparts=${ROW_PARTS}
                        .participant=${participant}
                        .hostView=${state.hostControls}
                        .inBreakoutRoom=${room.id !== state.breakouts.currentRoomId}
                        .active=${true}
                        .expanded=${participant.id === this.menuFor}
                        .pending=${pending.has(participant.id)}
                        .onMenu=${this.onMenu}
                        .onAction=${this.onAction}
                      ></pex-roster-row>`
                  )}
                </div>`
              : html`<p class="empty">${this.#localize.t('breakout.empty')}</p>`
          }
        </section>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-roster-rooms': PexRosterRooms;
  }
}
