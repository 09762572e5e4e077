import { createHash, randomBytes } from 'node:crypto';
import { replies, type Assistant } from '../assistant';
import type { AnswerRecord, ChatStateEntry, SourceRef, Store } from '../store';
import { foldText } from '../text';
import { parseCommand, type Attachment, type Button, type Channel, type Intent, type Log, type Reply, type Source } from '../core';
import type { MediaAnswerer, MediaSource } from '../media';
import { StoreRateLimiter } from './rate-limit';
import type { RegistrationGuard } from './registration-guard';
import { CHANNEL_REPLIES } from './replies';

/** One event from a chat platform, translated by its adapter. */
export interface Incoming {
  channel: Channel;
  userId: string;
  chatId: string;
  kind: 'text' | 'button' | 'non_text' | 'image' | 'voice';
  text?: string;
  /** For `image` and `voice`: where the file is (a URL looked up when it is read, or the bytes of a web upload). */
  media?: MediaSource;
  /** For `image` and `voice`: called once if reading takes long, so the channel can say `MEDIA_TEXT.reading`. */
  onSlow?: () => void;
  /** The data of a pressed button ("topic:vneid", "fb:up:<answer id>"). */
  data?: string;
  now?: Date;
}

/** One message to send back; the adapter renders `buttons` as it can (inline keyboard or numbered text). */
export interface Outgoing {
  text: string;
  buttons?: Button[];
  /** Rows of shortcut buttons (a task's "Xong"…); the text says how to type the same, so adapters may leave them out. */
  actions?: Button[][];
  /** Files to deliver: Telegram sends them, the others get `url`, a short-lived signed download link. */
  attachments?: (Attachment & { url?: string })[];
  /** Set on answers that can be rated, so the adapter can offer 👍/👎. */
  answerId?: string;
  intent?: Intent | 'feedback' | 'non_text' | 'rate_limited' | 'refused';
  sources?: Source[];
}

export interface PipelineOptions {
  /** Messages a user may send per `rateWindowSeconds` before being asked to slow down (default 20 per 30 s). */
  ratePoints?: number;
  rateWindowSeconds?: number;
}

export const NON_TEXT_REPLY = CHANNEL_REPLIES.non_text;
/** Stickers and the like, when images are read. */
export const UNSUPPORTED_REPLY = CHANNEL_REPLIES.unsupported;
export const RATE_LIMITED_REPLY = CHANNEL_REPLIES.rate_limited;
export const FEEDBACK_THANKS = CHANNEL_REPLIES.feedback_thanks;
export const FEEDBACK_EXPIRED = CHANNEL_REPLIES.feedback_expired;

/** An answer that can still be rated: what the rating is stored with. Ids are already hashed. */
interface Answered {
  channel: Channel;
  chatKey: string;
  chatHash: string;
  userHash: string;
  question: string;
  answer: string;
  intent: Intent;
  sources: SourceRef[];
}

interface ChatState {
  lastAnswerId?: string;
  /** The 👎 just given in this chat: the next question is stored as its follow-up. */
  downvote?: number;
  /** The choices last shown (topics, which province): a bare number picks one. */
  menu?: Button[];
}

/** How long the state of a chat, and an answer's right to a rating, are kept. */
const CHAT_STATE_MS = 24 * 3_600_000;
const ANSWER_RATEABLE_MS = 7 * 24 * 3_600_000;

const RATING_UP = /^(👍|1|\+1|tot|hay|huu ich|dung)$/u;
const RATING_DOWN = /^(👎|0|-1|sai|chua dung|khong dung)$/u;

/** A stable, non-reversible id for a user, so stored feedback counts people without naming them. */
export function anonymise(channel: string, userId: string): string {
  return createHash('sha256').update(`${channel}:${userId}`).digest('hex').slice(0, 16);
}

export interface PipelineDeps {
  assistant: Assistant;
  store: Store;
  log: Log;
  clock?: () => Date;
  options?: PipelineOptions;
  /** Hashes a chat or user id for what is stored (feedback, questions); default: `anonymise`. */
  hashId?: (channel: string, id: string) => string;
  /** Wrong invite codes counted and locked out; registration is refused outright outside Telegram and Zalo. */
  registration?: RegistrationGuard;
  /** Turns a reply's file into a short-lived download link, for channels that cannot receive the file itself. */
  links?: { create(attachment: Attachment, now: Date): string };
  /** Reads images and voice notes; without it they get the "text only" reply. */
  media?: MediaAnswerer;
}

/** Officials register where their account is a real person's: not in the anonymous web chat. */
const REGISTRATION_CHANNELS: ReadonlySet<Channel> = new Set(['telegram', 'zalo']);
/** Channels that receive a reply's files themselves; the others get signed download links. */
const FILE_CHANNELS: ReadonlySet<Channel> = new Set(['telegram']);

/**
 * What every channel does with an event, whatever the platform: limit each user's rate, answer stickers and photos
 * politely, turn buttons into questions or ratings, call the assistant and log one line. Its state (chat menus,
 * answers awaiting a rating, rate counts) is in the store: a restart forgets nothing and processes share it.
 */
