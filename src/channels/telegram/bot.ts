import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, InlineKeyboard, InputFile, type Context } from 'grammy';
import type { Logger } from 'pino';
import type { ChannelPipeline, Incoming, Outgoing } from '../pipeline';
import { splitMessage } from '../split';
import { plainText, type Button } from '../../core';
import { MEDIA_TEXT, type MediaSource } from '../../media';

/** Telegram's limit is 4096 characters; a little room is kept for safety. */
export const TELEGRAM_TEXT_LIMIT = 4000;

export const COMMANDS = [
  { command: 'start', description: 'Bắt đầu, chọn chủ đề' },
  { command: 'trogiup', description: 'Trợ lý số giúp được gì' },
  { command: 'canhbao', description: 'Bật/tắt nhận cảnh báo lừa đảo mới' },
  { command: 'hanbaocao', description: 'Cán bộ: hạn báo cáo sắp tới của đơn vị' },
  { command: 'nhiemvu', description: 'Cán bộ: nhiệm vụ của đơn vị' },
  { command: 'dangky', description: 'Cán bộ: đăng ký bằng mã mời' },
  { command: 'xong', description: 'Cán bộ: đánh dấu nhiệm vụ đã xong' },
  { command: 'capnhat', description: 'Cán bộ: cập nhật tiến độ nhiệm vụ' },
  { command: 'tonghop', description: 'Cán bộ: tóm tắt tình hình của đơn vị' },
  { command: 'baocao', description: 'Cán bộ: dự thảo báo cáo tổng kết (tệp Word, Excel)' },
  { command: 'hoantac', description: 'Cán bộ: hoàn tác cập nhật vừa rồi' },
  { command: 'nhacnho', description: 'Cán bộ: bật/tắt nhắc hạn' },
];

export interface TelegramOptions {
  token: string;
  /** Without trailing slash; tests point it at a fake server on 127.0.0.1. */
  apiRoot: string;
  pipeline: ChannelPipeline;
  log: Logger;
  /** Outbound retries on 429 and 5xx (default 3 attempts, waits of at most 30 s). */
  retry?: { attempts: number; maxDelaySeconds: number };
}

function keyboard(out: Outgoing): InlineKeyboard | undefined {
  const rows: Button[][] = [];
  const buttons = out.buttons ?? [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push(...(out.actions ?? []));
  if (out.answerId) rows.push([{ label: '👍 Hữu ích', data: `fb:up:${out.answerId}` }, { label: '👎 Chưa đúng', data: `fb:down:${out.answerId}` }]);
  if (rows.length === 0) return undefined;
  return InlineKeyboard.from(rows.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.data))));
}

/** The Telegram bot: translates updates for the pipeline and sends its replies, split under Telegram's limit. */
export function createTelegramBot(options: TelegramOptions): Bot {
  const { pipeline, log } = options;
  const bot = new Bot(options.token, { client: { apiRoot: options.apiRoot } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: options.retry?.attempts ?? 3, maxDelaySeconds: options.retry?.maxDelaySeconds ?? 30 }));
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));

  const send = async (ctx: Context, outs: Outgoing[]) => {
    for (const out of outs) {
      const parts = splitMessage(plainText(out), TELEGRAM_TEXT_LIMIT);
      for (const [i, part] of parts.entries()) {
        const markup = i === parts.length - 1 ? keyboard(out) : undefined;
        await ctx.reply(part, markup ? { reply_markup: markup } : {});
      }
      for (const file of out.attachments ?? []) await ctx.replyWithDocument(new InputFile(Buffer.from(file.data), file.fileName));
    }
  };
  const incoming = (ctx: Context, fields: Pick<Incoming, 'kind' | 'text' | 'data' | 'media' | 'onSlow'>): Incoming => ({
    channel: 'telegram',
    dedupeKey: String(ctx.update.update_id),
    userId: String(ctx.from?.id ?? ctx.chat?.id),
    chatId: String(ctx.chat?.id ?? ctx.from?.id),
    ...fields,
  });

  bot.on('message:text', async (ctx) => {
    await ctx.replyWithChatAction('typing').catch(() => {});
    await send(ctx, await pipeline.handle(incoming(ctx, { kind: 'text', text: ctx.message.text })));
  });
  bot.on('callback_query:data', async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => {});
    const outs = await pipeline.handle(incoming(ctx, { kind: 'button', data: ctx.callbackQuery.data }));
    if (ctx.callbackQuery.data.startsWith('fb:')) await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
    await send(ctx, outs);
  });
  /** A file of the message: its URL on the API root is asked for (getFile) only once the pipeline takes it. */
  const fileSource = (ctx: Context, fileId: string, size?: number): MediaSource => ({
    declaredBytes: size,
    url: async () => {
      const file = await ctx.api.getFile(fileId);
      if (!file.file_path) throw new Error('getFile returned no file_path');
      return `${options.apiRoot}/file/bot${options.token}/${file.file_path}`;
    },
  });
  const onSlow = (ctx: Context) => () => void ctx.reply(MEDIA_TEXT.reading).catch(() => {});

  bot.on(['message:photo', 'message:document'], async (ctx) => {
    const photo = ctx.message.photo?.at(-1);
    const document = ctx.message.document;
    const file = photo ?? document!;
    await ctx.replyWithChatAction('typing').catch(() => {});
    await send(ctx, await pipeline.handle(incoming(ctx, { kind: 'image', media: fileSource(ctx, file.file_id, file.file_size), onSlow: onSlow(ctx) })));
  });
  bot.on('message:voice', async (ctx) => {
    const voice = ctx.message.voice;
    await ctx.replyWithChatAction('typing').catch(() => {});
    await send(ctx, await pipeline.handle(incoming(ctx, { kind: 'voice', media: fileSource(ctx, voice.file_id, voice.file_size), onSlow: onSlow(ctx) })));
  });
  bot.on('message', async (ctx) => {
    await send(ctx, await pipeline.handle(incoming(ctx, { kind: 'non_text' })));
  });
  bot.catch((error) => {
    log.error({ channel: 'telegram', update: error.ctx.update.update_id, err: error.error instanceof Error ? error.error.message : String(error.error) }, 'telegram update failed');
  });
  return bot;
}
