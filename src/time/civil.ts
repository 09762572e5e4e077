/** A calendar date in Vietnam, written YYYY-MM-DD; all deadline arithmetic uses these, never local time. */
export type CivilDate = string;

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date it is in Vietnam at `instant`. */
export function civilDate(instant: Date): CivilDate {
  return formatter.format(instant);
}

export function makeDate(year: number, month: number, day: number): CivilDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parts(date: CivilDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(date: CivilDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(toUtc(date) + days * 86_400_000);
  return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** "2026-12-05" → "05/12/2026", the form every reply uses. */
export function formatDate(date: CivilDate): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function quarterStart(year: number, quarter: number): CivilDate {
  return makeDate(year, quarter * 3 - 2, 1);
}

export function quarterEnd(year: number, quarter: number): CivilDate {
  return makeDate(year, quarter * 3, daysInMonth(year, quarter * 3));
}

export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** "2026-11-23 08:00" or "2026-11-23" in Vietnam time; an ISO 8601 instant with a zone keeps its zone. */
export function vietnamInstant(value: string): Date {
  const v = value.trim().replace(' ', 'T');
  if (/[zZ]|[+-]\d{2}:?\d{2}$/u.test(v)) return new Date(v);
  return new Date(`${v.length === 10 ? `${v}T00:00` : v}+07:00`);
}
