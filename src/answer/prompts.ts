import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaseMessage } from '@langchain/core/messages';
import type { Passage } from '../retrieval';

export interface AnswerPrompt {
  format(question: string, passages: readonly Passage[]): Promise<BaseMessage[]>;
}

/** Loads prompts/answer.system.md and prompts/answer.user.md into one template (mustache: {{{question}}}, {{{passages}}}). */
export async function loadAnswerPrompt(dir: string): Promise<AnswerPrompt> {
  const [system, user] = await Promise.all(['answer.system.md', 'answer.user.md'].map((f) => readFile(join(dir, f), 'utf8')));
  // Loaded only when a chat model is configured: LangChain takes a third of a second to load.
  const { ChatPromptTemplate } = await import('@langchain/core/prompts');
  const template = ChatPromptTemplate.fromMessages(
    [
      ['system', system!],
      ['human', user!],
    ],
    { templateFormat: 'mustache' },
  );
  return {
    format: (question, passages) => template.formatMessages({ question, passages: numberPassages(passages) }),
  };
}

/** "[1] Title › Section\ntext": the form the model cites by number. */
export function numberPassages(passages: readonly Passage[]): string {
  return passages
    .map((p, i) => {
      const where = p.chunk.section ? `${p.chunk.title} › ${p.chunk.section}` : p.chunk.title;
      return `[${i + 1}] ${where}\n${p.chunk.units.map((u) => u.text).join('\n')}`;
    })
    .join('\n\n');
}
