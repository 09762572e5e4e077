import { LRUCache } from 'lru-cache';
import { LlmAnswerError, composeExtractive, type LlmAnswerer } from '../answer';
import { liveChunk } from '../alerts/alerts';
import { TUNING, parseCommand, type Button, type Intent, type Log, type Message, type OfficialsHandler, type Reply, type Source } from '../core';
import type { Chunk } from '../knowledge';
import { lastHeading, type KnowledgeIndex, type Passage, type Retrieval } from '../retrieval';
import { REDACTED, scanSecrets, scopeCheck, type OutOfScopeReason, type ScopeCheck } from '../safety';
import { normalizeText, syllables, syllablesWithAccents } from '../text';
import { civilDate, parts } from '../time';
import { withFocus, withStatedAges, type Analysis } from '../understanding';
import { InMemoryConversations, mayFollowUp, mergeFollowUp, type ConversationMemory } from './followup';
import { detectIntent, type Routing } from './intent';
import * as say from './replies';
import { classifyOfficialsQuestion } from '../officials';

/** Without an officials' handler, still tell officials' questions apart, to say the feature is off. */
const OFFLINE_OFFICIALS = { classify: async (message: Message, text: string) => classifyOfficialsQuestion(text, { speaksForUnit: !!message.unit }) };

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
/** Knowledge answers kept per index; a reloaded index starts with none. */
const ANSWERS = new WeakMap<KnowledgeIndex, LRUCache<string, { reply: Reply; retrieval?: Retrieval }>>();
const ANSWERS_KEPT = 2_000;

function answersOf(index: KnowledgeIndex) {
  let cache = ANSWERS.get(index);
  if (!cache) ANSWERS.set(index, (cache = new LRUCache({ max: ANSWERS_KEPT })));
  return cache;
}

const ALERT_CHUNKS = new WeakMap<KnowledgeIndex, Chunk[]>();

/** The alerts quoted at this moment, as a key: an answer may quote an alert only while it is in force. */
function liveAlerts(index: KnowledgeIndex, now: Date): string {
  let alerts = ALERT_CHUNKS.get(index);
  if (!alerts) ALERT_CHUNKS.set(index, (alerts = index.chunks.filter((c) => c.kind === 'alert')));
  const live = liveChunk(now);
  return alerts.filter(live).map((c) => c.id).join(',');
}
const silent: Log = { info() {}, warn() {}, error() {} };

/** A kept answer's own copy: callers change a reply's text and meta (a truncation note), never its lists. */
function copyReply(reply: Reply): Reply {
  return { ...reply, meta: { ...reply.meta } };
}

