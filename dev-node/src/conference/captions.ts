import {HttpError} from '../http/reply.js';
import type {Conference, RoomHooks} from './conference.js';
import type {Participant} from './participant.js';

const DEFAULT_INTERVAL_SECONDS = 4;
/** How often voice activity is looked at for "… is speaking" lines. */
const STAGE_POLL_MS = 200;

/** The `live_captions` event (inf/dist/types.d.ts `LiveCaptionsEvent`). */
export interface LiveCaptionsEvent {
  readonly data: string;
  readonly is_final: boolean;
  readonly sources?: readonly {participant_uuid: string; indices: number[]}[];
}

/**
 * Live captions without speech recognition: while anyone in the room has them on
 * (`show_live_captions`), the room's script is captioned line by line, and "Name is speaking"
 * when a participant's voice activity starts. Only those who turned captions on receive them.
 */
export class LiveCaptions implements RoomHooks {
  private readonly viewers = new Set<string>();
  private readonly speaking = new Set<string>();
  private scriptTimer: NodeJS.Timeout | undefined;
  private stageTimer: NodeJS.Timeout | undefined;
  private line = 0;

  constructor(private readonly conference: Conference) {
    conference.hooks.push(this);
  }

  get available(): boolean {
    return this.conference.config.captions?.available ?? true;
  }

  isShownTo(uuid: string): boolean {
    return this.viewers.has(uuid);
  }

  show(participant: Participant): void {
    if (!this.available) throw new HttpError(403, 'Live captions are not available in this meeting');
    this.viewers.add(participant.uuid);
    this.start();
  }

  hide(uuid: string): void {
    this.viewers.delete(uuid);
    if (this.viewers.size === 0) this.stop();
  }

  left(uuid: string): void {
    this.hide(uuid);
  }

  synced(): void {}

  changed(): void {}

  /** Sends one caption to everyone in the room who has captions on. */
  caption(text: string, speaker?: Participant): void {
    const event: LiveCaptionsEvent = {
      data: text,
      is_final: true,
      ...(speaker ? {sources: [{participant_uuid: speaker.uuid, indices: text.split(' ').map((_, index) => index)}]} : {}),
    };
    this.conference.publish('live_captions', event, (viewer) => viewer.isAdmitted && this.viewers.has(viewer.uuid));
  }

  private start(): void {
    const captions = this.conference.config.captions;
    const script = captions?.script ?? [];
    if (script.length > 0 && !this.scriptTimer) {
      this.scriptTimer = this.conference.every((captions?.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS) * 1000, () => {
        const line = script[this.line++ % script.length];
        if (line) this.caption(line.text, this.participantNamed(line.from));
      });
    }
    if ((captions?.speaking ?? true) && !this.stageTimer) {
      this.speaking.clear();
      this.stageTimer = this.conference.every(STAGE_POLL_MS, () => this.captionNewSpeakers());
    }
  }

  private stop(): void {
    this.conference.clearTimer(this.scriptTimer);
    this.conference.clearTimer(this.stageTimer);
    this.scriptTimer = undefined;
    this.stageTimer = undefined;
  }

  /** Real participants whose voice activity started since the last look get a line each. */
  private captionNewSpeakers(): void {
    const now = new Set(
      this.conference
        .stage()
        .filter((entry) => entry.vad > 0 && !this.conference.simulatedSpeakers.has(entry.participant_uuid))
        .map((entry) => entry.participant_uuid)
    );
    for (const uuid of now) {
      const participant = this.conference.participants.get(uuid);
      if (!this.speaking.has(uuid) && participant) this.caption(`${participant.displayName} is speaking`, participant);
    }
    this.speaking.clear();
    for (const uuid of now) this.speaking.add(uuid);
  }

  private participantNamed(name: string): Participant | undefined {
    for (const participant of this.conference.participants.values()) {
      if (participant.displayName === name) return participant;
    }
    return undefined;
  }
}

const captions = new WeakMap<Conference, LiveCaptions>();

/** The room's captions, created on first use. */
export function captionsOf(conference: Conference): LiveCaptions {
  let found = captions.get(conference);
  if (!found) {
    found = new LiveCaptions(conference);
    captions.set(conference, found);
  }
  return found;
}
