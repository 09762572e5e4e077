import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { ChatChannel } from '../channels/channel';
import { ChannelPipeline } from '../channels/pipeline';
import { StoreRateLimiter } from '../channels/rate-limit';
import { RegistrationGuard } from '../channels/registration-guard';
import { createTelegramChannel } from '../channels/telegram/telegram';
import { webApi, WEB_ERRORS } from '../channels/web/api';
import { createZaloChannel } from '../channels/zalo/zalo';
import type { Config } from '../config';
import type { Channel } from '../core';
import { ChannelHealth, InboxWorker, OutboxSender, processHolder } from '../delivery';
import type { MediaAnswerer } from '../media';
import { OFFICIALS_TUNING, ReminderService, type Notifier } from '../officials';
import { adminReportRoute } from '../report';
import { createHttpServer, portOf } from '../server/server';
import { DownloadLinks } from '../server/downloads';
import { clientAddress } from '../server/security';
import type { OutboxKind } from '../store';
import { healthCheck } from './health';
import { idHasher, resolveIdSecret } from './id-secret';
import { officialsProblems } from './knowledge-check';
import { createMedia } from './media';
import { knowledgeHealth, knowledgeProblemsReport } from './problems';
import { createRuntime, type Runtime } from './runtime';
import { watchKnowledge, type KnowledgeWatcher } from './watch';

