import type { Log } from '../core';
import type { Store } from '../store';
import { holderIsDead } from './holder';

export interface LeaseOptions {
  store: Pick<Store, 'readLease' | 'swapLease' | 'releaseLease'>;
  name: string;
  holder: string;
  /** How long a lease lasts without renewal: another process takes over that long after this one dies unseen. */
  ttlMs: number;
  /** How often the lease is renewed or, when held elsewhere, tried again. */
  renewMs: number;
  clock?: () => Date;
  log?: Log;
  /** Called when this process gains (true) or loses (false) the lease. */
  onChange?: (held: boolean) => void;
}

/**
 * Leader election over the store: one process at a time holds a named lease (the poller of a bot token, the sender
 * of a platform) and renews it; when it stops renewing, or when it is a dead process on this machine, another takes it.
 */
export class Lease {
  private held = false;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly clock: () => Date;

  constructor(private readonly options: LeaseOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  get isHeld(): boolean {
    return this.held;
  }

  /** Tries at once, then keeps renewing or retrying every `renewMs`. */
  async start(): Promise<boolean> {
    this.stopped = false;
    await this.tick();
    return this.held;
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    try {
      this.set(await this.acquire());
    } catch (error) {
      this.options.log?.warn({ lease: this.options.name, err: (error as Error).message }, 'lease not renewed');
      // Past its expiry the lease may already be someone else's: stop acting on it.
      if (this.held && this.expiresAt !== undefined && this.clock().getTime() >= this.expiresAt) this.set(false);
    }
    if (!this.stopped) this.timer = setTimeout(() => void this.tick(), this.options.renewMs).unref();
  }

  private expiresAt?: number;

  private async acquire(): Promise<boolean> {
    const { store, name, holder, ttlMs } = this.options;
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + ttlMs);
    const current = await store.readLease(name);
    const free = !current || current.holder === holder || current.expiresAt <= now || holderIsDead(current.holder, holder);
    if (!free) return false;
    const won = await store.swapLease(name, current?.holder, holder, expiresAt);
    if (won) this.expiresAt = expiresAt.getTime();
    return won;
  }

  private set(held: boolean): void {
    if (held === this.held) return;
    this.held = held;
    this.options.log?.info({ lease: this.options.name, held }, held ? 'lease taken' : 'lease lost');
    this.options.onChange?.(held);
  }

  /** Stops renewing and hands the lease back, so a successor need not wait for it to lapse. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.held) {
      this.set(false);
      await this.options.store.releaseLease(this.options.name, this.options.holder).catch(() => {});
    }
  }
}
