import type { ServerResponse } from 'node:http';
import type { Chat, InlineKeyboardMarkup, Update, User, UserFromGetMe } from 'grammy/types';
import { countWaiter, postJson, sendJson, startFakeServer, type FakeServer, type RecordedRequest } from './http';

/**
 * One injected answer: an HTTP status with a body (default `{ok:false, error_code: status, …}`), or no answer at all;
 * `when` limits it to calls whose body matches (a given chat).
 */
export type TelegramFailure = ({ status: number; body?: unknown } | { hang: true }) & { when?: (body: Record<string, unknown>) => boolean };

export interface FakeTelegramOptions {
  token: string;
  /** Longest wait of an empty getUpdates, whatever timeout the client asked for (default 500 ms). */
  pollWaitMs?: number;
}

export interface SentTelegramMessage {
  chat_id: number | string;
  text: string;
  message_id: number;
  parse_mode?: string;
  reply_markup?: unknown;
}

interface UpdateBase {
  chatId: number;
  /** Default: chatId (a private chat). */
  userId?: number;
  updateId?: number;
  messageId?: number;
  firstName?: string;
}

export interface FakeTelegram extends FakeServer {
  token: string;
  /** Put this in `new Bot(token, { client: { apiRoot } })`. */
  apiRoot: string;
  botInfo: UserFromGetMe;
  /** Recorded sendMessage calls, in order. */
  sent: SentTelegramMessage[];
  actions: { chat_id: number | string; action: string }[];
  /** Bodies of setMyCommands. */
  commands: { commands: { command: string; description: string }[]; scope?: unknown; language_code?: string }[];
  /** Bodies of answerCallbackQuery. */
  callbackAnswers: { callback_query_id: string; text?: string; show_alert?: boolean }[];
  /** Bodies of editMessageReplyMarkup. */
  markupEdits: { chat_id?: number | string; message_id?: number; reply_markup?: unknown }[];
  /** Every call with a valid token, failed ones included, in order; multipart fields are parsed, files shown as {filename, size}. */
  calls: { method: string; body: Record<string, unknown> }[];
  readonly webhook: { url: string; secretToken?: string; allowedUpdates?: string[] } | undefined;
  /** Unconfirmed updates (those not yet acknowledged by a higher getUpdates offset). */
  readonly pending: Update[];
  queueUpdate(update: Update): void;
  /** The next call to `method` (valid token) gets this answer instead; several queue up in order. */
  failNext(method: string, failure: TelegramFailure): void;
  /** Serves a method the fake does not know, or replaces one: the return value becomes `result`. */
  handle(method: string, handler: (body: Record<string, unknown>) => unknown): void;
  /** Resolves with `sent` once it holds at least n messages; rejects after timeoutMs (default 2000). */
  waitForSent(n: number, timeoutMs?: number): Promise<SentTelegramMessage[]>;
  textUpdate(options: UpdateBase & { text: string }): Update;
  stickerUpdate(options: UpdateBase & { emoji?: string }): Update;
  /** Files getFile knows and /file/bot<token>/<path> serves, by file_id. */
  files: Map<string, Buffer>;
  /** A photo message; its largest size is `fileId` (serve bytes for it with `files.set`). */
  photoUpdate(options: UpdateBase & { caption?: string; fileId?: string; fileSize?: number }): Update;
  /** A file sent as a document (uncompressed image, PDF…). */
  documentUpdate(options: UpdateBase & { fileId: string; fileName: string; mimeType: string; fileSize?: number }): Update;
  voiceUpdate(options: UpdateBase & { duration?: number; fileId?: string }): Update;
  /** A button press on message `messageId`; its text is taken from `sent` when the bot sent it. */
  callbackUpdate(options: Omit<UpdateBase, 'messageId'> & { data: string; messageId: number }): Update;
  /** POSTs an update as Telegram does, with X-Telegram-Bot-Api-Secret-Token when `secret` is given. */
  postWebhook(url: string, update: Update, options?: { secret?: string }): Promise<{ status: number; body: unknown }>;
}

const TEXT_LIMIT = 4096;
const HTML_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji']);
const UPDATE_KINDS = ['message', 'edited_message', 'channel_post', 'edited_channel_post', 'callback_query', 'inline_query', 'my_chat_member', 'chat_member'];

/**
 * A fake Telegram Bot API on 127.0.0.1 for a real grammY client: `/bot<token>/<method>`, JSON or multipart bodies,
 * the `{ok, result}` envelope, Telegram's error codes and descriptions, and getUpdates with offset confirmation.
 */
