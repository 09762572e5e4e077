import type { Channel, Log } from '../core';
import type { AnswerRecord, InboxItem, OutboxInput, Store } from '../store';
import { holderIsDead } from './holder';
import { Pause } from './pause';
import { backoffMs, type DeliveryTuning } from './tuning';

/** What handling an update produced: the platform calls that answer it, and what its answer leaves behind. */
export interface HandledUpdate {
  replies: OutboxInput[];
  /** Written with the replies when the update is completed, never before. */
  record?: AnswerRecord;
}

/** Turns one stored update of a channel into the platform calls that answer it. */
export interface UpdateHandler {
  handle(item: InboxItem): Promise<HandledUpdate>;
  /** What to send when the update could not be handled after every attempt (an apology); [] when nobody can be told. */
  apology(item: InboxItem): OutboxInput[];
}

/** Thrown by a handler that cannot work yet (the bot's own identity is not known): tried again, not counted. */
export class NotReadyError extends Error {
  override readonly name = 'NotReadyError';
}

export interface InboxWorkerOptions {
  store: Store;
  handlers: Partial<Record<Channel, UpdateHandler>>;
  tuning: DeliveryTuning;
  holder: string;
  log: Log;
  clock?: () => Date;
  /** Told which channels have new replies stored, so their senders look at once. */
  onReplies?: (channel: Channel) => void;
}

/**
 * Handles stored updates: several at a time, one at a time per chat and in order (the store only hands out the
 * oldest open update of a chat), each handled once: its replies are stored in the same transaction that marks it
 * done. A failing update is retried with backoff, then set aside as poison with one apology; it never blocks others.
 */
export class InboxWorker {
  private readonly clock: () => Date;
  private readonly active = new Map<number, { item: InboxItem; done: Promise<void> }>();
  private stopped = true;
  private loop?: Promise<void>;
  private readonly pause = new Pause();
  private lastRecovery = 0;

  constructor(private readonly options: InboxWorkerOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.run();
  }

  /** An update was stored: look now rather than at the next poll. */
  wake(): void {
    this.pause.wake();
  }

  private idle(ms: number): Promise<void> {
    return this.pause.wait(ms);
  }

  private async run(): Promise<void> {
    const { tuning, store, log, holder } = this.options;
    while (!this.stopped) {
      try {
        await this.recover();
        const free = tuning.inboxConcurrency - this.active.size;
        const items = free > 0 ? await store.claimInbox({ holder, limit: free, now: this.clock(), leaseMs: tuning.inboxLeaseMs }) : [];
        for (const item of items) {
          const done = this.process(item).finally(() => {
            this.active.delete(item.id);
            this.wake();
          });
          this.active.set(item.id, { item, done });
        }
        if (items.length === 0 || items.length < free) await this.idle(tuning.pollIntervalMs);
      } catch (error) {
        if (this.stopped) break;
        log.error({ err: (error as Error).message }, 'inbox worker failed; trying again');
        await this.idle(tuning.pollIntervalMs * 4);
      }
    }
  }

  /** Takes back, at once, updates claimed by processes of this machine that died (kill -9, a crash). */
  private async recover(): Promise<void> {
    const now = Date.now();
    if (now - this.lastRecovery < this.options.tuning.leaseRenewMs) return;
    this.lastRecovery = now;
    for (const holder of await this.options.store.inboxClaimHolders()) {
      if (!holderIsDead(holder, this.options.holder)) continue;
      const count = await this.options.store.requeueInbox(holder);
      if (count > 0) this.options.log.warn({ holder, updates: count }, 'took back updates of a process that stopped');
    }
  }

  private async process(item: InboxItem): Promise<void> {
    const { store, handlers, tuning, log, onReplies } = this.options;
    const handler = handlers[item.channel];
    try {
      if (!handler) throw new NotReadyError(`no ${item.channel} handler in this process`);
      const { replies, record } = await handler.handle(item);
      if (await store.completeInbox(item, replies, this.clock(), record)) {
        if (replies.length > 0) onReplies?.(item.channel);
      } else {
        log.warn({ channel: item.channel, inbox: item.id }, 'update finished after its claim was taken back: replies discarded');
      }
    } catch (error) {
      if (this.stopped && !this.active.has(item.id)) return;
      const err = error instanceof Error ? error.message : String(error);
      const now = this.clock();
      if (error instanceof NotReadyError) {
        await store.retryInbox(item, { nextAt: new Date(now.getTime() + tuning.baseBackoffMs), refund: true }).catch(() => {});
        return;
      }
      if (item.attempts >= tuning.maxInboxAttempts) {
        const apology = handler?.apology(item) ?? [];
        await store.failInbox(item, err, apology, now).catch((e: Error) => log.error({ inbox: item.id, err: e.message }, 'poison update not recorded'));
        log.error({ channel: item.channel, inbox: item.id, attempts: item.attempts, err }, 'poison update set aside; its sender was told once');
        if (apology.length > 0) onReplies?.(item.channel);
        return;
      }
      const wait = backoffMs(item.attempts, tuning);
      await store.retryInbox(item, { nextAt: new Date(now.getTime() + wait), error: err }).catch(() => {});
      log.warn({ channel: item.channel, inbox: item.id, attempts: item.attempts, wait_ms: wait, err }, 'update not handled; retrying');
    }
  }

  /**
   * Stops claiming, lets the updates in hand finish for up to `graceMs`, and returns the others to the inbox
   * (their attempt not counted) so the next process handles them.
   */
  async stop(graceMs: number): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.wake();
    await this.loop;
    const pending = [...this.active.values()];
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled(pending.map((p) => p.done)), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    for (const { item } of this.active.values()) {
      this.active.delete(item.id);
      await this.options.store.retryInbox(item, { nextAt: this.clock(), refund: true }).catch(() => {});
      this.options.log.warn({ channel: item.channel, inbox: item.id }, 'update still in hand at shutdown: returned to the inbox');
    }
  }

  get busy(): number {
    return this.active.size;
  }
}
