import {randomBytes} from 'node:crypto';

interface Grant<T> {
  readonly value: T;
  readonly expiresAt: number;
}

/**
 * Short-lived one-purpose tokens (a pending sign-in, an SSO token, a transfer's join token):
 * URL-safe, dropped when they expire (checked on every use, so no timer is needed).
 */
export class GrantStore<T> {
  private readonly grants = new Map<string, Grant<T>>();

  constructor(private readonly lifetimeMs: number) {}

  issue(value: T, now = Date.now()): string {
    this.sweep(now);
    const token = randomBytes(18).toString('base64url');
    this.grants.set(token, {value, expiresAt: now + this.lifetimeMs});
    return token;
  }

  /** The grant's value while it is valid. */
  peek(token: string | undefined, now = Date.now()): T | undefined {
    if (!token) return undefined;
    const grant = this.grants.get(token);
    if (!grant || grant.expiresAt <= now) return undefined;
    return grant.value;
  }

  /** The grant's value, used up. */
  take(token: string | undefined, now = Date.now()): T | undefined {
    if (token === undefined) return undefined;
    const value = this.peek(token, now);
    if (value !== undefined) this.grants.delete(token);
    return value;
  }

  /** Every valid grant whose value matches (for revoking them). */
  revokeWhere(matches: (value: T) => boolean): void {
    for (const [token, grant] of this.grants) if (matches(grant.value)) this.grants.delete(token);
  }

  private sweep(now: number): void {
    for (const [token, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(token);
  }
}
