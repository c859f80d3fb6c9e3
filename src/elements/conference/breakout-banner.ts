import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Session} from '../../session/session.js';
import {MAIN_ROOM_ID, type ConferenceState} from '../../session/types.js';
import {actionErrorText} from '../shared/action-error.js';
import {SessionActionError} from '../../session/session.js';
import {minutesLeft} from './breakout-time.js';
import {ClockController} from '../../context/clock-controller.js';

/**
 * Where our call is, when a host moved it: "Moving you to Room 2…", then "You are in Room 2 ·
 * 4 min left", with "Ask for help" and, where the room allows it (or we are a host), "Return to
 * the main room". It renders into the conference's shadow root (its `breakout` part).
 *
 * @internal
 * @tagname pex-breakout-banner
 */
export class PexBreakoutBanner extends LitElement {
  readonly #localize = new LocalizeController(this, meetingFeatures);

  constructor() {
    super();
    // The time left, counted down.
    new ClockController(this, 15_000);
  }

  @property({attribute: false}) accessor session: Session | undefined;
  @property({attribute: false}) accessor state: ConferenceState | undefined;
  @state() private accessor problem = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  async #run(action: (session: Session) => Promise<void>): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.problem = '';
    try {
      await action(session);
    } catch (error) {
      const refusedLeave = error instanceof SessionActionError && error.action === 'leaveRoom' && error.problem === 'refused';
      this.problem = refusedLeave ? this.#localize.t('breakout.no-leave') : actionErrorText(this.#localize, error);
    }
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.state;
    if (!state) return nothing;
    const t = this.#localize.t.bind(this.#localize);
    const {moving, currentRoomId, rooms, selfIds} = state.breakouts;
    if (moving) {
      const room = moving.to === MAIN_ROOM_ID ? t('breakout.main-room') : moving.name;
      return html`<p part="breakout" class="banner info breakout" role="status">${t('breakout.moving', {room})}</p>`;
    }
    if (currentRoomId === MAIN_ROOM_ID || !Object.hasOwn(rooms, currentRoomId))
      return html`<p class="visually-hidden" role="status"></p>`;
    const room = rooms[currentRoomId];
    const left = minutesLeft(room.endTime, Date.now());
    const selfId = Object.hasOwn(selfIds, currentRoomId) ? selfIds[currentRoomId] : state.selfId;
    const asked = Boolean(room.help) && (room.help?.participantId === undefined || room.help.participantId === selfId);
    return html`<div part="breakout" class="banner info breakout">
      <span role="status"
        >${t('breakout.in-room', {room: room.name})}${left === undefined ? '' : ` · ${t('breakout.time-left', {minutes: left})}`}</span
      >
      <button
        class="ask-help"
        aria-pressed=${asked ? 'true' : 'false'}
        @click=${() => void this.#run((session) => (asked ? session.cancelHelp() : session.askForHelp()))}
      >
        ${t('breakout.ask-help')}
      </button>
      ${
        room.guestsAllowedToLeave || state.hostControls
          ? html`<button class="return" @click=${() => void this.#run((session) => session.leaveRoom())}>
              ${t('breakout.return')}
            </button>`
          : nothing
      }
      ${this.problem ? html`<span class="error" role="alert">${this.problem}</span>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-breakout-banner': PexBreakoutBanner;
  }
}
