import type { Log } from '../core';

/** What a crash report may say about an error: its kind, message and stack; never its payload or cause. */
export function describeError(error: unknown): { type: string; err: string; stack?: string } {
  if (error instanceof Error) return { type: error.name, err: error.message, stack: error.stack?.split('\n').slice(1, 8).join('\n') };
  return { type: typeof error, err: String(error).slice(0, 500) };
}

/**
 * The last line of defence: an error no handler caught (a rejected promise nobody awaited, an exception in a
 * timer) is logged, through the redacting logger, and the process goes on serving instead of dying with a dump.
 * Returns a function that removes the guard.
 */
export function installProcessGuard(log: Log): () => void {
  const rejected = (reason: unknown) => log.error({ event: 'unhandledRejection', ...describeError(reason) }, 'an error nobody handled was caught; still running');
  const thrown = (error: unknown) => log.error({ event: 'uncaughtException', ...describeError(error) }, 'an error nobody handled was caught; still running');
  process.on('unhandledRejection', rejected);
  process.on('uncaughtException', thrown);
  return () => {
    process.off('unhandledRejection', rejected);
    process.off('uncaughtException', thrown);
  };
}
