import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { replies, type Assistant } from '../assistant';
import type { SourceRef, Store } from '../store';
import { foldText } from '../text';
import { type Attachment, type Button, type Channel, type Intent, type Reply, type Source } from '../core';
import type { MediaAnswerer, MediaSource } from '../media';

/** One event from a chat platform, translated by its adapter. */
export interface Incoming {
  channel: Channel;
  /** Telegram update_id, Zalo message_id…: an event seen before is not processed again. */
  dedupeKey?: string;
  userId: string;
  chatId: string;
  kind: 'text' | 'button' | 'non_text' | 'image' | 'voice';
  text?: string;
  /** For `image` and `voice`: where the file is. */
  media?: MediaSource;
  /** For `image` and `voice`: called once if reading takes long, so the adapter can say `MEDIA_TEXT.reading`. */
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
  intent?: Intent | 'feedback' | 'non_text' | 'rate_limited';
  sources?: Source[];
}

export interface PipelineOptions {
  /** Messages a user may send per `rateWindowSeconds` before being asked to slow down (default 8 per 30 s). */
  ratePoints?: number;
  rateWindowSeconds?: number;
}

export const NON_TEXT_REPLY =
  'Trợ lý số hiện chỉ đọc được tin nhắn chữ, chưa xem được hình ảnh, nhãn dán hay tin nhắn thoại. Bạn gõ câu hỏi bằng chữ giúp tôi nhé.';
/** Stickers and the like, when images are read. */
export const UNSUPPORTED_REPLY =
  'Trợ lý số chưa hiểu được loại tin nhắn này. Bạn gõ câu hỏi bằng chữ, hoặc gửi ảnh chụp màn hình, giúp tôi nhé.';
export const RATE_LIMITED_REPLY = 'Bạn gửi hơi nhanh, Trợ lý số cần chút thời gian. Bạn đợi khoảng nửa phút rồi gửi tiếp nhé.';
export const FEEDBACK_THANKS = 'Cảm ơn bạn đã góp ý! Ý kiến của bạn giúp Trợ lý số trả lời tốt hơn.';
export const FEEDBACK_EXPIRED = 'Câu trả lời này đã cũ nên Trợ lý số không ghi nhận được đánh giá. Cảm ơn bạn!';

interface Answered {
  channel: Channel;
  chatId: string;
  userId: string;
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

const RATING_UP = /^(👍|1|\+1|tot|hay|huu ich|dung)$/u;
const RATING_DOWN = /^(👎|0|-1|sai|chua dung|khong dung)$/u;

/** A stable, non-reversible id for a user, so stored feedback counts people without naming them. */
export function anonymise(channel: string, userId: string): string {
  return createHash('sha256').update(`${channel}:${userId}`).digest('hex').slice(0, 16);
}

/**
 * What every channel does with an event, whatever the platform: drop duplicates, limit each user's rate, answer
 * stickers and photos politely, turn buttons into questions or ratings, call the assistant and log one line.
 */
export class ChannelPipeline {
  private readonly seen = new LRUCache<string, true>({ max: 50_000, ttl: 24 * 3_600_000 });
  private readonly answers = new LRUCache<string, Answered>({ max: 20_000, ttl: 7 * 24 * 3_600_000 });
  private readonly chats = new LRUCache<string, ChatState>({ max: 50_000, ttl: 24 * 3_600_000 });
  private readonly limiter: RateLimiterMemory;
  private readonly warned = new LRUCache<string, true>({ max: 50_000, ttl: 60_000 });

  constructor(
    private readonly deps: {
      assistant: Assistant;
      store: Store;
      log: Logger;
      clock?: () => Date;
      options?: PipelineOptions;
      /** Turns a reply's file into a short-lived download link, for channels that cannot receive the file itself. */
      links?: { create(attachment: Attachment, now: Date): string };
      /** Reads images and voice notes; without it they get the "text only" reply. */
      media?: MediaAnswerer;
    },
  ) {
    this.limiter = new RateLimiterMemory({ points: deps.options?.ratePoints ?? 8, duration: deps.options?.rateWindowSeconds ?? 30 });
  }

