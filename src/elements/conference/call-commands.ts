import {shareScreen} from '../../context/screen-share.js';
import type {StringKey} from '../../i18n/en.js';
import type {Session} from '../../session/session.js';
import type {PexConfirmDialog} from '../shared/confirm-dialog.js';
import type {PexDialog} from '../shared/dialog.js';
import {loadDialDialog, showOnDemand} from '../shared/define-on-demand.js';
import {fileChooserOf} from '../../context/file-sharing.js';
import type {NoticesController} from '../shared/notices.js';
import type {PexStage} from './stage.js';
import type {ToolbarCommand} from './toolbar-command.js';
import {selfOf, statusOf} from '../../session/selectors.js';

/** The dialogs of `<pex-conference>` whose code loads when they are first opened. */
const ON_DEMAND = {
  'pex-dial-dialog': loadDialDialog,
  'pex-settings-dialog': () => import('./settings-dialog.js').then((module) => module.PexSettingsDialog),
  'pex-stats-dialog': () => import('./stats-dialog.js').then((module) => module.PexStatsDialog),
  'pex-layout-dialog': () => import('./layout-dialog.js').then((module) => module.PexLayoutDialog),
  'pex-breakout-dialog': () => import('./breakout-dialog.js').then((module) => module.PexBreakoutDialog),
  'pex-setup-check': () => import('./setup-check.js').then((module) => module.PexSetupCheck),
  'pex-dtmf-keypad': () => import('../roster/dtmf-keypad.js').then((module) => module.PexDtmfKeypad),
};
export type OnDemandDialog = keyof typeof ON_DEMAND;

/** Opens one of the conference's dialogs in its shadow root (`root`), loading it the first time. */
export function openOnDemand(root: HTMLElement | DocumentFragment, dialog: OnDemandDialog): Promise<void> {
  return showOnDemand(root, dialog, ON_DEMAND[dialog]);
}

/** What the call's commands work on: `<pex-conference>`'s session, notices and dialogs. */
export interface CallCommandsHost {
  readonly element: HTMLElement;
  readonly session: Session;
  readonly notices: NoticesController;
  readonly t: (key: StringKey, params?: Record<string, string | number>) => string;
  /** The page asks (with `confirm-disconnect`) to confirm leaving. */
  readonly confirmDisconnect: boolean;
  readonly confirmDialog: PexConfirmDialog;
  /** Rendered in a call only. */
  readonly escalateDialog: PexDialog | null;
  readonly stage: PexStage | null;
  readonly open: (dialog: OnDemandDialog) => Promise<void>;
  readonly toggleSide: () => void;
  /** Opens the live-caption transcript in the side panel. */
  readonly showTranscript: () => void;
}

/**
 * What the call's controls do: the toolbar's commands, and the conference's public actions
 * that the toolbar shares. A refusal becomes a notice, never swallowed.
 */
export class CallCommands {
  readonly #host: () => CallCommandsHost;

  constructor(host: () => CallCommandsHost) {
    this.#host = host;
  }

  /** Runs a toolbar command, within the user's click (screen capture and the file picker need that). */
  run(command: ToolbarCommand): void {
    const {session, notices, escalateDialog, stage, open, toggleSide, showTranscript} = this.#host();
    const {presentation, media} = session.state;
    const conferenceStatus = statusOf(session.state);
    const commands: Record<ToolbarCommand, () => unknown> = {
      // The node may refuse to unmute us (a host muted the guests): say so.
      'toggle-microphone': () => notices.run(() => session.setMicrophoneMuted(!media.microphoneMuted)),
      'toggle-camera': () => session.setCameraOff(!media.cameraOff),
      'escalate-dialog': () => escalateDialog?.show(),
      'escalate-audio-video': () => this.escalate('audio-video'),
      'toggle-screen-share': () => (presentation.sending !== 'idle' ? session.stopPresenting() : this.shareScreen()),
      'share-files': () => fileChooserOf(session)?.(),
      'toggle-hand': () => notices.run(() => session.raiseHand(!selfOf(session.state)?.handRaised)),
      'toggle-side': () => toggleSide(),
      'start-meeting': () => notices.run(() => session.startConference()),
      keypad: () => open('pex-dtmf-keypad'),
      lock: () => notices.run(() => session.lock(true)),
      unlock: () => notices.run(() => session.lock(false)),
      'mute-guests': () => notices.run(() => session.muteAllGuests(true)),
      'unmute-guests': () => notices.run(() => session.muteAllGuests(false)),
      'toggle-guests-can-unmute': () => notices.run(() => session.setGuestsCanUnmute(!conferenceStatus.guestsCanUnmute)),
      'add-participant': () => open('pex-dial-dialog'),
      'disconnect-all': () => this.#disconnectAll(),
      settings: () => open('pex-settings-dialog'),
      statistics: () => open('pex-stats-dialog'),
      'setup-check': () => open('pex-setup-check'),
      fullscreen: () => this.#toggleFullscreen(),
      'picture-in-picture': () => stage?.pictureInPicture().catch(() => undefined),
      'toggle-captions': () => notices.run(() => session.setCaptions(!session.state.captions.enabled)),
      transcript: () => showTranscript(),
      layout: () => open('pex-layout-dialog'),
      breakouts: () => open('pex-breakout-dialog'),
      leave: () => this.#leave(),
    };
    void commands[command]();
  }

  /** Shares the screen through the session; call it within the user's gesture. */
  shareScreen(): Promise<void> {
    const {session, notices} = this.#host();
    const sharing = shareScreen(session); // before any await, inside the user's gesture
    return notices.run(() => sharing);
  }

  async escalate(mode: 'audio-video' | 'audio-only'): Promise<void> {
    const {session, notices, escalateDialog} = this.#host();
    escalateDialog?.hide();
    await notices.run(() => session.escalate(mode));
  }

  /** Asks before leaving the meeting `current` for `next`; if the user agrees, leaves it, and `switchTo` takes `next` on. */
  async switchConference(current: string, next: string, switchTo: () => Promise<void>): Promise<void> {
    const {t, confirmDialog, session} = this.#host();
    const confirmed = await confirmDialog.ask({
      heading: t('switch.heading'),
      message: t('switch.message', {current, next}),
      confirmLabel: t('switch.confirm'),
    });
    if (!confirmed) return;
    await session.leave();
    session.reset();
    await switchTo();
  }

  async #leave(): Promise<void> {
    const {session, t, confirmDialog, confirmDisconnect} = this.#host();
    if (confirmDisconnect || session.state.settings.confirmDisconnect) {
      const confirmed = await confirmDialog.ask({
        heading: t('leave.heading'),
        message: t('leave.message', {conference: session.state.conferenceName || session.state.conference}),
        confirmLabel: t('leave.confirm'),
        danger: true,
      });
      if (!confirmed) return;
    }
    await session.leave();
  }

  async #disconnectAll(): Promise<void> {
    const {session, notices, t, confirmDialog} = this.#host();
    const confirmed = await confirmDialog.ask({
      heading: t('host.disconnect-all-heading'),
      message: t('host.disconnect-all-message'),
      confirmLabel: t('host.disconnect-all-confirm'),
      danger: true,
    });
    if (confirmed) await notices.run(() => session.disconnectAll());
  }

  #toggleFullscreen(): void {
    const {element} = this.#host();
    if (document.fullscreenElement === element) void document.exitFullscreen();
    else void element.requestFullscreen().catch(() => undefined);
  }
}
