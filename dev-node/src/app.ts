import {JoinGrants} from './auth/join-grants.js';
import {TokenStore} from './auth/tokens.js';
import type {ClientSession, Conference} from './conference/conference.js';
import {REASONS} from './conference/room-events.js';
import {Registry} from './conference/registry.js';
import type {DevNodeConfig} from './config/types.js';
import {RateLimiter} from './http/rate-limit.js';
import type {Logger} from './log.js';

const HOUSEKEEPING_MS = 2000;

/** Everything the request handlers share: rooms, tokens, limits and logging. */
export class App {
  readonly registry: Registry;
  readonly tokens: TokenStore<ClientSession>;
  readonly limiter: RateLimiter;
  /** SSO sign-ins and transfer tokens. */
  readonly grants = new JoinGrants();
  private readonly housekeeping: NodeJS.Timeout;

  constructor(
    readonly config: DevNodeConfig,
    readonly logger: Logger,
    onRoomCreated: (conference: Conference) => void
  ) {
    this.tokens = new TokenStore(config.limits.tokenExpiresSeconds * 1000);
    this.limiter = new RateLimiter(config.limits.requestsPerSecond, config.limits.burst);
    this.registry = new Registry(config, onRoomCreated);
    this.housekeeping = setInterval(() => this.sweep(), HOUSEKEEPING_MS);
  }

  /** Ends sessions whose every token expired (the client stopped refreshing) and forgets idle buckets. */
  private sweep(): void {
    for (const session of this.tokens.sweep()) {
      if (!session.ended) session.conference.leave(session.participant.uuid, REASONS.tokenExpired);
    }
    this.limiter.sweep();
  }

  /** Ends a session for good: leaves the room (if still in it), revokes its tokens, drops its rate limit. */
  release(session: ClientSession): void {
    if (!session.ended) session.conference.leave(session.participant.uuid);
    this.tokens.revoke(session);
    this.limiter.forget(session.id);
  }

  close(): void {
    clearInterval(this.housekeeping);
    this.registry.close();
  }
}