export async function startFakeTelegram(options: FakeTelegramOptions): Promise<FakeTelegram> {
  const pollWaitMs = options.pollWaitMs ?? 500;
  const botId = Number(options.token.split(':')[0]) || 7_000_000_001;
  const botInfo: UserFromGetMe = {
    id: botId,
    is_bot: true,
    first_name: 'Trợ lý số',
    username: 'TroLySoBot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
  const botUser: User = { id: botId, is_bot: true, first_name: botInfo.first_name, username: botInfo.username };
  let pending: Update[] = [];
  let allowedUpdates: string[] = [];
  let poller: { res: ServerResponse; wake: () => void } | undefined;
  const failures = new Map<string, TelegramFailure[]>();
  const handlers = new Map<string, (body: Record<string, unknown>) => unknown>();
  const state: { webhook?: { url: string; secretToken?: string; allowedUpdates?: string[] } } = {};
  const sent: SentTelegramMessage[] = [];
  const sentWaiter = countWaiter('fake Telegram', sent);
  const actions: FakeTelegram['actions'] = [];
  const commands: FakeTelegram['commands'] = [];
  const callbackAnswers: FakeTelegram['callbackAnswers'] = [];
  const markupEdits: FakeTelegram['markupEdits'] = [];
  const calls: FakeTelegram['calls'] = [];
  let nextUpdateId = 100_000;
  let nextMessageId = 1;

  const ok = (res: ServerResponse, result: unknown) => sendJson(res, 200, { ok: true, result });
  const fail = (res: ServerResponse, status: number, description: string) =>
    sendJson(res, status, { ok: false, error_code: status, description });

  /** Applies `offset` (confirms older updates) and `allowed_updates`, then picks up to `limit` updates. */
  const takeUpdates = (offset: number, limit: number): Update[] => {
    if (offset > 0) pending = pending.filter((u) => u.update_id >= offset);
    const allowed = (u: Update) => {
      const kind = UPDATE_KINDS.find((k) => k in u) ?? 'message';
      return allowedUpdates.length === 0 ? kind !== 'chat_member' : allowedUpdates.includes(kind);
    };
    pending = pending.filter(allowed);
    return offset < 0 ? pending.slice(offset).slice(0, limit) : pending.slice(0, limit);
  };

  const getUpdates = async (res: ServerResponse, body: Record<string, unknown>) => {
    if (state.webhook) {
      return fail(res, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    if (poller && !poller.res.writableEnded && !poller.res.destroyed) {
      fail(poller.res, 409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');
      poller.wake();
    }
    if (Array.isArray(body.allowed_updates)) allowedUpdates = body.allowed_updates.map(String);
    const offset = Number(body.offset ?? 0) || 0;
    const limit = Math.min(Math.max(Number(body.limit ?? 100) || 100, 1), 100);
    const waitMs = Math.min(Math.max(Number(body.timeout ?? 0) || 0, 0) * 1000, pollWaitMs);
    const ready = takeUpdates(offset, limit);
    if (ready.length > 0 || waitMs === 0) return ok(res, ready);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => finish([]), waitMs);
      const finish = (updates: Update[] | undefined) => {
        clearTimeout(timer);
        if (poller === self) poller = undefined;
        if (updates && !res.writableEnded && !res.destroyed) ok(res, updates);
        resolve();
      };
      const self = {
        res,
        wake: () => {
          if (res.writableEnded || res.destroyed) return finish(undefined);
          const updates = takeUpdates(offset, limit);
          if (updates.length > 0) finish(updates);
        },
      };
      res.on('close', () => finish(undefined));
      poller = self;
    });
  };

  const sendMessage = (res: ServerResponse, body: Record<string, unknown>) => {
    const { chat_id: chatId, text, parse_mode: parseMode, reply_markup: markup } = body;
    if (chatId === undefined || chatId === '') return fail(res, 400, 'Bad Request: chat_id is empty');
    if (typeof text !== 'string' || !text.trim()) return fail(res, 400, 'Bad Request: message text is empty');
    const entityProblem = parseMode === 'HTML' ? htmlProblem(text) : undefined;
    if (entityProblem) return fail(res, 400, `Bad Request: can't parse entities: ${entityProblem}`);
    const visible = parseMode === 'HTML' ? stripHtml(text) : text;
    if (visible.length > TEXT_LIMIT) return fail(res, 400, 'Bad Request: message is too long');
    if (markup !== undefined && !callbackDataFits(markup)) return fail(res, 400, 'Bad Request: BUTTON_DATA_INVALID');
    const message: SentTelegramMessage = {
      chat_id: chatId as number | string,
      text,
      message_id: nextMessageId++,
      ...(parseMode === undefined ? {} : { parse_mode: String(parseMode) }),
      ...(markup === undefined ? {} : { reply_markup: markup }),
    };
    sent.push(message);
    sentWaiter.notify();
    return ok(res, {
      message_id: message.message_id,
      date: nowSeconds(),
      chat: chatOf(Number(chatId)),
      from: botUser,
      text: visible,
      ...(markup === undefined ? {} : { reply_markup: markup }),
    });
  };

  const files = new Map<string, Buffer>();
  const filePath = (fileId: string) => `files/${fileId}`;
  const server = await startFakeServer(async (req, res) => {
    const download = /^\/file\/bot([^/]+)\/files\/([^/?]+)$/u.exec(req.path);
    if (download) {
      const bytes = download[1] === options.token ? files.get(decodeURIComponent(download[2]!)) : undefined;
      if (!bytes) return fail(res, 404, 'Not Found');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      return void res.end(bytes);
    }
    const match = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z]+)$/u.exec(req.path.split('?')[0] ?? '');
    if (!match) return fail(res, 404, 'Not Found');
    const [, token, method] = match as unknown as [string, string, string];
    if (token !== options.token) return fail(res, 401, 'Unauthorized');
    const body = parseBody(req);
    calls.push({ method, body });

    const queued = failures.get(method) ?? [];
    const index = queued.findIndex((f) => !f.when || f.when(body));
    const failure = index >= 0 ? queued.splice(index, 1)[0] : undefined;
    if (failure && 'hang' in failure) return;
    if (failure) return sendJson(res, failure.status, failure.body ?? defaultFailureBody(failure.status));

    const custom = handlers.get(method);
    if (custom) return ok(res, await custom(body));

    switch (method) {
      case 'getMe':
        return ok(res, botInfo);
      case 'getUpdates':
        return getUpdates(res, body);
      case 'setWebhook': {
        const { url, secret_token: secret, allowed_updates: allowed, drop_pending_updates: drop } = body;
        if (typeof url !== 'string') return fail(res, 400, 'Bad Request: bad webhook: url is empty');
        if (secret !== undefined && (typeof secret !== 'string' || !/^[A-Za-z0-9_-]{1,256}$/u.test(secret))) {
          return fail(res, 400, 'Bad Request: secret token contains unallowed characters');
        }
        if (drop === true) pending = [];
        state.webhook = url
          ? { url, secretToken: secret as string | undefined, allowedUpdates: Array.isArray(allowed) ? allowed.map(String) : undefined }
          : undefined;
        return ok(res, true);
      }
      case 'deleteWebhook':
        if (body.drop_pending_updates === true) pending = [];
        state.webhook = undefined;
        return ok(res, true);
      case 'getWebhookInfo':
        return ok(res, {
          url: state.webhook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: pending.length,
          ...(state.webhook?.allowedUpdates ? { allowed_updates: state.webhook.allowedUpdates } : {}),
        });
      case 'setMyCommands': {
        const list = body.commands;
        if (!Array.isArray(list)) return fail(res, 400, 'Bad Request: commands must be an array');
        for (const c of list as { command?: unknown; description?: unknown }[]) {
          if (typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/u.test(c.command)) return fail(res, 400, 'Bad Request: BOT_COMMAND_INVALID');
          if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) {
            return fail(res, 400, 'Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
          }
        }
        commands.push(body as FakeTelegram['commands'][number]);
        return ok(res, true);
      }
      case 'getMyCommands':
        return ok(res, commands.at(-1)?.commands ?? []);
      case 'sendMessage':
        return sendMessage(res, body);
      case 'getFile': {
        const fileId = String(body.file_id ?? '');
        const bytes = files.get(fileId);
        if (!bytes) return fail(res, 400, 'Bad Request: invalid file_id');
        if (bytes.length > 20 * 1024 * 1024) return fail(res, 400, 'Bad Request: file is too big');
        return ok(res, { file_id: fileId, file_unique_id: `u-${fileId}`.slice(0, 32), file_size: bytes.length, file_path: filePath(fileId) });
      }
      case 'sendChatAction':
        if (body.chat_id === undefined) return fail(res, 400, 'Bad Request: chat_id is empty');
        if (typeof body.action !== 'string') return fail(res, 400, 'Bad Request: wrong parameter action in request');
        actions.push({ chat_id: body.chat_id as number | string, action: body.action });
        return ok(res, true);
      case 'answerCallbackQuery':
        if (typeof body.callback_query_id !== 'string') return fail(res, 400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
        callbackAnswers.push(body as FakeTelegram['callbackAnswers'][number]);
        return ok(res, true);
      case 'editMessageReplyMarkup': {
        if (body.reply_markup !== undefined && !callbackDataFits(body.reply_markup)) return fail(res, 400, 'Bad Request: BUTTON_DATA_INVALID');
        markupEdits.push(body as FakeTelegram['markupEdits'][number]);
        if (body.inline_message_id !== undefined) return ok(res, true);
        const original = sent.find((m) => m.message_id === body.message_id && String(m.chat_id) === String(body.chat_id));
        return ok(res, {
          message_id: body.message_id,
          date: nowSeconds(),
          edit_date: nowSeconds(),
          chat: chatOf(Number(body.chat_id)),
          from: botUser,
          text: original?.text ?? '',
          ...(body.reply_markup === undefined ? {} : { reply_markup: body.reply_markup }),
        });
      }
      default:
        return fail(res, 404, 'Not Found');
    }
  });

  const from = (o: UpdateBase): User => ({ id: o.userId ?? o.chatId, is_bot: false, first_name: o.firstName ?? 'Lan', language_code: 'vi' });
  const messageOf = (o: UpdateBase) => ({
    message_id: o.messageId ?? nextMessageId++,
    date: nowSeconds(),
    chat: chatOf(o.chatId, o.firstName),
    from: from(o),
  });
  const updateId = (o: { updateId?: number }) => o.updateId ?? nextUpdateId++;

  const fake: FakeTelegram = {
    ...server,
    token: options.token,
    apiRoot: server.url,
    botInfo,
    sent,
    actions,
    commands,
    callbackAnswers,
    markupEdits,
    calls,
    files,
    get webhook() {
      return state.webhook;
    },
    get pending() {
      return pending;
    },
    queueUpdate(update) {
      pending.push(update);
      nextUpdateId = Math.max(nextUpdateId, update.update_id + 1);
      poller?.wake();
    },
    failNext(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    handle(method, handler) {
      handlers.set(method, handler);
    },
    waitForSent: (n, timeoutMs) => sentWaiter.waitFor(n, timeoutMs),
    textUpdate: ({ text, ...o }) => {
      const command = /^\/[A-Za-z0-9_]+(?:@\w+)?/u.exec(text);
      const entities = command ? [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] : undefined;
      return { update_id: updateId(o), message: { ...messageOf(o), text, ...(entities ? { entities } : {}) } };
    },
    stickerUpdate: ({ emoji = '👍', ...o }) => ({
      update_id: updateId(o),
      message: {
        ...messageOf(o),
        sticker: { file_id: 'CAACAgIAAxkBAAIBfakeSticker', file_unique_id: 'AgADfakeSt', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji },
      },
    }),
    photoUpdate: ({ caption, fileId = 'AgACAgUAAxkBAAIBfakePhotoM', fileSize, ...o }) => ({
      update_id: updateId(o),
      message: {
        ...messageOf(o),
        photo: [
          { file_id: 'AgACAgUAAxkBAAIBfakePhotoS', file_unique_id: 'AQADfakeS', width: 90, height: 160, file_size: 1_500 },
          { file_id: fileId, file_unique_id: 'AQADfakeM', width: 720, height: 1280, file_size: fileSize ?? files.get(fileId)?.length ?? 85_000 },
        ],
        ...(caption === undefined ? {} : { caption }),
      },
    }),
    documentUpdate: ({ fileId, fileName, mimeType, fileSize, ...o }) => ({
      update_id: updateId(o),
      message: {
        ...messageOf(o),
        document: { file_id: fileId, file_unique_id: `u-${fileId}`.slice(0, 32), file_name: fileName, mime_type: mimeType, file_size: fileSize ?? files.get(fileId)?.length },
      },
    }),
    voiceUpdate: ({ duration = 4, fileId = 'AwACAgUAAxkBAAIBfakeVoice', ...o }) => ({
      update_id: updateId(o),
      message: {
        ...messageOf(o),
        voice: { file_id: fileId, file_unique_id: 'AgADfakeVo', duration, mime_type: 'audio/ogg', file_size: files.get(fileId)?.length ?? 9_000 },
      },
    }),
    callbackUpdate: ({ data, messageId, ...o }) => {
      const original = sent.find((m) => m.message_id === messageId && String(m.chat_id) === String(o.chatId));
      return {
        update_id: updateId(o),
        callback_query: {
          id: String(4_000_000_000_000 + nextUpdateId),
          from: from(o),
          chat_instance: `-${o.chatId}`,
          data,
          message: {
            message_id: messageId,
            date: nowSeconds(),
            chat: chatOf(o.chatId, o.firstName),
            from: botUser,
            text: original?.text ?? '',
            ...(original?.reply_markup ? { reply_markup: original.reply_markup as InlineKeyboardMarkup } : {}),
          },
        },
      };
    },
    async postWebhook(url, update, { secret } = {}) {
      return postJson(url, update, secret === undefined ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret });
    },
  };
  return fake;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Positive IDs are private chats (with the user), negative ones groups, as on Telegram. */
function chatOf(id: number, firstName = 'Lan'): Chat.PrivateChat | Chat.GroupChat {
  return id > 0 ? { id, type: 'private', first_name: firstName } : { id, type: 'group', title: 'Nhóm Bình dân học vụ số' };
}

function defaultFailureBody(status: number) {
  if (status === 429) return { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } };
  return { ok: false, error_code: status, description: status >= 500 ? 'Internal Server Error' : `Error ${status}` };
}

