import {virtualize, virtualizerRef, type VirtualizerHostElement} from '@lit-labs/virtualizer/virtualize.js';
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {announcePlacement} from '../../context/placements.js';
import {SessionController} from '../../context/session-controller.js';
import {emit} from '../../events.js';
import {roster} from '../../i18n/en/roster.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import type {Session} from '../../session/session.js';
import {MAIN_ROOM_ID, type ConferenceState, type Participant} from '../../session/types.js';
import {controlStyles} from '../../styles/controls.styles.js';
import {hostStyles} from '../../styles/host.styles.js';
import {panelStyles} from '../../styles/panel.styles.js';
import {themeSchemeStyles, themeStyles, type Theme} from '../../styles/theme.styles.js';
import type {PexConfirmDialog} from '../shared/confirm-dialog.js';
import {Announcer} from '../shared/announcer.js';
import {NoticesController} from '../shared/notices.js';
import type {PexDtmfKeypad} from './dtmf-keypad.js';
import type {PexTransferDialog} from './transfer-dialog.js';
import {actionsFor, menuEntriesFor, type ParticipantAction} from './participant-actions.js';
import {renderBindingMessage} from '../shared/binding-message.js';
import {loadDialDialog, showOnDemand} from '../shared/define-on-demand.js';
import type {PexMenuPopup} from '../shared/menu-popup.js';
import {renderHeader, type RosterHeaderActions} from './roster-header.js';
import {announcementOf, type RosterChange} from './roster-announcement.js';
import {folded, shownList, type ShownList} from './roster-order.js';
import {PexRosterRow, ROW_PARTS} from './roster-row.js';
import {rosterStyles} from './roster.styles.js';
import {findParticipant, participantsOf, selfOf} from '../../session/selectors.js';

/** The id of the roster's one notice. */
const PROBLEM = 'problem';

/** Rows that PageUp and PageDown move by. */
const PAGE = 10;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * The participant list of a meeting: everyone with their role and badges (calling, waiting,
 * streaming, presenting, spotlight, hand raised, speaking, muted, camera off), a count, search
 * by name, and, for hosts, the guide's host controls on each row and "Add participant" in the
 * header. The list is virtualised, so a meeting of 1000 stays smooth, and a row re-renders only
 * when its own participant changes.
 *
 * Place it inside `<pex-conference>`, or anywhere on the page with `for="<id of a pex-conference>"`.
 *
 * Keyboard: Tab enters the list at one row; ArrowUp, ArrowDown, Home, End, PageUp and PageDown
 * move between rows; Enter or Space opens a row's actions menu (arrow keys, Escape, type-ahead).
 * Joins and leaves (and, to hosts, raised hands) are announced through a polite live region.
 *
 * It also follows the shared theme (`--pex-color-*`, `--pex-radius`, `--pex-spacing`,
 * `--pex-font-family`, `--pex-font-size`; see `<pex-conference>`), light and dark.
 *
 * @summary Who is in the meeting, with host controls.
 * @tagname pex-roster
 *
 * @fires {PexEvent<'pex-private-chat'>} pex-private-chat - The user chose "Send a private message" for `detail.participant`; new chat messages now go to them only. Show your chat panel if it is hidden.
 *
 * @csspart base - The whole roster.
 * @csspart header - The heading, tools and search.
 * @csspart heading - The heading with the count.
 * @csspart count - The number of participants.
 * @csspart hand-button - Raise or lower your hand.
 * @csspart lower-hands-button - Lower all raised hands (hosts).
 * @csspart add-button - Add a participant (hosts).
 * @csspart search - The search field's box.
 * @csspart search-input - The search field.
 * @csspart status - How many participants the search shows.
 * @csspart problem - A refusal from the meeting server, with a dismiss button.
 * @csspart list - The scrolling list.
 * @csspart empty - The message shown when nobody is listed.
 * @csspart message - The message shown when the roster is not bound to a meeting.
 * @csspart row - One participant's row.
 * @csspart avatar - A participant's initials.
 * @csspart name - A participant's display name.
 * @csspart role - A participant's role; hosts also have `role-host`.
 * @csspart role-host - The role of a host.
 * @csspart badges - The badges of one row.
 * @csspart badge - Any badge; each also has `badge-<kind>`: `badge-calling`, `badge-transferring`, `badge-client-muted`, `badge-waiting`, `badge-streaming`, `badge-presenting`, `badge-spotlight`, `badge-hand-raised`, `badge-speaking`, `badge-muted`, `badge-camera-off`.
 * @csspart admit-button - Let a waiting participant in (hosts).
 * @csspart reject-button - Reject a waiting participant (hosts).
 * @csspart actions-button - Opens a row's actions menu.
 * @csspart menu - The actions menu.
 * @csspart menu-item - An item of the actions menu; destructive ones also have `menu-item-danger`.
 * @csspart menu-separator - A line between groups of menu items.
 * @csspart rooms - For hosts while breakout rooms run: each room with its participants.
 *
 * @cssprop [--pex-roster-background=var(--pex-color-surface)] - Background of the roster.
 * @cssprop [--pex-roster-row-hover-background=var(--pex-color-surface-raised)] - Background of a hovered or focused row.
 * @cssprop [--pex-roster-speaking-color=var(--pex-color-success)] - Ring and badge of someone speaking, presenting or with a raised hand.
 * @cssprop [--pex-roster-avatar-size=2.25rem] - Size of the initials circle.
 * @cssprop [--pex-roster-list-height=22rem] - Height of the list when the page does not size the roster; a roster given a height fills it.
 */
