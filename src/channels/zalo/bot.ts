import { setTimeout as delay } from 'node:timers/promises';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { BodyTooLargeError, readBody, sendJson } from '../../server/http-utils';
import type { ChannelPipeline, Outgoing } from '../pipeline';
import { withRetry, type RetryDecision } from '../retry';
import { plainText } from '../../core';
import { splitMessage } from '../split';
import { ZaloApiError, ZaloClient, zaloUpdateSchema, type ZaloUpdate } from './client';
import { mediaUrl } from './types';
import { MEDIA_TEXT } from '../../media';
import type { Incoming } from '../pipeline';

/** Zalo accepts 2000 characters; replies are split at about 1900, on sentence or line boundaries. */
export const ZALO_TEXT_LIMIT = 1900;
const SECRET_HEADER = 'x-bot-api-secret-token';

export interface ZaloChannel {
  /** Present in webhook mode: the handler for POST /webhook/zalo. */
  webhookHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Sends a text (split and retried) to a chat, for reminders and alerts. */
  send(chatId: string, text: string): Promise<void>;
  /** Stops polling and waits for the messages being answered. */
  stop(): Promise<void>;
}

export interface ZaloOptions {
  token: string;
  apiRoot: string;
  pipeline: ChannelPipeline;
  log: Logger;
  webhook?: { baseUrl: string; secret: string };
  /** Long-poll wait asked of getUpdates, in seconds (default 30). */
  pollTimeoutSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
  client?: ZaloClient;
}

/**
 * Zalo has no buttons: choices become numbered lines, ratings a line of instructions, files a download link. Shortcut
 * buttons (`actions`) are left out: the text already says what to type.
 */
export function renderForZalo(out: Outgoing): string {
  let text = plainText(out);
  const topics = out.buttons?.every((b) => b.data.startsWith('topic:'));
  if (out.buttons?.length) text += `\n\n${topics ? 'Gõ số để chọn chủ đề:' : 'Gõ số để chọn:'}\n${out.buttons.map((b, i) => `${i + 1}. ${b.label}`).join('\n')}`;
  for (const file of out.attachments ?? []) if (file.url) text += `\n\n📎 ${file.fileName}: ${file.url}`;
  if (out.answerId) text += '\n\n(Câu trả lời có giúp ích không? Gõ 👍 hoặc 1 nếu hữu ích, 👎 hoặc 0 nếu chưa đúng.)';
  return text;
}

