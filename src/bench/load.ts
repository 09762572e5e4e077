import { openSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, webhookCallback } from 'grammy';
import { createLogger } from '../app/logger';
import { startBenchTelegram, type BenchTelegram } from './fake-telegram';
import { percentile, round } from './measure';
import { postUpdate, startWebhookApp, textUpdate } from './webhook-app';

export interface LoadOptions {
  /** Messages timed per bot, after `warmup` untimed ones. */
  messages: number;
  warmup: number;
  /** Senders posting at once, each waiting for the reply to its message before the next (default 10). */
  concurrency: number;
  /** Questions to ask, in turn. */
  questions: string[];
  knowledgeDir?: string;
  /** Log level of our app during the run (default info, as in production); the lines go to /dev/null. */
  logLevel?: string;
}

export interface LoadResult {
  messages: number;
  concurrency: number;
  per_second: number;
  p50_ms: number;
  p95_ms: number;
  /** CPU time of this whole process (the fake Telegram and the senders included) per message: steadier than `per_second` on a shared machine. */
  cpu_ms_per_message: number;
}

const TOKEN = '7999999999:BenchTokenNotARealOne_abcdefghijklmn';
const SECRET = 'bench-webhook-secret-0123456789abcdef';

/**
 * `concurrency` senders, each posting one update to `url` and waiting until its reply reaches the fake Telegram;
 * every message comes from a new chat (many citizens, as in real use), so no per-chat pacing applies.
 */
async function drive(url: string, telegram: BenchTelegram, count: number, concurrency: number, questions: string[], firstId: number): Promise<{ seconds: number; cpuMs: number; latencies: number[] }> {
  let next = 0;
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const id = firstId + i;
        const t0 = process.hrtime.bigint();
        const replied = telegram.replyTo(id);
        await postUpdate(url, SECRET, textUpdate(id, id, questions[i % questions.length]!));
        await replied;
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuMs: (used.user + used.system) / 1000, latencies };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A bare grammY webhook bot that answers every text with a fixed line: the yardstick. */
async function bareGrammy(telegram: BenchTelegram): Promise<{ url: string; stop(): Promise<void> }> {
  const bot = new Bot(TOKEN, { client: { apiRoot: telegram.apiRoot }, botInfo: telegram.botInfo });
  bot.on('message:text', (ctx) => ctx.reply('Đã nhận câu hỏi của bạn.'));
  const server = createServer(webhookCallback(bot, 'http', { secretToken: SECRET }));
  const url = `${await listen(server)}/`;
  return {
    url,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** The whole app (inbox, assistant, outbox) behind its Telegram webhook, on a fresh SQLite database. */
async function ours(options: LoadOptions, telegram: BenchTelegram): Promise<{ url: string; stop(): Promise<void> }> {
  const started = await startWebhookApp({
    token: TOKEN,
    secret: SECRET,
    telegram,
    knowledgeDir: options.knowledgeDir,
    log: createLogger(options.logLevel ?? 'info', openSync('/dev/null', 'w')),
    tune: (config) => {
      // Capacity, not pacing, is measured: production paces each platform (Telegram about 30 messages a second).
      config.delivery.rates = { telegram: { perSecond: 1e6, perChatBurst: 1e6, perChatPerSecond: 1e6 } };
      config.delivery.sendConcurrency = options.concurrency;
    },
  });
  return { url: started.webhookUrl, stop: started.stop };
}

/**
 * Our knowledge-question throughput and a bare grammY webhook bot's, in the same run, and their ratio. Both run side
 * by side in this process against one fake Telegram; the timed messages are sent in alternating rounds, so a change
 * in the machine's load during the run weighs on both alike.
 */
export async function loadBench(options: LoadOptions & { rounds?: number }): Promise<{ ours: LoadResult; grammy: LoadResult; ratio: number; cpu_ratio: number }> {
  const telegram = await startBenchTelegram(TOKEN);
  const targets = { grammy: await bareGrammy(telegram), ours: await ours(options, telegram) };
  try {
    let id = 1_000_000;
    const rounds = options.rounds ?? 4;
    for (const target of Object.values(targets)) {
      await drive(target.url, telegram, options.warmup, options.concurrency, options.questions, id);
      id += options.warmup;
    }
    const timed: Record<keyof typeof targets, { seconds: number; cpuMs: number; latencies: number[] }> = {
      grammy: { seconds: 0, cpuMs: 0, latencies: [] },
      ours: { seconds: 0, cpuMs: 0, latencies: [] },
    };
    const perRound = Math.ceil(options.messages / rounds);
    for (let r = 0; r < rounds; r++) {
      for (const name of ['grammy', 'ours'] as const) {
        const round_ = await drive(targets[name].url, telegram, perRound, options.concurrency, options.questions, id);
        id += perRound;
        timed[name].seconds += round_.seconds;
        timed[name].cpuMs += round_.cpuMs;
        timed[name].latencies.push(...round_.latencies);
      }
    }
    const cpuPerMessage = (t: { cpuMs: number; latencies: number[] }) => t.cpuMs / t.latencies.length;
    const summary = (t: { seconds: number; cpuMs: number; latencies: number[] }): LoadResult => ({
      messages: t.latencies.length,
      concurrency: options.concurrency,
      per_second: round(t.latencies.length / t.seconds, 1),
      p50_ms: round(percentile(t.latencies, 50), 1),
      p95_ms: round(percentile(t.latencies, 95), 1),
      cpu_ms_per_message: round(cpuPerMessage(t), 3),
    });
    const result = { ours: summary(timed.ours), grammy: summary(timed.grammy) };
    // The throughput each would reach with a whole core to itself, as a ratio: what other processes take does not count.
    const cpuRatio = round(cpuPerMessage(timed.grammy) / cpuPerMessage(timed.ours), 3);
    return { ...result, ratio: round(result.ours.per_second / result.grammy.per_second, 3), cpu_ratio: cpuRatio };
  } finally {
    await targets.ours.stop();
    await targets.grammy.stop();
    await telegram.close();
  }
}