export interface App {
  runtime: Runtime;
  server: Server;
  url: string;
  pipeline: ChannelPipeline;
  /** Images and voice notes: OCR workers start on the first image. */
  media: MediaAnswerer;
  reminders: ReminderService;
  watcher?: KnowledgeWatcher;
  /** The chat platforms whose tokens are set. */
  channels: Partial<Record<'telegram' | 'zalo', ChatChannel>>;
  worker: InboxWorker;
  senders: Partial<Record<'telegram' | 'zalo', OutboxSender>>;
  /** Queues a text for a chat through the outbox (alerts, reminders, notices); false when `key` was queued before. */
  push(channel: Channel, chatId: string, text: string, key: string, kind: OutboxKind): Promise<boolean>;
  /**
   * Graceful stop: no new work (webhooks answer 503, polling ends), updates in hand finish or go back to the inbox,
   * the outbox is flushed, then the server and the store close.
   */
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
const PURGE_EVERY_MS = 3_600_000;
/** Handled updates and delivered calls are kept a week, to look into a complaint, then deleted. */
const DELIVERED_KEPT_MS = 7 * 24 * 3_600_000;

/** Everything `npm start` runs: the HTTP server with the web chat, the bots whose tokens are set, their inbox and outbox, and reminders. */
export async function startApp(config: Config, options: StartOptions): Promise<App> {
  const { log } = options;
  const clock = options.clock ?? (() => new Date());
  const tuning = config.delivery;
  const idSecret = await resolveIdSecret(config);
  if (config.databaseUrl && !config.idSecret) {
    log.warn({}, 'DATABASE_URL is set but ID_SECRET is not: the id secret is kept in DATA_DIR; processes on other machines must share it (set ID_SECRET), or they hash ids differently');
  }
  const hashId = idHasher(idSecret.secret);
  let registration: RegistrationGuard | undefined;
  const runtime = await createRuntime(config, {
    log,
    clock: options.clock,
    onProgress: options.onProgress,
    guardRegistration: (store) => (registration = new RegistrationGuard({ store, log, hashId })).guard(store),
  });
  const { store } = runtime;
  const holder = processHolder();
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
    links,
    assistant: runtime.assistant,
    store,
    log,
    clock: options.clock,
    options: { ratePoints: config.rateLimit.points, rateWindowSeconds: config.rateLimit.seconds },
    hashId,
    registration,
  });
  const address = (req: Parameters<typeof clientAddress>[0]) => clientAddress(req, config.trustProxy);

  let accepting = true;
  const channels: App['channels'] = {};
  const senders: App['senders'] = {};
  const wakeSender = (channel: Channel) => senders[channel as 'telegram' | 'zalo']?.wake();
  let worker: InboxWorker | undefined;
  const common = { pipeline, store, tuning, holder, log, clock, webhook: config.webhook, accepting: () => accepting, onStored: () => worker?.wake() };
  const queued = (channel: Channel) => () => wakeSender(channel);
  if (config.telegram) channels.telegram = createTelegramChannel({ ...config.telegram, ...common, onQueued: queued('telegram'), health: new ChannelHealth('telegram', clock) });
  if (config.zalo) channels.zalo = createZaloChannel({ ...config.zalo, ...common, onQueued: queued('zalo'), health: new ChannelHealth('zalo', clock) });
  const active = Object.values(channels);
  for (const channel of active) {
    senders[channel.channel as 'telegram' | 'zalo'] = new OutboxSender({ store, platform: channel.platform, health: channel.health, tuning, holder, log, clock });
  }
  const handlers = Object.fromEntries(active.map((c) => [c.channel, c.handler]));
  const inbox = new InboxWorker({ store, handlers, tuning, holder, log, clock, onReplies: wakeSender });
  worker = inbox;

  const push: App['push'] = async (channel, chatId, text, key, kind) => {
    const target = channels[channel as 'telegram' | 'zalo'];
    if (!target) throw new Error(`no ${channel} bot is configured to reach chat ${chatId}`);
    const stored = await store.enqueueOutbox(target.pushCalls(chatId, text, key, kind), clock());
    if (stored > 0) wakeSender(channel);
    return stored > 0;
  };
  const canReach = (channel: Channel) => channel in channels;

  const api = webApi(pipeline, {
    limiter: new StoreRateLimiter(store, { points: config.webAddressLimit.points, windowMs: config.webAddressLimit.seconds * 1000 }),
    address,
    log,
    clock,
  });
  const page = await readFile(PAGE, 'utf8');
  const health = healthCheck(runtime, active, senders);
  const post: Record<string, Parameters<typeof createHttpServer>[0]['post'][string]> = { '/api/chat': api.chat, '/api/feedback': api.feedback };
  for (const channel of active) if (channel.webhook) post[`/webhook/${channel.channel}`] = channel.webhook;
  const server = createHttpServer({
    log,
    page,
    health,
    post,
    uploads: { '/api/image': api.image },
    downloads: links.handler(clock),
    get: {
      '/admin/report': adminReportRoute({
        adminToken: config.adminToken,
        store,
        knowledge: () => ({ index: runtime.knowledge.current, officials: { problems: officialsProblems(runtime.knowledge.officials) } }),
        address,
        log,
        clock: options.clock,
      }),
    },
    tooLarge: { ok: false, error: WEB_ERRORS.tooLarge, description: 'request body over 64 KB' },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? config.port, options.host, resolve));
  url = `http://localhost:${portOf(server)}`;

  inbox.start();
  for (const sender of Object.values(senders)) await sender.start();
  for (const channel of active) channel.start();

  runtime.alerts.usePusher({ canReach, push: (channel, chatId, text, key) => push(channel, chatId, text, key, 'alert') });
  if (options.reminders !== false) {
    runtime.alerts.start();
    // At start too, not only at the next minute: alerts published while the bot was down go out now (once each, by key).
    runtime.alerts.runOnce().catch((error: Error) => log.warn({ err: error.message }, 'alerts not queued at start'));
  }
  const notifier: Notifier = {
    canReach: (o) => canReach(o.channel),
    async send(o, text, key) {
      await push(o.channel, o.chatId, text, key, 'reminder');
    },
  };

  // Editors' mistakes are said where they will be seen: the log always, the admins' chat when configured.
  const tellAdmins = (text: string) => {
    if (!config.adminChat || !canReach(config.adminChat.channel)) return;
    const key = `notice:admins:${createHash('sha256').update(text).digest('hex').slice(0, 16)}:${clock().getTime()}`;
    push(config.adminChat.channel, config.adminChat.chatId, text, key, 'notice').catch((error: Error) => log.warn({ err: error.message }, 'admins chat not reached'));
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
    await watcher.ready;
  }
  const reminders = new ReminderService({
    data: () => runtime.knowledge.officials,
    store,
    notifier,
    clock: options.clock,
    log,
    options: { offsets: config.reminders.offsets, quietHours: config.reminders.quietHours },
  });
  if (options.reminders !== false) reminders.start(config.reminders.cron);

  // Expired chat state and rate counts, delivered inbox and outbox rows after a week, and questions and ratings after
  // the retention (QUESTION_RETENTION) are deleted hourly.
  const purge = async () => {
    const now = clock();
    const removed = await store.purgeExpired({
      now,
      deliveredBefore: new Date(now.getTime() - DELIVERED_KEPT_MS),
      questionsBefore: new Date(now.getTime() - config.questionRetentionMs),
    });
    if (removed > 0) log.info({ removed }, 'expired state purged');
  };
  const purger = setInterval(() => void purge().catch((error: Error) => log.warn({ err: error.message }, 'purge failed')), PURGE_EVERY_MS).unref();
  void purge().catch((error: Error) => log.warn({ err: error.message }, 'purge failed'));

  let stopping: Promise<void> | undefined;
  /** Each stage of a stop runs even when an earlier one failed (a store already closed, a platform down). */
  const stage = async (name: string, run: () => Promise<unknown> | unknown) => {
    try {
      await run();
    } catch (error) {
      log.error({ stage: name, err: (error as Error).message }, 'shutdown stage failed; going on');
    }
  };
  const stop = () =>
    (stopping ??= (async () => {
      const deadline = Date.now() + tuning.shutdownGraceMs;
      accepting = false;
      clearInterval(purger);
      reminders.stop();
      runtime.alerts.stop();
      await stage('watcher', () => watcher?.close());
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await stage('intake', () => Promise.all(active.map((c) => c.stop())));
      await stage('inbox', () => inbox.stop(Math.max(0, deadline - Date.now())));
      await stage('outbox', async () => {
        const flushed = await Promise.all(Object.values(senders).map((s) => s.flush(deadline)));
        if (flushed.includes(false)) log.warn({}, 'outbox not drained before the shutdown deadline: the rest is sent at the next start');
      });
      await stage('senders', () => Promise.all(Object.values(senders).map((s) => s.stop())));
      while (server.inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.closeAllConnections();
      await closed;
      // After the inbox and the web requests: the images they were reading are done.
      await stage('media', () => media.reader.close());
      await stage('store', () => runtime.close());
    })());
  return { runtime, server, url, pipeline, media, reminders, watcher, channels, worker: inbox, senders, push, stop };
}
