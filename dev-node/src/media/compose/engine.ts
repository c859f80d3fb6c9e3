import type {CallPeer} from '../peer.js';
import type {StageEntry} from '../relay.js';
import type {MediaMember, RoomMedia, RoomMediaOptions} from '../room-media-types.js';
import {SpeakerTracker} from '../speakers.js';
import {accumulate, FRAME_SAMPLES, mixWithout, SAMPLE_RATE} from './audio-mix.js';
import {ComposedPeer} from './composed-peer.js';
import {composeView, pictureSize, type Tile, TileCache} from './compose-view.js';
import {Picture} from './picture.js';
import {PresentationStills, type Still} from './stills.js';
import {wrtc} from './wrtc.js';

const FRAME_RATE = 15;
const AUDIO_FRAME_MS = 10;
/** The audio timer runs this often and makes up every 10 ms frame that fell due meanwhile. */
const AUDIO_TIMER_MS = 20;
/** After a stall longer than this, the mixer starts afresh instead of catching up. */
const MAX_CATCH_UP_FRAMES = 10;
/** Loudness is gathered over 100 ms, the tick voice switching was tuned for. */
const SPEAKER_TICK_FRAMES = 10;

interface ComposeMember extends MediaMember {
  readonly peer: ComposedPeer;
}

/** A participant's outgoing picture and what it showed last (for /dev/state and tests). */
interface View {
  picture: Picture;
  tiles: readonly Tile[];
}

/** A rolling average over the last second's worth of samples. */
class Average {
  private values: number[] = [];
  add(value: number): void {
    this.values.push(value);
    if (this.values.length > FRAME_RATE) this.values.shift();
  }
  get value(): number {
    return this.values.length === 0 ? 0 : this.values.reduce((sum, value) => sum + value, 0) / this.values.length;
  }
}

/**
 * The room's media as a Conferencing Node serves it: every participant's camera and microphone
 * are decoded; each participant receives one picture composed in the room's layout from the
 * others (the current speaker in the main tile, names on tiles, initials for those without a
 * picture; alone, their own picture) and a mix of everyone's sound but their own. The
 * presenter's slides are decoded and sent on to everyone allowed to see them.
 */
export class ComposingEngine implements RoomMedia {
  private readonly members = new Map<string, ComposeMember>();
  private readonly views = new Map<string, View>();
  private readonly tileCache = new TileCache();
  private readonly speakers = new SpeakerTracker();
  private readonly slidesOut = new (wrtc().nonstandard.RTCVideoSource)({isScreencast: true});
  private presenterUuid: string | undefined;
  private readonly stills = new PresentationStills((still) => this.options.onPresentationFrame?.(still.id));
  private videoTimer: NodeJS.Timeout | undefined;
  private audioTimer: NodeJS.Timeout | undefined;
  private audioStart = 0;
  private audioFrames = 0;
  private lastStage = '';
  private readonly loudness = new Map<string, number>();
  private readonly composeMs = new Average();
  private readonly mixMs = new Average();
  private composed = 0;
  private mixed = 0;
  /** Mixer ticks at which a participant had no frame ready (their sound paused or arrived late). */
  private underruns = 0;
  /** Composing ticks that fell behind the frame rate (the timer fired late by more than a frame). */
  private lateTicks = 0;
  /** When the next picture is due: frames keep to the clock, not to when the timer ran last. */
  private nextVideoAt = 0;

  constructor(private readonly options: RoomMediaOptions) {}

  createPeer(owner: string, onChange: () => void): CallPeer {
    return new ComposedPeer(owner, onChange, this.slidesOut);
  }

  add(member: MediaMember): void {
    const peer = member.peer;
    if (!(peer instanceof ComposedPeer)) throw new Error('a composing room needs libwebrtc peers');
    this.members.set(member.uuid, {...member, peer});
    this.speakers.add(member.uuid);
    this.start();
    this.route();
  }