/** Telegram limits callback_data to 64 bytes. */
function callbackDataFits(markup: unknown): boolean {
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return true;
  return rows.flat().every((button: { callback_data?: unknown }) => {
    const data = button?.callback_data;
    return data === undefined || (typeof data === 'string' && Buffer.byteLength(data) >= 1 && Buffer.byteLength(data) <= 64);
  });
}

/** The first problem Telegram's HTML parser would report, roughly in its words, or undefined. */
function htmlProblem(text: string): string | undefined {
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w-]*)?([^<>]*)(>?)|&(#\d+|#x[\da-fA-F]+|[a-zA-Z]+)?(;?)/gu;
  for (const m of text.matchAll(token)) {
    const at = Buffer.byteLength(text.slice(0, m.index));
    if (m[0].startsWith('&')) {
      if (m[5] && !m[6]) return `Can't find end of the entity starting at byte offset ${at}`;
      if (m[5] && !/^(#|lt$|gt$|amp$|quot$)/u.test(m[5])) return `Unsupported HTML entity at byte offset ${at}`;
      continue;
    }
    const [, closing, name, , end] = m;
    if (!name || !end) return `Can't find end of the tag at byte offset ${at}`;
    const tag = name.toLowerCase();
    if (!HTML_TAGS.has(tag)) return `Unsupported ${closing ? 'end' : 'start'} tag "${tag}" at byte offset ${at}`;
    if (!closing) stack.push(tag);
    else if (stack.pop() !== tag) return `Unexpected end tag at byte offset ${at}`;
  }
  return stack.length ? `Can't find end tag corresponding to start tag "${stack.at(-1)}"` : undefined;
}

function stripHtml(text: string): string {
  return text
    .replace(/<[^>]*>/gu, '')
    .replace(/&(lt|gt|amp|quot|#\d+|#x[\da-fA-F]+);/gu, 'x');
}

/** JSON bodies come parsed from the base helper; form bodies (urlencoded or multipart) are parsed here. */
function parseBody(req: RecordedRequest): Record<string, unknown> {
  if (typeof req.body === 'object' && req.body !== null) return req.body as Record<string, unknown>;
  if (typeof req.body !== 'string' || !req.body) return {};
  const type = String(req.headers['content-type'] ?? '');
  const fields: Record<string, unknown> = {};
  const field = (value: string) => (/^[[{]/u.test(value) ? safeJson(value) : value);
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(req.body)) fields[key] = field(value);
    return fields;
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/u.exec(type);
  if (!boundary) return {};
  for (const part of req.body.split(`--${boundary[1] ?? boundary[2]}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const value = part.slice(split + 4).replace(/\r\n$/u, '');
    const name = /(?:^|[;\s])name="([^"]*)"/u.exec(head)?.[1];
    if (name === undefined) continue;
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/u.exec(head)?.slice(1).find((v) => v !== undefined);
    fields[name] = filename === undefined ? field(value) : { filename, size: Buffer.byteLength(value) };
  }
  return fields;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
