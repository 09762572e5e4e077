import { LlmAnswerError, composeExtractive, type LlmAnswerer } from '../answer';
import { liveChunk } from '../alerts/alerts';
import type { KnowledgeIndex } from '../retrieval';
import { REDACTED, mentionsDomain, outOfScopeReason, scanSecrets } from '../safety';
import { foldText, normalizeText, queryTerms } from '../text';
import { ConversationMemory } from './followup';
import { parseCommand, type Button, type Intent, type Log, type Message, type OfficialsHandler, type Reply, type Source } from '../core';
import { detectIntent } from './intent';
import * as say from './replies';

export interface AssistantDeps {
  /** The current knowledge index; a getter so a reloaded index is picked up by the next question. */
  knowledge: () => KnowledgeIndex;
  /** Phrases answers when a chat model is configured; the extractive composer is used otherwise and on failure. */
  llm?: LlmAnswerer;
  officials?: OfficialsHandler;
  clock?: () => Date;
  log?: Log;
  /** Longest question read, in characters (default 1000); the rest is ignored with a note. */
  maxQuestionChars?: number;
  /** The last question of each chat, for short follow-ups ("còn mức 1 thì sao?"). */
  memory?: ConversationMemory;
  /** Safety alerts: /canhbao subscriptions and answers while an alert is current. */
  alerts?: {
    subscribe(channel: Message['channel'], chatId: string, args: string, now: Date): Promise<string>;
    answer(question: string, now: Date): { text: string; sources: Source[] } | undefined;
  };
}

export interface Assistant {
  handle(message: Message): Promise<Reply>;
}

const TOPIC_BUTTONS: Button[] = say.TOPIC_MENU.map(({ label, data }) => ({ label, data }));
const silent: Log = { info() {}, warn() {}, error() {} };

export function createAssistant(deps: AssistantDeps): Assistant {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.log ?? silent;
  const maxChars = deps.maxQuestionChars ?? 1000;
  const memory = deps.memory ?? new ConversationMemory();

  const fixed = (intent: Intent, text: string, question: string, buttons?: Button[]): Reply => ({
    intent,
    text,
    sources: [],
    buttons,
    meta: { composer: 'fixed', question },
  });

  async function fromKnowledge(question: string, intent: Intent, now: Date): Promise<Reply> {
    const alert = deps.alerts?.answer(question, now);
    if (alert) return { intent, text: alert.text, sources: alert.sources, meta: { composer: 'fixed', question, covered: true } };
    const index = deps.knowledge();
    const retrieval = await index.retriever.search(question, 4, liveChunk(now));
    if (!retrieval.covered) {
      if (!mentionsDomain(question)) return { ...fixed('out_of_scope', say.outOfScope('general'), question), meta: { composer: 'fixed', question, covered: false } };
      return { intent, text: say.notCovered(question), sources: [], meta: { composer: 'fixed', question, covered: false } };
    }
    if (deps.llm) {
      try {
        const answer = await deps.llm.answer(question, retrieval.passages);
        if (answer.noInfo) return { intent, text: say.notCovered(question), sources: [], meta: { composer: 'llm', question, covered: false } };
        return { intent, text: answer.text, sources: answer.sources, meta: { composer: 'llm', question, covered: true } };
      } catch (error) {
        log.warn({ err: error instanceof LlmAnswerError ? error.message : String(error) }, 'chat model failed; answering extractively');
      }
    }
    const answer = composeExtractive(question, retrieval.passages, { idf: (t) => index.retriever.lexical.idf(t) });
    return { intent, text: answer.text, sources: answer.sources, meta: { composer: 'extractive', question, covered: true } };
  }

  async function route(message: Message, question: string, now: Date): Promise<Reply> {
    const command = parseCommand(question);
    if (command?.name === 'trogiup_canbo') return fixed('help', say.OFFICIALS_HELP, question);
    if (command?.name === 'canhbao' && deps.alerts) return fixed('help', await deps.alerts.subscribe(message.channel, message.chatId, command.args, now), question);
    const intent = detectIntent(question);
    if (intent === 'greeting') {
      const folded = foldText(question);
      if (/^(cam on|thank)/u.test(folded)) return fixed('greeting', say.THANKS, question);
      if (!command && !/^(xin chao|chao|hello|hi|alo|hey)/u.test(folded)) return fixed('greeting', say.ACKNOWLEDGED, question);
      return fixed('greeting', say.GREETING, question, TOPIC_BUTTONS);
    }
    if (intent === 'help') return fixed('help', say.HELP, question, TOPIC_BUTTONS);
    const reason = outOfScopeReason(question);
    if (reason) return fixed('out_of_scope', say.outOfScope(reason), question);
    if (intent === 'deadlines' || intent === 'tasks') {
      if (!deps.officials) return fixed(intent, say.OFFICIALS_NOT_READY, question);
      const reply = await deps.officials.handle({ intent, message, text: question, now });
      if (reply) return { ...reply, meta: { composer: 'officials', question } };
      if (command) return fixed('help', say.HELP, question);
    }
    if (command) return fixed('help', say.HELP, question, TOPIC_BUTTONS);
    // "1", "ok", "???": nothing to search for; ask for a question instead of quoting whatever matches a digit.
    if (!queryTerms(question).unigrams.some((t) => /[a-z]/u.test(t) && t.length > 1)) return fixed('help', say.EMPTY_MESSAGE, question, TOPIC_BUTTONS);
    const chat = `${message.channel}:${message.chatId}`;
    const searched = await memory.expand(chat, question);
    const reply = await fromKnowledge(searched, 'knowledge', now);
    if (reply.intent === 'knowledge') await memory.remember(chat, searched);
    return { ...reply, meta: { ...reply.meta, question } };
  }

  return {
    async handle(message) {
      const now = message.now ?? clock();
      let text = normalizeText(message.text ?? '');
      const truncated = text.length > maxChars;
      if (truncated) text = text.slice(0, maxChars).replace(/\s+\S*$/u, '');
      const scan = scanSecrets(text);
      const question = scan.redacted;
      if (!question.trim()) return fixed('help', say.EMPTY_MESSAGE, question);

      let reply: Reply;
      if (scan.kinds.length > 0) {
        const rest = await route(message, question.replaceAll(REDACTED, ' '), now).catch(() => undefined);
        const extra = rest && rest.meta.covered && rest.intent === 'knowledge' ? `\n\nVề câu hỏi của bạn:\n${rest.text}` : '';
        reply = { intent: 'safety', text: say.secretWarning(scan.kinds) + extra, sources: extra ? rest!.sources : [], meta: { composer: 'fixed', question } };
        reply.meta.secrets = scan.kinds;
      } else {
        reply = await route(message, question, now);
      }
      if (truncated) {
        reply.text = `${say.TRUNCATED_NOTE(maxChars)}\n\n${reply.text}`;
        reply.meta.truncated = true;
      }
      // An invite code is a one-time secret too: it is used, never kept or logged.
      if (parseCommand(question)?.name === 'dangky') reply.meta.question = '/dangky [mã mời]';
      return reply;
    },
  };
}
