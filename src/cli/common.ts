import { ConfigError, loadConfig, type Config } from '../config';
import { isValidDate } from '../time';

/** Loads the configuration or exits with the readable list of what is wrong. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** "2026-11-23" → 09:00 that day in Vietnam (UTC+7), the moment used as "today". */
export function parseToday(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) throw new UsageError(`--today must be a date written YYYY-MM-DD; got '${value}'`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (!isValidDate(year, month, day)) throw new UsageError(`--today is not a real date: '${value}'`);
  return new Date(`${value}T09:00:00+07:00`);
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Runs a command's main, printing usage errors briefly and other errors with their cause. */
export function run(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\nRun with --help for usage.\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

export function progressLine(message: string): void {
  process.stderr.write(`[trợ lý số] ${message}\n`);
}
