import type { TaskUpdate } from '../store';
import { daysBetween, isWeekend, lastDay, lastWorkingDay, type Bound, type CivilDate, type Occurrence, type Schedule } from '../time';
import type { DeadlineRecord } from './records';

/**
 * Where a deadline stands on a day: still to come, due today, passed (for someone whose submissions are not known),
 * overdue (a unit's report not marked submitted), submitted, being checked (a likely typo not yet confirmed), or open
 * (due whenever asked for).
 */
export type DueState = 'upcoming' | 'today' | 'passed' | 'overdue' | 'submitted' | 'checking' | 'open';

export interface Due {
  state: DueState;
  /** The date as the document writes it (or as corrected, once an editor confirmed the correction). */
  written?: CivilDate;
  bound?: Bound;
  /** The last day to act: the day before a "trước ngày X". */
  last?: CivilDate;
  /** Days left (upcoming) or days since the last day (overdue, passed). */
  days: number;
  /** The working day before a last day that falls on a weekend. */
  workingDay?: CivilDate;
  /** The document's date and its correction, while checked or once confirmed. */
  correction?: { written: CivilDate; corrected: CivilDate; confirmed: boolean };
  submitted?: TaskUpdate;
}

const BOUNDED = new Set<Schedule['kind']>(['date', 'yearly', 'quarterly', 'monthly']);

/** The key a submission of one occurrence of a report is kept under. */
export function submissionKey(planFile: string, deadlineId: string, written: CivilDate): string {
  return `report:${planFile}#${deadlineId}@${written}`;
}

/**
 * Where one occurrence of a deadline stands on `today`. `submissions` are the unit's "đã nộp" records, or undefined
 * for someone who speaks for no unit (a passed date is then only "passed", never "overdue").
 */
export function dueOf(
  deadline: Pick<DeadlineRecord, 'schedule' | 'correction' | 'kind'>,
  occurrence: Occurrence | undefined,
  today: CivilDate,
  submission?: TaskUpdate,
  knowsSubmissions = false,
): Due {
  const schedule = deadline.schedule;
  if (!occurrence) return { state: 'open', days: 0 };
  const bound = BOUNDED.has(schedule.kind) ? ((schedule as { bound?: Bound }).bound ?? 'on') : 'by';
  const correction = deadline.correction;
  if (correction && schedule.kind === 'date' && (occurrence.date === schedule.date || occurrence.date === correction.date)) {
    const info = { written: schedule.date, corrected: correction.date, confirmed: correction.confirmed };
    if (!correction.confirmed) return { state: 'checking', written: schedule.date, bound, days: 0, correction: info };
    return withState({ written: correction.date, bound, correction: info }, today, submission, knowsSubmissions, deadline.kind);
  }
  return withState({ written: occurrence.date, bound }, today, submission, knowsSubmissions, deadline.kind);
}

function withState(
  base: { written: CivilDate; bound: Bound; correction?: Due['correction'] },
  today: CivilDate,
  submission: TaskUpdate | undefined,
  knowsSubmissions: boolean,
  kind: DeadlineRecord['kind'],
): Due {
  const last = lastDay(base.written, base.bound);
  const days = daysBetween(today, last);
  const weekend = isWeekend(last) ? { workingDay: lastWorkingDay(last) } : {};
  if (submission) return { ...base, ...weekend, last, state: 'submitted', days, submitted: submission };
  if (days > 0) return { ...base, ...weekend, last, state: 'upcoming', days };
  if (days === 0) return { ...base, ...weekend, last, state: 'today', days: 0 };
  const overdue = knowsSubmissions && kind === 'report';
  return { ...base, ...weekend, last, state: overdue ? 'overdue' : 'passed', days: -days };
}
