import { randomUUID } from 'node:crypto';
import type { Log } from '../core';
import type { OutboxItem, Store } from '../store';
import type { ChannelHealth } from './health';
import { Lease } from './lease';
import { Pause } from './pause';
import type { Platform } from './platform';
import { TokenBucket } from './rate';
import { backoffMs, type DeliveryTuning } from './tuning';
import { whenWritten } from './written';

export interface SenderOptions {
  store: Store;
  platform: Platform;
  health: ChannelHealth;
  tuning: DeliveryTuning;
  /** This process, in the sender lease. */
  holder: string;
  log: Log;
  clock?: () => Date;
}

/**
 * Delivers a platform's outbox: one process at a time (a lease), per-chat order, the platform's rate limits, the
 * platform's `retry_after`, backoff on failures kept in the rows (so it survives restarts) up to the retry window,
 * and a logged give-up for blocked chats, refused calls and calls past the window.
 */
export class OutboxSender {
  private readonly lease: Lease;
  private readonly clock: () => Date;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly chats = new Map<string, TokenBucket>();
  private readonly global: TokenBucket;
  private stopped = true;
  /** Calls failed for every chat since the last success: their rows wait on backoff. */
  private platformFailures = 0;
  private loop?: Promise<void>;
  private readonly pause = new Pause();

  constructor(private readonly options: SenderOptions) {
    this.clock = options.clock ?? (() => new Date());
    const rate = this.rate;
    this.global = new TokenBucket(rate.perSecond, rate.perSecond, Date.now());
    this.lease = new Lease({
      store: options.store,
      name: `sender:${options.platform.channel}`,
      holder: options.holder,
      ttlMs: options.tuning.leaseMs,
      renewMs: options.tuning.leaseRenewMs,
      clock: this.clock,
      log: options.log,
      onChange: (held) => {
        if (held) this.wake();
      },
    });
  }

  private get rate() {
    return this.options.tuning.rates[this.options.platform.channel] ?? { perSecond: 10, perChatBurst: 4, perChatPerSecond: 1 };
  }

  /** True while this process holds the platform's sender lease. */
  get isLeader(): boolean {
    return this.lease.isHeld;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.lease.start().catch(() => false);
    this.loop = this.run();
  }

  /** New rows were stored: look now rather than at the next poll. */
  wake(): void {
    this.pause.wake();
  }

  private idle(ms: number): Promise<void> {
    return this.pause.wait(ms);
  }

  private async run(): Promise<void> {
    let settled = false;
    while (!this.stopped) {
      try {
        if (!this.lease.isHeld) {
          settled = false;
          await this.idle(this.options.tuning.pollIntervalMs);
          continue;
        }
        if (!settled) {
          await this.settle();
          settled = true;
        }
        const waitMs = await this.sendDue();
        if (waitMs > 0) await this.idle(waitMs);
      } catch (error) {
        this.options.log.error({ channel: this.options.platform.channel, err: (error as Error).message }, 'outbox sender failed; trying again');
        await this.idle(this.options.tuning.pollIntervalMs * 4);
      }
    }
  }

  /** Calls a dead sender left half-made: closed as uncertain, never made twice. */
  private async settle(): Promise<void> {
    const { store, platform, log } = this.options;
    const { uncertain, requeued } = await store.settleInterruptedSends(platform.channel, this.clock());
    for (const id of uncertain) log.warn({ channel: platform.channel, outbox: id }, 'a call was in flight when the previous sender stopped: not repeated, delivery uncertain');
    if (requeued > 0) log.info({ channel: platform.channel, calls: requeued }, 'calls the previous sender took but never made: made again');
  }

