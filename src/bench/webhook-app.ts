import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { startApp, type App } from '../app/start';
import { loadConfig, type Config } from '../config';
import type { BenchTelegram } from './fake-telegram';

/** A text message from a private chat, as a Telegram webhook receives it. */
export function textUpdate(updateId: number, chatId: number, text: string) {
  return { update_id: updateId, message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'A' }, from: { id: chatId, is_bot: false, first_name: 'A' }, text } };
}

/** Posts an update to a Telegram webhook with its secret; throws unless the webhook acknowledges it. */
export async function postUpdate(url: string, secret: string, update: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body: JSON.stringify(update),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`the webhook answered ${response.status}`);
}

/**
 * The whole app (inbox, assistant, outbox) behind its Telegram webhook, on a fresh SQLite database in a temporary
 * folder, talking to a bench Telegram; `tune` adjusts the configuration before it starts.
 */
export async function startWebhookApp(options: {
  token: string;
  secret: string;
  telegram: BenchTelegram;
  knowledgeDir?: string;
  log: Logger;
  tune?: (config: Config) => void;
}): Promise<{ app: App; webhookUrl: string; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tls-bench-'));
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    ...(options.knowledgeDir ? { KNOWLEDGE_DIR: options.knowledgeDir } : {}),
    TELEGRAM_BOT_TOKEN: options.token,
    TELEGRAM_API_ROOT: options.telegram.apiRoot,
    ZALO_BOT_TOKEN: '',
    PUBLIC_BASE_URL: 'https://bench.example.vn',
    WEBHOOK_SECRET: options.secret,
    WATCH_KNOWLEDGE: 'false',
    OPENAI_API_KEY: '',
    OPENAI_BASE_URL: '',
  });
  options.tune?.(config);
  const app = await startApp(config, { log: options.log, port: 0, host: '127.0.0.1', reminders: false, onProgress: () => {} });
  return {
    app,
    webhookUrl: `${app.url}/webhook/telegram`,
    stop: async () => {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
