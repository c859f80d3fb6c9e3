import {html, nothing, type TemplateResult} from 'lit';
import type {LocalizeController} from '../../i18n/localize-controller.js';
import {anyHandRaised, participantsOf, selfOf} from '../../session/selectors.js';
import type {ConferenceState} from '../../session/types.js';
import {rosterIcon} from './roster-icons.js';

/** What the roster's header does: raise or lower one's hand, lower everyone's, add a participant, search. */
export interface RosterHeaderActions {
  readonly toggleHand: () => void;
  readonly lowerAllHands: () => void;
  readonly add: () => void;
  readonly search: (event: InputEvent) => void;
}

/** The roster's header: heading with the count, raise-hand and (hosts) add and lower-all-hands buttons, and the search. */
export function renderHeader(
  localize: LocalizeController,
  state: ConferenceState,
  {inCall, query}: {inCall: boolean; query: string},
  actions: RosterHeaderActions
): TemplateResult {
  const t = localize.t.bind(localize);
  const self = selfOf(state);
  const host = inCall && state.hostControls;
  const handsRaised = anyHandRaised(state);
  return html`
    <header part="header">
      <div class="title-row">
        <h2 id="heading" part="heading">
          ${t('roster.heading')} <span part="count" class="count">${participantsOf(state).length}</span>
        </h2>
        ${
          inCall && self
            ? html`<button
                part="hand-button"
                class="icon"
                aria-pressed=${self.handRaised ? 'true' : 'false'}
                aria-label=${t('roster.raise-hand')}
                title=${t(self.handRaised ? 'roster.lower-hand' : 'roster.raise-hand')}
                @click=${actions.toggleHand}
              >
                ${rosterIcon('hand')}
              </button>`
            : nothing
        }
        ${
          host
            ? html`<button
                part="add-button"
                class="icon"
                aria-label=${t('roster.add')}
                title=${t('roster.add')}
                @click=${actions.add}
              >
                ${rosterIcon('user-plus')}
              </button>`
            : nothing
        }
      </div>
      ${
        host && handsRaised
          ? html`<button part="lower-hands-button" class="small" @click=${actions.lowerAllHands}>
              ${t('roster.lower-all-hands')}
            </button>`
          : nothing
      }
      <div part="search" class="search">
        ${rosterIcon('search')}
        <input
          part="search-input"
          type="search"
          autocomplete="off"
          aria-label=${t('roster.search')}
          placeholder=${t('roster.search-placeholder')}
          .value=${query}
          ?disabled=${!inCall}
          @input=${actions.search}
        />
      </div>
    </header>
  `;
}
