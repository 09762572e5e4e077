import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';
import { ChannelPipeline } from '../channels/pipeline';
import { COMMANDS, createTelegramBot } from '../channels/telegram/bot';
import { webApi } from '../channels/web/api';
import type { Config } from '../config';
import { OFFICIALS_TUNING, ReminderService, type Notifier } from '../officials';
import { DownloadLinks } from '../server/downloads';
import { adminReportRoute } from '../report';
import { createHttpServer, portOf, type Handler } from '../server/server';
import { createRuntime, type Runtime } from './runtime';
import { watchKnowledge, type KnowledgeWatcher } from './watch';
import type { ChatSender } from '../alerts';
import { knowledgeHealth, knowledgeProblemsReport } from './problems';
import { startZalo, type ZaloChannel } from '../channels/zalo/bot';
import { type Channel } from '../core';
import { createMedia } from './media';
import type { MediaAnswerer } from '../media';

export interface App {
  runtime: Runtime;
  server: Server;
  url: string;
  pipeline: ChannelPipeline;
  /** Images and voice notes: OCR workers start on the first image. */
  media: MediaAnswerer;
  reminders: ReminderService;
  watcher?: KnowledgeWatcher;
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
  /** Start the reminder and alert schedules (default true). */
  reminders?: boolean;
}

const PAGE = new URL('../channels/web/page.html', import.meta.url);

/** Everything `npm start` runs: the HTTP server with the web chat, the bots whose tokens are set, and reminders. */
export async function startApp(config: Config, options: StartOptions): Promise<App> {
  const { log } = options;
  const runtime = await createRuntime(config, { log, clock: options.clock, onProgress: options.onProgress });
  let url = '';
  const links = new DownloadLinks({
    dir: join(config.dataDir, 'downloads'),
    baseUrl: () => config.publicBaseUrl ?? url,
    secret: config.downloadSecret,
    ttlMinutes: OFFICIALS_TUNING.downloadMinutes,
  });
  const media = createMedia(config, { assistant: runtime.assistant, log });
  const pipeline = new ChannelPipeline({
    media,
    assistant: runtime.assistant,
    store: runtime.store,
    log,
    links,
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
  const server = createHttpServer({
    runtime,
    log,
    page,
    api,
    webhooks,
    routes: { '/admin/report': adminReportRoute({ runtime, adminToken: config.adminToken, clock: options.clock }) },
    downloads: links.handler(options.clock),
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? config.port, options.host, resolve));
  url = `http://localhost:${portOf(server)}`;

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

  const sender: ChatSender = {
    canReach: (channel: Channel) => (channel === 'telegram' && !!telegram) || (channel === 'zalo' && !!zalo),
    async send(channel, chatId, text) {
      if (channel === 'telegram' && telegram) await telegram.api.sendMessage(chatId, text);
      else if (channel === 'zalo' && zalo) await zalo.send(chatId, text);
      else throw new Error(`no ${channel} bot is running to reach chat ${chatId}`);
    },
  };
  const notifier: Notifier = { canReach: (o) => sender.canReach(o.channel), send: (o, text) => sender.send(o.channel, o.chatId, text) };
  runtime.alerts.useSender(sender);
  if (options.reminders !== false) runtime.alerts.start();
  stoppers.push(() => runtime.alerts.stop());

  // Editors' mistakes are said where they will be seen: the log always, the admins' chat when configured.
  const tellAdmins = (text: string) => {
    if (!config.adminChat || !sender.canReach(config.adminChat.channel)) return;
    sender.send(config.adminChat.channel, config.adminChat.chatId, text).catch((error: Error) => log.warn({ err: error.message }, 'admins chat not reached'));
  };
  let watcher: KnowledgeWatcher | undefined;
  if (config.watchKnowledge) {
    watcher = watchKnowledge({
      dir: config.knowledgeDir,
      log,
      ownWrites: () => runtime.knowledge.ownWrites,
      reload: async () => {
        const before = knowledgeHealth(runtime.knowledge.current, runtime.knowledge.officials);
        await runtime.knowledge.reload();
        const report = knowledgeProblemsReport(before, runtime.knowledge.current, runtime.knowledge.officials);
        for (const line of report.logLines) log[line.level](line.fields, line.message);
        if (report.adminText) tellAdmins(report.adminText);
      },
    });
    stoppers.push(() => watcher!.close());
    await watcher.ready;
  }
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
      // After the bots: images being answered finish first.
      await media.reader.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      runtime.close();
    })());
  return { runtime, server, url, pipeline, media, reminders, watcher, telegram, zalo, stop };
}
