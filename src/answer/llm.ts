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
    const sources = cited.map((i) => sourceOf(passages[i]!.chunk));
    // Citations are renumbered in the order of `sources`, the list every channel shows under the answer.
    const renumbered = text.replace(/\[(\d+)\]/gu, (whole, n: string) => {
      const at = cited.indexOf(Number(n) - 1);
      return at >= 0 ? `[${at + 1}]` : whole;
    });
    return { text: renumbered, sources, noInfo: false };
  }
}