export function createAssistant(deps: AssistantDeps): Assistant {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.log ?? silent;
  const maxChars = deps.maxQuestionChars ?? 1000;
  const memory = deps.memory ?? new InMemoryConversations();

  const fixed = (intent: Intent, rule: string, text: string, question: string, buttons?: Button[]): Reply => ({
    intent,
    text,
    sources: [],
    buttons,
    meta: { composer: 'fixed', question, rule },
  });

  /** An answer from the knowledge, or why there is none (the retrieval is returned either way). */
  async function fromKnowledge(
    analysis: Analysis,
    now: Date,
    question: string,
    /** Decides coverage instead of retrieval's own rule (follow-ups are judged by what they add), with what it reads besides the analysis. */
    judge?: { decide: (retrieval: Retrieval) => Retrieval; key: string },
  ): Promise<{ reply: Reply; retrieval?: Retrieval }> {
    const alert = deps.alerts?.answer(analysis.normalized, now);
    if (alert) return { reply: { intent: 'knowledge', text: alert.text, sources: alert.sources, meta: { composer: 'fixed', question, covered: true, rule: 'alert' } } };
    const index = deps.knowledge();
    // Citizens ask the same questions again and again: an extractive answer is kept per knowledge index (and per set of
    // alerts in force), so a repeated question costs a lookup.
    const key = deps.llm ? undefined : `${liveAlerts(index, now)}\u0000${question}\u0000${analysis.original}\u0000${judge?.key ?? ''}`;
    const cache = key ? answersOf(index) : undefined;
    const cached = key ? cache!.get(key) : undefined;
    if (cached) return { reply: copyReply(cached.reply), retrieval: cached.retrieval };
    const result = await answerFrom(index, analysis, now, question, judge?.decide);
    if (key && result.reply.meta.composer !== 'llm') cache!.set(key, { reply: copyReply(result.reply), retrieval: result.retrieval });
    return result;
  }

  async function answerFrom(
    index: KnowledgeIndex,
    analysis: Analysis,
    now: Date,
    question: string,
    judge?: (retrieval: Retrieval) => Retrieval,
  ): Promise<{ reply: Reply; retrieval?: Retrieval }> {
    const found = await index.retriever.search(analysis, 4, liveChunk(now), { namesTopic: scopeCheck(index.lexicon).namesTopic(analysis) });
    const retrieval = judge ? judge(found) : found;
    const meta = { question, covered: retrieval.covered, rule: `knowledge.${retrieval.rule}`, passages: describePassages(retrieval), ...(retrieval.loose && { loose: true }) };
    if (!retrieval.covered) return { reply: { intent: 'knowledge', text: say.notCovered(analysis.folded), sources: [], meta: { ...meta, composer: 'fixed' } }, retrieval };
    if (deps.llm) {
      try {
        const answer = await deps.llm.answer(analysis.normalized, retrieval.passages);
        if (answer.noInfo) return { reply: { intent: 'knowledge', text: say.notCovered(analysis.folded), sources: [], meta: { ...meta, covered: false, composer: 'llm' } }, retrieval };
        return { reply: { intent: 'knowledge', text: answer.text, sources: answer.sources, meta: { ...meta, composer: 'llm' } }, retrieval };
      } catch (error) {
        log.warn({ err: error instanceof LlmAnswerError ? error.message : String(error) }, 'chat model failed; answering extractively');
      }
    }
    const answer = composeExtractive(retrieval.analysis, retrieval.passages, { idf: (t) => index.retriever.lexical.idf(t) });
    return { reply: { intent: 'knowledge', text: answer.text, sources: answer.sources, meta: { ...meta, composer: 'extractive' } }, retrieval };
  }

  /**
   * A message that asks two things ("Trường hợp nào phải báo lưu trú? Báo trên VNeID thế nào?") and is not covered as
   * a whole: each question answered on its own, the answers one after the other (each from its own section).
   */
  async function fromParts(analysis: Analysis, now: Date, question: string): Promise<{ reply: Reply; retrieval?: Retrieval; answered: number } | undefined> {
    const { retriever, lexicon } = deps.knowledge();
    // Parts are cut from the text with its shorthand written out: they are read as the whole message was typed.
    const reading = { exact: analysis.exact };
    // A part too short to stand alone ("Có phải ra công an không?") is read with the one before it.
    const parts: { text: string; short: string[] }[] = [];
    for (const part of splitQuestions(analysis.normalized, questionWordsOf(lexicon))) {
      const last = parts.at(-1);
      if (last && retriever.analyse(part, reading).concepts.length < TUNING.answer.minPartConcepts) {
        last.text += ` ${part}`;
        last.short.push(part);
      } else parts.push({ text: part, short: [] });
    }
    if (parts.length < 2 && !parts[0]?.short.length) return undefined;
    const answered: { reply: Reply; retrieval?: Retrieval }[] = [];
    const add = (one: { reply: Reply; retrieval?: Retrieval }) => {
      if (one.reply.meta.covered && !answered.some((a) => a.reply.text === one.reply.text)) answered.push(one);
    };
    // What the part before was answered with (its section's heading), else how it was asked: the context a part leans on.
    let context = '';
    let before: string | undefined;
    for (const [i, part] of parts.slice(0, TUNING.answer.maxParts).entries()) {
      const own = retriever.analyse(part.text, reading);
      // A later part that leans on the one before it ("Nếu làm thì có phải dẫn cháu đi không?") is read with it first;
      // one that finds nothing alone leans on it too.
      const leans = i > 0 && own.leansOnPrevious ? await asFollowUp(context, own, now, question, before ? [before] : []) : undefined;
      let one = leans?.reply.meta.covered ? leans : await fromKnowledge(own, now, question);
      if (i > 0 && !one.reply.meta.covered) one = leans ?? (await asFollowUp(context, own, now, question));
      add(one);
      const top = one.reply.meta.covered ? one.retrieval?.passages[0]?.chunk : undefined;
      context = top ? lastHeading(top.section) : part.text;
      before = top?.id;
      // A short part may ask what its own section answers ("…có phải báo không, báo bằng điện thoại được không?").
      for (const short of part.short) if (top) add(await asFollowUp(context, retriever.analyse(short, reading), now, question, [top.id]));
    }
    if (answered.length === 0) return undefined;
    const [first] = answered;
    const sources = answered.flatMap((a) => a.reply.sources).filter((s, i, all) => all.findIndex((o) => o.path === s.path && o.section === s.section) === i);
    // A part read with the one before it may quote that one's passage again, maybe shortened: each line once, known by its start.
    const seen = new Set<string>();
    const once = (answer: string) =>
      answer
        .split('\n')
        .filter((line) => !line.trim() || (!seen.has(line.slice(0, 60)) && seen.add(line.slice(0, 60))))
        .join('\n')
        .trim();
    const text = answered.map((a) => once(a.reply.text)).filter(Boolean).join('\n\n');
    return { reply: { ...first!.reply, text, sources, meta: { ...first!.reply.meta, rule: `parts.${first!.reply.meta.rule}` } }, retrieval: first!.retrieval, answered: answered.length };
  }

  /**
   * A question read in the light of the one before it: covered only when the merged question's best passage also
   * holds what the question itself asks about.
   */
  async function asFollowUp(
    previous: string,
    analysis: Analysis,
    now: Date,
    question: string,
    /** Sections already quoted for this message: its second question asks what they did not answer. */
    quoted: readonly string[] = [],
  ): Promise<{ reply: Reply; retrieval?: Retrieval }> {
    const retriever = deps.knowledge().retriever;
    const judge = (all: Retrieval): Retrieval => {
      const found = quoted.length > 0 ? { ...all, passages: all.passages.filter((p) => !quoted.includes(p.chunk.id)) } : all;
      // Only a section that keeps the earlier topic can answer what the follow-up adds to it.
      const best = found.passages.slice(0, 2).filter((p) => p.coverage >= TUNING.followUp.minTopicShare);
      const top = new Set(best.map((p) => p.chunk.id));
      const own = top.size > 0 ? retriever.searchLexical(analysis, 2, (c) => top.has(c.id)) : [];
      // It holds what the follow-up asks about, or its heading or a variant asks it.
      const asks = ({ chunk }: Passage) => {
        const heading = lastHeading(chunk.section);
        return [heading, ...chunk.variants].some((v) => retriever.variantMatch(analysis, v, heading) >= TUNING.followUp.minOwnVariant);
      };
      const covered = own.some((p) => p.coverage >= TUNING.followUp.minOwnShare) || best.some(asks);
      return { ...found, covered, rule: covered ? 'coverage' : 'weak', loose: false };
    };
    return fromKnowledge(withFocus(retriever.analyse(mergeFollowUp(previous, analysis.original)), analysis, true), now, question, {
      decide: judge,
      key: `followup\u0000${analysis.original}\u0000${quoted.join(',')}`,
    });
  }

  /** The knowledge answer to a question on its own, or read as a follow-up of the chat's last question when it leans on it. */
  async function answerQuestion(message: Message, analysis: Analysis, now: Date, question: string): Promise<{ reply: Reply; retrieval?: Retrieval }> {
    const chat = `${message.channel}:${message.chatId}`;
    // The question a later follow-up leans on: kept by the memory, or carried by the reply to be written with its record.
    const remembered = (answer: { reply: Reply; retrieval?: Retrieval }) => {
      const state = memory.remember(chat, analysis.original);
      return state ? { ...answer, reply: { ...answer.reply, states: [...(answer.reply.states ?? []), state] } } : answer;
    };
    // Two questions in one message get two answers when they find different answers (one answer may quote two sections).
    const parts = await fromParts(analysis, now, question);
    if (parts && parts.answered > 1) return remembered(parts);
    const alone = await fromKnowledge(analysis, now, question);
    if (alone.reply.meta.covered) return alone.reply.meta.rule !== 'alert' ? remembered(alone) : alone;
    if (parts) return remembered(parts);
    const previous = mayFollowUp(analysis) ? await memory.recall(chat) : undefined;
    if (previous) {
      const merged = await asFollowUp(previous, analysis, now, question);
      if (merged.reply.meta.covered) return { ...merged, reply: { ...merged.reply, meta: { ...merged.reply.meta, rule: `followup.${merged.reply.meta.rule}` } } };
      // Not answered either way: still a question about the earlier topic, so "chưa có thông tin" rather than a refusal.
      return { ...alone, reply: { ...alone.reply, meta: { ...alone.reply.meta, inTopic: true } } };
    }
    return alone;
  }

  /**
   * The question before an aside that asks something else ("… làm lại ở đâu? Tiện hỏi luôn giá heo hôm nay"), when
   * that question names one of the assistant's topics and is in scope on its own while the aside is not.
   */
  function beforeAside(analysis: Analysis, { retriever, lexicon }: KnowledgeIndex, scope: ScopeCheck): string | undefined {
    const split = splitAside(analysis.normalized, lexicon.alsoAsks, lexicon.alsoAsksAfterSentence);
    if (!split) return undefined;
    const [head, aside] = [split.head, split.aside].map((part) => retriever.analyse(part, { exact: analysis.exact }));
    return !scope.outOfScopeReason(head!) && scope.namesTopic(head!) && scope.outOfScopeReason(aside!) ? split.head : undefined;
  }

  async function route(message: Message, text: string, now: Date): Promise<Reply> {
    const index = deps.knowledge();
    const analysis = index.retriever.analyse(withStatedAges(text, index.lexicon, parts(civilDate(now)).year));
    const command = parseCommand(text);
    if (command?.name === 'trogiup_canbo') return fixed('help', 'command:trogiup_canbo', say.OFFICIALS_HELP, text);
    if (command?.name === 'canhbao' && deps.alerts) return fixed('help', 'command:canhbao', await deps.alerts.subscribe(message.channel, message.chatId, command.args, now), text);
    const scope = scopeCheck(index.lexicon);
    const reason = scope.outOfScopeReason(analysis);
    // Officials' questions: src/officials decides what is one and answers it (the one call site into officials).
    // A scam's story ("tôi bị lừa làm nhiệm vụ… phải nộp thêm") is a citizen's, whatever office words it uses; one that
    // says the trick already worked ("xưng công an… em đã chuyển 10 triệu cho họ") is a victim's.
    const victim = !command && (scope.tellsOfVictim(analysis) || (analysis.scamStory && analysis.remedy));
    const scamStory = victim || (!command && analysis.scamStory);
    const officialsRoute = reason === 'injection' || scamStory ? undefined : await (deps.officials ?? OFFLINE_OFFICIALS).classify(message, text);
    if (officialsRoute) {
      if (!deps.officials) return fixed(officialsRoute.intent, officialsRoute.rule, say.OFFICIALS_NOT_READY, text);
      const reply = await deps.officials.handle({ route: officialsRoute, message, text, now });
      if (reply) return { ...reply, meta: { composer: 'officials', question: text, rule: officialsRoute.rule } };
      if (command) return fixed('help', officialsRoute.rule, say.HELP, text);
    }
    const routing: Routing | undefined = detectIntent(text, analysis);
    if (routing?.intent === 'greeting') {
      if (/^(cam on|thank)/u.test(analysis.folded)) return fixed('greeting', routing.rule, say.THANKS, text);
      if (!command && !/^(xin chao|chao|hello|hi|alo|hey)/u.test(analysis.folded)) return fixed('greeting', routing.rule, say.ACKNOWLEDGED, text);
      return fixed('greeting', routing.rule, say.GREETING, text, TOPIC_BUTTONS);
    }
    if (routing?.intent === 'help') return fixed('help', routing.rule, say.HELP, text, TOPIC_BUTTONS);
    if (reason) {
      // "Làm lại thẻ căn cước ở đâu, tiện hỏi giá heo hôm nay?": the part the assistant covers is answered, the rest declined.
      const covered = ALWAYS_DECLINED.has(reason) ? undefined : beforeAside(analysis, index, scope);
      const part = covered ? await route(message, covered, now) : undefined;
      if (part?.intent === 'knowledge' && part.meta.covered) {
        return { ...part, text: `${part.text}\n\n${say.OTHER_PART_OUT_OF_SCOPE}`, meta: { ...part.meta, question: text, rule: `scope.${reason}+part.${part.meta.rule}` } };
      }
      return fixed('out_of_scope', `scope.${reason}`, say.outOfScope(reason), text);
    }
    if (command) return fixed('help', routing?.rule ?? `command:${command.name}`, say.HELP, text, TOPIC_BUTTONS);
    // "1", "ok", "???": nothing to search for; ask for a question instead of quoting whatever matches a digit.
    if (!analysis.concepts.some((c) => c.typed.some((t) => /[a-z]/u.test(t) && t.length > 1))) return fixed('help', 'empty', say.EMPTY_MESSAGE, text, TOPIC_BUTTONS);
    const { reply } = await answerQuestion(message, analysis, now, text);
    // Someone who says they were scammed is always told where to turn (their bank first, then the police), even when
    // the section quoted is about the trick.
    if (reply.intent === 'knowledge' && reply.meta.covered && victim && !(/công an/u.test(reply.text) && /ngân hàng/u.test(reply.text))) {
      reply.text = `${reply.text}\n\n${say.SCAM_HELP}`;
    }
    // A question the knowledge does not cover is "chưa có thông tin" when it names one of the assistant's core topics by
    // a word of its own ("ngân hàng", which everyday questions share, is not enough), and declined as out of scope
    // otherwise: a phone's, Zalo's or a bank card's other features are not what it answers. So is one matched only
    // loosely (scattered shared words: "tiền điện tăng gấp đôi" against a loan app's "gấp đôi") that names no core word.
    // A scam's story (the lexicon's scam_markers: "số lạ gọi báo…") is in scope even in words the knowledge lacks.
    const unanswered = !reply.meta.covered && !reply.meta.inTopic;
    if ((unanswered || reply.meta.loose) && !scamStory && !(unanswered ? scope.namesTopic(analysis) : scope.mentionsCore(analysis))) {
      return fixed('out_of_scope', unanswered ? 'scope.not-covered' : 'scope.loose-match', say.outOfScope('general'), text);
    }
    return reply;
  }

  return {
    async handle(received) {
      const now = received.now ?? clock();
      // The officials' side reads the time from the message (a pending choice expires by the assistant's clock).
      const message = { ...received, now };
      let text = normalizeText(message.text ?? '');
      const truncated = text.length > maxChars;
      if (truncated) text = text.slice(0, maxChars).replace(/\s+\S*$/u, '');
      const scan = scanSecrets(text);
      const question = scan.redacted;
      if (!question.trim()) return fixed('help', 'empty', say.EMPTY_MESSAGE, question);

      let reply: Reply;
      if (scan.kinds.length > 0) {
        // The warning comes first; an answer to the rest of the message is added only when it clearly matches.
        const rest = await route(message, question.replaceAll(REDACTED, ' '), now).catch(() => undefined);
        const best = rest?.meta.passages?.[0];
        const strong = rest?.intent === 'knowledge' && rest.meta.covered && Math.max(best?.match ?? 0, best?.coverage ?? 0) >= TUNING.answer.afterWarning;
        const extra = strong ? `\n\n${say.ABOUT_YOUR_QUESTION}\n${rest!.text}` : '';
        reply = { intent: 'safety', text: say.secretWarning(scan.kinds) + extra, sources: strong ? rest!.sources : [], states: rest?.states, meta: { composer: 'fixed', question, rule: 'safety.secrets', secrets: scan.kinds } };
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

/** The lexicon's words that tell a question's clauses apart, folded (each list may be empty). */
export interface QuestionWords {
  /** Words a clause asking something ends with (`question_ends`). */
  ends?: readonly string[];
  /** The same words with their tones, lower case: typed with tones, "đi chùa" does not end as "đi chưa?" does. */
  endForms?: readonly string[];
  /** Particles after the question ("… là mấy số vậy"), which do not change what it asks. */
  particles?: readonly string[];
  /** Question words of two or more syllables that open a clause asking something ("những trường hợp nào"). */
  openers?: readonly string[];
  /** Words that deny ("không", "chưa"): "không nhận được cuộc gọi của ai" says nobody, it does not ask who. */
  denials?: readonly string[];
  /** How a story tells someone else's question, and how the asker's own "hỏi" is said (`reported_questions`). */
  reported?: { tells: readonly string[]; own: readonly string[] };
}

/** Reasons a message is declined whole, whatever else it asks: a prompt injection, or help to harm. */
const ALWAYS_DECLINED = new Set<OutOfScopeReason>(['injection', 'harmful']);

/**
 * A message cut where an aside begins: a sentence or clause (after ".", "?", "!", ",", ";") that opens with one of the
 * lexicon's `also_asks` ("Tiện hỏi luôn…", "với lại…"), or a sentence that opens with one of its
 * `also_asks_after_sentence` ("Mà …"), with something asked before it.
 */
export function splitAside(text: string, alsoAsks: readonly string[], afterSentence: readonly string[] = []): { head: string; aside: string } | undefined {
  const clauses = text.split(/(?<=[.?!,;])\s+/u);
  const opens = (opening: string, phrase: string) => opening === phrase || opening.startsWith(`${phrase} `);
  for (let i = 1; i < clauses.length; i++) {
    const opening = syllables(clauses[i]!).join(' ');
    const newSentence = /[.?!]$/u.test(clauses[i - 1]!);
    if (alsoAsks.some((phrase) => opens(opening, phrase)) || (newSentence && afterSentence.some((phrase) => opens(opening, phrase)))) {
      return { head: clauses.slice(0, i).join(' ').trim(), aside: clauses.slice(i).join(' ').trim() };
    }
  }
  return undefined;
}

/** The lexicon's words `splitQuestions` reads a message with. */
function questionWordsOf(lexicon: KnowledgeIndex['lexicon']): QuestionWords {
  return {
    ends: lexicon.questionEnds,
    endForms: lexicon.questionEndForms,
    particles: lexicon.particles,
    openers: lexicon.questionWords,
    denials: lexicon.denialWords,
    reported: lexicon.reportedQuestions,
  };
}

/**
 * The questions of a message that asks more than one: its sentences that end with "?" (at least three words each), or
 * else a clause that ends as a question (the lexicon's `question_ends`, particles aside) followed by another question.
 */
export function splitQuestions(text: string, vocabulary: QuestionWords = {}): string[] {
  const { ends: questionEnds = [], endForms = [], particles = [], openers: questionWords = [], denials = [], reported = { tells: [], own: [] } } = vocabulary;
  // A question quoted from someone else's message ("Tài khoản còn tiền không, em mượn…") is not one of the asker's.
  const quoted = (head: string) => (head.match(/"/gu) ?? []).length % 2 === 1 || (head.match(/“/gu) ?? []).length > (head.match(/”/gu) ?? []).length;
  const parts = text
    .split(/(?<=\?)\s+/u)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/u).length >= 3);
  if (parts.length >= 2 && parts.filter((p) => p.endsWith('?')).length >= 2 && !parts.slice(1).some((_, i) => quoted(parts.slice(0, i + 1).join(' ')))) return parts;
  // "Passcode VNeID là mấy số, quên thì lấy lại sao?": a clause that ends as a question, then another question; "và"
  // joins two questions as a comma does ("mất bao nhiêu tiền và bao lâu thì có thẻ").
  const clauses = text.split(/(?<=[,;])\s+|\s+(?=v[àa]\s)/u).map((c) => c.trim());
  const forms = endForms.map((form) => syllablesWithAccents(form));
  // Particles after the question ("… là mấy số vậy") do not change what it asks.
  const asks = (clause: string) => {
    const typed = syllablesWithAccents(clause);
    const words = typed.map((w) => w.folded);
    const endsWith = (phrase: string) => words.length > 0 && words.slice(-phrase.split(' ').length).join(' ') === phrase;
    for (let particle = particles.find(endsWith); particle && !questionEnds.includes(particle); particle = particles.find(endsWith)) {
      words.splice(-particle.split(' ').length);
      typed.splice(-particle.split(' ').length);
    }
    const end = questionEnds.find(endsWith);
    if (!end) return false;
    const said = typed.slice(-end.split(' ').length);
    // Each syllable typed with tones must have the question word's; one typed without them (or written out from
    // shorthand that way) may be either.
    const endsAs = forms.filter((form) => form.map((w) => w.folded).join(' ') === end);
    if (endsAs.length > 0 && !endsAs.some((form) => said.every((w, k) => w.raw === w.folded || w.raw === form[k]!.raw))) return false;
    // A denial earlier in the sentence, with no "thì" between, makes "ai", "gì", "đâu" mean nobody, nothing, nowhere.
    const sentence = syllables(clause.split(/[.!?]\s+/u).at(-1) ?? clause).slice(0, -end.split(' ').length);
    const denied = sentence.findLastIndex((w) => denials.includes(w));
    return denied < 0 || end.includes(' ') || sentence.slice(denied).includes('thi') || denials.includes(end);
  };
  // "Những trường hợp nào phải đổi thẻ, không đổi có bị phạt không?": a clause that opens with a question of two or
  // more words asks too.
  const opens = (clause: string) => {
    const words = syllables(clause);
    return questionWords.some((q) => q.includes(' ') && words.slice(0, q.split(' ').length).join(' ') === q);
  };
  // The message's last clause may close with a word after its question ("cần mang gì đi", "làm ở đâu luôn").
  const asksBeforeLast = (clause: string) => {
    const words = syllables(clause);
    return words.length >= 2 && questionEnds.includes(words.at(-2)!) && !denials.includes(words.at(-2)!);
  };
  // "…, hỏi bà có bao nhiêu tiền, ở ngân hàng nào": the head's last sentence tells what someone else asked.
  const tellsQuestion = (head: string) => {
    const words = syllables(head.split(/[.!?]\s+/u).at(-1) ?? head);
    const at = (phrase: string, i: number) => phrase.split(' ').every((w, k) => words[i + k] === w);
    // "cho em hỏi mẹ em…": the "hỏi" at this position is the asker's own.
    const ownAsk = (hoi: number) =>
      reported.own.some((o) => {
        const k = o.split(' ').indexOf('hoi');
        return k >= 0 && hoi - k >= 0 && at(o, hoi - k);
      });
    return words.some((_, i) => reported.tells.some((t) => at(t, i) && !ownAsk(i + t.split(' ').indexOf('hoi'))));
  };
  for (let i = 0; i < clauses.length - 1; i++) {
    const head = clauses.slice(0, i + 1).join(' ');
    const tail = clauses.slice(i + 1).join(' ');
    // A head that only opens with a question ("Làm sao để mở bằng lái, thẻ bảo hiểm y tế … cho người ta xem?") may go
    // on past a comma in a list: the tail must then ask on its own, not merely end the sentence with its mark.
    // A tail may ask first and go on ("bao lâu thì có thẻ"); after "và" it must ("… và nên bổ sung thế nào" goes on
    // with the same question).
    const rest = tail.replace(/^v[àa]\s+/u, '');
    const joined = rest !== tail && !/[,;]$/u.test(head);
    const tailAsks = joined ? opens(rest) : asks(tail) || asksBeforeLast(tail) || opens(tail);
    if (head.split(/\s+/u).length >= 4 && tail.split(/\s+/u).length >= 3 && !quoted(head) && !tellsQuestion(head) && (asks(head) ? (tail.endsWith('?') && !joined) || tailAsks : opens(head) && tailAsks)) return [head, rest];
  }
  return [];
}

/** The passages retrieval weighed most, for logs and the evaluation report: where, how well, by which heading or variant. */
function describePassages(retrieval: Retrieval) {
  return retrieval.passages.slice(0, 3).map((p) => ({
    path: p.chunk.path,
    section: p.chunk.section,
    score: round(p.score),
    coverage: round(p.coverage),
    match: round(p.variantMatch),
    variant: p.matchedVariant,
  }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

