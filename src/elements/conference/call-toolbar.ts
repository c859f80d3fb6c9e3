import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {StringKey} from '../../i18n/en.js';
import {conference} from '../../i18n/en/conference.js';
import {meetingFeatures} from '../../i18n/en/meeting-features.js';
import {LocalizeController} from '../../i18n/localize-controller.js';
import {initialState, type ConferenceState} from '../../session/types.js';
import {icon} from '../icons.js';
import {emitInternal} from '../shared/internal-events.js';
import type {MenuItem} from '../shared/menu.js';
import type {ToolbarCommand} from './toolbar-command.js';
import {mayPresent, microphoneLockOf, participantsOf, pendingOf, selfOf, statusOf} from '../../session/selectors.js';
import {renderCallQuality} from './call-quality.js';

/**
 * The call controls of `<pex-conference>`: microphone, camera, screen, files, hand, side panel,
 * host and more menus, and Leave. It only shows the state and says what was asked for (the
 * internal `pex-toolbar-command` event). It renders into the conference's shadow root (no
 * shadow root of its own), so its parts are the conference's parts and share its styles.
 *
 * @internal
 * @fires pex-toolbar-command - A control was used; `detail.command` says which.
 */
export class PexCallToolbar extends LitElement {
  readonly #localize = new LocalizeController(this, conference, meetingFeatures);

