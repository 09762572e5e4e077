import { addDays, type CivilDate } from './civil';
import type { Bound } from './schedule';

/** The last day work may be done for a date written with its bound: X−1 for "trước ngày X", X otherwise. */
export function lastDay(written: CivilDate, bound: Bound | undefined): CivilDate {
  return bound === 'before' ? addDays(written, -1) : written;
}

/** Day of the week, Monday 1 … Saturday 6, Sunday 7 (the way Vietnamese names them: thứ Hai … thứ Bảy, Chủ nhật). */
export function isoWeekday(date: CivilDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWeekend(date: CivilDate): boolean {
  return isoWeekday(date) >= 6;
}

/** The Friday before a weekend day, or the day itself on a working day (public holidays are not known). */
export function lastWorkingDay(date: CivilDate): CivilDate {
  const day = isoWeekday(date);
  return day === 6 ? addDays(date, -1) : day === 7 ? addDays(date, -2) : date;
}

/** Monday of the week `date` is in. */
export function weekStart(date: CivilDate): CivilDate {
  return addDays(date, 1 - isoWeekday(date));
}
