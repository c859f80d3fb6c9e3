interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets untouched for this long are forgotten (they would be full again anyway). */
const IDLE_MS = 60_000;

/** A token bucket per key (a session, or a client address before it has one). */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly perSecond: number,
    readonly burst: number
  ) {}

  /** Takes one request from the key's bucket; false means "too many requests". */
  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? {tokens: this.burst, updatedAt: now};
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.perSecond);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  sweep(now = Date.now()): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt > IDLE_MS) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
