import { daysInMonth, makeDate, parts, quarterEnd, quarterOf, ROMAN_QUARTERS, type CivilDate } from './civil';
import type { Schedule } from './schedule';

export interface Occurrence {
  date: CivilDate;
  /** "due" for a deadline or event day, "start" for when a task begins ("Từ tháng 6/2026"). */
  type: 'due' | 'start';
  /** Which period the date belongs to, when that helps ("Quý IV/2026"). */
  period?: string;
}

/** Dates a schedule falls on between `from` and `to` inclusive; recurring rules roll across year ends. */
export function occurrences(schedule: Schedule, from: CivilDate, to: CivilDate): Occurrence[] {
  const inRange = (d: CivilDate) => d >= from && d <= to;
  const { year: y0 } = parts(from);
  const { year: y1 } = parts(to);
  const out: Occurrence[] = [];
  switch (schedule.kind) {
    case 'date':
      if (inRange(schedule.date)) out.push({ date: schedule.date, type: 'due' });
      break;
    case 'yearly':
      for (let y = y0; y <= y1; y++) {
        const day = Math.min(schedule.day, daysInMonth(y, schedule.month));
        const d = makeDate(y, schedule.month, day);
        if (inRange(d)) out.push({ date: d, type: 'due', period: `năm ${y}` });
      }
      break;
    case 'quarterly':
      for (let y = y0; y <= y1; y++) {
        for (let q = 1; q <= 4; q++) {
          const month = q * 3 - 3 + schedule.monthOfQuarter;
          const d = makeDate(y, month, Math.min(schedule.day, daysInMonth(y, month)));
          if (inRange(d)) out.push({ date: d, type: 'due', period: `Quý ${ROMAN_QUARTERS[q - 1]}/${y}` });
        }
      }
      break;
    case 'monthly':
      if (schedule.day === undefined) break;
      for (let y = y0; y <= y1; y++) {
        for (let m = 1; m <= 12; m++) {
          const d = makeDate(y, m, Math.min(schedule.day, daysInMonth(y, m)));
          if (inRange(d)) out.push({ date: d, type: 'due', period: `tháng ${m}/${y}` });
        }
      }
      break;
    case 'quarter': {
      const d = quarterEnd(schedule.year, schedule.quarter);
      if (inRange(d)) out.push({ date: d, type: 'due', period: `Quý ${ROMAN_QUARTERS[schedule.quarter - 1]}/${schedule.year}` });
      break;
    }
    case 'month': {
      const d = schedule.from ? makeDate(schedule.year, schedule.month, 1) : makeDate(schedule.year, schedule.month, daysInMonth(schedule.year, schedule.month));
      if (inRange(d)) out.push({ date: d, type: schedule.from ? 'start' : 'due', period: `tháng ${schedule.month}/${schedule.year}` });
      break;
    }
    default:
      break;
  }
  return out;
}

/** The first occurrence on or after `from`, looking at most `years` ahead. */
export function nextOccurrence(schedule: Schedule, from: CivilDate, years = 3): Occurrence | undefined {
  const { year } = parts(from);
  return occurrences(schedule, from, makeDate(year + years, 12, 31))[0];
}

/** The last occurrence before `before`, for one-off deadlines that have passed. */
export function lastOccurrence(schedule: Schedule, before: CivilDate, years = 3): Occurrence | undefined {
  const { year } = parts(before);
  return occurrences(schedule, makeDate(year - years, 1, 1), before).filter((o) => o.date < before).at(-1);
}

export { quarterOf };
