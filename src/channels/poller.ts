import type { Channel, Log } from '../core';
import { backoffMs, Lease, type ChannelHealth, type DeliveryTuning } from '../delivery';
import type { InboxInput, Store } from '../store';

/** A platform's long poll. `next` is called again only once the previous updates are stored: for Telegram, that is what confirms them. */
export interface PollSource {
  next(signal: AbortSignal): Promise<InboxInput[]>;
  /** Seconds to wait when the platform said so (a 429's retry_after), else undefined. */
  retryAfter?(error: unknown): number | undefined;
}

export interface PollerOptions {
  channel: Channel;
  /** One poller per bot token: the lease name carries the bot's id. */
  leaseName: string;
  source: PollSource;
  store: Store;
  health: ChannelHealth;
  tuning: DeliveryTuning;
  holder: string;
  log: Log;
  onStored(): void;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Long polling that loses nothing: only the holder of the token's lease polls (a second process would make
 * Telegram answer 409), and updates are stored in the inbox before the next poll, retrying the write until it works.
 */
export class Poller {
  private readonly lease: Lease;
  private readonly abort = new AbortController();
  private loop?: Promise<void>;
  private polling?: AbortController;

  constructor(private readonly options: PollerOptions) {
    this.lease = new Lease({
      store: options.store,
      name: options.leaseName,
      holder: options.holder,
      ttlMs: options.tuning.leaseMs,
      renewMs: options.tuning.leaseRenewMs,
      log: options.log,
      onChange: (held) => {
        if (!held) this.polling?.abort();
      },
    });
  }

  get isLeader(): boolean {
    return this.lease.isHeld;
  }

  async start(): Promise<void> {
    await this.lease.start().catch(() => false);
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    const { source, store, health, tuning, log, channel } = this.options;
    const sleep = this.options.sleep ?? pause;
    const stop = this.abort.signal;
    let failures = 0;
    while (!stop.aborted) {
      if (!this.lease.isHeld) {
        await sleep(tuning.leaseRenewMs, stop);
        continue;
      }
      let updates: InboxInput[];
      this.polling = new AbortController();
      const signal = AbortSignal.any([stop, this.polling.signal]);
      try {
        updates = await source.next(signal);
        failures = 0;
        health.callAnswered();
      } catch (error) {
        if (signal.aborted) continue;
        failures++;
        const after = source.retryAfter?.(error);
        const wait = after !== undefined ? after * 1000 : backoffMs(failures, tuning);
        health.callFailed((error as Error).message);
        log.warn({ channel, wait_ms: wait, err: (error as Error).message }, `${channel} polling failed; backing off`);
        await sleep(wait, stop);
        continue;
      }
      for (let attempt = 1; updates.length > 0 && !stop.aborted; attempt++) {
        try {
          const stored = await store.enqueueInbox(updates, new Date());
          for (let i = stored; i < updates.length; i++) log.info({ channel, outcome: 'duplicate' }, 'message');
          this.options.onStored();
          break;
        } catch (error) {
          log.error({ channel, updates: updates.length, err: (error as Error).message }, `${channel} updates not stored; trying again before polling on`);
          await sleep(backoffMs(attempt, tuning), stop);
        }
      }
    }
  }

  /** Ends the pending poll at once: what it would have returned stays unconfirmed at the platform. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.polling?.abort();
    await this.loop;
    await this.lease.stop();
  }
}
