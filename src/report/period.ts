import { addDays, isValidDate, parts } from '../time';

export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 3660;

export interface PeriodInput {
  days?: string;
  /** First Vietnam day, YYYY-MM-DD. */
  from?: string;
  /** Last Vietnam day, YYYY-MM-DD, included. */
  to?: string;
}

/** How the options are named where they were given: `--days` on the command line, `days` in a URL. */
export type OptionNames = Record<keyof PeriodInput, string>;
export const CLI_NAMES: OptionNames = { days: '--days', from: '--from', to: '--to' };
export const QUERY_NAMES: OptionNames = { days: 'days', from: 'from', to: 'to' };

export class PeriodError extends Error {
  override readonly name = 'PeriodError';
  constructor(
    readonly option: keyof PeriodInput,
    message: string,
  ) {
    super(message);
  }
}

/** 00:00 of a Vietnam day (UTC+7 all year). */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

function parseDay(option: 'from' | 'to', value: string, names: OptionNames): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) throw new PeriodError(option, `${names[option]} must be a date written YYYY-MM-DD; got '${value}'`);
  const { year, month, day } = parts(value);
  if (!isValidDate(year, month, day)) throw new PeriodError(option, `${names[option]} is not a real date: '${value}'`);
  return value;
}

/**
 * The period [from, to) a report covers. Default: the last 30 days up to `now`. `from` starts at 00:00 of its Vietnam
 * day, `to` ends at 24:00 of its day; `days` counts back from `to` (or forward from `from` when `to` is not given).
 */
export function parsePeriod(input: PeriodInput, now: Date, names: OptionNames = CLI_NAMES): { from: Date; to: Date } {
  let days: number | undefined;
  if (input.days !== undefined) {
    days = /^\d{1,5}$/u.test(input.days.trim()) ? Number(input.days) : NaN;
    if (!(days >= 1 && days <= MAX_DAYS)) {
      throw new PeriodError('days', `${names.days} must be a whole number of days from 1 to ${MAX_DAYS}; got '${input.days}'`);
    }
    if (input.from !== undefined && input.to !== undefined) {
      throw new PeriodError('days', `give ${names.days} or both ${names.from} and ${names.to}, not all three`);
    }
  }
  const fromDay = input.from !== undefined ? parseDay('from', input.from, names) : undefined;
  const toDay = input.to !== undefined ? parseDay('to', input.to, names) : undefined;
  const span = (days ?? DEFAULT_DAYS) * 86_400_000;

  const to = toDay ? dayStart(addDays(toDay, 1)) : fromDay && days ? dayStart(addDays(fromDay, days)) : now;
  const from = fromDay ? dayStart(fromDay) : new Date(to.getTime() - span);
  if (from >= to) {
    throw new PeriodError(
      'from',
      toDay ? `${names.from} (${input.from}) must be on or before ${names.to} (${input.to})` : `${names.from} (${input.from}) is in the future; give an earlier date`,
    );
  }
  return { from, to };
}
