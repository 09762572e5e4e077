import type { Channel } from '../core';

/** Outbound limits of one platform, kept by the one sender of that platform. */
export interface PlatformRate {
  /** Calls per second over all chats. */
  perSecond: number;
  /** Calls a chat may receive at once before `perChatPerSecond` paces it. */
  perChatBurst: number;
  perChatPerSecond: number;
}

/** Every number that shapes delivery, in one place; `npm start` reads the ones worth changing from the environment. */
export interface DeliveryTuning {
  /** A platform call without an answer after this long is abandoned and retried (default 10 s): a hung API must not hold a chat. */
  requestTimeoutMs: number;
  /** How long a reply, reminder or alert is retried through platform failures before it is given up (default 24 h). */
  retryWindowMs: number;
  /** Wait after a first failed call; it doubles with each failure up to `maxBackoffMs` (defaults 1 s and 60 s). */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Updates one process handles at the same time (default 16: more than the 8–10 chats that often write at once). */
  inboxConcurrency: number;
  /** Attempts before an update is set aside as poison and its sender told once (default 3). */
  maxInboxAttempts: number;
  /** A claim on an update lapses after this long, so another process can take it over (default 2 min). */
  inboxLeaseMs: number;
  /** How often idle workers and senders look for work stored by other processes (default 250 ms). */
  pollIntervalMs: number;
  /** Leader leases (one poller per bot token, one sender per platform): length and renewal (defaults 15 s and 5 s). */
  leaseMs: number;
  leaseRenewMs: number;
  /** Platform calls one sender makes at the same time, to different chats (default 4). */
  sendConcurrency: number;
  /** Telegram allows about 30 messages a second and 1 a second per chat (short bursts tolerated); Zalo publishes none. */
  rates: Partial<Record<Channel, PlatformRate>>;
  /** On SIGTERM, how long in-flight updates may finish and the outbox drain before the store is closed (default 10 s). */
  shutdownGraceMs: number;
  /** Longest wait between two start-up attempts (getMe, setWebhook…) while a platform is down (default 60 s). */
  startupMaxBackoffMs: number;
  /** Long-poll wait asked of getUpdates, in seconds (default 30). */
  pollTimeoutSeconds: number;
  /**
   * "Typing…" is shown only when an answer takes longer than this (default 1 s): most answers take milliseconds, and
   * a typing call for each would double the calls to the platform.
   */
  typingAfterMs: number;
}

export const DEFAULT_TUNING: DeliveryTuning = {
  requestTimeoutMs: 10_000,
  retryWindowMs: 24 * 3_600_000,
  baseBackoffMs: 1_000,
  maxBackoffMs: 60_000,
  inboxConcurrency: 16,
  maxInboxAttempts: 3,
  inboxLeaseMs: 120_000,
  pollIntervalMs: 250,
  leaseMs: 15_000,
  leaseRenewMs: 5_000,
  sendConcurrency: 4,
  rates: {
    telegram: { perSecond: 25, perChatBurst: 4, perChatPerSecond: 1 },
    zalo: { perSecond: 10, perChatBurst: 4, perChatPerSecond: 1 },
  },
  shutdownGraceMs: 10_000,
  startupMaxBackoffMs: 60_000,
  pollTimeoutSeconds: 30,
  typingAfterMs: 1000,
};

/**
 * Runs `work`, showing "typing…" through `typing` if it takes longer than `afterMs` (at once when 0). A typing call
 * under way is awaited (up to `settleMs`) before the answer is released, so the platform shows it before the answer.
 */
export async function withTyping<T>(afterMs: number, typing: () => Promise<void>, work: (startTyping: () => void) => Promise<T>, settleMs = 1000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let shown: Promise<void> | undefined;
  try {
    const result = await work(() => {
      if (afterMs <= 0) shown = typing();
      else timer = setTimeout(() => (shown = typing()), afterMs);
    });
    clearTimeout(timer);
    if (shown) {
      let limit: NodeJS.Timeout | undefined;
      await Promise.race([shown, new Promise((r) => (limit = setTimeout(r, settleMs)))]);
      clearTimeout(limit);
    }
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/** Capped exponential backoff: the wait before attempt `failures + 1`. */
export function backoffMs(failures: number, tuning: Pick<DeliveryTuning, 'baseBackoffMs' | 'maxBackoffMs'>): number {
  return Math.min(tuning.maxBackoffMs, tuning.baseBackoffMs * 2 ** Math.max(0, failures - 1));
}
