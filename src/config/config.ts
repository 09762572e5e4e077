import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_TUNING, type DeliveryTuning } from '../delivery';
import { CHECK_TUNING } from '../knowledge';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const url = (name: string) =>
  optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/u.test(v), `${name} must be an http(s) URL such as http://127.0.0.1:8080/v1`);
const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : fallback))
    .refine((v) => Number.isInteger(v) && v >= min && v <= max, `must be a whole number from ${min} to ${max}`);

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "10s", "24h", "500ms", "180d": a duration in milliseconds, from `min` to `max`. */
const duration = (fallback: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine((v) => /^\d+(\.\d+)?(ms|s|m|h|d)$/u.test(v), 'must be a number with a unit: ms, s, m, h or d (e.g. 10s, 24h)')
    .transform((v) => {
      const [, n, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/u.exec(v)!;
      return Math.round(Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS]);
    })
    .refine((v) => v >= min && v <= max, `must be from ${min} ms to ${max / 3_600_000} h`);

/** Every environment variable the product reads; .env.example documents each. */
const envSchema = z.object({
  DATA_DIR: z.string().trim().default('./data'),
  KNOWLEDGE_DIR: z.string().trim().default('./knowledge'),
  PROMPTS_DIR: z.string().trim().default('./prompts'),
  PORT: int(3000, 0, 65535),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: url('OPENAI_BASE_URL'),
  OPENAI_MODEL: z.string().trim().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: optionalText,
  LLM_TIMEOUT_MS: int(20_000, 500, 300_000),
  OPENAI_TRANSCRIBE_MODEL: optionalText,
  OCR_WORKERS: int(1, 0, 8),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: url('TELEGRAM_API_ROOT').transform((v) => (v ?? 'https://api.telegram.org').replace(/\/+$/u, '')),
  ZALO_BOT_TOKEN: optionalText,
  ZALO_API_ROOT: url('ZALO_API_ROOT').transform((v) => (v ?? 'https://bot-api.zaloplatforms.com').replace(/\/+$/u, '')),
  PUBLIC_BASE_URL: url('PUBLIC_BASE_URL').transform((v) => v?.replace(/\/+$/u, '')),
  WEBHOOK_SECRET: optionalText.refine(
    (v) => v === undefined || /^[A-Za-z0-9_-]{16,256}$/u.test(v),
    'must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - (both Telegram and Zalo accept these); e.g. openssl rand -hex 24',
  ),
  ADMIN_CHAT: optionalText.refine((v) => v === undefined || /^(telegram|zalo):\S+$/u.test(v), 'must be telegram:<chat id> or zalo:<chat id>'),
  WATCH_KNOWLEDGE: z.enum(['true', 'false']).default('true'),
  DATABASE_URL: optionalText.refine(
    (v) => v === undefined || /^postgres(ql)?:\/\/\S+$/u.test(v),
    'must be a PostgreSQL URL such as postgres://user:password@127.0.0.1:5432/troly (leave it empty for SQLite in DATA_DIR)',
  ),
  ID_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, 'must be at least 32 characters, e.g. openssl rand -hex 32'),
  QUESTION_RETENTION: duration('180d', 86_400_000, 3650 * 86_400_000),
  WEB_ADDRESS_LIMIT: z
    .string()
    .trim()
    .default('120/60')
    .refine((v) => /^\d{1,5}\/\d{1,5}$/u.test(v), 'must be requests/seconds, e.g. 120/60')
    .transform((v) => {
      const [points, seconds] = v.split('/').map(Number) as [number, number];
      return { points, seconds };
    }),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  KNOWLEDGE_MAX_AGE_DAYS: int(CHECK_TUNING.maxAgeDays, 1, 3650),
  ADMIN_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters'),
  DOWNLOAD_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters; e.g. openssl rand -hex 24'),
  RATE_LIMIT: z
    .string()
    .trim()
    .default('20/30')
    .refine((v) => /^\d{1,4}\/\d{1,5}$/u.test(v), 'must be messages/seconds, e.g. 20/30')
    .transform((v) => {
      const [points, seconds] = v.split('/').map(Number) as [number, number];
      return { points, seconds };
    }),
  REMINDER_DAYS: z
    .string()
    .trim()
    .default('7,1')
    .refine((v) => /^\d{1,3}(\s*,\s*\d{1,3})*$/u.test(v), 'must be whole numbers of days separated by commas, e.g. 7,1')
    .transform((v) => v.split(',').map((d) => Number(d.trim()))),
  QUIET_HOURS: z
    .string()
    .trim()
    .default('21-7')
    .refine((v) => v === 'off' || /^([01]?\d|2[0-3])-([01]?\d|2[0-3])$/u.test(v), 'must be two hours like 21-7 (from 21:00 to 07:00), or off')
    .transform((v) => {
      if (v === 'off') return undefined;
      const [start, end] = v.split('-').map(Number) as [number, number];
      return { start, end };
    }),
  REMINDER_CRON: z.string().trim().default('*/15 * * * *'),
  PLATFORM_TIMEOUT: duration('10s', 100, 120_000),
  DELIVERY_RETRY_WINDOW: duration('24h', 1000, 30 * 86_400_000),
  RETRY_BACKOFF_MIN: duration('1s', 10, 3_600_000),
  RETRY_BACKOFF_MAX: duration('60s', 10, 6 * 3_600_000),
  SHUTDOWN_GRACE: duration('10s', 0, 600_000),
  POLL_TIMEOUT: duration('30s', 0, 50_000),
  LEASE_TTL: duration('15s', 300, 600_000),
  INBOX_CONCURRENCY: int(16, 1, 256),
  TYPING_AFTER: duration('1s', 0, 60_000),
  MIN_COVERAGE: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .refine((v) => v === undefined || (v >= 0 && v <= 1), 'must be a number from 0 to 1'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  dataDir: string;
  /** PostgreSQL for several processes (DATABASE_URL); SQLite in `dataDir` when absent. */
  databaseUrl?: string;
  knowledgeDir: string;
  promptsDir: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  /** Present when OPENAI_API_KEY or OPENAI_BASE_URL is set: answers are then phrased by the model. */
  llm?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
  /** Present when an embedding model is configured as well: retrieval then adds vectors. */
  embeddings?: { apiKey: string; baseURL?: string; model: string };
  /** Overrides the share of a short question the best passage must hold (TUNING.coverage.minShare). */
  minCoverage?: number;
  /** Threads reading images (Tesseract, about 100 MB each); 0 turns image reading off. */
  ocrWorkers: number;
  /** Present when OPENAI_TRANSCRIBE_MODEL is set with a key or base URL: voice notes are then transcribed. */
  transcription?: { apiKey: string; baseURL?: string; model: string };
  reminders: { offsets: number[]; quietHours?: { start: number; end: number }; cron: string };
  telegram?: { token: string; apiRoot: string };
  zalo?: { token: string; apiRoot: string };
  /** Set when PUBLIC_BASE_URL is: bots then receive updates by webhook at `${url}/webhook/<channel>`. */
  webhook?: { baseUrl: string; secret: string };
  adminToken?: string;
  /** Secret for hashing chat and user ids (ID_SECRET); generated into DATA_DIR when absent. */
  idSecret?: string;
  /** How long questions and ratings are kept for the report before they are deleted (default 180 days). */
  questionRetentionMs: number;
  /** Requests one network address may make to the web chat's API per window (default 120 per 60 s). */
  webAddressLimit: { points: number; seconds: number };
  /** Read the client's address from X-Forwarded-For (behind a reverse proxy you run); default false. */
  trustProxy: boolean;
  /** The server's public address (PUBLIC_BASE_URL), used in download links too. */
  publicBaseUrl?: string;
  /** Key signing the short-lived download links of draft reports; several instances behind one address need the same. */
  downloadSecret?: string;
  /** Where knowledge problems are reported besides the log, e.g. an editors' Telegram group. */
  adminChat?: { channel: 'telegram' | 'zalo'; chatId: string };
  /** Reload knowledge when its files change (default true). */
  watchKnowledge: boolean;
  /** A lesson whose `updated` date is older than this many days is flagged by `npm run ingest -- --check` (default 365). */
  knowledgeMaxAgeDays: number;
  rateLimit: { points: number; seconds: number };
  /** Timeouts, retries, leases and pacing of the inbox and outbox. */
  delivery: DeliveryTuning;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once, at the edge; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.PUBLIC_BASE_URL && (e.TELEGRAM_BOT_TOKEN || e.ZALO_BOT_TOKEN) && !e.WEBHOOK_SECRET) {
    throw new ConfigError(
      'Invalid configuration (see .env.example):\n- WEBHOOK_SECRET: is required when PUBLIC_BASE_URL is set, so forged webhook calls can be refused; e.g. openssl rand -hex 24',
    );
  }
  const useLlm = !!(e.OPENAI_API_KEY || e.OPENAI_BASE_URL);
  // A local OpenAI-compatible server may need no key, but the client insists on one.
  const apiKey = e.OPENAI_API_KEY ?? 'not-needed';
  return {
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    knowledgeDir: resolve(e.KNOWLEDGE_DIR),
    promptsDir: resolve(e.PROMPTS_DIR),
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    llm: useLlm ? { apiKey, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL, timeoutMs: e.LLM_TIMEOUT_MS } : undefined,
    embeddings: useLlm && e.OPENAI_EMBEDDING_MODEL ? { apiKey, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_EMBEDDING_MODEL } : undefined,
    minCoverage: e.MIN_COVERAGE,
    ocrWorkers: e.OCR_WORKERS,
    transcription: useLlm && e.OPENAI_TRANSCRIBE_MODEL ? { apiKey, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_TRANSCRIBE_MODEL } : undefined,
    reminders: { offsets: e.REMINDER_DAYS, quietHours: e.QUIET_HOURS, cron: e.REMINDER_CRON },
    telegram: e.TELEGRAM_BOT_TOKEN ? { token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT } : undefined,
    zalo: e.ZALO_BOT_TOKEN ? { token: e.ZALO_BOT_TOKEN, apiRoot: e.ZALO_API_ROOT } : undefined,
    webhook: e.PUBLIC_BASE_URL && e.WEBHOOK_SECRET ? { baseUrl: e.PUBLIC_BASE_URL, secret: e.WEBHOOK_SECRET } : undefined,
    adminToken: e.ADMIN_TOKEN,
    idSecret: e.ID_SECRET,
    questionRetentionMs: e.QUESTION_RETENTION,
    webAddressLimit: e.WEB_ADDRESS_LIMIT,
    trustProxy: e.TRUST_PROXY === 'true',
    publicBaseUrl: e.PUBLIC_BASE_URL,
    downloadSecret: e.DOWNLOAD_SECRET,
    adminChat: e.ADMIN_CHAT
      ? { channel: e.ADMIN_CHAT.split(':')[0] as 'telegram' | 'zalo', chatId: e.ADMIN_CHAT.slice(e.ADMIN_CHAT.indexOf(':') + 1) }
      : undefined,
    watchKnowledge: e.WATCH_KNOWLEDGE === 'true',
    knowledgeMaxAgeDays: e.KNOWLEDGE_MAX_AGE_DAYS,
    rateLimit: e.RATE_LIMIT,
    delivery: {
      ...DEFAULT_TUNING,
      requestTimeoutMs: e.PLATFORM_TIMEOUT,
      retryWindowMs: e.DELIVERY_RETRY_WINDOW,
      baseBackoffMs: e.RETRY_BACKOFF_MIN,
      maxBackoffMs: Math.max(e.RETRY_BACKOFF_MIN, e.RETRY_BACKOFF_MAX),
      startupMaxBackoffMs: Math.max(e.RETRY_BACKOFF_MIN, e.RETRY_BACKOFF_MAX),
      shutdownGraceMs: e.SHUTDOWN_GRACE,
      pollTimeoutSeconds: Math.round(e.POLL_TIMEOUT / 1000),
      leaseMs: e.LEASE_TTL,
      leaseRenewMs: Math.max(100, Math.round(e.LEASE_TTL / 3)),
      inboxConcurrency: e.INBOX_CONCURRENCY,
      typingAfterMs: e.TYPING_AFTER,
    },
  };
}