export class ChannelPipeline {
  private readonly limiter: StoreRateLimiter;
  private readonly windowMs: number;
  private readonly hashId: (channel: string, id: string) => string;

  constructor(private readonly deps: PipelineDeps) {
    this.windowMs = (deps.options?.rateWindowSeconds ?? 30) * 1000;
    this.limiter = new StoreRateLimiter(deps.store, { points: deps.options?.ratePoints ?? 20, windowMs: this.windowMs });
    this.hashId = deps.hashId ?? anonymise;
  }

  private now(incoming?: Incoming): Date {
    return incoming?.now ?? this.deps.clock?.() ?? new Date();
  }

  /**
   * The replies to send, or an empty list when the event needs none, with the answer's records written at once (the
   * web chat, which has no inbox). `beforeAnswer` runs once the message is admitted and is about to be answered (the
   * adapter shows "typing…" then).
   */
  async handle(incoming: Incoming, hooks: { beforeAnswer?: () => void } = {}): Promise<Outgoing[]> {
    const { outgoing, record } = await this.answer(incoming, hooks);
    if (record) await this.deps.store.recordAnswer(record.states, record.question);
    return outgoing;
  }

  /**
   * As `handle`, but what the answer leaves behind (chat state, the question's record) is returned, not written: the
   * inbox writes it in the transaction that completes the update, so an update handled twice records it once.
   * Duplicates never get here: the inbox stores each platform update once.
   */
  async answer(incoming: Incoming, hooks: { beforeAnswer?: () => void } = {}): Promise<{ outgoing: Outgoing[]; record?: AnswerRecord }> {
    const outgoing = (list: Outgoing[]) => ({ outgoing: list });
    const started = Date.now();
    const now = this.now(incoming);
    const chatKey = `${incoming.channel}:${incoming.chatId}`;
    const log = (intent: string, outcome: string, extra: object = {}) =>
      this.deps.log.info({ channel: incoming.channel, intent, outcome, latency_ms: Date.now() - started, ...extra }, 'message');
    const { store } = this.deps;

    const userKey = `${incoming.channel}:${incoming.userId}`;
    if (!(await this.limiter.consume(`user:${userKey}`, now))) {
      // One polite warning per window; the rest of a flood is dropped until the sender slows down.
      const warned = await store.getChatState<boolean>(`warned:${userKey}`, now);
      if (!warned) await store.setChatState(`warned:${userKey}`, true, new Date(now.getTime() + this.windowMs));
      log('rate_limited', warned ? 'dropped' : 'warned');
      return outgoing(warned ? [] : [{ text: RATE_LIMITED_REPLY, intent: 'rate_limited' }]);
    }
    const media = this.deps.media;
    if (incoming.kind === 'non_text' || ((incoming.kind === 'image' || incoming.kind === 'voice') && (!media || !incoming.media))) {
      log('non_text', 'answered');
      return outgoing([{ text: media?.reader.readsImages ? UNSUPPORTED_REPLY : NON_TEXT_REPLY, intent: 'non_text' }]);
    }

    const state = (await store.getChatState<ChatState>(`chat:${chatKey}`, now)) ?? {};
    let text = incoming.text?.trim() ?? '';
    if (incoming.kind === 'button') {
      const data = incoming.data ?? '';
      const rating = /^fb:(up|down):(.+)$/u.exec(data);
      if (rating) return outgoing(await this.rate(rating[2]!, rating[1] === 'up' ? 1 : -1, now, log));
      const topic = replies.TOPIC_MENU.find((t) => t.data === data);
      // A button may carry a command for the user ("/xong #3fa2c1", "/tinh Đồng Nai").
      if (!topic && !data.startsWith('/')) {
        log('button', 'unknown');
        return outgoing([]);
      }
      text = topic ? topic.question : data;
    } else {
      const folded = foldText(text).replace(/[.!]+$/u, '').trim();
      const picked = state.menu && /^[1-9]$/u.test(folded) ? state.menu[Number(folded) - 1] : undefined;
      if (picked) {
        text = replies.TOPIC_MENU.find((t) => t.data === picked.data)?.question ?? picked.data;
      } else if (state.lastAnswerId && (RATING_UP.test(folded) || RATING_DOWN.test(folded))) {
        return outgoing(await this.rate(state.lastAnswerId, RATING_UP.test(folded) ? 1 : -1, now, log));
      }
    }

    if (parseCommand(text)?.name === 'dangky') {
      const refused = await this.refuseRegistration(incoming, now);
      if (refused) {
        log('register', refused);
        return outgoing([{ text: refused === 'locked' ? CHANNEL_REPLIES.register_locked : CHANNEL_REPLIES.register_elsewhere, intent: 'refused' }]);
      }
    }

    hooks.beforeAnswer?.();
    const message = { channel: incoming.channel, userId: incoming.userId, chatId: incoming.chatId, now };
    let reply: Reply;
    if (media && incoming.media && incoming.kind === 'image') reply = await media.answerImage(message, incoming.media, { onSlow: incoming.onSlow });
    else if (media && incoming.media && incoming.kind === 'voice') reply = await media.answerVoice(message, incoming.media, { onSlow: incoming.onSlow });
    else reply = await this.deps.assistant.handle({ ...message, text });
    // Answers to questions can be rated; acknowledgements of commands (/dangky, /xong…) cannot.
    const rateable = (reply.intent === 'knowledge' || reply.intent === 'deadlines' || reply.intent === 'tasks') && !text.startsWith('/');
    const answerId = rateable ? randomBytes(6).toString('base64url') : undefined;
    const sources = reply.sources.map(({ path, section }) => ({ path, section }));
    const states: ChatStateEntry[] = [...(reply.states ?? [])];
    if (answerId) {
      const answered: Answered = {
        channel: incoming.channel,
        chatKey,
        chatHash: this.hashId(incoming.channel, incoming.chatId),
        userHash: this.hashId(incoming.channel, incoming.userId),
        question: reply.meta.question,
        answer: reply.text,
        intent: reply.intent,
        sources,
      };
      states.push({ key: `answer:${answerId}`, value: answered, expiresAt: new Date(now.getTime() + ANSWER_RATEABLE_MS) });
    }
    states.push({ key: `chat:${chatKey}`, value: { lastAnswerId: answerId, menu: reply.buttons?.length ? reply.buttons : undefined } satisfies ChatState, expiresAt: new Date(now.getTime() + CHAT_STATE_MS) });
    const record: AnswerRecord = {
      states,
      question: {
        at: now,
        channel: incoming.channel,
        intent: reply.intent,
        covered: reply.intent === 'knowledge' ? reply.meta.covered !== false : undefined,
        question: reply.meta.question,
        sources,
        chatHash: this.hashId(incoming.channel, incoming.chatId),
        followUpOf: state.downvote,
      },
    };
    log(reply.intent, reply.meta.covered === false ? 'not_covered' : 'answered', {
      composer: reply.meta.composer,
      rule: reply.meta.rule,
      flagged: reply.meta.secrets ?? undefined,
      truncated: reply.meta.truncated || undefined,
      media: incoming.kind === 'image' || incoming.kind === 'voice' ? incoming.kind : undefined,
    });
    const links = FILE_CHANNELS.has(incoming.channel) ? undefined : this.deps.links;
    const attachments = reply.attachments?.map((a) => ({ ...a, url: links?.create(a, now) }));
    return { outgoing: [{ text: reply.text, buttons: reply.buttons, actions: reply.actions, attachments, answerId, intent: reply.intent, sources: reply.sources }], record };
  }

