import {css, html, nothing, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {participantsOf} from '../../session/selectors.js';
import type {Session} from '../../session/session.js';
import {MAIN_ROOM_ID, type BreakoutRoomInfo, type Participant} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {actionErrorText} from '../shared/action-error.js';
import {minutesLeft} from './breakout-time.js';
import {ClockController} from '../../context/clock-controller.js';
import {SessionDialog} from './session-dialog.js';

const MAX_ROOMS = 20;

/**
 * "Breakout rooms", for hosts. Before: how many rooms, their names, an optional duration, what
 * happens at the end, whether guests may leave, and who goes where (by hand, or evenly at
 * random). While they run: a card per room with its participants (each can be moved), its time
 * left and any help request, plus a message to all rooms, bringing everyone back, and closing.
 *
 * @internal
 * @tagname pex-breakout-dialog
 */
export class PexBreakoutDialog extends SessionDialog {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      form,
      .rooms {
        display: grid;
        gap: var(--_pex-space);
      }
      fieldset {
        display: grid;
        gap: 0.4rem;
        margin: 0;
        border: 1px solid var(--_pex-border);
        border-radius: var(--_pex-radius);
      }
      .card {
        padding: var(--_pex-space);
        border: 1px solid var(--_pex-border);
        border-radius: var(--_pex-radius);
      }
      .card h3 {
        display: flex;
        gap: var(--_pex-space);
        align-items: baseline;
        margin: 0 0 0.4rem;
        font-size: 1rem;
      }
      .card ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.3rem;
      }
      .card li,
      .row {
        display: flex;
        gap: var(--_pex-space);
        align-items: center;
        justify-content: space-between;
        flex-wrap: wrap;
      }
      .help {
        color: var(--_pex-danger);
        font-weight: 600;
      }
      .muted {
        color: var(--_pex-text-muted);
      }
    `,
  ];

  readonly #localize = new LocalizeController(this, meetingFeatures);

  constructor() {
    super((s) => [s.breakouts, s.rooms, s.hostControls]);
    // The time left, counted down.
    new ClockController(this, 15_000);
  }

  @state() private accessor roomCount = 2;
  @state() private accessor names: readonly string[] = [];
  @state() private accessor manual = false;
  /** By hand: the room (index) of each participant; absent: stays in the main room. */
  @state() private accessor assigned: Readonly<Record<string, number>> = {};
  #t(key: Parameters<LocalizeController['t']>[0], params?: Record<string, string | number>): string {
    return this.#localize.t(key, params);
  }

  async #run(action: () => Promise<unknown>): Promise<void> {
    this.problem = '';
    try {
      await action();
    } catch (error) {
      this.problem = actionErrorText(this.#localize, error);
    }
  }

  #roomName(index: number): string {
    return this.names[index]?.trim() || this.#t('breakout.default-name', {number: index + 1});
  }

  #open = (event: SubmitEvent): void => {
    event.preventDefault();
    const session = this.session;
    if (!session) return;
    const form = new FormData(event.target as HTMLFormElement);
    const minutes = Number(form.get('duration'));
    const rooms = Array.from({length: this.roomCount}, (_, index) => ({name: this.#roomName(index)}));
    const byRoom = rooms.map((_, index) =>
      Object.entries(this.assigned)
        .filter(([, room]) => room === index)
        .map(([id]) => id)
    );
    void this.#run(() =>
      session.openBreakouts({
        rooms,
        durationMinutes: minutes > 0 ? minutes : undefined,
        endAction: form.get('end-action') === 'disconnect' ? 'disconnect' : 'transfer',
        guestsAllowedToLeave: form.get('guests-may-leave') === 'on',
        assignment: this.manual ? {kind: 'manual', byRoom} : {kind: 'random'},
      })
    );
  };

  override render(): TemplateResult {
    const state = this.session?.state;
    const rooms = state ? Object.values(state.breakouts.rooms) : [];
    return html`
      <pex-dialog label=${this.#t('breakout.menu')} wide>
        ${this.problem ? html`<p class="message error" role="alert">${this.problem}</p>` : nothing}
        ${rooms.length ? this.#renderRunning(rooms) : this.#renderSetup()}
      </pex-dialog>
    `;
  }

  #renderSetup(): TemplateResult {
    const t = this.#t.bind(this);
    const guests = this.session ? participantsOf(this.session.state).filter((p) => !p.isSelf && !p.waiting) : [];
    return html`<form class="setup" @submit=${this.#open}>
      <label
        >${t('breakout.count')}
        <input
          name="count"
          type="number"
          min="1"
          max=${MAX_ROOMS}
          .value=${String(this.roomCount)}
          @input=${(event: Event) => {
            const value = Math.round(Number((event.target as HTMLInputElement).value));
            if (value >= 1 && value <= MAX_ROOMS) this.roomCount = value;
          }}
      /></label>
      ${Array.from(
        {length: this.roomCount},
        (_, index) =>
          html`<label
            >${t('breakout.room-name', {number: index + 1})}
            <input
              class="room-name"
              .value=${this.names[index] ?? ''}
              placeholder=${t('breakout.default-name', {number: index + 1})}
              @input=${(event: Event) => {
                const names = [...this.names];
                names[index] = (event.target as HTMLInputElement).value;
                this.names = names;
              }}
          /></label>`
      )}
      <label>${t('breakout.duration')} <input name="duration" type="number" min="1" max="1440" /></label>
      <fieldset>
        <legend>${t('breakout.end-action')}</legend>
        <label><input type="radio" name="end-action" value="transfer" checked /> ${t('breakout.end-transfer')}</label>
        <label><input type="radio" name="end-action" value="disconnect" /> ${t('breakout.end-disconnect')}</label>
      </fieldset>
      <label><input type="checkbox" name="guests-may-leave" checked /> ${t('breakout.guests-may-leave')}</label>
      <fieldset>
        <legend>${t('breakout.assignment')}</legend>
        <label
          ><input type="radio" name="assignment" value="random" ?checked=${!this.manual} @change=${() => (this.manual = false)} />
          ${t('breakout.assign-random')}</label
        >
        <label
          ><input type="radio" name="assignment" value="manual" ?checked=${this.manual} @change=${() => (this.manual = true)} />
          ${t('breakout.assign-manual')}</label
        >
        ${this.manual ? guests.map((guest) => this.#renderAssignment(guest)) : nothing}
      </fieldset>
      <button class="primary" type="submit">${t('breakout.open')}</button>
    </form>`;
  }

  #renderAssignment(guest: Participant): TemplateResult {
    const room = this.assigned[guest.id] ?? -1;
    return html`<label class="row"
      >${guest.displayName}
      <select
        class="assign"
        aria-label=${this.#t('breakout.room-for', {name: guest.displayName})}
        @change=${(event: Event) => {
          const index = Number((event.target as HTMLSelectElement).value);
          this.assigned = {...this.assigned, [guest.id]: index};
        }}
      >
        <option value="-1" ?selected=${room === -1}>${this.#t('breakout.main-room')}</option>
        ${Array.from(
          {length: this.roomCount},
          (_, index) => html`<option value=${index} ?selected=${room === index}>${this.#roomName(index)}</option>`
        )}
      </select></label
    >`;
  }

  #renderRunning(rooms: readonly BreakoutRoomInfo[]): TemplateResult {
    const t = this.#t.bind(this);
    const session = this.session;
    if (!session) return html``;
    const targets = [{id: MAIN_ROOM_ID, name: t('breakout.main-room')}, ...rooms.map(({id, name}) => ({id, name}))];
    const asking = rooms.filter((room) => room.help);
    return html`<div class="rooms">
      <p class="visually-hidden" role="status">${asking.map((room) => this.#helpText(room)).join(' ')}</p>
      ${this.#renderRoomCard({id: MAIN_ROOM_ID, name: t('breakout.main-room')}, targets, session)}
      ${rooms.map((room) => this.#renderRoomCard(room, targets, session))}
      <form
        class="row"
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          const input = (event.target as HTMLFormElement).querySelector('input');
          if (!input) return;
          void this.#run(async () => {
            await session.messageAllRooms(input.value);
            input.value = '';
          });
        }}
      >
        <label>${t('breakout.message-all')} <input class="message-all" required /></label>
        <button type="submit">${t('breakout.send')}</button>
      </form>
      <div class="row">
        <button class="bring-back" @click=${() => void this.#run(() => session.bringEveryoneBack())}>
          ${t('breakout.bring-back')}
        </button>
        <button class="danger close-all" @click=${() => void this.#run(() => session.closeAllRooms())}>
          ${t('breakout.close-all')}
        </button>
      </div>
    </div>`;
  }

  #helpText(room: BreakoutRoomInfo): string {
    const asker = room.help?.participantId;
    const state = this.session?.state;
    const name = asker && state ? participantsOf(state, room.id).find(({id}) => id === asker)?.displayName : undefined;
    return name
      ? this.#t('breakout.help-asked', {name, room: room.name})
      : this.#t('breakout.help-asked-room', {room: room.name});
  }

  #renderRoomCard(
    room: Pick<BreakoutRoomInfo, 'id' | 'name'> & Partial<BreakoutRoomInfo>,
    targets: readonly {id: string; name: string}[],
    session: Session
  ): TemplateResult {
    const t = this.#t.bind(this);
    const people = participantsOf(session.state, room.id).filter((p) => !p.isSelf || room.id !== MAIN_ROOM_ID);
    const left = minutesLeft(room.endTime, Date.now());
    return html`<section class="card" data-room=${room.id} aria-label=${room.name}>
      <h3>
        <span>${room.name}</span>
        ${left === undefined ? nothing : html`<span class="muted">${t('breakout.time-left', {minutes: left})}</span>`}
      </h3>
      ${
        room.help
          ? html`<p class="row">
              <span class="help">${this.#helpText(room as BreakoutRoomInfo)}</span>
              <button @click=${() => void this.#run(() => session.cancelHelp(room.id))}>${t('breakout.clear-help')}</button>
            </p>`
          : nothing
      }
      ${
        people.length
          ? html`<ul>
              ${people.map(
                (person) =>
                  html`<li>
                    <span>${person.displayName}</span>
                    <select
                      class="move"
                      aria-label=${t('breakout.move-to', {name: person.displayName})}
                      @change=${(event: Event) => {
                        const to = (event.target as HTMLSelectElement).value;
                        if (to !== room.id) void this.#run(() => session.moveParticipants([person.id], room.id, to));
                      }}
                    >
                      ${targets.map((target) => html`<option value=${target.id} ?selected=${target.id === room.id}>${target.name}</option>`)}
                    </select>
                  </li>`
              )}
            </ul>`
          : html`<p class="muted">${t('breakout.empty')}</p>`
      }
      ${
        room.id === MAIN_ROOM_ID
          ? nothing
          : html`<button class="danger close-room" @click=${() => void this.#run(() => session.closeRoom(room.id))}>
              ${t('breakout.close-room', {room: room.name})}
            </button>`
      }
    </section>`;
  }
}
