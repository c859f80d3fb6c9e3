import type {MediaPeer} from './peer.js';
import {PlaceholderVideo} from './placeholder.js';
import type {MediaRole} from './sdp.js';
import type {RtpSource} from './source.js';
import {SpeakerTracker} from './speakers.js';

const TICK_MS = 100;

/** What the relay needs to know about a participant with a call. */
export interface RelayMember {
  readonly uuid: string;
  readonly peer: MediaPeer;
  /** In the meeting proper: others see and hear them, and they see and hear others. */
  isAdmitted(): boolean;
  /** Muted by a host: their audio is not forwarded. */
  isAudioMuted(): boolean;
  /** Allowed to receive the presentation (allow/denyrxpresentation). */
  receivesPresentation(): boolean;
}

export interface StageEntry {
  readonly uuid: string;
  readonly speaking: boolean;
}

/**
 * Routes media between the calls of one conference. Each viewer receives the audio and video
 * of the most recent speaker among the others (voice-switched); when no one else sends video it
 * gets its own video back, and when nobody sends video at all a grey placeholder, so that its
 * inbound video never stalls. The presenter's slides go to everyone else who asked for them.
 */
export class MediaRelay {
  private readonly members = new Map<string, RelayMember>();
  private readonly speakers = new SpeakerTracker();
  private readonly placeholder = new PlaceholderVideo();
  private timer: NodeJS.Timeout | undefined;
  private presenterUuid: string | undefined;
  private lastStage = '';

  /** `onStageChange` runs whenever the speaker order or anyone's voice activity changes. */
  constructor(private readonly onStageChange: () => void = () => undefined) {}

  add(member: RelayMember): void {
    this.members.set(member.uuid, member);
    this.speakers.add(member.uuid);
    this.timer ??= setInterval(() => this.tick(), TICK_MS);
    this.route();
  }

  remove(uuid: string): void {
    if (!this.members.delete(uuid)) return;
    this.speakers.remove(uuid);
    if (this.members.size === 0) this.stopTimer();
    this.route();
  }

  setPresenter(uuid: string | undefined): void {
    this.presenterUuid = uuid;
    this.route();
  }

  /** Re-evaluates every viewer's sources now (after joins, leaves, mutes, renegotiations). */
  route(): void {
    const now = Date.now();
    for (const viewer of this.members.values()) {
      for (const role of ['audio', 'main', 'slides'] as const) {
        const forwarder = viewer.peer.forwarders[role];
        if (!forwarder) continue;
        forwarder.setSource(viewer.peer.receives(role) ? this.sourceFor(viewer, role) : undefined, now);
      }
    }
  }

  stage(): StageEntry[] {
    return this.speakers.recency
      .filter((uuid) => this.members.get(uuid)?.isAdmitted())
      .map((uuid) => ({uuid, speaking: this.speakers.isSpeaking(uuid)}));
  }

  close(): void {
    this.stopTimer();
    this.placeholder.stop();
    this.members.clear();
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const now = Date.now();
    const sources = [...this.members.values()].flatMap((member) => Object.values(member.peer.sources));
    const roomBusy = sources.some((source) => source.activeThisTick);
    for (const source of sources) source.endTick(roomBusy, now);
    const loudness = new Map<string, number>();
    for (const member of this.members.values()) {
      const audio = member.peer.sources.audio;
      if (audio && member.isAdmitted() && !member.isAudioMuted()) loudness.set(member.uuid, audio.takeLoudness());
    }
    this.speakers.update(loudness);
    this.route();
    for (const member of this.members.values()) {
      for (const forwarder of Object.values(member.peer.forwarders)) forwarder.tick(now);
    }
    const signature = JSON.stringify(this.stage());
    if (signature !== this.lastStage) {
      this.lastStage = signature;
      this.onStageChange();
    }
  }

  private sourceFor(viewer: RelayMember, role: MediaRole): RtpSource | undefined {
    if (role === 'slides') return this.slidesFor(viewer);
    const others = viewer.isAdmitted()
      ? this.speakers.recency
          .filter((uuid) => uuid !== viewer.uuid)
          .map((uuid) => this.members.get(uuid))
          .filter((member): member is RelayMember => member !== undefined && member.isAdmitted())
      : [];
    const candidates = (role === 'audio' ? others.filter((member) => !member.isAudioMuted()) : others)
      .filter((member) => member.peer.sends(role))
      .flatMap((member) => member.peer.sources[role] ?? []);
    // The most recent speaker whose stream flows. Someone who joined but has not sent a packet
    // yet, or whose camera stopped, is passed over rather than shown as a frozen picture.
    const flowing = candidates.find((source) => source.isFlowing());
    if (role === 'audio') return flowing ?? candidates[0];
    if (flowing) return flowing;
    const own = viewer.peer.sends('main') ? viewer.peer.sources.main : undefined;
    return own?.isFlowing() ? own : this.placeholder;
  }

  private slidesFor(viewer: RelayMember): RtpSource | undefined {
    const presenter = this.presenterUuid === undefined ? undefined : this.members.get(this.presenterUuid);
    if (!presenter || presenter === viewer || !presenter.isAdmitted() || !viewer.receivesPresentation()) return undefined;
    return presenter.peer.sends('slides') ? presenter.peer.sources.slides : undefined;
  }
}
