import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { countWaiter, postJson, sendJson, startFakeServer, type FakeServer } from './http';

/** An update as Zalo sends it on the wire (IDs are strings, `date` is epoch ms). */
export interface ZaloWireUpdate {
  event_name: string;
  message: {
    from: { id: string; display_name?: string; is_bot?: boolean };
    chat: { id: string; chat_type: string };
    message_id: string;
    date: number;
    text?: string;
    photo?: string;
    caption?: string;
    sticker?: string;
    url?: string;
    voice?: string;
  };
}

/**
 * One injected answer: an HTTP status with a body (default `{ok:false, error_code: status}`), or no answer at all;
 * `when` limits it to calls whose body matches (a given chat).
 */
export type ZaloFailure = ({ status: number; body?: unknown; headers?: Record<string, string> } | { hang: true }) & {
  when?: (body: Record<string, unknown>) => boolean;
};

export interface FakeZaloOptions {
  token: string;
  /** Longest wait of an empty getUpdates before its 408, whatever timeout the client asked for (default 500 ms). */
  pollWaitMs?: number;
}

interface MessageBase {
  chatId: string;
  /** Default: chatId (a private chat). */
  userId?: string;
  messageId?: string;
  displayName?: string;
  chatType?: 'PRIVATE' | 'GROUP';
  /** Epoch ms; default now. */
  date?: number;
}

export interface FakeZalo extends FakeServer {
  token: string;
  /** Put this in ZaloClient's `apiRoot`. */
  apiRoot: string;
  /** Recorded sendMessage bodies, in order. */
  sent: { chat_id: string; text: string }[];
  /** Recorded sendChatAction bodies. */
  actions: { chat_id: string; action: string }[];
  /** Every call with a valid token, failed ones included, in order. */
  calls: { method: string; body: unknown }[];
  /** The webhook set by setWebhook, undefined after deleteWebhook. */
  readonly webhook: { url: string; secretToken: string } | undefined;
  /** Hands the update to a waiting getUpdates, or to the next one. */
  queueUpdate(update: ZaloWireUpdate): void;
  /** The next call to `method` (valid token) gets this answer instead; several queue up in order. */
  failNext(method: string, failure: ZaloFailure): void;
  /** Resolves with `sent` once it holds at least n messages; rejects after timeoutMs (default 2000). */
  waitForSent(n: number, timeoutMs?: number): Promise<FakeZalo['sent']>;
  textUpdate(options: MessageBase & { text: string }): ZaloWireUpdate;
  stickerUpdate(options: MessageBase & { sticker?: string }): ZaloWireUpdate;
  /** Serves bytes at a URL on this fake (as Zalo's photo CDN would) and returns the URL. */
  serveMedia(name: string, bytes: Buffer): string;
  /** An image message; `photo` defaults to a URL on this fake that serves nothing (404). */
  imageUpdate(options: MessageBase & { photo?: string; caption?: string }): ZaloWireUpdate;
  voiceUpdate(options: MessageBase & { voice: string }): ZaloWireUpdate;
  /** POSTs an update as Zalo does: JSON, wrapped in `{ok:true, result}` unless `wrapped` is false, with the secret header. */
  postWebhook(url: string, update: ZaloWireUpdate, options?: { secret?: string; wrapped?: boolean }): Promise<{ status: number; body: unknown }>;
}

const ZALO_TEXT_LIMIT = 2000;

