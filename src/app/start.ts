import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';
import { ChannelPipeline } from '../channels/pipeline';
import { COMMANDS, createTelegramBot } from '../channels/telegram/bot';
import { webApi } from '../channels/web/api';
import type { Config } from '../config';
import { ReminderService, type Notifier } from '../officials';
import { createHttpServer, portOf, type Handler } from '../server/server';
import { createRuntime, type Runtime } from './runtime';
import { startZalo, type ZaloChannel } from '../channels/zalo/bot';

export interface App {
  runtime: Runtime;
  server: Server;
  url: string;
  pipeline: ChannelPipeline;
  reminders: ReminderService;
  telegram?: Bot;
  zalo?: ZaloChannel;
  /** Stops polling, lets messages in flight finish, closes the server and the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  log: Logger;
  clock?: () => Date;
  /** Port to listen on; defaults to the configured PORT (0 picks a free one, for tests). */
  port?: number;
  host?: string;
  onProgress?: (message: string) => void;
  /** Start the reminder schedule (default true). */
  reminders?: boolean;
}

const PAGE = new URL('../channels/web/page.html', import.meta.url);

/** Everything `npm start` runs: the HTTP server with the web chat, the bots whose tokens are set, and reminders. */
export async function startApp(config: Config, options: StartOptions): Promise<App> {
  const { log } = options;
  const runtime = await createRuntime(config, { log, clock: options.clock, onProgress: options.onProgress });
  const pipeline = new ChannelPipeline({
    assistant: runtime.assistant,
    store: runtime.store,
    log,
    clock: options.clock,
    options: { ratePoints: config.rateLimit.points, rateWindowSeconds: config.rateLimit.seconds },
  });
  const webhooks: Partial<Record<'telegram' | 'zalo', Handler>> = {};
  const stoppers: (() => Promise<unknown> | void)[] = [];

  let telegram: Bot | undefined;
  if (config.telegram) {
    telegram = createTelegramBot({ ...config.telegram, pipeline, log });
    if (config.webhook) {
      webhooks.telegram = webhookCallback(telegram, 'http', { secretToken: config.webhook.secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
    }
  }
  let zalo: ZaloChannel | undefined;
  if (config.zalo) {
    zalo = startZalo({ ...config.zalo, pipeline, log, webhook: config.webhook });
    if (zalo.webhookHandler) webhooks.zalo = zalo.webhookHandler;
  }

  const api = webApi(pipeline);
  const page = await readFile(PAGE, 'utf8');
  const server = createHttpServer({ runtime, log, page, api, webhooks });
  await new Promise<void>((resolve) => server.listen(options.port ?? config.port, options.host, resolve));
  const url = `http://localhost:${portOf(server)}`;

  if (telegram) {
    const bot = telegram;
    const connect = async () => {
      await bot.init();
      await bot.api.setMyCommands(COMMANDS);
      if (config.webhook) {
        await bot.api.setWebhook(`${config.webhook.baseUrl}/webhook/telegram`, { secret_token: config.webhook.secret, drop_pending_updates: false });
        log.info({ channel: 'telegram', mode: 'webhook' }, 'telegram bot ready');
        return undefined;
      }
      await bot.api.deleteWebhook();
      const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } });
      log.info({ channel: 'telegram', mode: 'polling' }, 'telegram bot ready');
      return runner;
    };
    const started = connect().catch((error: Error) => {
      log.error({ channel: 'telegram', err: error.message }, 'telegram bot could not start; the web chat keeps running');
      return undefined;
    });
    stoppers.push(async () => {
      const runner = await started;
      if (runner?.isRunning()) await runner.stop();
    });
  }
  if (zalo) stoppers.push(() => zalo!.stop());

  const notifier: Notifier = {
    canReach: (o) => (o.channel === 'telegram' && !!telegram) || (o.channel === 'zalo' && !!zalo),
    async send(o, text) {
      if (o.channel === 'telegram' && telegram) await telegram.api.sendMessage(o.chatId, text);
      else if (o.channel === 'zalo' && zalo) await zalo.send(o.chatId, text);
      else throw new Error(`no ${o.channel} channel to reach official ${o.id}`);
    },
  };
  const reminders = new ReminderService({
    data: () => runtime.knowledge.officials,
    store: runtime.store,
    notifier,
    clock: options.clock,
    log,
    options: { offsets: config.reminders.offsets, quietHours: config.reminders.quietHours },
  });
  if (options.reminders !== false) reminders.start(config.reminders.cron);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      reminders.stop();
      await Promise.all(stoppers.map((s) => s()));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      runtime.close();
    })());
  return { runtime, server, url, pipeline, reminders, telegram, zalo, stop };
}