export class PexRoster extends LitElement {
  static override styles = [hostStyles, themeStyles, themeSchemeStyles, controlStyles, panelStyles, rosterStyles];

  readonly #localize = new LocalizeController(this, roster);
  readonly #controller = new SessionController(this, {
    select: (state) => [
      participantsOf(state),
      state.hostControls,
      state.phase,
      state.pending,
      state.breakouts.rooms,
      state.rooms,
    ],
  });
  /** The roster shows one problem at a time: a refusal, or a call that failed. */
  readonly #problem = new NoticesController(this, this.#localize);
  readonly #announcer = new Announcer<RosterChange>(this, (changes) =>
    announcementOf(changes, this.#localize.t.bind(this.#localize))
  );
  /** Participants this roster disconnected, whose leaving is no news. */
  readonly #disconnecting = new Set<string>();
  #shown: ShownList | undefined;

  /**
   * Colours: `light`, `dark` or `system` (follow the system's `prefers-color-scheme`). Unset, the
   * element takes the theme of the public element it is nested in, else the system's.
   */
  @property({reflect: true}) accessor theme: Theme | undefined;

  /** The id of the `<pex-conference>` whose participants to show, when the roster is not inside it. */
  @property({attribute: 'for'}) accessor for = '';

  /** Domain appended to bare aliases in "Add participant", as `pex-conference` does. */
  @property({attribute: 'default-domain'}) accessor defaultDomain = '';

  @state() private accessor query = '';
  /** The row keyboard focus enters the list at. */
  @state() private accessor activeId: string | undefined;
  /** The participant whose actions menu is open. */
  @state() private accessor menuFor: string | undefined;

  @query('.list') private accessor list!: (HTMLElement & VirtualizerHostElement) | null;
  @query('pex-menu-popup') private accessor menu: PexMenuPopup | null = null;
  @query('pex-dtmf-keypad') private accessor keypad!: PexDtmfKeypad;
  @query('pex-transfer-dialog') private accessor transferDialog!: PexTransferDialog;
  @query('pex-confirm-dialog') private accessor confirmDialog!: PexConfirmDialog;

  constructor() {
    super();
    this.#controller.listen((session) => [
      session.on('participant-join', ({participant}) => this.#queueAnnouncement('joined', participant)),
      session.on('hand-raise', ({participant}) => this.#queueAnnouncement('hand-raised', participant)),
      session.on('participant-leave', ({participant}) => this.#onLeave(session, participant)),
      announcePlacement(session, this),
    ]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.#controller.bindTo(this.for);
    // The person whose menu is open left: a menu of nothing would stay behind.
    if (this.menuFor && !this.#find(this.menuFor)) this.menu?.close(false);
  }

  // --- session notifications ---------------------------------------------------------------

  /**
   * A dial-out that leaves while still ringing failed (busy, rejected, unreachable): the node
   * says no more than that, so the roster says that much to the hosts who could have dialled.
   */
  #onLeave(session: Session, participant: Participant): void {
    const expected = this.#disconnecting.delete(participant.id);
    if (participant.calling && !expected && session.state.hostControls) {
      this.#problem.notify(PROBLEM, this.#localize.t('roster.call-failed', {name: participant.displayName}));
    }
    this.#queueAnnouncement('left', participant);
  }

  #queueAnnouncement(kind: RosterChange['kind'], participant: Participant): void {
    if (!participant.isSelf) this.#announcer.queue({kind, name: participant.displayName});
  }

  // --- what is listed ----------------------------------------------------------------------

  /** The participants shown, in order; recomputed only when the list or the search changes, re-sorted only when an order changes. */
  #shownParticipants(participants: readonly Participant[]): Participant[] {
    this.#shown = shownList(this.#shown, participants, folded(this.query.trim()));
    return this.#shown.items;
  }

  /** A participant of the list, or (for hosts) of a breakout room. */
  #find(id: string | undefined): Participant | undefined {
    const state = this.#controller.state;
    return id === undefined || !state ? undefined : findParticipant(state, id)?.participant;
  }

  /** The participant is in a breakout room our call is not in: the menu has only the per-room actions. */
  #inBreakoutRoom(state: ConferenceState, id: string): boolean {
    const roomId = findParticipant(state, id)?.roomId;
    return roomId !== undefined && roomId !== MAIN_ROOM_ID && roomId !== state.breakouts.currentRoomId;
  }

  // --- actions -----------------------------------------------------------------------------

  async #perform(action: ParticipantAction, participant: Participant): Promise<void> {
    const session = this.#controller.session;
    if (!session) return;
    const {id} = participant;
    switch (action) {
      case 'message':
        session.setChatRecipient(id);
        emit(this, 'pex-private-chat', {participant});
        return;
      case 'dtmf':
        await this.keypad.show(participant);
        return;
      case 'disconnect': {
        const t = this.#localize.t.bind(this.#localize);
        const name = participant.displayName;
        const confirmed = await this.confirmDialog.ask({
          heading: t('roster.disconnect-heading', {name}),
          message: t('roster.disconnect-message', {name}),
          confirmLabel: t('roster.action.disconnect'),
          danger: true,
        });
        if (confirmed) await this.#disconnect(session, id);
        return;
      }
      case 'admit':
        return this.#run(() => session.admit(id));
      case 'reject':
        return this.#disconnect(session, id);
      case 'mute':
      case 'unmute':
        return this.#run(() => session.muteParticipant(id, action === 'mute'));
      case 'video-off':
      case 'video-on':
        return this.#run(() => session.muteParticipantVideo(id, action === 'video-off'));
      case 'make-host':
      case 'make-guest':
        return this.#run(() => session.setRole(id, action === 'make-host' ? 'host' : 'guest'));
      case 'presentation':
        return this.#run(() => session.setPresentationReceiving(id, !participant.receivesPresentation));
      case 'spotlight-on':
      case 'spotlight-off':
        return this.#run(() => session.spotlight(id, action === 'spotlight-on'));
      case 'client-mute':
      case 'client-unmute':
        return this.#run(() => session.clientMuteParticipant(id, action === 'client-mute'));
      case 'lower-hand':
        return this.#run(() => session.lowerHand(id));
      case 'transfer': {
        const target = await this.transferDialog.ask(participant);
        if (target) await this.#run(() => session.transferParticipant(id, target.alias, target.role, target.pin));
        return;
      }
    }
  }

  #disconnect(session: Session, id: string): Promise<void> {
    this.#disconnecting.add(id);
    return this.#run(() => session.disconnectParticipant(id));
  }

  /** Runs a session action and shows a refusal instead of swallowing it. */
  #run(action: () => Promise<void>): Promise<void> {
    return this.#problem.run(action, PROBLEM);
  }

  #onRowMenu = async (participant: Participant, anchor: HTMLElement): Promise<void> => {
    this.activeId = participant.id;
    this.menuFor = participant.id;
    await this.updateComplete;
    await this.menu?.open(anchor);
  };

  #onRowAction = (participant: Participant, action: ParticipantAction): void => {
    void this.#perform(action, participant);
  };

  #onMenuChoose = (action: string): void => {
    const participant = this.#find(this.menuFor);
    if (participant) void this.#perform(action as ParticipantAction, participant);
  };

  #onMenuClose = (): void => {
    this.menuFor = undefined;
  };

  #onSearch = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  #onToggleHand = (): void => {
    const self = this.#controller.state && selfOf(this.#controller.state);
    const session = this.#controller.session;
    if (self && session) void this.#run(() => session.raiseHand(!self.handRaised));
  };

  #onLowerAllHands = (): void => {
    const session = this.#controller.session;
    if (session) void this.#run(() => session.lowerAllHands());
  };

  #onAdd = (): void => {
    void showOnDemand(this.renderRoot, 'pex-dial-dialog', loadDialDialog);
  };

  readonly #headerActions: RosterHeaderActions = {
    toggleHand: this.#onToggleHand,
    lowerAllHands: this.#onLowerAllHands,
    add: this.#onAdd,
    search: this.#onSearch,
  };

  // --- keyboard ----------------------------------------------------------------------------

  /** Remembers the row that has focus, so that Tab returns to it. */
  #onListFocusIn = (event: FocusEvent): void => {
    if (event.target instanceof PexRosterRow && event.target.participant) this.activeId = event.target.participant.id;
  };

  #onListKeydown = (event: KeyboardEvent): void => {
    const row = event.target instanceof PexRosterRow ? event.target : undefined;
    const state = this.#controller.state;
    if (!row?.participant || !state) return;
    const items = this.#shownParticipants(participantsOf(state));
    const index = items.findIndex(({id}) => id === row.participant?.id);
    const target = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    void this.#focusRow(items, Math.max(0, Math.min(items.length - 1, target)));
  };

  /** Scrolls a row into view (it may not be rendered yet: the list is virtual) and focuses it. */
  async #focusRow(items: readonly Participant[], index: number): Promise<void> {
    const participant = items.at(index);
    if (!participant) return;
    this.activeId = participant.id;
    const virtualizer: VirtualizerHostElement[typeof virtualizerRef] = this.list?.[virtualizerRef];
    virtualizer?.element(index)?.scrollIntoView({block: 'nearest'});
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await this.updateComplete;
      const row = [...this.renderRoot.querySelectorAll('pex-roster-row')].find(
        (candidate) => candidate.participant?.id === participant.id
      );
      if (row) {
        await row.updateComplete;
        row.focus();
        return;
      }
      await nextFrame();
    }
  }

  // --- render ------------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const state = this.#controller.boundState;
    if (!state) return renderBindingMessage(this.#controller, this.#localize, this.for);
    const inCall = state.phase === 'in-call';
    const menuParticipant = this.#find(this.menuFor);
    const problem = this.#problem.latest;
    return html`
      <section part="base" class="base" aria-labelledby="heading">
        ${renderHeader(this.#localize, state, {inCall, query: this.query}, this.#headerActions)}
        ${
          problem
            ? html`<div part="problem" class="message error problem" role="alert">
                <span>${problem.text}</span>
                <button @click=${() => this.#problem.dismiss(PROBLEM)}>${t('roster.dismiss')}</button>
              </div>`
            : nothing
        }
        ${inCall ? this.#renderList(state) : html`<p part="empty" class="empty">${t('roster.not-joined')}</p>`}
        ${
          inCall && state.hostControls
            ? html`<pex-roster-rooms
                .state=${state}
                .menuFor=${this.menuFor}
                .onMenu=${this.#onRowMenu}
                .onAction=${this.#onRowAction}
              ></pex-roster-rooms>`
            : nothing
        }
        ${this.#announcer.render()}
      </section>
      <pex-menu-popup
        exportparts="menu, menu-item, menu-item-danger, menu-separator"
        label=${t('roster.actions', {name: menuParticipant?.displayName ?? ''})}
        .items=${
          menuParticipant
            ? menuEntriesFor(
                menuParticipant,
                actionsFor(menuParticipant, state.hostControls, this.#inBreakoutRoom(state, menuParticipant.id)),
                this.#localize
              )
            : []
        }
        .onChoose=${this.#onMenuChoose}
        .onClose=${this.#onMenuClose}
      ></pex-menu-popup>
      <pex-dtmf-keypad .session=${this.#controller.session}></pex-dtmf-keypad>
      <pex-transfer-dialog></pex-transfer-dialog>
      <pex-dial-dialog .session=${this.#controller.session} default-domain=${this.defaultDomain}></pex-dial-dialog>
      <pex-confirm-dialog></pex-confirm-dialog>
    `;
  }

  #renderList(state: ConferenceState): TemplateResult {
    const t = this.#localize.t.bind(this.#localize);
    const items = this.#shownParticipants(participantsOf(state));
    const query = this.query.trim();
    const total = participantsOf(state).length;
    // Keep one row reachable by Tab, even after the active one left or was filtered out.
    const activeId = this.activeId !== undefined && items.some(({id}) => id === this.activeId) ? this.activeId : items[0]?.id;
    const hostView = state.hostControls;
    return html`
      ${query ? html`<p part="status" class="status" role="status">${t('roster.matches', {count: items.length, total})}</p>` : nothing}
      ${
        items.length === 0
          ? html`<p part="empty" class="empty">${query ? t('roster.no-match', {query}) : t('roster.empty')}</p>`
          : nothing
      }
      <div
        part="list"
        class="list"
        role="list"
        aria-label=${t('roster.list')}
        ?hidden=${items.length === 0}
        @keydown=${this.#onListKeydown}
        @focusin=${this.#onListFocusIn}
        @scroll=${() => this.menu?.close(false)}
      >
        ${virtualize({
          items,
          scroller: true,
          // The virtualizer may still ask for a row past the end of a list that just got shorter.
          keyFunction: (participant: Participant | undefined) => participant?.id,
          renderItem: (participant: Participant | undefined, index: number) =>
            !participant
              ? html``
              : html`<pex-roster-row
                  role="listitem"
                  aria-posinset=${index + 1}
                  aria-setsize=${items.length}
                  exportparts=${ROW_PARTS}
                  .participant=${participant}
                  .hostView=${hostView}
                  .active=${participant.id === activeId}
                  .expanded=${participant.id === this.menuFor}
                  .pending=${Object.values(state.pending).some(({participantId}) => participantId === participant.id)}
                  .onMenu=${this.#onRowMenu}
                  .onAction=${this.#onRowAction}
                ></pex-roster-row>`,
        })}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-roster': PexRoster;
  }
}
