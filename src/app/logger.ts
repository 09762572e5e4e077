import pino, { type Logger } from 'pino';

/** Paths whose values never reach a log line. */
export const REDACT_PATHS = ['token', '*.token', 'secret', '*.secret', 'apiKey', '*.apiKey', 'headers.authorization', 'headers["x-telegram-bot-api-secret-token"]', 'headers["x-bot-api-secret-token"]'];

/** Structured logs to stderr, so command output on stdout stays clean. */
export function createLogger(level: string, destination: number | NodeJS.WritableStream = 2): Logger {
  const stream = typeof destination === 'number' ? pino.destination({ dest: destination, sync: true }) : destination;
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined }, stream);
}
