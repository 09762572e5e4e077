import { parseArgs } from 'node:util';
import { createLogger } from '../app/logger';
import { startApp } from '../app/start';
import { configOrExit, run } from './common';

const HELP = `Start Trợ lý số: the web chat on http://localhost:PORT (default 3000), GET /healthz, and the Telegram and
Zalo bots whose tokens are set (TELEGRAM_BOT_TOKEN, ZALO_BOT_TOKEN). Bots use long polling, or webhooks at
PUBLIC_BASE_URL/webhook/telegram and /webhook/zalo when PUBLIC_BASE_URL (and WEBHOOK_SECRET) are set.
Officials' reminders run every 15 minutes. Photos, screenshots and QR codes are read offline (OCR_WORKERS threads,
started on the first image; the web chat uploads to POST /api/image); voice notes are transcribed when
OPENAI_TRANSCRIBE_MODEL is set. SIGTERM or Ctrl+C stops polling, finishes the messages in flight and closes the
database. Configuration: see .env.example.

Usage:
  npm start [-- --port 3000]`;

run(async () => {
  const { values } = parseArgs({ options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const config = configOrExit();
  const log = createLogger(config.logLevel);
  const app = await startApp(config, { log, port: values.port ? Number(values.port) : undefined });
  const bots = [app.telegram && 'Telegram', app.zalo && 'Zalo'].filter(Boolean).join(' + ') || 'none (set TELEGRAM_BOT_TOKEN / ZALO_BOT_TOKEN)';
  process.stdout.write(`Trợ lý số đang chạy: ${app.url} (web chat), ${app.url}/healthz; bots: ${bots}. Ctrl+C để dừng.\n`);
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log.info({ signal }, 'stopping');
      app.stop().then(resolve, (error: Error) => {
        log.error({ err: error.message }, 'stop failed');
        resolve();
      });
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
  process.stdout.write('Trợ lý số đã dừng.\n');
  return 0;
});
