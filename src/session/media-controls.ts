import type {SessionCore} from './core.js';
import {listDevices} from './devices.js';
import {LocalEffects} from './local-effects.js';
import {LocalMediaError, openLocalMedia, rawStreamOf, stopStream} from './local-media.js';
import {withPending, withoutPending} from './pending.js';
import {sendRequest} from './requests.js';
import {microphoneLockOf, requestKey} from './selectors.js';
import {callTypeFor} from './sdk-adapter.js';
import {wantsPresentationVideo} from './selectors.js';
import {SessionActionError, type DeviceSelection} from './session.js';
import type {ConferenceState, JoinMode, MediaProblem, MediaState, Settings} from './types.js';

const problemOf = (error: unknown): MediaProblem => (error instanceof LocalMediaError ? error.code : 'media-unavailable');

/** Our own media: the pre-join preview, devices, mute and camera-off, escalation. */
export class MediaControls {
  readonly #core: SessionCore;
  readonly effects: LocalEffects;

  constructor(core: SessionCore) {
    this.#core = core;
    this.effects = new LocalEffects(core);
    // Mute and camera-off are sent as disabled tracks, so that unmuting is instant.
    core.store.subscribe(({media}, previous) => {
      const before = previous.media;
      if (
        media.local !== before.local ||
        media.microphoneMuted !== before.microphoneMuted ||
        media.cameraOff !== before.cameraOff
      ) {
        for (const track of media.local?.getAudioTracks() ?? []) track.enabled = !media.microphoneMuted;
        for (const track of media.local?.getVideoTracks() ?? []) track.enabled = !media.cameraOff;
      }
    });
    // A host's client mute is done by the client itself: the node only flags us.
    core.store.subscribe((state, previous) => {
      if (
        microphoneLockOf(state) === 'client-muted' &&
        microphoneLockOf(previous) !== 'client-muted' &&
        !state.media.microphoneMuted
      )
        void this.setMicrophoneMuted(true);
    });
  }

