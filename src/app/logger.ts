import pino, { type Logger } from 'pino';
import type { Config } from '../config';

/** Paths whose values never reach a log line. */
export const REDACT_PATHS = ['token', '*.token', 'secret', '*.secret', 'apiKey', '*.apiKey', 'headers.authorization', 'headers["x-telegram-bot-api-secret-token"]', 'headers["x-bot-api-secret-token"]'];

export const CENSOR = '[redacted]';

/** The configured secrets, and the secret half of each bot token ("123:ABC" → "ABC"), that must never be logged. */
export function secretsOf(config: Pick<Config, 'telegram' | 'zalo' | 'webhook' | 'adminToken' | 'llm'> & { databaseUrl?: string; idSecret?: string }): string[] {
  const tokens = [config.telegram?.token, config.zalo?.token].filter((t): t is string => !!t);
  const password = config.databaseUrl ? safeUrl(config.databaseUrl)?.password : undefined;
  const all = [...tokens, ...tokens.map((t) => t.slice(t.indexOf(':') + 1)), config.webhook?.secret, config.adminToken, config.llm?.apiKey, password, config.idSecret];
  return [...new Set(all.filter((s): s is string => !!s && s.length >= 6 && s !== 'not-needed'))].sort((a, b) => b.length - a.length);
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Replaces every secret in a text, also as JSON escapes it and as URLs encode it. */
export function redactor(secrets: string[]): (text: string) => string {
  const forms = [...new Set(secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => forms.reduce((out, s) => (out.includes(s) ? out.split(s).join(CENSOR) : out), text);
}

/**
 * Structured logs to stderr, so command output on stdout stays clean. Known fields are redacted by path, and every
 * line, stacks and error messages included, is scrubbed of `secrets` (tokens, webhook and admin secrets) as written.
 */
export function createLogger(level: string, destination: number | NodeJS.WritableStream = 2, secrets: string[] = []): Logger {
  const stream = typeof destination === 'number' ? pino.destination({ dest: destination, sync: true }) : destination;
  const scrub = redactor(secrets);
  return pino({ level, redact: { paths: REDACT_PATHS, censor: CENSOR }, base: undefined, hooks: { streamWrite: scrub } }, stream);
}