  remove(uuid: string): void {
    if (!this.members.delete(uuid)) return;
    this.views.delete(uuid);
    this.speakers.remove(uuid);
    if (this.presenterUuid === uuid) this.presenterUuid = undefined;
    if (this.members.size === 0) this.stop();
    this.route();
  }

  setPresenter(uuid: string | undefined): void {
    this.presenterUuid = uuid;
    this.route();
  }

  /** Slides: the presenter's decoded frames feed the room's slides track, which every allowed viewer receives. */
  route(): void {
    const presenter = this.presenterUuid === undefined ? undefined : this.members.get(this.presenterUuid);
    const presenting = presenter?.isAdmitted() && presenter.peer.sends('slides') ? presenter : undefined;
    if (!presenting) this.stills.clear();
    for (const member of this.members.values()) {
      if (member.peer.slides) {
        member.peer.slides.listener =
          member === presenting
            ? (frame) => {
                this.slidesOut.onFrame(frame);
                this.stills.offer(frame);
              }
            : undefined;
      }
      const sees =
        presenting &&
        member !== presenting &&
        member.isAdmitted() &&
        member.receivesPresentation() &&
        member.peer.receives('slides');
      member.peer.setSlides(sees ? presenting.uuid : null);
    }
  }

  stage(): StageEntry[] {
    return this.speakers.recency
      .filter((uuid) => this.members.get(uuid)?.isAdmitted())
      .map((uuid) => ({uuid, speaking: this.speakers.isSpeaking(uuid)}));
  }

  figures(): Record<string, unknown> {
    return {
      engine: 'compose',
      layout: this.options.layout(),
      frame_rate: FRAME_RATE,
      encoder: {
        frames_composed: this.composed,
        compose_ms: Number(this.composeMs.value.toFixed(2)),
        late_ticks: this.lateTicks,
        outputs: [...this.members.values()].map((member) => ({
          uuid: member.uuid,
          width: this.views.get(member.uuid)?.picture.width ?? 0,
          height: this.views.get(member.uuid)?.picture.height ?? 0,
          bandwidth_kbps: member.peer.bandwidthKbps ?? null,
          sent_kbps: member.peer.outbound.kbps,
          encoded_width: member.peer.outbound.frameWidth,
          quality_limitation: member.peer.outbound.limitation,
          frames_encoded: member.peer.outbound.framesEncoded,
          key_frame_requests: member.peer.outbound.pliCount,
          nacks: member.peer.outbound.nackCount,
          tiles: (this.views.get(member.uuid)?.tiles ?? []).map((tile) => ({...tile})),
        })),
      },
      mixer: {
        frames_mixed: this.mixed,
        mix_ms: Number(this.mixMs.value.toFixed(3)),
        underruns: this.underruns,
        dropped: [...this.members.values()].reduce((sum, member) => sum + (member.peer.microphone?.queue.dropped ?? 0), 0),
      },
    };
  }

  presentationStill(): Still | undefined {
    return this.stills.latest;
  }

  close(): void {
    this.stop();
    this.members.clear();
    this.views.clear();
  }

  private start(): void {
    if (this.videoTimer) return;
    this.nextVideoAt = performance.now();
    this.scheduleVideo();
    this.audioStart = performance.now();
    this.audioFrames = 0;
    this.audioTimer = setInterval(() => this.mixDue(), AUDIO_TIMER_MS);
  }

  private stop(): void {
    clearTimeout(this.videoTimer);
    clearInterval(this.audioTimer);
    this.videoTimer = this.audioTimer = undefined;
  }

  /** Participants in the meeting, most recent speaker first. */
  private roster(): ComposeMember[] {
    return this.speakers.recency
      .map((uuid) => this.members.get(uuid))
      .filter((member): member is ComposeMember => member !== undefined && member.isAdmitted());
  }

