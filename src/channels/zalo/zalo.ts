import { NotReadyError, withTyping, type UpdateHandler } from '../../delivery';
import type { ChatChannel } from '../channel';
import { platformChannel, typingAction, type ChannelOptions } from '../platform-channel';
import { CHANNEL_REPLIES } from '../replies';
import { slowNotice } from '../slow-notice';
import { ZaloApiError, ZaloClient, type ZaloUpdate } from './client';
import { classifyZaloError, zaloPlatform } from './platform';
import { zaloReplyCalls, zaloTextCalls } from './render';
import { readZaloBody, readZaloUpdate, type ZaloBot } from './updates';

export interface ZaloOptions extends ChannelOptions {
  client?: ZaloClient;
}

/** The Zalo channel: intake by webhook or long polling into the inbox, replies through the outbox (our axios client). */
export function createZaloChannel(options: ZaloOptions): ChatChannel {
  const { pipeline, store, tuning, log } = options;
  const clock = options.clock ?? (() => new Date());
  const client = options.client ?? new ZaloClient({ token: options.token, apiRoot: options.apiRoot, timeoutMs: tuning.requestTimeoutMs });
  const typing = typingAction(options.health, clock, (chatId) => client.sendChatAction(chatId, 'typing'), classifyZaloError);
  let bot: ZaloBot | undefined;

  const handler: UpdateHandler = {
    async handle(item) {
      if (!bot) throw new NotReadyError('the Zalo bot does not know its own id yet (getMe)');
      const read = readZaloUpdate(item.payload as ZaloUpdate, bot);
      if (!read) return { replies: [] };
      const { url, ...incoming } = read;
      const key = `in:zalo:${item.updateKey}`;
      const notice = slowNotice((text, noticeKey) => zaloTextCalls(incoming.chatId, text, noticeKey, 'notice'), key, store, clock, log, options.onQueued);
      const media = url ? { media: { url }, onSlow: notice.send } : {};
      const { outgoing, record } = await withTyping(tuning.typingAfterMs, () => typing(incoming.chatId), (beforeAnswer) => pipeline.answer({ ...incoming, ...media, now: clock() }, { beforeAnswer }));
      await notice.settled();
      return { replies: zaloReplyCalls(incoming.chatId, outgoing, key), record };
    },
    apology: (item) => zaloTextCalls(item.chatId, CHANNEL_REPLIES.poison, `in:zalo:${item.updateKey}:poison`, 'notice'),
  };

  return platformChannel(options, {
    channel: 'zalo',
    platform: zaloPlatform(client),
    handler,
    pushCalls: (chatId, text, key, kind) => zaloTextCalls(chatId, text, key, kind),
    secretHeader: 'x-bot-api-secret-token',
    read: readZaloBody,
    async steps() {
      const me = await client.getMe();
      bot = { id: String(me.id), accountName: me.account_name };
      if (options.webhook) {
        await client.setWebhook({ url: `${options.webhook.baseUrl}/webhook/zalo`, secretToken: options.webhook.secret });
        log.info({ channel: 'zalo', mode: 'webhook' }, 'zalo bot ready');
      } else {
        await client.deleteWebhook();
        log.info({ channel: 'zalo', mode: 'polling' }, 'zalo bot polling');
      }
    },
    botId: () => bot!.id,
    async poll(signal) {
      const update = await client.getUpdates({ timeout: tuning.pollTimeoutSeconds, signal });
      const read = update && readZaloBody(update);
      return read ? [{ channel: 'zalo' as const, ...read }] : [];
    },
    retryAfter: (error) => (error instanceof ZaloApiError && (error.errorCode === 429 || error.status === 429) ? (error.retryAfter ?? 2) : undefined),
  });
}
