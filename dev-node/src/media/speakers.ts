/**
 * A participant's level is the loudest tick (100 ms) of the last second. Speech, and the beep of
 * Chromium's fake microphone (one every 500 ms), come in bursts: a per-tick average would rise
 * and fall within a second and hand the floor to whoever beeped last, several times a second.
 */
const WINDOW_TICKS = 10;
/**
 * Level (0–127: 127 minus the audio-level extension's -dBov) from which a participant counts as
 * speaking: -77 dBov, above what is left of background noise after the browser's suppression.
 */
const SPEECH_THRESHOLD = 50;
/** A challenger must be this much louder (dB) than the current speaker … */
const SWITCH_MARGIN = 6;
/** … for this many consecutive ticks before the floor changes (hysteresis). */
const SWITCH_TICKS = 8;

/**
 * Voice switching: picks the dominant speaker from audio levels with hysteresis, and keeps
 * everyone ordered by how recently they held the floor (most recent first), which is the order
 * in which each viewer is offered the others. People who speak equally loud at once (every fake
 * microphone beeps at the same level) do not take the floor from each other.
 */
export class SpeakerTracker {
  /** Per participant, the loudness of the last `WINDOW_TICKS` ticks, oldest first. */
  private readonly history = new Map<string, number[]>();
  private order: string[] = [];
  private dominant: string | undefined;
  private challenger: string | undefined;
  private challengerTicks = 0;

  add(uuid: string): void {
    if (!this.order.includes(uuid)) this.order.push(uuid);
  }

  remove(uuid: string): void {
    this.order = this.order.filter((entry) => entry !== uuid);
    this.history.delete(uuid);
    if (this.dominant === uuid) this.dominant = undefined;
    if (this.challenger === uuid) this.challenger = undefined;
  }

  /** Most recent floor holder first. */
  get recency(): readonly string[] {
    return this.order;
  }

  isSpeaking(uuid: string): boolean {
    return this.level(uuid) >= SPEECH_THRESHOLD;
  }

  /** Feeds one tick of loudness per participant (absent = silent); returns true when the floor changed. */
  update(loudness: ReadonlyMap<string, number>): boolean {
    let loudest: string | undefined;
    for (const uuid of this.order) {
      const history = this.history.get(uuid) ?? [];
      history.push(loudness.get(uuid) ?? 0);
      if (history.length > WINDOW_TICKS) history.shift();
      this.history.set(uuid, history);
      if (loudest === undefined || this.level(uuid) > this.level(loudest)) loudest = uuid;
    }
    if (loudest === undefined || !this.isSpeaking(loudest) || loudest === this.dominant) {
      this.challengerTicks = 0;
      return false;
    }
    const lead = this.level(loudest) - (this.dominant === undefined ? 0 : this.level(this.dominant));
    if (this.dominant !== undefined && lead < SWITCH_MARGIN) {
      this.challengerTicks = 0;
      return false;
    }
    this.challengerTicks = this.challenger === loudest ? this.challengerTicks + 1 : 1;
    this.challenger = loudest;
    if (this.dominant !== undefined && this.challengerTicks < SWITCH_TICKS) return false;
    this.dominant = loudest;
    this.challengerTicks = 0;
    this.order = [loudest, ...this.order.filter((entry) => entry !== loudest)];
    return true;
  }

  private level(uuid: string): number {
    return Math.max(0, ...(this.history.get(uuid) ?? []));
  }
}
