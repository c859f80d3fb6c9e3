import {randomBytes} from 'node:crypto';

interface TokenRecord<S> {
  readonly session: S;
  expiresAt: number;
}

/** How long a token stays valid after a refresh replaced it: requests in flight still carry it. */
export const REFRESH_GRACE_MS = 10_000;
/** Tokens alive at once per session; issuing one more retires the oldest at once. */
export const MAX_TOKENS_PER_SESSION = 3;

/** URL-safe, because the SDK puts tokens unencoded into the events URL (protocol notes §2). */
function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Issues and checks session tokens. A refresh issues a new token and leaves the older ones valid
 * for a short grace, because requests in flight still carry them (protocol notes §1.2; an open
 * event stream was checked when it opened, and the SDK reconnects with its newest token). A
 * session never holds more than a few tokens, however fast it refreshes. Release revokes every
 * token of the session at once.
 */
export class TokenStore<S extends object> {
  private readonly tokens = new Map<string, TokenRecord<S>>();
  private readonly bySession = new Map<S, Set<string>>();

  constructor(private readonly lifetimeMs: number) {}

  get lifetimeSeconds(): number {
    return Math.round(this.lifetimeMs / 1000);
  }

  issue(session: S, now = Date.now()): string {
    const token = newToken();
    this.tokens.set(token, {session, expiresAt: now + this.lifetimeMs});
    let owned = this.bySession.get(session);
    if (!owned) this.bySession.set(session, (owned = new Set()));
    owned.add(token);
    // A Set iterates in insertion order: the first tokens are the oldest.
    for (const old of owned) {
      if (owned.size <= MAX_TOKENS_PER_SESSION) break;
      owned.delete(old);
      this.tokens.delete(old);
    }
    return token;
  }

  /** A new token for the session; its older tokens expire after `REFRESH_GRACE_MS`. */
  refresh(session: S, now = Date.now()): string {
    for (const old of this.bySession.get(session) ?? []) {
      const record = this.tokens.get(old);
      if (record) record.expiresAt = Math.min(record.expiresAt, now + REFRESH_GRACE_MS);
    }
    return this.issue(session, now);
  }

  /** The live session of a token, or undefined when the token is unknown, expired or revoked. */
  lookup(token: string | undefined, now = Date.now()): S | undefined {
    if (!token) return undefined;
    const record = this.tokens.get(token);
    if (!record || record.expiresAt <= now) return undefined;
    return record.session;
  }

  revoke(session: S): void {
    for (const token of this.bySession.get(session) ?? []) this.tokens.delete(token);
    this.bySession.delete(session);
  }

  /** Drops expired tokens and returns the sessions that no longer hold any valid token. */
  sweep(now = Date.now()): S[] {
    const expired: S[] = [];
    for (const [session, owned] of this.bySession) {
      for (const token of owned) {
        const record = this.tokens.get(token);
        if (!record || record.expiresAt <= now) {
          this.tokens.delete(token);
          owned.delete(token);
        }
      }
      if (owned.size === 0) {
        this.bySession.delete(session);
        expired.push(session);
      }
    }
    return expired;
  }

  get size(): number {
    return this.tokens.size;
  }
}
