import type { Channel, Log } from '../core';
import type { ChannelHealth, DeliveryTuning, Platform, SendOutcome, UpdateHandler } from '../delivery';
import type { InboxInput, Store } from '../store';
import type { ChatChannel } from './channel';
import type { ChannelPipeline } from './pipeline';
import { Poller } from './poller';
import { startWithRetry } from './startup';
import { webhookRoute } from './webhook';

/** What the app gives every chat platform's channel. */
export interface ChannelOptions {
  token: string;
  /** Without trailing slash; tests point it at a fake server on 127.0.0.1. */
  apiRoot: string;
  pipeline: ChannelPipeline;
  store: Store;
  health: ChannelHealth;
  tuning: DeliveryTuning;
  holder: string;
  log: Log;
  webhook?: { baseUrl: string; secret: string };
  /** False while shutting down (webhooks answer 503 then). */
  accepting: () => boolean;
  /** An update was stored. */
  onStored: () => void;
  /** A call was queued in the outbox while an update is being handled (the "đang đọc ảnh…" notice). */
  onQueued?: () => void;
  clock?: () => Date;
}

/** "Typing…" when the platform is up and not asking us to wait; a failure only updates the health. */
export function typingAction(
  health: ChannelHealth,
  clock: () => Date,
  send: (chatId: string) => Promise<unknown>,
  classify: (error: unknown) => SendOutcome,
): (chatId: string) => Promise<void> {
  return async (chatId) => {
    if (!health.mayShowTyping()) return;
    try {
      await send(chatId);
    } catch (error) {
      const outcome = classify(error);
      if (outcome.kind === 'retry' && outcome.afterMs !== undefined) health.rateLimited(new Date(clock().getTime() + outcome.afterMs));
      else if (outcome.kind === 'retry') health.callFailed(outcome.reason);
    }
  };
}

/** What differs from one platform to another; start-up retries, the poller and its lease, the webhook and stopping do not. */
export interface PlatformParts {
  channel: Channel;
  platform: Platform;
  handler: UpdateHandler;
  pushCalls: ChatChannel['pushCalls'];
  /** Lower-case header the platform puts the webhook's secret token in. */
  secretHeader: string;
  /** A webhook body or polled update to its inbox key and chat; undefined for what is not an update. */
  read(body: unknown): Omit<InboxInput, 'channel'> | undefined;
  /** The start-up calls (who the bot is, webhook set or removed), retried with backoff until they all work. */
  steps(): Promise<void>;
  /** The bot's own id, known once `steps` worked: one poller per bot holds the lease named with it. */
  botId(): string;
  /** One long poll: the updates it brought. */
  poll(signal: AbortSignal): Promise<InboxInput[]>;
  /** Seconds the platform asked us to wait (a 429), else undefined. */
  retryAfter(error: unknown): number | undefined;
}

/** A chat platform as the app runs it: intake by webhook or long polling into the inbox, replies through the outbox. */
export function platformChannel(options: ChannelOptions, parts: PlatformParts): ChatChannel {
  const { store, health, tuning, log } = options;
  const { channel } = parts;
  const clock = options.clock ?? (() => new Date());
  const stopping = new AbortController();
  let poller: Poller | undefined;
  let started: Promise<unknown> = Promise.resolve();

  const startPolling = async () => {
    poller = new Poller({
      channel,
      leaseName: `poll:${channel}:${parts.botId()}`,
      store,
      health,
      tuning,
      holder: options.holder,
      log,
      onStored: options.onStored,
      source: { next: parts.poll, retryAfter: parts.retryAfter },
    });
    await poller.start();
  };

  return {
    channel,
    health,
    platform: parts.platform,
    handler: parts.handler,
    webhook: options.webhook
      ? webhookRoute({
          channel,
          secretHeader: parts.secretHeader,
          secret: options.webhook.secret,
          read: parts.read,
          store,
          log,
          clock,
          accepting: options.accepting,
          onStored: options.onStored,
        })
      : undefined,
    pushCalls: parts.pushCalls,
    start() {
      started = startWithRetry({ name: channel, steps: parts.steps, health, tuning, log, signal: stopping.signal, retryAfter: parts.retryAfter }).then(async (ok) => {
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
