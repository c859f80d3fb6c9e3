import type {RoomConfig} from '../config/types.js';

/** What the meeting's status needs of its room. */
export interface MeetingRoom {
  readonly config: RoomConfig;
  readonly participants: ReadonlyMap<string, unknown>;
  publishStatus(): void;
  admitWhoCanEnter(): void;
  leave(uuid: string, reason: string): void;
  schedule(ms: number, callback: () => void): NodeJS.Timeout;
  clearTimer(timer: NodeJS.Timeout | undefined): void;
}

/** How Infinity words a conference ended from outside the meeting; the SDK maps it to an error code. */
export const MEETING_ENDED = 'API initiated conference termination';

/**
 * The parts of the conference status that the room's configuration drives (issue 14): whether a
 * host has started the meeting, its classification level, and its scheduled end.
 */
export class MeetingStatus {
  started: boolean;
  private classificationLevel: number | undefined;
  /** Seconds since the epoch (`end_time`). */
  private endTime: number | undefined;
  private endTimer: NodeJS.Timeout | undefined;

  constructor(private readonly conference: MeetingRoom) {
    const config = conference.config;
    this.started = !config.hostMustStart;
    this.classificationLevel = config.classification?.current;
    if (config.endsAfterSeconds !== undefined) this.endIn(config.endsAfterSeconds, false);
  }

  /** The status fields beyond lock and mute state. */
  wire(): {started: boolean; classification?: {current: number; levels: Record<string, string>}; end_time?: number} {
    const levels = this.conference.config.classification?.levels;
    return {
      started: this.started,
      ...(levels && this.classificationLevel !== undefined
        ? {classification: {current: this.classificationLevel, levels: {...levels}}}
        : {}),
      ...(this.endTime === undefined ? {} : {end_time: this.endTime}),
    };
  }

  /** `start_conference`: guests held until the start are let in. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.conference.publishStatus();
    this.conference.admitWhoCanEnter();
  }

  /** Returns false for a level the room does not define. */
  setClassification(level: number): boolean {
    if (this.conference.config.classification?.levels[String(level)] === undefined) return false;
    this.classificationLevel = level;
    this.conference.publishStatus();
    return true;
  }

  /**
   * Schedules the end (`undefined`: none). When it comes, everyone is disconnected and the next
   * meeting of the room begins: not started again (if a host must start it), ending after the
   * configured time again.
   */
  endIn(seconds: number | undefined, publish = true): void {
    this.conference.clearTimer(this.endTimer);
    this.endTimer = undefined;
    this.endTime = undefined;
    if (seconds !== undefined) {
      this.endTime = Date.now() / 1000 + seconds;
      this.endTimer = this.conference.schedule(seconds * 1000, () => this.end());
    }
    if (publish) this.conference.publishStatus();
  }

  private end(): void {
    this.endTimer = undefined;
    for (const uuid of [...this.conference.participants.keys()]) this.conference.leave(uuid, MEETING_ENDED);
    this.started = !this.conference.config.hostMustStart;
    this.endIn(this.conference.config.endsAfterSeconds, false);
  }
}
