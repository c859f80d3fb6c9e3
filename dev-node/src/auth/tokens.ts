import {randomBytes} from 'node:crypto';

interface TokenRecord<S> {
  readonly session: S;
  readonly expiresAt: number;
}

/** URL-safe, because the SDK puts tokens unencoded into the events URL (protocol notes §2). */
function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Issues and checks session tokens. A refresh issues a new token and leaves the older ones valid
 * until they expire, because the open event stream (and requests in flight) still carry them
 * (protocol notes §1.2). Release revokes every token of the session at once.
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
    return token;
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
