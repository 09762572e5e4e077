import type { Log } from '../../core';
import { NotReadyError, withTyping, type ChannelHealth, type DeliveryTuning, type UpdateHandler } from '../../delivery';
import type { Store } from '../../store';
import type { ChatChannel } from '../channel';
import type { ChannelPipeline } from '../pipeline';
import { Poller } from '../poller';
import { CHANNEL_REPLIES } from '../replies';
import { slowNotice } from '../slow-notice';
import { startWithRetry } from '../startup';
import { webhookRoute } from '../webhook';
import { ZaloApiError, ZaloClient, type ZaloUpdate } from './client';
import { classifyZaloError, zaloPlatform } from './platform';
import { zaloReplyCalls, zaloTextCalls } from './render';
import { readZaloBody, readZaloUpdate, type ZaloBot } from './updates';

export interface ZaloOptions {
  token: string;
  apiRoot: string;
  pipeline: ChannelPipeline;
  store: Store;
  health: ChannelHealth;
  tuning: DeliveryTuning;
  holder: string;
  log: Log;
  webhook?: { baseUrl: string; secret: string };
  accepting: () => boolean;
  onStored: () => void;
  /** A call was queued in the outbox while an update is being handled (the "đang đọc ảnh…" notice). */
  onQueued?: () => void;
  clock?: () => Date;
  client?: ZaloClient;
}

/** The Zalo channel: intake by webhook or long polling into the inbox, replies through the outbox (our axios client). */
export function createZaloChannel(options: ZaloOptions): ChatChannel {
  const { pipeline, store, health, tuning, log } = options;
  const clock = options.clock ?? (() => new Date());
  const client = options.client ?? new ZaloClient({ token: options.token, apiRoot: options.apiRoot, timeoutMs: tuning.requestTimeoutMs });
  const stopping = new AbortController();
  let bot: ZaloBot | undefined;
  let poller: Poller | undefined;
  let started: Promise<unknown> = Promise.resolve();

  /** "Typing…" when the platform is up and not asking us to wait; a failure only updates the health. */
  const typing = async (chatId: string): Promise<void> => {
    if (!health.mayShowTyping()) return;
    try {
      await client.sendChatAction(chatId, 'typing');
    } catch (error) {
      const outcome = classifyZaloError(error);
      if (outcome.kind === 'retry' && outcome.afterMs !== undefined) health.rateLimited(new Date(clock().getTime() + outcome.afterMs));
      else if (outcome.kind === 'retry') health.callFailed(outcome.reason);
    }
  };

  const handler: UpdateHandler = {
    async handle(item) {
      if (!bot) throw new NotReadyError('the Zalo bot does not know its own id yet (getMe)');
      const read = readZaloUpdate(item.payload as ZaloUpdate, bot);
      if (!read) return [];
      const { url, ...incoming } = read;
      const key = `in:zalo:${item.updateKey}`;
      const notice = slowNotice((text, noticeKey) => zaloTextCalls(incoming.chatId, text, noticeKey, 'notice'), key, store, clock, log, options.onQueued);
      const media = url ? { media: { url }, onSlow: notice.send } : {};
      const outs = await withTyping(tuning.typingAfterMs, () => typing(incoming.chatId), (beforeAnswer) => pipeline.handle({ ...incoming, ...media, now: clock() }, { beforeAnswer }));
      await notice.settled();
      return zaloReplyCalls(incoming.chatId, outs, key);
    },
    apology: (item) => zaloTextCalls(item.chatId, CHANNEL_REPLIES.poison, `in:zalo:${item.updateKey}:poison`, 'notice'),
  };

  const retryAfter = (error: unknown) => (error instanceof ZaloApiError && (error.errorCode === 429 || error.status === 429) ? (error.retryAfter ?? 2) : undefined);

  const steps = async () => {
    const me = await client.getMe();
    bot = { id: String(me.id), accountName: me.account_name };
    if (options.webhook) {
      await client.setWebhook({ url: `${options.webhook.baseUrl}/webhook/zalo`, secretToken: options.webhook.secret });
      log.info({ channel: 'zalo', mode: 'webhook' }, 'zalo bot ready');
    } else {
      await client.deleteWebhook();
      log.info({ channel: 'zalo', mode: 'polling' }, 'zalo bot polling');
    }
  };

  const startPolling = async () => {
    poller = new Poller({
      channel: 'zalo',
      leaseName: `poll:zalo:${bot!.id}`,
      store,
      health,
      tuning,
      holder: options.holder,
      log,
      onStored: options.onStored,
      source: {
        async next(signal) {
          const update = await client.getUpdates({ timeout: tuning.pollTimeoutSeconds, signal });
          const read = update && readZaloBody(update);
          return read ? [{ channel: 'zalo' as const, ...read }] : [];
        },
        retryAfter,
      },
    });
    await poller.start();
  };

  return {
    channel: 'zalo',
    health,
    platform: zaloPlatform(client),
    handler,
    webhook: options.webhook
      ? webhookRoute({
          channel: 'zalo',
          secretHeader: 'x-bot-api-secret-token',
          secret: options.webhook.secret,
          read: readZaloBody,
          store,
          log,
          clock,
          accepting: options.accepting,
          onStored: options.onStored,
        })
      : undefined,
    pushCalls: (chatId, text, key, kind) => zaloTextCalls(chatId, text, key, kind),
    start() {
      started = startWithRetry({ name: 'zalo', steps, health, tuning, log, signal: stopping.signal, retryAfter }).then(async (ok) => {
        if (ok && !options.webhook && !stopping.signal.aborted) await startPolling();
      });
    },
    async stop() {
      stopping.abort();
      await started;
      await poller?.stop();
    },
  };
}
