/** Smoothing of loudness per 100 ms tick (exponential moving average weight of the new value). */
const SMOOTHING = 0.4;
/** Smoothed loudness (0–127, from the audio-level extension) from which a participant is speaking. */
const SPEECH_THRESHOLD = 30;
/** A challenger must be this much louder than the current speaker … */
const SWITCH_MARGIN = 6;
/** … for this many consecutive ticks before the floor changes (hysteresis). */
const SWITCH_TICKS = 5;

/**
 * Voice switching: picks the dominant speaker from smoothed audio levels with hysteresis, and
 * keeps everyone ordered by how recently they held the floor (most recent first), which is the
 * order in which each viewer is offered the others.
 */
export class SpeakerTracker {
  private readonly activity = new Map<string, number>();
  private order: string[] = [];
  private dominant: string | undefined;
  private challenger: string | undefined;
  private challengerTicks = 0;

  add(uuid: string): void {
    if (!this.order.includes(uuid)) this.order.push(uuid);
  }

  remove(uuid: string): void {
    this.order = this.order.filter((entry) => entry !== uuid);
    this.activity.delete(uuid);
    if (this.dominant === uuid) this.dominant = undefined;
    if (this.challenger === uuid) this.challenger = undefined;
  }

  /** Most recent floor holder first. */
  get recency(): readonly string[] {
    return this.order;
  }

  isSpeaking(uuid: string): boolean {
    return (this.activity.get(uuid) ?? 0) >= SPEECH_THRESHOLD;
  }

  /** Feeds one tick of loudness per participant (absent = silent); returns true when the floor changed. */
  update(loudness: ReadonlyMap<string, number>): boolean {
    let loudest: string | undefined;
    for (const uuid of this.order) {
      const smoothed = (1 - SMOOTHING) * (this.activity.get(uuid) ?? 0) + SMOOTHING * (loudness.get(uuid) ?? 0);
      this.activity.set(uuid, smoothed);
      if (loudest === undefined || smoothed > (this.activity.get(loudest) ?? 0)) loudest = uuid;
    }
    if (loudest === undefined || !this.isSpeaking(loudest) || loudest === this.dominant) {
      this.challengerTicks = 0;
      return false;
    }
    const lead = (this.activity.get(loudest) ?? 0) - (this.dominant ? (this.activity.get(this.dominant) ?? 0) : 0);
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
}
