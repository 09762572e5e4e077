import { setTimeout as delay } from 'node:timers/promises';

export type RetryDecision = { retry: false } | { retry: true; afterMs?: number };

export interface RetryOptions {
  /** Attempts in all, the first included (default 4). */
  attempts?: number;
  /** First backoff delay; doubles each time (default 500 ms). */
  baseDelayMs?: number;
  /** Longest wait between attempts, including a server's retry_after (default 30 s). */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Whether and when to retry an error: rate limits say when, server errors back off, the rest are final. */
  classify: (error: unknown) => RetryDecision;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}


/** Runs `fn`, retrying failures the classifier says are passing, with capped exponential backoff. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const decision = options.classify(error);
      if (!decision.retry || attempt >= attempts) throw error;
      const delay = Math.min(max, decision.afterMs ?? base * 2 ** (attempt - 1));
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
