import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDate,
  daysBetween,
  formatDate,
  lastOccurrence,
  nextOccurrence,
  occurrences,
  quarterEnd,
  type Schedule,
} from '../../src/time';

const QUARTERLY: Schedule = { kind: 'quarterly', day: 15, monthOfQuarter: 3, bound: 'before' };
const YEARLY: Schedule = { kind: 'yearly', month: 12, day: 5, bound: 'before' };
const dates = (schedule: Schedule, from: string, to: string) => occurrences(schedule, from, to).map((o) => o.date);

describe('recurring rules across a year end', () => {
  it('expands the quarterly and yearly report rules from 23/11/2026 to 31/03/2027', () => {
    const all = [...occurrences(QUARTERLY, '2026-11-23', '2027-03-31'), ...occurrences(YEARLY, '2026-11-23', '2027-03-31')]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((o) => [formatDate(o.date), o.period]);
    expect(all).toEqual([
      ['05/12/2026', 'năm 2026'],
      ['15/12/2026', 'Quý IV/2026'],
      ['15/03/2027', 'Quý I/2027'],
    ]);
  });

  it('includes both ends of the range and nothing outside it', () => {
    expect(dates(QUARTERLY, '2026-12-15', '2027-03-15')).toEqual(['2026-12-15', '2027-03-15']);
    expect(dates(QUARTERLY, '2026-12-16', '2027-03-14')).toEqual([]);
    expect(dates(YEARLY, '2026-12-06', '2027-12-04')).toEqual([]);
    expect(dates(YEARLY, '2025-01-01', '2027-12-31')).toEqual(['2025-12-05', '2026-12-05', '2027-12-05']);
  });

  it('marks every occurrence as due and names its period', () => {
    expect(occurrences(QUARTERLY, '2026-01-01', '2026-12-31')).toEqual([
      { date: '2026-03-15', type: 'due', period: 'Quý I/2026' },
      { date: '2026-06-15', type: 'due', period: 'Quý II/2026' },
      { date: '2026-09-15', type: 'due', period: 'Quý III/2026' },
      { date: '2026-12-15', type: 'due', period: 'Quý IV/2026' },
    ]);
  });

  it('places the day in the first or middle month of a quarter when the rule says so', () => {
    expect(dates({ kind: 'quarterly', day: 10, monthOfQuarter: 1, bound: 'on' }, '2026-01-01', '2026-12-31')).toEqual(['2026-01-10', '2026-04-10', '2026-07-10', '2026-10-10']);
    expect(dates({ kind: 'quarterly', day: 10, monthOfQuarter: 2, bound: 'on' }, '2026-01-01', '2026-06-30')).toEqual(['2026-02-10', '2026-05-10']);
  });
});

describe('day clamping', () => {
  it('moves day 31 to the last day of a 30-day month', () => {
    expect(dates({ kind: 'yearly', month: 4, day: 31, bound: 'before' }, '2026-01-01', '2026-12-31')).toEqual(['2026-04-30']);
    expect(dates({ kind: 'quarterly', day: 31, monthOfQuarter: 3, bound: 'before' }, '2026-01-01', '2026-12-31')).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });

  it('moves day 31 of the middle month to the end of February, leap years included', () => {
    const rule: Schedule = { kind: 'quarterly', day: 31, monthOfQuarter: 2, bound: 'before' };
    expect(dates(rule, '2027-01-01', '2027-03-31')).toEqual(['2027-02-28']);
    expect(dates(rule, '2028-01-01', '2028-03-31')).toEqual(['2028-02-29']);
    expect(dates({ kind: 'monthly', day: 31 }, '2026-01-01', '2026-04-30')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('keeps 29 February on 28 February in other years', () => {
    expect(dates({ kind: 'yearly', month: 2, day: 29, bound: 'before' }, '2027-01-01', '2028-12-31')).toEqual(['2027-02-28', '2028-02-29']);
  });
});

describe('one-off schedules', () => {
  it('gives a dated deadline once, inside the range only', () => {
    const date: Schedule = { kind: 'date', date: '2026-06-15', bound: 'before' };
    expect(occurrences(date, '2026-01-01', '2026-12-31')).toEqual([{ date: '2026-06-15', type: 'due' }]);
    expect(occurrences(date, '2026-06-16', '2026-12-31')).toEqual([]);
  });

  it('puts a quarter on its last day and a starting month on its first day', () => {
    expect(occurrences({ kind: 'quarter', year: 2026, quarter: 2 }, '2026-01-01', '2026-12-31')).toEqual([{ date: '2026-06-30', type: 'due', period: 'Quý II/2026' }]);
    expect(occurrences({ kind: 'month', year: 2026, month: 6, from: true }, '2026-01-01', '2026-12-31')).toEqual([{ date: '2026-06-01', type: 'start', period: 'tháng 6/2026' }]);
    expect(occurrences({ kind: 'month', year: 2026, month: 2, from: false }, '2026-01-01', '2026-12-31')).toEqual([{ date: '2026-02-28', type: 'due', period: 'tháng 2/2026' }]);
  });

  it('gives no date for schedules that have none', () => {
    for (const s of [{ kind: 'ongoing' }, { kind: 'on_request' }, { kind: 'periodic' }, { kind: 'monthly', timesPerMonth: 1 }, { kind: 'range', from: '2025-05', to: '2026-05' }] as Schedule[]) {
      expect(occurrences(s, '2025-01-01', '2027-12-31')).toEqual([]);
    }
  });
});

describe('next and last occurrence', () => {
  it('finds the next one on or after a day, rolling into the next year', () => {
    expect(nextOccurrence(YEARLY, '2026-12-05')?.date).toBe('2026-12-05');
    expect(nextOccurrence(YEARLY, '2026-12-06')?.date).toBe('2027-12-05');
    expect(nextOccurrence(QUARTERLY, '2026-12-16')).toEqual({ date: '2027-03-15', type: 'due', period: 'Quý I/2027' });
  });

  it('has no next occurrence for a dated deadline that has passed, and finds it as the last one', () => {
    const passed: Schedule = { kind: 'date', date: '2025-01-20', bound: 'before' };
    expect(nextOccurrence(passed, '2026-05-20')).toBeUndefined();
    expect(lastOccurrence(passed, '2026-05-20')?.date).toBe('2025-01-20');
  });

  it('finds the last occurrence strictly before a day', () => {
    expect(lastOccurrence(QUARTERLY, '2026-12-15')?.date).toBe('2026-09-15');
    expect(lastOccurrence(QUARTERLY, '2026-12-16')?.date).toBe('2026-12-15');
    expect(lastOccurrence(YEARLY, '2027-01-10')?.date).toBe('2026-12-05');
  });
});

describe('civil dates', () => {
  it('counts days across a year end', () => {
    expect(daysBetween('2026-12-20', '2027-01-05')).toBe(16);
    expect(daysBetween('2026-11-23', '2026-12-05')).toBe(12);
    expect(daysBetween('2027-03-15', '2026-12-20')).toBe(-85);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2027-01-04', -10)).toBe('2026-12-25');
  });

  it('formats dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-12-05')).toBe('05/12/2026');
    expect(formatDate('2027-03-15')).toBe('15/03/2027');
    expect(formatDate(quarterEnd(2026, 4))).toBe('31/12/2026');
  });

  it('takes the date in Vietnam, which is already the next day at 23:30 UTC', () => {
    expect(civilDate(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    expect(civilDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(civilDate(new Date('2026-12-04T16:59:59Z'))).toBe('2026-12-04');
    expect(civilDate(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05');
  });
});