  /** Why a /dangky must not reach the officials' service: the wrong channel or a lockout; undefined when it may. */
  private async refuseRegistration(incoming: Incoming, now: Date): Promise<'wrong_channel' | 'locked' | undefined> {
    const user = this.hashId(incoming.channel, incoming.userId);
    if (!REGISTRATION_CHANNELS.has(incoming.channel)) {
      this.deps.log.warn({ channel: incoming.channel, user, outcome: 'refused' }, 'registration attempted outside Telegram and Zalo');
      return 'wrong_channel';
    }
    const scope = await this.deps.registration?.locked(incoming, now);
    if (!scope) return undefined;
    this.deps.log.warn({ channel: incoming.channel, user, scope, outcome: 'locked' }, 'registration refused: locked after wrong invite codes');
    return 'locked';
  }

  private async rate(answerId: string, rating: 1 | -1, now: Date, log: (intent: string, outcome: string) => void): Promise<Outgoing[]> {
    const { store } = this.deps;
    const answered = await store.getChatState<Answered>(`answer:${answerId}`, now);
    if (!answered) {
      log('feedback', 'expired');
      return [{ text: FEEDBACK_EXPIRED, intent: 'feedback' }];
    }
    const id = await store.recordFeedback({
      channel: answered.channel,
      chatId: answered.chatHash,
      userId: answered.userHash,
      question: answered.question,
      answer: answered.answer,
      intent: answered.intent,
      sources: answered.sources,
      rating,
      at: now,
    });
    // One rating per answer: a second press finds it gone.
    await store.setChatState(`answer:${answerId}`, undefined, now);
    const key = `chat:${answered.chatKey}`;
    const state = (await store.getChatState<ChatState>(key, now)) ?? {};
    await store.setChatState(key, { ...state, lastAnswerId: undefined, downvote: rating < 0 ? id : undefined } satisfies ChatState, new Date(now.getTime() + CHAT_STATE_MS));
    log('feedback', rating > 0 ? 'up' : 'down');
    return [{ text: FEEDBACK_THANKS, intent: 'feedback' }];
  }

  /** Records a rating given outside a chat (the web page's buttons); false when the answer is unknown or expired. */
  async rateAnswer(answerId: string, rating: 1 | -1, now = this.now()): Promise<boolean> {
    if (!(await this.deps.store.getChatState(`answer:${answerId}`, now))) return false;
    await this.rate(answerId, rating, now, () => {});
    return true;
  }
}
