import { Writable } from 'node:stream';
import { startApp, type App } from '../../src/app/start';
import { createLogger, secretsOf } from '../../src/app/logger';
import { loadConfig } from '../../src/config';
import { KNOWLEDGE_DIR, ROOT, tempDir } from '../helpers';

export interface LogLine {
  level: number;
  msg?: string;
  channel?: string;
  intent?: string;
  outcome?: string;
  latency_ms?: number;
  [key: string]: unknown;
}

/** The product's logger (redaction paths, `secrets` scrubbed from every line) writing JSON lines into memory. */
export function memoryLogger(secrets: string[] = []) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLogger('debug', stream, secrets);
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as LogLine) };
}

/** Delivery timings shortened for tests: retries after 100 ms doubling to 1 s, platform calls abandoned after 2 s, typing shown at once. */
export const FAST_DELIVERY = { RETRY_BACKOFF_MIN: '100ms', RETRY_BACKOFF_MAX: '1s', PLATFORM_TIMEOUT: '2s', SHUTDOWN_GRACE: '3s', LEASE_TTL: '3s', TYPING_AFTER: '0ms' };

/**
 * Starts the whole app (HTTP server, bots whose tokens are given, pipeline) in this process with a fresh data folder,
 * the repository's knowledge and port 0. `env` adds configuration, as `npm start` would read it.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { clock?: () => Date; reminders?: boolean } = {}) {
  const dataDir = await tempDir('tls-app-');
  const config = loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR, PROMPTS_DIR: `${ROOT}/prompts`, LOG_LEVEL: 'debug', RATE_LIMIT: '30/30', ...FAST_DELIVERY, ...env });
  const logger = memoryLogger(secretsOf(config));
  const app: App = await startApp(config, { log: logger.log, port: 0, host: '127.0.0.1', clock: options.clock, reminders: options.reminders ?? false });
  return { app, config, dataDir, ...logger };
}

/** Polls `check` until it returns a value or the time runs out. */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
