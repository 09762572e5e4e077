import { GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import { NotReadyError, withTyping, type UpdateHandler } from '../../delivery';
import type { MediaSource } from '../../media';
import type { ChatChannel } from '../channel';
import { platformChannel, typingAction, type ChannelOptions } from '../platform-channel';
import { CHANNEL_REPLIES } from '../replies';
import { slowNotice } from '../slow-notice';
import { classifyTelegramError, telegramApi, telegramPlatform } from './platform';
import { telegramReplyCalls, telegramTextCalls } from './render';
import { readTelegramBody, readTelegramUpdate, telegramChatId, type TelegramBot, type TelegramFile } from './updates';

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

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export type TelegramOptions = ChannelOptions;

/** The Telegram channel: intake by webhook or long polling into the inbox, replies through the outbox (grammY's API client). */
export function createTelegramChannel(options: TelegramOptions): ChatChannel {
  const { pipeline, store, tuning, log } = options;
  const clock = options.clock ?? (() => new Date());
  const api = telegramApi(options.token, options.apiRoot, tuning.requestTimeoutMs);
  const pollApi = telegramApi(options.token, options.apiRoot, tuning.pollTimeoutSeconds * 1000 + tuning.requestTimeoutMs);
  const typing = typingAction(options.health, clock, (chatId) => api.sendChatAction(chatId, 'typing'), (error) => classifyTelegramError(error, 'sendChatAction'));
  let bot: TelegramBot | undefined;
  let offset = 0;

  const handler: UpdateHandler = {
    async handle(item) {
      if (!bot) throw new NotReadyError('the Telegram bot does not know its own name yet (getMe)');
      const event = readTelegramUpdate(item.payload as Update, bot);
      if (event.kind === 'ignore') return { replies: [] };
      const { chatId } = event.incoming;
      const key = `in:telegram:${item.updateKey}`;
      const notice = slowNotice((text, noticeKey) => telegramTextCalls(chatId, text, noticeKey, 'notice'), key, store, clock, log, options.onQueued);
      const incoming = { ...event.incoming, ...(event.file ? { media: fileSource(event.file), onSlow: notice.send } : {}), now: clock() };
      const { outgoing, record } = await withTyping(tuning.typingAfterMs, () => typing(chatId), (beforeAnswer) => pipeline.answer(incoming, { beforeAnswer }));
      await notice.settled();
      return { replies: telegramReplyCalls(chatId, outgoing, key, event.callback), record };
    },
    apology(item) {
      const chatId = telegramChatId(item.payload as Update);
      return chatId === '-' ? [] : telegramTextCalls(chatId, CHANNEL_REPLIES.poison, `in:telegram:${item.updateKey}:poison`, 'notice');
    },
  };

  /** A file of a message: its URL on the API root (which carries the token) is asked for with getFile only once it is read. */
  const fileSource = (file: TelegramFile): MediaSource => ({
    declaredBytes: file.size,
    url: async () => {
      const found = await api.getFile(file.id);
      if (!found.file_path) throw new Error('getFile returned no file_path');
      return `${options.apiRoot}/file/bot${options.token}/${found.file_path}`;
    },
  });

  return platformChannel(options, {
    channel: 'telegram',
    platform: telegramPlatform(api),
    handler,
    pushCalls: (chatId, text, key, kind) => telegramTextCalls(chatId, text, key, kind),
    secretHeader: 'x-telegram-bot-api-secret-token',
    read: readTelegramBody,
    async steps() {
      const me = await api.getMe();
      bot = { id: me.id, username: me.username };
      await api.setMyCommands(COMMANDS);
      if (options.webhook) {
        await api.setWebhook(`${options.webhook.baseUrl}/webhook/telegram`, { secret_token: options.webhook.secret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
        log.info({ channel: 'telegram', mode: 'webhook' }, 'telegram bot ready');
      } else {
        await api.deleteWebhook({ drop_pending_updates: false });
        log.info({ channel: 'telegram', mode: 'polling' }, 'telegram bot ready');
      }
    },
    botId: () => String(bot!.id),
    async poll(signal) {
      const updates = await pollApi.getUpdates({ offset, timeout: tuning.pollTimeoutSeconds, limit: 100, allowed_updates: [...ALLOWED_UPDATES] }, signal as never);
      if (updates.length > 0) offset = updates.at(-1)!.update_id + 1;
      return updates.flatMap((u) => {
        const read = readTelegramBody(u);
        return read ? [{ channel: 'telegram' as const, ...read }] : [];
      });
    },
    retryAfter: (error) => (error instanceof GrammyError && error.error_code === 429 ? (error.parameters.retry_after ?? 1) : undefined),
  });
}
