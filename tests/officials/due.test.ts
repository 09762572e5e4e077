import { describe, expect, it } from 'vitest';
import { dueOf } from '../../src/officials/due';
import type { DeadlineRecord } from '../../src/officials';
import { isoWeekday, lastDay, lastWorkingDay } from '../../src/time';

type Rule = Pick<DeadlineRecord, 'schedule' | 'correction' | 'kind'>;
const report = (date: string, bound: 'before' | 'by' | 'on'): Rule => ({ kind: 'report', schedule: { kind: 'date', date, bound } });
const on = (date: string) => ({ date, type: 'due' as const });
const submission = { taskKey: 'report:x', unitId: 'u', status: 'submitted', by: 'telegram:1', at: new Date('2026-06-12T03:00:00Z') };

describe('the last day of a written date', () => {
  it('is the day before for "trước ngày X", the day itself for "chậm nhất ngày X" and "vào ngày X"', () => {
    expect(lastDay('2026-06-15', 'before')).toBe('2026-06-14');
    expect(lastDay('2026-06-15', 'by')).toBe('2026-06-15');
    expect(lastDay('2026-10-10', 'on')).toBe('2026-10-10');
    expect(lastDay('2027-01-01', 'before')).toBe('2026-12-31');
  });

  it('knows the weekday and the working day before a weekend', () => {
    expect(isoWeekday('2026-06-15')).toBe(1);
    expect(isoWeekday('2026-12-05')).toBe(6);
    expect(isoWeekday('2026-06-14')).toBe(7);
    expect(lastWorkingDay('2026-06-14')).toBe('2026-06-12');
    expect(lastWorkingDay('2026-12-05')).toBe('2026-12-04');
    expect(lastWorkingDay('2026-12-04')).toBe('2026-12-04');
  });
});

describe('where a deadline stands', () => {
  const before15 = report('2026-06-15', 'before');
  it.each([
    ['2026-06-10', { state: 'upcoming', days: 4, last: '2026-06-14', workingDay: '2026-06-12' }],
    ['2026-06-14', { state: 'today', days: 0, last: '2026-06-14' }],
    ['2026-06-15', { state: 'overdue', days: 1, last: '2026-06-14' }],
    ['2026-06-20', { state: 'overdue', days: 6, last: '2026-06-14' }],
  ])('"trước ngày 15/06/2026" on %s', (today, expected) => {
    expect(dueOf(before15, on('2026-06-15'), today, undefined, true)).toMatchObject({ written: '2026-06-15', bound: 'before', ...expected });
  });

  it('is "passed", not overdue, for someone whose submissions are not known', () => {
    expect(dueOf(before15, on('2026-06-15'), '2026-06-16')).toMatchObject({ state: 'passed', days: 2 });
  });

  it('is submitted once the unit marked it so, whatever the day', () => {
    expect(dueOf(before15, on('2026-06-15'), '2026-06-20', submission, true)).toMatchObject({ state: 'submitted', submitted: submission });
  });

  it('is due on the day itself for "chậm nhất ngày 15/06/2026"', () => {
    expect(dueOf(report('2026-06-15', 'by'), on('2026-06-15'), '2026-06-15', undefined, true)).toMatchObject({ state: 'today', last: '2026-06-15' });
  });

  it('keeps a likely typo as written, being checked, until an editor confirms the correction', () => {
    const written: Rule = { ...report('2025-01-20', 'before'), correction: { date: '2026-01-20', reason: 'r', confirmed: false } };
    expect(dueOf(written, on('2025-01-20'), '2026-01-10', undefined, true)).toEqual({
      state: 'checking',
      written: '2025-01-20',
      bound: 'before',
      days: 0,
      correction: { written: '2025-01-20', corrected: '2026-01-20', confirmed: false },
    });
    const confirmed: Rule = { ...written, correction: { ...written.correction!, confirmed: true } };
    expect(dueOf(confirmed, on('2025-01-20'), '2026-01-10', undefined, true)).toMatchObject({ state: 'upcoming', written: '2026-01-20', last: '2026-01-19', days: 9 });
  });

  it('is open for a report due whenever asked for', () => {
    expect(dueOf({ kind: 'report', schedule: { kind: 'on_request' } }, undefined, '2026-06-10')).toEqual({ state: 'open', days: 0 });
  });
});