  /** Starts the sends that are due and allowed; returns how long to wait before looking again. */
  private async sendDue(): Promise<number> {
    const { tuning, store, platform, health } = this.options;
    const now = this.clock();
    const pausedFor = health.pausedUntil() - now.getTime();
    if (pausedFor > 0) return pausedFor;
    const free = tuning.sendConcurrency - this.inFlight.size;
    if (free <= 0) return tuning.pollIntervalMs;
    const limit = free + this.inFlight.size;
    const due = await store.dueOutbox(platform.channel, now, limit);
    let wait = tuning.pollIntervalMs;
    let started = 0;
    for (const item of due) {
      if (started >= free || this.inFlight.has(item.chatId)) continue;
      const ms = Date.now();
      const chat = this.chats.get(item.chatId) ?? new TokenBucket(this.rate.perChatPerSecond, this.rate.perChatBurst, ms);
      this.chats.set(item.chatId, chat);
      const blocked = Math.max(chat.waitMs(ms), this.global.waitMs(ms));
      if (blocked > 0) {
        wait = Math.min(wait, blocked);
        continue;
      }
      chat.take(ms);
      this.global.take(ms);
      started++;
      const sending = this.send(item).finally(() => {
        this.inFlight.delete(item.chatId);
        this.wake();
      });
      this.inFlight.set(item.chatId, sending);
    }
    if (this.chats.size > 1000) for (const [chat, bucket] of this.chats) if (bucket.idle(Date.now())) this.chats.delete(chat);
    // A full batch may hide more due rows: look again at once. Otherwise a finished send or a new row wakes the loop.
    if (started > 0) return due.length >= limit && this.inFlight.size < tuning.sendConcurrency ? 0 : wait;
    if (due.length === 0) {
      const next = await store.nextOutboxAt(platform.channel);
      if (next) wait = Math.min(wait, Math.max(1, next.getTime() - now.getTime()));
    }
    return wait;
  }

  private async send(item: OutboxItem): Promise<void> {
    const { store, platform, health, tuning, log } = this.options;
    const token = randomUUID();
    if (!(await store.beginSend(item.id, token))) return;
    let written = false;
    const markWritten = () => {
      if (written) return;
      written = true;
      store.markWritten(item.id, token).catch((error: Error) => log.warn({ outbox: item.id, err: error.message }, 'could not record that a call was written'));
    };
    try {
      await whenWritten(markWritten, () => platform.call(item.method, item.params));
      // The platform answered: health says so at once, not after the record's commit.
      health.callAnswered();
      await store.markSent(item.id, token, this.clock());
      await this.recovered();
      return;
    } catch (error) {
      const outcome = platform.classify(error);
      const now = this.clock();
      const about = { channel: platform.channel, outbox: item.id, kind: item.kind, method: item.method, attempts: item.attempts + 1 };
      if (outcome.kind === 'retry') {
        const wait = outcome.afterMs ?? backoffMs(item.attempts + 1, tuning);
        const until = new Date(now.getTime() + wait);
        if (outcome.afterMs !== undefined) health.rateLimited(until);
        else if (outcome.platformWide) health.callFailed(outcome.reason, until);
        if (outcome.platformWide) this.platformFailures++;
        if (now.getTime() - item.createdAt.getTime() + wait > tuning.retryWindowMs) {
          await store.failSend(item.id, token, `gave up after ${item.attempts + 1} attempts: ${outcome.reason}`, now);
          log.error({ ...about, reason: outcome.reason }, 'outbox give-up: still failing at the end of the retry window');
          return;
        }
        await store.retrySend(item.id, token, until, outcome.reason);
        log.warn({ ...about, wait_ms: wait, reason: outcome.reason }, `${platform.channel} call failed; retrying`);
        return;
      }
      health.callAnswered();
      await this.recovered();
      await store.failSend(item.id, token, outcome.reason, now);
      if (outcome.kind === 'blocked') {
        await store.unsubscribeChat(platform.channel, item.chatId, now);
        log.warn({ ...about, reason: outcome.reason }, 'outbox give-up: the chat blocked the bot; alerts and reminders to it stopped');
      } else {
        log.warn({ ...about, reason: outcome.reason }, 'outbox give-up: the platform refused the call');
      }
    }
  }

  /** The platform answers again after failing for every chat: the calls waiting on backoff need wait no longer. */
  private async recovered(): Promise<void> {
    if (this.platformFailures === 0) return;
    this.platformFailures = 0;
    const due = await this.options.store.retryNow(this.options.platform.channel, this.clock());
    if (due > 0) this.options.log.info({ channel: this.options.platform.channel, calls: due }, 'platform answers again: waiting calls are due now');
    this.wake();
  }

  /** Sends what is due until nothing is left or `deadline` (ms since epoch) passes; true when the outbox was drained. */
  async flush(deadline: number): Promise<boolean> {
    if (!this.lease.isHeld) return true;
    while (Date.now() < deadline) {
      const due = await this.options.store.dueOutbox(this.options.platform.channel, this.clock(), 1);
      if (due.length === 0 && this.inFlight.size === 0) return true;
      this.wake();
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }

  /** Stops taking rows, waits for the calls in flight (each bounded by the request timeout) and hands back the lease. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight.values()]);
    await this.lease.stop();
  }
}
