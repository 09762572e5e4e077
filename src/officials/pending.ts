import type { Message } from '../core';
import type { Store } from '../store';
import { OFFICIALS_TUNING } from './tuning';

/** Something the next message of a chat completes: the text of a note, or which province a unit name meant. */
export type Pending = { kind: 'note'; ref: string } | { kind: 'province'; text: string; unit?: string };

/**
 * What an official's next message completes, kept in the store's per-chat state for `pendingMinutes`: whichever
 * process receives that message finds it, and a restart loses none.
 */
export class PendingChoices {
  constructor(private readonly store: Pick<Store, 'getChatState' | 'setChatState'>) {}

  get(message: Message, now: Date): Promise<Pending | undefined> {
    return this.store.getChatState<Pending>(keyOf(message), now);
  }

  set(message: Message, pending: Pending, now: Date): Promise<void> {
    return this.store.setChatState(keyOf(message), pending, new Date(now.getTime() + OFFICIALS_TUNING.pendingMinutes * 60_000));
  }

  clear(message: Message, now: Date): Promise<void> {
    return this.store.setChatState(keyOf(message), undefined, now);
  }
}

/** Per person on a channel, as an official is known. */
const keyOf = (message: Message) => `officials:pending:${message.channel}:${message.userId}`;
