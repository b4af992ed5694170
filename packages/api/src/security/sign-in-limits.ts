import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError, type RateLimits } from './rate-limiter.js';
import { sha256Hex } from './tokens.js';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The sign-in limits, after OWASP's authentication cheat sheet (and rate-limiter-flexible's
 * "login endpoint protection" example). The numbers are documented in docs/api.md ("Rate limits").
 *
 * - Per email and address pair: 10 failures in a row (within an hour) back the pair off for
 *   15 minutes, doubling with each further block that day (up to a day). Only this pair waits:
 *   the owner at another address is not held up by an attacker's guesses.
 * - Per account (email): at most 100 failures a day from all addresses together; past that the
 *   account is closed for the day's rest, but only to addresses without a recent success for it.
 * - Per address: at most 100 failures an hour (password spraying across accounts); past that the
 *   address is closed for the hour's rest, again except for accounts that signed in there before.
 *
 * A successful sign-in forgets its pair's failures and makes the pair known for 14 days. Unknown
 * emails count exactly like known ones, so the limits reveal nothing about which accounts exist.
 */
export const SIGN_IN_LIMITS = {
  pair: { failures: 10, windowSeconds: HOUR, blockSeconds: 15 * MINUTE, maxBlockSeconds: DAY },
  account: { failures: 100, windowSeconds: DAY },
  address: { failures: 100, windowSeconds: HOUR },
  // At most 24 days: the memory store expires keys with setTimeout (a 32-bit delay in milliseconds).
  knownPairSeconds: 14 * DAY,
} as const;

/** rate-limiter-flexible's keys must fit its table's varchar(255): long ones are hashed. */
function keyOf(...parts: string[]): string {
  const key = parts.join('|');
  return key.length <= 200 ? key : `sha256:${sha256Hex(key)}`;
}

export class SignInLimits {
  private readonly pair: RateLimiterAbstract;
  private readonly pairBlocks: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly knownPairs: RateLimiterAbstract;

  constructor(limits: RateLimits) {
    const { pair, account, address, knownPairSeconds } = SIGN_IN_LIMITS;
    this.pair = limits.flexible({ keyPrefix: 'sign-in.pair', points: pair.failures, durationSeconds: pair.windowSeconds });
    this.pairBlocks = limits.flexible({ keyPrefix: 'sign-in.pair-blocks', points: 1_000_000, durationSeconds: DAY });
    this.account = limits.flexible({ keyPrefix: 'sign-in.account', points: account.failures, durationSeconds: account.windowSeconds });
    this.address = limits.flexible({ keyPrefix: 'sign-in.address', points: address.failures, durationSeconds: address.windowSeconds });
    this.knownPairs = limits.flexible({ keyPrefix: 'sign-in.known', points: 1, durationSeconds: knownPairSeconds });
  }

  /** Throws RATE_LIMITED when this email may not be tried from this address now (counts nothing). */
  async assertAllowed(email: string, client: string): Promise<void> {
    const pairKey = keyOf(email, client);
    const [pair, known] = await Promise.all([this.pair.get(pairKey), this.knownPairs.get(pairKey)]);
    assertUnder(this.pair, pair);
    if (known) return;
    const [account, address] = await Promise.all([this.account.get(keyOf(email)), this.address.get(keyOf(client))]);
    assertUnder(this.account, account);
    assertUnder(this.address, address);
  }

  /** Counts a failed attempt for the pair, the account and the address; backs the pair off at its limit. */
  async recordFailure(email: string, client: string): Promise<void> {
    const pairKey = keyOf(email, client);
    const [pair] = await Promise.all([
      this.pair.penalty(pairKey),
      this.account.penalty(keyOf(email)),
      this.address.penalty(keyOf(client)),
    ]);
    if (pair.consumedPoints < this.pair.points) return;
    const blocks = await this.pairBlocks.penalty(pairKey);
    const { blockSeconds, maxBlockSeconds } = SIGN_IN_LIMITS.pair;
    await this.pair.block(pairKey, Math.min(maxBlockSeconds, blockSeconds * 2 ** (blocks.consumedPoints - 1)));
  }

  /** Forgets the pair's failures and remembers the pair as one where the account signs in. */
  async recordSuccess(email: string, client: string): Promise<void> {
    const pairKey = keyOf(email, client);
    await Promise.all([this.pair.delete(pairKey), this.knownPairs.set(pairKey, 1, SIGN_IN_LIMITS.knownPairSeconds)]);
  }
}

function assertUnder(limiter: RateLimiterAbstract, window: { consumedPoints: number; msBeforeNext: number } | null): void {
  if (window && window.consumedPoints >= limiter.points) {
    throw new RateLimitedError(Math.max(1, Math.ceil(window.msBeforeNext / 1000)));
  }
}
