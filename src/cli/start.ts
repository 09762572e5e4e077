import { parseArgs } from 'node:util';
import { installProcessGuard } from '../app/guard';
import { createLogger, secretsOf } from '../app/logger';
import { startApp } from '../app/start';
import { configOrExit, run } from './common';

const HELP = `Start Trợ lý số: the web chat on http://localhost:PORT (default 3000), GET /healthz, and the Telegram and
Zalo bots whose tokens are set (TELEGRAM_BOT_TOKEN, ZALO_BOT_TOKEN). Bots use long polling, or webhooks at
PUBLIC_BASE_URL/webhook/telegram and /webhook/zalo when PUBLIC_BASE_URL (and WEBHOOK_SECRET) are set.
Every update is stored before it is acknowledged and every reply before it is sent, so a crash or a platform outage
loses nothing; several processes can share one PostgreSQL database (DATABASE_URL). A platform that is down at
start-up is retried with backoff while the web chat serves; GET /healthz says so (503).
Photos, screenshots and QR codes are read offline (OCR_WORKERS threads, started on the first image; the web chat
uploads to POST /api/image); voice notes are transcribed when OPENAI_TRANSCRIBE_MODEL is set. Officials' draft
reports go to Telegram as files, to Zalo and the web chat as signed links at /tai/… (valid 30 minutes).
Officials' reminders run every 15 minutes. SIGTERM or Ctrl+C stops taking work, lets the messages in hand finish
(SHUTDOWN_GRACE, default 10 s), sends what is due and closes the database; a second signal stops at once.
Configuration: see .env.example.

Usage:
  npm start [-- --port 3000]`;

run(async () => {
  const { values } = parseArgs({ options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const config = configOrExit();
  const log = createLogger(config.logLevel, 2, secretsOf(config));
  installProcessGuard(log);
  const app = await startApp(config, { log, port: values.port ? Number(values.port) : undefined });
  const bots = [app.channels.telegram && 'Telegram', app.channels.zalo && 'Zalo'].filter(Boolean).join(' + ') || 'none (set TELEGRAM_BOT_TOKEN / ZALO_BOT_TOKEN)';
  process.stdout.write(`Trợ lý số đang chạy: ${app.url} (web chat), ${app.url}/healthz; bots: ${bots}. Ctrl+C để dừng.\n`);
  await new Promise<void>((resolve) => {
    let signals = 0;
    const shutdown = (signal: string) => {
      if (++signals > 1) {
        log.warn({ signal }, 'second signal: stopping at once');
        process.exit(1);
      }
      log.info({ signal }, 'stopping');
      app.stop().then(resolve, (error: Error) => {
        log.error({ err: error.message }, 'stop failed');
        resolve();
      });
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  });
  process.stdout.write('Trợ lý số đã dừng.\n');
  return 0;
});
