import { LRUCache } from 'lru-cache';
import { foldText, syllables } from '../text';

/** Where the last question of each chat is kept: in memory by default, or the store's chat state (shared, survives restarts). */
export interface ChatStateStore {
  getChatState<T = unknown>(key: string, now?: Date): Promise<T | undefined>;
  setChatState(key: string, value: unknown, expiresAt: Date): Promise<void>;
}

/** "còn mức 1 thì sao?", "vậy còn CH Play?": short messages that lean on the question before them. */
const FOLLOW_UP = /^(con|the con|vay con|vay|the|con neu|neu|nhung|the thi)\b|\b(thi sao|the nao|ra sao)\s*$/u;
const MAX_FOLLOW_UP_WORDS = 10;
/** How long a question stays the context of the next one. */
const CONTEXT_TTL_MS = 30 * 60_000;

/** The last knowledge question of each chat, to read a short follow-up in its light. */
export class ConversationMemory {
  private readonly last = new LRUCache<string, string>({ max: 10_000, ttl: CONTEXT_TTL_MS });

  constructor(private readonly state?: ChatStateStore) {}

  async remember(chatKey: string, question: string): Promise<void> {
    if (this.state) await this.state.setChatState(`followup:${chatKey}`, question, new Date(Date.now() + CONTEXT_TTL_MS));
    else this.last.set(chatKey, question);
  }

  /**
   * The question to search for: a follow-up merged with the previous question, where the follow-up's words replace
   * the ones they stand for ("mức 2" → "mức 1"); any other message as it is.
   */
  async expand(chatKey: string, question: string): Promise<string> {
    const previous = this.state ? await this.state.getChatState<string>(`followup:${chatKey}`) : this.last.get(chatKey);
    const folded = foldText(question).replace(/[?!.]+$/u, '').trim();
    if (!previous || !FOLLOW_UP.test(folded) || folded.split(' ').length > MAX_FOLLOW_UP_WORDS) return question;
    return `${question} ${replaceSlots(previous, question)}`;
  }
}

/** Drops from the previous question the value after each word the follow-up repeats with a different value. */
function replaceSlots(previous: string, followUp: string): string {
  const now = syllables(followUp);
  const before = syllables(previous);
  const dropped = new Set<number>();
  now.forEach((t, i) => {
    const j = before.indexOf(t);
    if (j >= 0 && j + 1 < before.length && now[i + 1] !== undefined && before[j + 1] !== now[i + 1]) dropped.add(j + 1);
  });
  return before.filter((_, i) => !dropped.has(i)).join(' ');
}
