import type { Log } from '../core';
import { backoffMs, type ChannelHealth, type DeliveryTuning } from '../delivery';

/**
 * Runs a platform's start-up calls (getMe, setMyCommands, setWebhook…) until they all succeed, backing off between
 * tries up to `startupMaxBackoffMs`, while everything else keeps serving; the channel's health says "retrying" meanwhile.
 */
export async function startWithRetry(options: {
  name: string;
  steps: () => Promise<void>;
  health: ChannelHealth;
  tuning: DeliveryTuning;
  log: Log;
  signal: AbortSignal;
  retryAfter?: (error: unknown) => number | undefined;
}): Promise<boolean> {
  const { health, tuning, log, signal, name } = options;
  for (let failures = 1; !signal.aborted; failures++) {
    try {
      await options.steps();
      health.started();
      return true;
    } catch (error) {
      if (signal.aborted) break;
      const after = options.retryAfter?.(error);
      const wait = after !== undefined ? after * 1000 : backoffMs(failures, { baseBackoffMs: tuning.baseBackoffMs, maxBackoffMs: tuning.startupMaxBackoffMs });
      const err = (error as Error).message;
      health.startupFailed(err);
      log.warn({ channel: name, wait_ms: wait, err }, `${name} start-up failed; retrying while the web chat serves`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        function done() {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        }
        signal.addEventListener('abort', done, { once: true });
      });
    }
  }
  return false;
}