/** Retry on rate limits (after retry_after), server errors and network failures; anything else is final. */
export function classifyZaloError(error: unknown): RetryDecision {
  if (!(error instanceof ZaloApiError)) return { retry: false };
  if (error.errorCode === 429 || error.status === 429) return { retry: true, afterMs: (error.retryAfter ?? 2) * 1000 };
  if (error.kind === 'network' || (error.status !== undefined && error.status >= 500)) return { retry: true };
  return { retry: false };
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Runs the Zalo bot: long polling (after deleteWebhook) or a webhook, per-chat ordering, retried sends. */
export function startZalo(options: ZaloOptions): ZaloChannel {
  const { pipeline, log } = options;
  const client = options.client ?? new ZaloClient({ token: options.token, apiRoot: options.apiRoot });
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const chains = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  const polling = new AbortController();

  const send = async (chatId: string, text: string) => {
    for (const part of splitMessage(text, ZALO_TEXT_LIMIT)) {
      await withRetry(() => client.sendMessage(chatId, part), {
        classify: classifyZaloError,
        sleep,
        onRetry: (error, attempt, delay) => log.warn({ channel: 'zalo', attempt, delay_ms: delay, err: (error as Error).message }, 'zalo send failed; retrying'),
      });
    }
  };

  const handle = async (update: ZaloUpdate) => {
    const message = update.message;
    const chatId = String(message.chat.id);
    const isText = update.event_name === 'message.text.received' && typeof message.text === 'string';
    const image = update.event_name === 'message.image.received' ? mediaUrl(message.photo, message.url) : undefined;
    const voice = update.event_name === 'message.voice.received' ? mediaUrl(message.voice, message.audio, message.url) : undefined;
    const content: Pick<Incoming, 'kind' | 'text' | 'media' | 'onSlow'> = isText
      ? { kind: 'text', text: message.text }
      : image || voice
        ? { kind: image ? 'image' : 'voice', media: { url: (image ?? voice)! }, onSlow: () => void send(chatId, MEDIA_TEXT.reading).catch(() => {}) }
        : { kind: 'non_text' };
    await client.sendChatAction(chatId, 'typing').catch(() => {});
    const outs = await pipeline.handle({ channel: 'zalo', dedupeKey: String(message.message_id), userId: String(message.from.id), chatId, ...content });
    for (const out of outs) await send(chatId, renderForZalo(out));
  };

  /** Messages of one chat are answered in order; different chats proceed side by side. */
  const dispatch = (update: ZaloUpdate) => {
    const chatId = String(update.message.chat.id);
    const previous = chains.get(chatId) ?? Promise.resolve();
    const next = previous
      .then(() => handle(update))
      .catch((error: Error) => log.error({ channel: 'zalo', err: error.message }, 'zalo message not answered'));
    chains.set(chatId, next);
    inFlight.add(next);
    void next.finally(() => {
      inFlight.delete(next);
      if (chains.get(chatId) === next) chains.delete(chatId);
    });
  };

  const poll = async () => {
    await client.deleteWebhook().catch((error: Error) => log.warn({ channel: 'zalo', err: error.message }, 'zalo deleteWebhook failed'));
    let backoff = 1000;
    while (!stopped) {
      try {
        const update = await client.getUpdates({ timeout: options.pollTimeoutSeconds ?? 30, signal: polling.signal });
        backoff = 1000;
        if (update && !stopped) dispatch(update);
      } catch (error) {
        if (stopped) break;
        const wait = error instanceof ZaloApiError && error.retryAfter ? error.retryAfter * 1000 : backoff;
        backoff = Math.min(backoff * 2, 60_000);
        log.warn({ channel: 'zalo', wait_ms: wait, err: (error as Error).message }, 'zalo polling failed; backing off');
        await sleep(wait);
      }
    }
  };

  let webhookHandler: ZaloChannel['webhookHandler'];
  if (options.webhook) {
    const { baseUrl, secret } = options.webhook;
    client
      .setWebhook({ url: `${baseUrl}/webhook/zalo`, secretToken: secret })
      .then(() => log.info({ channel: 'zalo', mode: 'webhook' }, 'zalo bot ready'))
      .catch((error: Error) => log.error({ channel: 'zalo', err: error.message }, 'zalo setWebhook failed'));
    webhookHandler = async (req, res) => {
      if (!sameSecret(req.headers[SECRET_HEADER], secret)) {
        log.warn({ channel: 'zalo', outcome: 'forged' }, 'zalo webhook call with a wrong secret refused');
        return sendJson(res, 401, { ok: false, description: 'wrong secret token' });
      }
      let update: ZaloUpdate;
      try {
        const parsed = zaloUpdateSchema.safeParse(JSON.parse(await readBody(req)));
        if (!parsed.success) return sendJson(res, 400, { ok: false, description: 'not a Zalo update' });
        update = parsed.data;
      } catch (error) {
        return sendJson(res, error instanceof BodyTooLargeError ? 413 : 400, { ok: false, description: 'unreadable body' });
      }
      sendJson(res, 200, { ok: true });
      dispatch(update);
    };
  } else {
    void poll();
    log.info({ channel: 'zalo', mode: 'polling' }, 'zalo bot polling');
  }

  return {
    webhookHandler,
    send,
    async stop() {
      stopped = true;
      polling.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}
