import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {participantsOf} from '../../session/selectors.js';
import type {ConferenceState} from '../../session/types.js';

/**
 * For hosts while breakout rooms run: the roster's participants grouped by room (the main room's
 * are the roster's list above). It renders into the roster's shadow root, so its parts are the
 * roster's.
 *
 * @internal
 * @tagname pex-roster-rooms
 * @csspart rooms - The breakout rooms, each with its participants.
 */
export class PexRosterRooms extends LitElement {
  readonly #localize = new LocalizeController(this, meetingFeatures);

  @property({attribute: false}) accessor state: ConferenceState | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.state;
    const rooms = state ? Object.values(state.breakouts.rooms) : [];
    if (!state || !rooms.length) return nothing;
    return html`<div part="rooms" class="rooms">
      ${rooms.map((room) => {
        const people = participantsOf(state, room.id);
        const helpAsked = room.help ? ' !' : '';
        // A group, not a landmark: the breakout dialog has a region of the same name for each room.
        return html`<section class="room" role="group" data-room=${room.id} aria-label=${room.name}>
          <h3>${room.name} <span class="count">${people.length}</span>${helpAsked}</h3>
          ${
            people.length
              ? html`<ul>
                  ${people.map(({displayName}) => html`<li>${displayName}</li>`)}
                </ul>`
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
