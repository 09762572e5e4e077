import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Passage } from '../retrieval';
import { sourceOf } from './extractive';
import type { AnswerPrompt } from './prompts';
import type { Answer } from './types';

export class LlmAnswerError extends Error {
  override readonly name = 'LlmAnswerError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const NO_INFO = /chưa có thông tin/iu;

/** Facts an answer must not invent: numbers (phone numbers, amounts, dates, decree numbers) and web addresses. */
const NUMBER = /\d[\d .,/:-]*\d|\d/gu;
const ADDRESS = /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|io)\b/giu;

/**
 * The numbers and web addresses of an answer that none of the passages contains (compared without spaces, dots
 * and dashes, so "1900 0368" is "1900.0368"): the model's answer is checked against what it was given.
 */
export function ungrounded(answer: string, passages: readonly Passage[]): string[] {
  const compact = (t: string) => t.toLowerCase().replace(/[\s.,/:-]+/gu, '');
  const source = compact(passages.map((p) => [p.chunk.title, p.chunk.section, ...p.chunk.units.map((u) => u.text)].join(' ')).join(' '));
  const body = answer.replace(/\[\d+\]/gu, ' ');
  const facts = [...(body.match(NUMBER) ?? []), ...(body.match(ADDRESS) ?? [])].map((f) => f.trim()).filter((f) => compact(f).length > 0);
  return [...new Set(facts.filter((f) => !source.includes(compact(f))))];
}

/** Phrases an answer with a chat model from retrieved passages only, and cites them. */
export class LlmAnswerer {
  constructor(
    private readonly model: BaseChatModel,
    private readonly prompt: AnswerPrompt,
    /** How long to wait for the model before giving the extractive answer instead (ms). */
    private readonly timeoutMs: number,
  ) {}

  /** Throws LlmAnswerError on failure, timeout or an answer that cites nothing, so the caller falls back. */
  async answer(question: string, passages: readonly Passage[]): Promise<Answer & { noInfo: boolean }> {
    const messages = await this.prompt.format(question, passages);
    let content: string;
    try {
      const result = await this.model.invoke(messages, { signal: AbortSignal.timeout(this.timeoutMs) });
      content = typeof result.content === 'string' ? result.content : result.content.map((c) => ('text' in c ? c.text : '')).join('');
    } catch (error) {
      throw new LlmAnswerError(`the chat model failed: ${(error as Error).message}`, { cause: error });
    }
    const text = content.trim();
    if (!text) throw new LlmAnswerError('the chat model returned an empty answer');
    if (NO_INFO.test(text) && text.length < 120) return { text, sources: [], noInfo: true };
    const cited = [...new Set([...text.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1]) - 1))].filter((i) => i >= 0 && i < passages.length);
    if (cited.length === 0) throw new LlmAnswerError('the chat model answer cites no passage');
    const unsupported = ungrounded(text, passages);
    if (unsupported.length > 0) throw new LlmAnswerError(`the chat model answer states what no passage says: ${unsupported.join(', ')}`);
    const sources = cited.map((i) => sourceOf(passages[i]!.chunk));
    // Citations are renumbered in the order of `sources`, the list every channel shows under the answer.
    const renumbered = text.replace(/\[(\d+)\]/gu, (whole, n: string) => {
      const at = cited.indexOf(Number(n) - 1);
      return at >= 0 ? `[${at + 1}]` : whole;
    });
    return { text: renumbered, sources, noInfo: false };
  }
}