/** A fake Zalo Bot API on 127.0.0.1: `/bot<token>/<method>` with the `{ok, result}` envelope and Zalo's error codes. */
export async function startFakeZalo(options: FakeZaloOptions): Promise<FakeZalo> {
  const pollWaitMs = options.pollWaitMs ?? 500;
  const queue: ZaloWireUpdate[] = [];
  const pollers: { deliver: (update: ZaloWireUpdate) => void }[] = [];
  const failures = new Map<string, ZaloFailure[]>();
  const state: { webhook?: { url: string; secretToken: string; updatedAt: number } } = {};
  const sent: FakeZalo['sent'] = [];
  const sentWaiter = countWaiter('fake Zalo', sent);
  const actions: FakeZalo['actions'] = [];
  const calls: FakeZalo['calls'] = [];
  let counter = 0;

  const ok = (res: ServerResponse, result?: unknown) => sendJson(res, 200, result === undefined ? { ok: true } : { ok: true, result });
  const fail = (res: ServerResponse, status: number, description: string) =>
    sendJson(res, status, { ok: false, error_code: status, description });
  const webhookInfo = () => ({ url: state.webhook?.url ?? '', updated_at: state.webhook?.updatedAt ?? Date.now() });

  const media = new Map<string, Buffer>();
  const server = await startFakeServer(async (req, res) => {
    const file = /^\/media\/([^/?]+)$/u.exec(req.path);
    if (file) {
      const bytes = media.get(decodeURIComponent(file[1]!));
      if (!bytes) return fail(res, 404, 'Not Found');
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': bytes.length });
      return void res.end(bytes);
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/u.exec(req.path.split('?')[0] ?? '');
    if (!match) return fail(res, 404, 'Not Found');
    const [, token, method] = match as unknown as [string, string, string];
    if (token !== options.token) return fail(res, 401, 'Unauthorized');
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    calls.push({ method, body: req.body });

    const queued = failures.get(method) ?? [];
    const index = queued.findIndex((f) => !f.when || f.when(body));
    const failure = index >= 0 ? queued.splice(index, 1)[0] : undefined;
    if (failure && 'hang' in failure) return; // never answers: the client must time out
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      const payload = failure.body ?? { ok: false, error_code: failure.status, description: `injected ${failure.status}` };
      return void res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
    }

    switch (method) {
      case 'getMe':
        return ok(res, { id: token.split(':')[0], account_name: 'bot.TroLySo', account_type: 'BASIC', can_join_groups: false });
      case 'getUpdates': {
        const next = queue.shift();
        if (next) return ok(res, next);
        const seconds = Number(body.timeout ?? 30);
        const waitMs = Math.min(Number.isFinite(seconds) ? seconds * 1000 : 30_000, pollWaitMs);
        await new Promise<void>((resolve) => {
          const poller = {
            deliver: (update: ZaloWireUpdate) => {
              clearTimeout(timer);
              ok(res, update);
              resolve();
            },
          };
          const drop = () => {
            const index = pollers.indexOf(poller);
            if (index >= 0) pollers.splice(index, 1);
          };
          const timer = setTimeout(() => {
            drop();
            sendJson(res, 200, { ok: false, error_code: 408, description: 'timeout' });
            resolve();
          }, waitMs);
          res.on('close', () => {
            clearTimeout(timer);
            drop();
            resolve();
          });
          pollers.push(poller);
        });
        return;
      }
      case 'setWebhook': {
        const { url, secret_token: secret } = body;
        if (typeof url !== 'string' || !URL.canParse(url)) return fail(res, 400, 'Bad Request: url is invalid');
        if (typeof secret !== 'string' || secret.length < 8 || secret.length > 256) {
          return fail(res, 400, 'Bad Request: secret_token must be 8-256 characters');
        }
        state.webhook = { url, secretToken: secret, updatedAt: Date.now() };
        return ok(res, webhookInfo());
      }
      case 'deleteWebhook':
        state.webhook = undefined;
        return ok(res, webhookInfo());
      case 'getWebhookInfo':
        return ok(res, webhookInfo());
      case 'sendMessage': {
        const { chat_id: chatId, text } = body;
        if (typeof chatId !== 'string' || !chatId) return fail(res, 400, 'Bad Request: chat_id is required');
        if (typeof text !== 'string' || text.length < 1 || text.length > ZALO_TEXT_LIMIT) {
          return fail(res, 400, `Bad Request: text must be 1-${ZALO_TEXT_LIMIT} characters`);
        }
        sent.push({ chat_id: chatId, text });
        sentWaiter.notify();
        return ok(res, { message_id: hexId(`sent-${++counter}`), date: Date.now() });
      }
      case 'sendChatAction': {
        const { chat_id: chatId, action } = body;
        if (typeof chatId !== 'string' || !chatId) return fail(res, 400, 'Bad Request: chat_id is required');
        if (action !== 'typing' && action !== 'upload_photo') return fail(res, 400, 'Bad Request: action is invalid');
        actions.push({ chat_id: chatId, action });
        return ok(res);
      }
      default:
        return fail(res, 404, 'Not Found');
    }
  });

  const message = (o: MessageBase) => ({
    from: { id: o.userId ?? o.chatId, display_name: o.displayName ?? 'Nguyễn Văn An', is_bot: false },
    chat: { id: o.chatId, chat_type: o.chatType ?? 'PRIVATE' },
    message_id: o.messageId ?? hexId(`in-${++counter}`),
    date: o.date ?? Date.now(),
  });

  const fake: FakeZalo = {
    ...server,
    token: options.token,
    apiRoot: server.url,
    sent,
    actions,
    calls,
    get webhook() {
      return state.webhook && { url: state.webhook.url, secretToken: state.webhook.secretToken };
    },
    queueUpdate(update) {
      const poller = pollers.shift();
      if (poller) poller.deliver(update);
      else queue.push(update);
    },
    failNext(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    waitForSent: (n, timeoutMs) => sentWaiter.waitFor(n, timeoutMs),
    textUpdate: ({ text, ...o }) => ({ event_name: 'message.text.received', message: { ...message(o), text } }),
    stickerUpdate: ({ sticker = 'bfe9d3e1a0a449fa10b5', ...o }) => ({
      event_name: 'message.sticker.received',
      message: { ...message(o), sticker, url: `https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=${sticker}` },
    }),
    serveMedia(name, bytes) {
      media.set(name, bytes);
      return `${server.url}/media/${encodeURIComponent(name)}`;
    },
    imageUpdate: ({ photo = `${server.url}/media/anh-chup-man-hinh.jpg`, caption, ...o }) => ({
      event_name: 'message.image.received',
      message: { ...message(o), photo, ...(caption === undefined ? {} : { caption }) },
    }),
    voiceUpdate: ({ voice, ...o }) => ({
      event_name: 'message.voice.received',
      message: { ...message(o), voice },
    }),
    async postWebhook(url, update, { secret, wrapped = true } = {}) {
      return postJson(url, wrapped ? { ok: true, result: update } : update, secret === undefined ? {} : { 'X-Bot-Api-Secret-Token': secret });
    },
  };
  return fake;
}

/** Deterministic 20-hex-digit IDs shaped like Zalo's. */
function hexId(seed: string): string {
  return createHash('md5').update(seed).digest('hex').slice(0, 20);
}