  get #state(): ConferenceState {
    return this.#core.store.state;
  }

  updateMedia(change: Partial<MediaState>): void {
    this.#core.store.update((state) => ({media: {...state.media, ...change}}));
  }

  async startPreview(mode: JoinMode, devices: DeviceSelection = {}): Promise<void> {
    if (this.#state.phase !== 'idle') return;
    stopStream(this.#state.media.local);
    this.updateMedia({mode, local: undefined, problem: undefined});
    try {
      const stream = await openLocalMedia(mode, this.withSettingsDevices(devices));
      // Read again: the user may have joined or chosen another mode meanwhile.
      const {phase, media} = this.#core.store.state;
      if (phase !== 'idle' || media.mode !== mode) {
        stopStream(stream);
        return;
      }
      this.setLocalStream(stream);
    } catch (error) {
      this.updateMedia({problem: problemOf(error)});
    }
    await this.refreshDevices();
  }

  stopPreview(): void {
    if (this.#state.phase !== 'idle') return;
    stopStream(this.#state.media.local);
    this.updateMedia({local: undefined});
  }

  /** Switches to the devices in the settings (`select` has saved the choice there). */
  async reopenDevices(): Promise<void> {
    const {phase, media} = this.#state;
    if (phase === 'idle') {
      if (media.local || media.problem) await this.startPreview(media.mode);
      return;
    }
    if (phase !== 'in-call' && phase !== 'waiting') return;
    if (media.mode === 'control-only') return;
    try {
      const stream = await openLocalMedia(media.mode, this.withSettingsDevices({}));
      this.#core.client?.setStream(stream);
      stopStream(this.#state.media.local);
      this.setLocalStream(stream);
      this.updateMedia({problem: undefined});
    } catch (error) {
      this.updateMedia({problem: problemOf(error)});
    }
  }

  async refreshDevices(): Promise<void> {
    try {
      this.#core.store.update({devices: await listDevices()});
    } catch {
      // Enumeration can fail in odd contexts (insecure pages); the pickers then stay empty.
    }
  }

  /**
   * Mutes at once (and tells the node). Unmuting in a call asks the node first, which may refuse
   * (a host muted the guests and does not let them unmute): the microphone stays muted until the
   * node says yes, pending meanwhile, and a refusal rejects with the node's words.
   */
  async setMicrophoneMuted(muted: boolean): Promise<void> {
    const client = this.#core.client;
    if (muted || this.#state.phase !== 'in-call' || !client) {
      this.updateMedia({microphoneMuted: muted});
      if (this.#state.phase === 'in-call' && client) await this.#core.timed(client.mute({mute: muted})).catch(() => undefined);
      return;
    }
    const action = 'setMicrophoneMuted';
    // A host's client mute is kept by us (the node would let us unmute); "guests may not
    // unmute" is the node's to refuse.
    if (microphoneLockOf(this.#state) === 'client-muted') throw new SessionActionError(action, 'refused', 'client-muted');
    const key = requestKey(action);
    this.#core.store.update((state) => withPending(state, {action, value: false}));
    try {
      await sendRequest(action, this.#core.timed(client.mute({mute: false})));
      if (this.#core.client === client) this.updateMedia({microphoneMuted: false});
    } finally {
      this.#core.store.update((state) => withoutPending(state, key));
    }
  }

  async setCameraOff(off: boolean): Promise<void> {
    this.updateMedia({cameraOff: off});
    const client = this.#core.client;
    if (this.#state.phase === 'in-call' && client)
      await this.#core.timed(client.muteVideo({muteVideo: off})).catch(() => undefined);
  }

  async escalate(mode: Exclude<JoinMode, 'control-only'>, devices: DeviceSelection = {}): Promise<void> {
    const client = this.#core.requireCall('escalate');
    const current = this.#state.media.mode;
    if (current === mode || current === 'audio-video') return;
    let stream: MediaStream;
    try {
      stream = await openLocalMedia(mode, this.withSettingsDevices(devices));
    } catch (error) {
      const problem = problemOf(error);
      this.updateMedia({problem});
      throw new SessionActionError('escalate', 'invalid', problem);
    }
    const sdk = await this.#core.sdk;
    if (!sdk) throw new SessionActionError('escalate', 'not-in-call');
    stopStream(this.#state.media.local);
    this.updateMedia({mode, problem: undefined, fallback: undefined, remote: undefined});
    this.setLocalStream(stream);
    await client.restartCall({
      bandwidth: this.#core.options?.bandwidth ?? this.#state.settings.bandwidth,
      mediaStream: stream,
      callType: callTypeFor(sdk, mode, wantsPresentationVideo(this.#state)),
    });
    if (this.#state.media.microphoneMuted) await client.mute({mute: true}).catch(() => undefined);
  }

  withSettingsDevices(devices: DeviceSelection): DeviceSelection {
    const {cameraId, microphoneId}: Settings = this.#state.settings;
    return {cameraId: devices.cameraId ?? cameraId, microphoneId: devices.microphoneId ?? microphoneId};
  }

  setLocalStream(stream: MediaStream | undefined): void {
    this.updateMedia({local: stream});
    // `ended` fires only when the source goes (unplugged, permission revoked), never on stop().
    if (!stream) return;
    for (const track of stream.getVideoTracks()) track.addEventListener('ended', () => this.#onCameraEnded(stream), {once: true});
    void this.effects.apply(stream);
  }

  /** The camera went away: in a call, carry on with sound only (the toolbar offers to reconnect it). */
  #onCameraEnded(stream: MediaStream): void {
    const {phase, media} = this.#state;
    if (media.local !== stream && rawStreamOf(media.local ?? stream) !== stream) return;
    if (phase === 'idle') {
      stopStream(stream);
      this.updateMedia({local: undefined, problem: 'media-unavailable'});
    } else if (media.mode === 'audio-video') {
      this.updateMedia({mode: 'audio-only', fallback: {from: 'audio-video', reason: 'camera-ended'}});
    }
  }
}