  /** The replies to send, or an empty list when the event is a duplicate or needs no reply. */
  async handle(incoming: Incoming): Promise<Outgoing[]> {
    const started = Date.now();
    const now = incoming.now ?? this.deps.clock?.() ?? new Date();
    const chatKey = `${incoming.channel}:${incoming.chatId}`;
    if (incoming.dedupeKey) {
      const key = `${incoming.channel}:${incoming.dedupeKey}`;
      if (this.seen.has(key)) {
        this.deps.log.info({ channel: incoming.channel, outcome: 'duplicate' }, 'message');
        return [];
      }
      this.seen.set(key, true);
    }
    const log = (intent: string, outcome: string, extra: object = {}) =>
      this.deps.log.info({ channel: incoming.channel, intent, outcome, latency_ms: Date.now() - started, ...extra }, 'message');

    if (!(await this.allowed(incoming))) {
      const first = !this.warned.has(`${incoming.channel}:${incoming.userId}`);
      this.warned.set(`${incoming.channel}:${incoming.userId}`, true);
      log('rate_limited', first ? 'warned' : 'dropped');
      return first ? [{ text: RATE_LIMITED_REPLY, intent: 'rate_limited' }] : [];
    }
    const media = this.deps.media;
    if (incoming.kind === 'non_text' || ((incoming.kind === 'image' || incoming.kind === 'voice') && (!media || !incoming.media))) {
      log('non_text', 'answered');
      return [{ text: media?.reader.readsImages ? UNSUPPORTED_REPLY : NON_TEXT_REPLY, intent: 'non_text' }];
    }

    const state = this.chats.get(chatKey) ?? {};
    let text = incoming.text?.trim() ?? '';
    if (incoming.kind === 'button') {
      const data = incoming.data ?? '';
      const rating = /^fb:(up|down):(.+)$/u.exec(data);
      if (rating) return this.rate(chatKey, rating[2]!, rating[1] === 'up' ? 1 : -1, now, log);
      const topic = replies.TOPIC_MENU.find((t) => t.data === data);
      // A button may carry a command for the user ("/xong #3fa2c1", "/tinh Đồng Nai").
      if (!topic && !data.startsWith('/')) {
        log('button', 'unknown');
        return [];
      }
      text = topic ? topic.question : data;
    } else {
      const folded = foldText(text).replace(/[.!]+$/u, '').trim();
      const picked = state.menu && /^[1-9]$/u.test(folded) ? state.menu[Number(folded) - 1] : undefined;
      if (picked) {
        text = replies.TOPIC_MENU.find((t) => t.data === picked.data)?.question ?? picked.data;
      } else if (state.lastAnswerId && (RATING_UP.test(folded) || RATING_DOWN.test(folded))) {
        return this.rate(chatKey, state.lastAnswerId, RATING_UP.test(folded) ? 1 : -1, now, log);
      }
    }

    const message = { channel: incoming.channel, userId: incoming.userId, chatId: incoming.chatId, now };
    let reply: Reply;
    if (media && incoming.media && incoming.kind === 'image') reply = await media.answerImage(message, incoming.media, { onSlow: incoming.onSlow });
    else if (media && incoming.media && incoming.kind === 'voice') reply = await media.answerVoice(message, incoming.media, { onSlow: incoming.onSlow });
    else reply = await this.deps.assistant.handle({ ...message, text });
    // Answers to questions can be rated; acknowledgements of commands (/dangky, /xong…) cannot.
    const rateable = (reply.intent === 'knowledge' || reply.intent === 'deadlines' || reply.intent === 'tasks') && !text.startsWith('/');
    const answerId = rateable ? randomBytes(6).toString('base64url') : undefined;
    if (answerId) {
      this.answers.set(answerId, {
        channel: incoming.channel,
        chatId: incoming.chatId,
        userId: incoming.userId,
        question: reply.meta.question,
        answer: reply.text,
        intent: reply.intent,
        sources: reply.sources.map(({ path, section }) => ({ path, section })),
      });
    }
    this.chats.set(chatKey, { lastAnswerId: answerId, menu: reply.buttons?.length ? reply.buttons : undefined });
    this.deps.store.recordQuestion({
      at: now,
      channel: incoming.channel,
      intent: reply.intent,
      covered: reply.intent === 'knowledge' ? reply.meta.covered !== false : undefined,
      question: reply.meta.question,
      sources: reply.sources.map(({ path, section }) => ({ path, section })),
      chatHash: anonymise(incoming.channel, incoming.chatId),
      followUpOf: state.downvote,
    });
    log(reply.intent, reply.meta.covered === false ? 'not_covered' : 'answered', {
      composer: reply.meta.composer,
      rule: reply.meta.rule,
      flagged: reply.meta.secrets ?? undefined,
      truncated: reply.meta.truncated || undefined,
      media: incoming.kind === 'image' || incoming.kind === 'voice' ? incoming.kind : undefined,
    });
    const attachments = reply.attachments?.map((a) => ({ ...a, url: this.deps.links?.create(a, now) }));
    return [{ text: reply.text, buttons: reply.buttons, actions: reply.actions, attachments, answerId, intent: reply.intent, sources: reply.sources }];
  }

  private async allowed(incoming: Incoming): Promise<boolean> {
    try {
      await this.limiter.consume(`${incoming.channel}:${incoming.userId}`);
      return true;
    } catch {
      return false;
    }
  }

  private rate(chatKey: string | undefined, answerId: string, rating: 1 | -1, now: Date, log: (intent: string, outcome: string) => void): Outgoing[] {
    const answered = this.answers.get(answerId);
    if (!answered) {
      log('feedback', 'expired');
      return [{ text: FEEDBACK_EXPIRED, intent: 'feedback' }];
    }
    const id = this.deps.store.recordFeedback({
      channel: answered.channel,
      chatId: anonymise(answered.channel, answered.chatId),
      userId: anonymise(answered.channel, answered.userId),
      question: answered.question,
      answer: answered.answer,
      intent: answered.intent,
      sources: answered.sources,
      rating,
      at: now,
    });
    if (chatKey) this.chats.set(chatKey, { ...(this.chats.get(chatKey) ?? {}), lastAnswerId: undefined, downvote: rating < 0 ? id : undefined });
    log('feedback', rating > 0 ? 'up' : 'down');
    return [{ text: FEEDBACK_THANKS, intent: 'feedback' }];
  }

  /** The answer an id was given for (web feedback uses it to check the id exists). */
  hasAnswer(answerId: string): boolean {
    return this.answers.has(answerId);
  }

  /** Records a rating given outside a chat (the web page's buttons). */
  rateAnswer(answerId: string, rating: 1 | -1, now = new Date()): boolean {
    if (!this.answers.has(answerId)) return false;
    const answered = this.answers.get(answerId)!;
    this.rate(`${answered.channel}:${answered.chatId}`, answerId, rating, now, () => {});
    return true;
  }
}