  @property({attribute: false}) accessor state: ConferenceState = initialState();
  /** Whether the side panel is shown; `undefined` when there is nothing to show in it. */
  @property({attribute: false}) accessor sideShown: boolean | undefined;
  /** Chat messages that arrived while the side panel was hidden. */
  @property({attribute: false}) accessor unread = 0;
  /** People waiting to be let in (for a host). */
  @property({attribute: false}) accessor waiting = 0;
  @property({attribute: false}) accessor fullscreen = false;
  /** An element that shares images and PDFs is bound to the conference. */
  @property({attribute: false}) accessor canShareFiles = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #t(key: StringKey, params?: Record<string, string | number>): string {
    return this.#localize.t(key, params);
  }

  #command(command: ToolbarCommand): () => void {
    return () => void emitInternal(this, 'pex-toolbar-command', {command});
  }

  override render(): TemplateResult {
    const t = this.#t.bind(this);
    const {state} = this;
    const {cameraOff, mode} = state.media;
    const self = selfOf(state);
    const presenting = state.presentation.sending !== 'idle';
    return html`
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${t('toolbar.label')}>
        <span class="count">
          ${
            statusOf(state).locked
              ? html`<span class="locked" title=${t('call.locked')}
                  >${icon('lock')}<span class="visually-hidden">${t('call.locked')}</span></span
                >`
              : nothing
          }
          ${t('call.participants', {count: participantsOf(state).length})} ${renderCallQuality(state, t)}
          <pex-end-countdown .endsAt=${statusOf(state).endsAt}></pex-end-countdown>
        </span>
        ${
          state.hostControls && !statusOf(state).started
            ? html`<button
                part="start-meeting-button"
                class="primary"
                ?disabled=${Boolean(pendingOf(state, 'startConference'))}
                @click=${this.#command('start-meeting')}
              >
                ${t('toolbar.start-meeting')}
              </button>`
            : nothing
        }
        <div class="controls">
          ${
            mode === 'control-only'
              ? html`<button class="escalate" @click=${this.#command('escalate-dialog')}>
                  ${icon('audio-video')} ${t('toolbar.connect-audio-video')}
                </button>`
              : this.#renderMicrophoneButton()
          }
          ${
            mode === 'audio-video'
              ? this.#toggleButton(
                  'camera-button',
                  cameraOff,
                  'toolbar.disable-camera',
                  'toolbar.enable-camera',
                  cameraOff ? 'camera-off' : 'camera',
                  'toggle-camera'
                )
              : mode === 'audio-only'
                ? html`<button
                    class="icon"
                    title=${t('toolbar.connect-audio-video')}
                    aria-label=${t('toolbar.connect-audio-video')}
                    @click=${this.#command('escalate-audio-video')}
                  >
                    ${icon('camera-off')}
                  </button>`
                : nothing
          }
          ${mayPresent(state) ? this.#renderShareButtons(presenting) : nothing}
          <button
            part="hand-button"
            class="icon"
            aria-pressed=${self?.handRaised ? 'true' : 'false'}
            aria-label=${t('toolbar.raise-hand')}
            title=${t('toolbar.raise-hand')}
            @click=${this.#command('toggle-hand')}
          >
            ${icon('hand')}
          </button>
          ${
            state.media.remote && mode !== 'control-only'
              ? html`<button
                  part="keypad-button"
                  class="icon"
                  aria-label=${t('toolbar.keypad')}
                  title=${t('toolbar.keypad')}
                  @click=${this.#command('keypad')}
                >
                  ${icon('dialpad')}
                </button>`
              : nothing
          }
          ${this.#renderCaptionsButton()} ${this.#renderSideButton()}
          ${
            state.hostControls
              ? html`<pex-menu
                  part="host-menu"
                  exportparts="trigger: host-menu-trigger, menu: host-menu-list, item: host-menu-item"
                  trigger-class="icon"
                  label=${t('toolbar.host-menu')}
                  .items=${this.#hostMenuItems()}
                  >${icon('sliders')}</pex-menu
                >`
              : nothing
          }
          <pex-menu
            part="more-menu"
            exportparts="trigger: more-menu-trigger, menu: more-menu-list, item: more-menu-item"
            trigger-class="icon"
            label=${t('toolbar.more')}
            .items=${this.#moreMenuItems()}
            >${icon('more')}</pex-menu
          >
        </div>
        <button part="leave-button" class="danger leave" @click=${this.#command('leave')}>
          ${icon('phone-off')}<span class="label">${t('toolbar.leave')}</span>
        </button>
      </div>
    `;
  }

  #renderShareButtons(presenting: boolean): TemplateResult {
    const t = this.#t.bind(this);
    return html`<button
        part="share-screen-button"
        class="icon ${presenting ? 'active' : ''}"
        aria-label=${t(presenting ? 'toolbar.stop-sharing' : 'toolbar.share-screen')}
        title=${t(presenting ? 'toolbar.stop-sharing' : 'toolbar.share-screen')}
        @click=${this.#command('toggle-screen-share')}
      >
        ${icon(presenting ? 'screen-stop' : 'screen-share')}
      </button>
      ${
        this.canShareFiles
          ? html`<button
              part="share-files-button"
              class="icon"
              aria-label=${t('toolbar.share-files')}
              title=${t('toolbar.share-files')}
              @click=${this.#command('share-files')}
            >
              ${icon('files')}
            </button>`
          : nothing
      }`;
  }

  /** Mute and unmute; locked (still focusable, says why) when a host keeps us muted. */
  #renderMicrophoneButton(): TemplateResult {
    const {microphoneMuted} = this.state.media;
    const lock = microphoneLockOf(this.state);
    if (!lock && pendingOf(this.state, 'setMicrophoneMuted'))
      return html`<button
        part="microphone-button"
        class="icon mute-toggle"
        aria-pressed="true"
        aria-busy="true"
        aria-label=${this.#t('toolbar.unmute-microphone')}
      >
        ${icon('microphone-off')}
      </button>`;
    if (!lock)
      return this.#toggleButton(
        'microphone-button',
        microphoneMuted,
        'toolbar.mute-microphone',
        'toolbar.unmute-microphone',
        microphoneMuted ? 'microphone-off' : 'microphone',
        'toggle-microphone'
      );
    const label = this.#t(lock === 'client-muted' ? 'toolbar.microphone-client-muted' : 'toolbar.microphone-guests-muted');
    return html`<button
      part="microphone-button"
      class="icon mute-toggle"
      aria-pressed="true"
      aria-disabled=${lock === 'client-muted' ? 'true' : 'false'}
      aria-label=${label}
      title=${label}
      @click=${this.#command('toggle-microphone')}
    >
      ${icon('microphone-off')}
    </button>`;
  }

  /** Captions on or off, where the node has them. */
  #renderCaptionsButton(): TemplateResult | typeof nothing {
    const {available, enabled} = this.state.captions;
    if (!available) return nothing;
    return this.#toggleButton('captions-button', enabled, 'captions.turn-on', 'captions.turn-off', 'captions', 'toggle-captions');
  }

  #renderSideButton(): TemplateResult | typeof nothing {
    if (this.sideShown === undefined) return nothing;
    const t = this.#t.bind(this);
    const {unread, waiting} = this;
    // The badges' numbers are part of the button's name (a visible number must be in it).
    const name = [
      t('toolbar.side-panel'),
      ...(unread ? [t('toolbar.unread', {count: unread})] : []),
      ...(waiting ? [t('toolbar.waiting', {count: waiting})] : []),
    ].join(', ');
    return html`<button
      part="side-panel-button"
      class="icon badge-host"
      aria-pressed=${this.sideShown ? 'true' : 'false'}
      aria-label=${name}
      title=${name}
      @click=${this.#command('toggle-side')}
    >
      ${icon('side-panel')}${unread ? html`<span class="badge" aria-hidden="true">${unread}</span>` : nothing}${
        waiting ? html`<span class="badge waiting" part="waiting-badge" aria-hidden="true">${waiting}</span>` : nothing
      }
    </button>`;
  }

  #toggleButton(
    part: string,
    pressed: boolean,
    label: StringKey,
    pressedTitle: StringKey,
    iconName: Parameters<typeof icon>[0],
    command: ToolbarCommand
  ): TemplateResult {
    return html`<button
      part=${part}
      class="icon mute-toggle"
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${this.#t(label)}
      title=${this.#t(pressed ? pressedTitle : label)}
      @click=${this.#command(command)}
    >
      ${icon(iconName)}
    </button>`;
  }

  #hostMenuItems(): MenuItem[] {
    const t = this.#t.bind(this);
    const {locked, guestsMuted, guestsCanUnmute} = statusOf(this.state);
    return [
      {
        label: t(locked ? 'host.unlock' : 'host.lock'),
        run: this.#command(locked ? 'unlock' : 'lock'),
        busy: Boolean(pendingOf(this.state, 'lock')),
      },
      {
        label: t(guestsMuted ? 'host.unmute-guests' : 'host.mute-guests'),
        run: this.#command(guestsMuted ? 'unmute-guests' : 'mute-guests'),
        busy: Boolean(pendingOf(this.state, 'muteAllGuests')),
      },
      {
        label: t(guestsCanUnmute ? 'host.guests-cannot-unmute' : 'host.guests-can-unmute'),
        run: this.#command('toggle-guests-can-unmute'),
        busy: Boolean(pendingOf(this.state, 'setGuestsCanUnmute')),
      },
      {label: t('host.add-participant'), run: this.#command('add-participant')},
      {label: t('layout.menu'), run: this.#command('layout')},
      ...(this.state.breakouts.enabled ? [{label: t('breakout.menu'), run: this.#command('breakouts')}] : []),
      {label: t('host.disconnect-all'), run: this.#command('disconnect-all'), danger: true},
    ];
  }

  #moreMenuItems(): MenuItem[] {
    const t = this.#t.bind(this);
    const items: MenuItem[] = [
      {label: t('toolbar.settings'), run: this.#command('settings')},
      {label: t('toolbar.statistics'), run: this.#command('statistics')},
      {label: t('setup.open'), run: this.#command('setup-check')},
    ];
    const {available, transcript} = this.state.captions;
    if (available || transcript.length) items.push({label: t('captions.transcript'), run: this.#command('transcript')});
    if (document.fullscreenEnabled)
      items.push({
        label: t(this.fullscreen ? 'toolbar.exit-fullscreen' : 'toolbar.fullscreen'),
        run: this.#command('fullscreen'),
      });
    if (document.pictureInPictureEnabled && this.state.media.remote) {
      items.push({label: t('toolbar.picture-in-picture'), run: this.#command('picture-in-picture')});
    }
    return items;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pex-call-toolbar': PexCallToolbar;
  }
}
