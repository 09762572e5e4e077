import { LRUCache } from 'lru-cache';
import { TUNING, type ChatStateEntry } from '../core';
import { syllables } from '../text';
import type { Analysis } from '../understanding';

/** The last question of each chat that the knowledge answered, as the person asked it. */
export interface ConversationMemory {
  recall(chatKey: string): Promise<string | undefined>;
  /** Keeps the question, or returns the chat state to write with the answer's record (the reply carries it). */
  remember(chatKey: string, question: string): ChatStateEntry | undefined;
}

/** Where the store keeps a chat's small state: the one part of `Store` conversation memory needs. */
export interface ChatStateStore {
  getChatState<T = unknown>(key: string, now?: Date): Promise<T | undefined>;
}

/**
 * Conversation memory in the store's per-chat state: shared by every process and kept across restarts (the channels'
 * choice). What to remember goes out with the reply and is written in the transaction that records the answer.
 */
export class StoredConversations implements ConversationMemory {
  constructor(
    private readonly state: ChatStateStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async recall(chatKey: string): Promise<string | undefined> {
    return this.state.getChatState<string>(`followup:${chatKey}`, this.clock());
  }

  remember(chatKey: string, question: string): ChatStateEntry {
    return { key: `followup:${chatKey}`, value: question, expiresAt: new Date(this.clock().getTime() + TUNING.followUp.contextMinutes * 60_000) };
  }
}

/** Conversation memory in this process only (tests, the command line); channels keep it in the store. */
export class InMemoryConversations implements ConversationMemory {
  private readonly last = new LRUCache<string, string>({ max: 10_000, ttl: TUNING.followUp.contextMinutes * 60_000 });

  async recall(chatKey: string): Promise<string | undefined> {
    return this.last.get(chatKey);
  }

  remember(chatKey: string, question: string): undefined {
    this.last.set(chatKey, question);
  }
}

/** A message short enough, and worded, to lean on the question before it ("còn mức 1 thì sao?"). */
export function mayFollowUp(analysis: Analysis): boolean {
  return analysis.leansOnPrevious && analysis.concepts.length <= TUNING.followUp.maxConcepts;
}

/**
 * The follow-up read in the light of the previous question: the previous question as it was written, with the values
 * the follow-up changes replaced ("làm mức 2 ở đâu" + "còn mức 1 thì sao" → "làm mức 1 ở đâu …"), then the follow-up.
 */
export function mergeFollowUp(previous: string, followUp: string): string {
  const now = followUp.split(/\s+/u).map(fold);
  const words = previous.split(/\s+/u);
  const before = words.map(fold);
  const replaced = new Map<number, string>();
  now.forEach((w, i) => {
    const j = before.indexOf(w);
    const next = now[i + 1];
    if (j >= 0 && j + 1 < before.length && next && before[j + 1] !== next) replaced.set(j + 1, followUp.split(/\s+/u)[i + 1]!);
  });
  return `${words.map((w, j) => replaced.get(j) ?? w).join(' ')} ${followUp}`;
}

function fold(word: string): string {
  return syllables(word).join('');
}
