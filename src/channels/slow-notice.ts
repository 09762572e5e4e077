import type { Log } from '../core';
import { MEDIA_TEXT } from '../media';
import type { OutboxInput, Store } from '../store';

/**
 * "Đang đọc ảnh…" while an image or voice note of an update is being read: queued in the outbox at once (not with the
 * update's replies, which are stored only when it is done), under a key of the update so that handling it again after
 * a crash does not say it twice. `settled` is awaited before the replies are stored, so the notice comes first.
 */
export function slowNotice(
  calls: (text: string, key: string) => OutboxInput[],
  updateKey: string,
  store: Pick<Store, 'enqueueOutbox'>,
  clock: () => Date,
  log: Log,
  onQueued?: () => void,
): { send: () => void; settled: () => Promise<void> } {
  let queued: Promise<void> | undefined;
  return {
    send() {
      queued ??= store
        .enqueueOutbox(calls(MEDIA_TEXT.reading, `${updateKey}:reading`), clock())
        .then((stored) => {
          if (stored > 0) onQueued?.();
        })
        .catch((error: Error) => log.warn({ err: error.message }, 'reading notice not queued'));
    },
    settled: async () => {
      await queued;
    },
  };
}