  private composeAll(): void {
    const started = performance.now();
    for (const member of this.members.values()) member.peer.camera?.endTick();
    const roster = this.roster();
    const layout = this.options.layout();
    for (const viewer of this.members.values()) {
      if (viewer.peer.stalled || !viewer.peer.receives('main')) continue;
      const [width, height] = pictureSize(viewer.peer.bandwidthKbps);
      let view = this.views.get(viewer.uuid);
      if (!view || view.picture.width !== width) {
        view = {picture: new Picture(width, height), tiles: []};
        this.views.set(viewer.uuid, view);
      }
      const others = viewer.isAdmitted() ? roster.filter((member) => member !== viewer) : [];
      view.tiles = composeView(view.picture, layout, others.length > 0 ? others : [viewer], others.length === 0, this.tileCache);
      viewer.peer.videoOut.onFrame(view.picture);
      this.composed++;
    }
    this.tileCache.sweep();
    this.composeMs.add(performance.now() - started);
  }

  /**
   * A timer that keeps 15 pictures a second on a starved machine: a tick that ran late is
   * followed by the next one sooner (setInterval would let the delays add up). Once more than
   * three frames behind, it starts afresh from now rather than sending a burst.
   */
  private scheduleVideo(): void {
    const interval = 1000 / FRAME_RATE;
    this.nextVideoAt += interval;
    const now = performance.now();
    if (now - this.nextVideoAt > 3 * interval) {
      this.lateTicks++;
      this.nextVideoAt = now;
    }
    this.videoTimer = setTimeout(
      () => {
        this.composeAll();
        if (this.videoTimer) this.scheduleVideo();
      },
      Math.max(0, this.nextVideoAt - now)
    );
  }

  /** Makes every 10 ms frame that fell due since the last timer, so the mix keeps real time. */
  private mixDue(): void {
    const due = Math.floor((performance.now() - this.audioStart) / AUDIO_FRAME_MS) - this.audioFrames;
    if (due > MAX_CATCH_UP_FRAMES) {
      this.audioFrames += due - 1;
      this.mixOnce();
      return;
    }
    for (let frame = 0; frame < due; frame++) this.mixOnce();
  }

  private mixOnce(): void {
    const started = performance.now();
    this.audioFrames++;
    const total = new Int32Array(FRAME_SAMPLES);
    const own = new Map<string, Int16Array>();
    for (const member of this.members.values()) {
      const microphone = member.peer.microphone;
      if (!microphone) continue;
      const frame = microphone.queue.shift();
      const loud = microphone.takeLoudness();
      if (!member.isAdmitted() || member.isAudioMuted()) continue;
      this.loudness.set(member.uuid, Math.max(this.loudness.get(member.uuid) ?? 0, loud));
      if (!frame) {
        if (member.peer.sends('audio')) this.underruns++;
        continue;
      }
      accumulate(total, frame);
      own.set(member.uuid, frame);
    }
    for (const listener of this.members.values()) {
      if (listener.peer.stalled || !listener.peer.receives('audio')) continue;
      const samples = listener.isAdmitted()
        ? mixWithout(total, own.get(listener.uuid), new Int16Array(FRAME_SAMPLES))
        : new Int16Array(FRAME_SAMPLES);
      listener.peer.audioOut.onData({
        samples,
        sampleRate: SAMPLE_RATE,
        bitsPerSample: 16,
        channelCount: 1,
        numberOfFrames: FRAME_SAMPLES,
      });
    }
    this.mixed++;
    this.mixMs.add(performance.now() - started);
    if (this.audioFrames % SPEAKER_TICK_FRAMES === 0) this.updateSpeakers();
  }

  private updateSpeakers(): void {
    this.speakers.update(this.loudness);
    this.loudness.clear();
    const signature = JSON.stringify(this.stage());
    if (signature !== this.lastStage) {
      this.lastStage = signature;
      this.options.onStageChange();
    }
  }
}
