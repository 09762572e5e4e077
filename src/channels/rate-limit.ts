import type { Store } from '../store';

/**
 * A sliding-window limit kept in the store, so every process counts the same hits and a restart forgets none:
 * this window's hits plus the previous window's, weighted by how much of it still overlaps the last `windowMs`.
 * Refused hits count too, so a sustained flood stays refused until it slows down.
 */
export class StoreRateLimiter {
  constructor(
    private readonly store: Pick<Store, 'hitRate'>,
    private readonly limit: { points: number; windowMs: number },
  ) {}

  /** Counts a hit for `key`; true while the last window holds no more than `points` hits. */
  async consume(key: string, now: Date): Promise<boolean> {
    const { windowMs, points } = this.limit;
    const { current, previous } = await this.store.hitRate(key, windowMs, now);
    const overlap = 1 - (now.getTime() % windowMs) / windowMs;
    return previous * overlap + current <= points;
  }
}
