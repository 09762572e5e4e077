import { resolve } from 'node:path';
import { z } from 'zod';
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
  KNOWLEDGE_MAX_AGE_DAYS: int(CHECK_TUNING.maxAgeDays, 1, 3650),
  ADMIN_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters'),
  DOWNLOAD_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters; e.g. openssl rand -hex 24'),
  RATE_LIMIT: z
    .string()
    .trim()
    .default('8/30')
    .refine((v) => /^\d{1,4}\/\d{1,5}$/u.test(v), 'must be messages/seconds, e.g. 8/30')
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
  MIN_COVERAGE: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .refine((v) => v === undefined || (v >= 0 && v <= 1), 'must be a number from 0 to 1'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  dataDir: string;
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
    publicBaseUrl: e.PUBLIC_BASE_URL,
    downloadSecret: e.DOWNLOAD_SECRET,
    adminChat: e.ADMIN_CHAT
      ? { channel: e.ADMIN_CHAT.split(':')[0] as 'telegram' | 'zalo', chatId: e.ADMIN_CHAT.slice(e.ADMIN_CHAT.indexOf(':') + 1) }
      : undefined,
    watchKnowledge: e.WATCH_KNOWLEDGE === 'true',
    knowledgeMaxAgeDays: e.KNOWLEDGE_MAX_AGE_DAYS,
    rateLimit: e.RATE_LIMIT,
  };
}
