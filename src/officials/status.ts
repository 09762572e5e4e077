import type { TaskUpdate } from '../store';
import { addDays, civilDate, lastOccurrence, nextOccurrence, parts, quarterOf, type CivilDate, type Schedule } from '../time';
import type { TaskRecord, TaskStatus } from './records';

/** A task's status for one unit today: from the unit's own updates, else from the result the document reports. */
export interface LiveStatus {
  status: TaskStatus;
  /** The latest update that set the status, when one did. */
  update?: TaskUpdate;
  /** The latest note recorded, with or without a status. */
  note?: TaskUpdate;
  /** For a task that recurs: the round the status is about ("năm 2027", "tháng 11/2026"). */
  round?: string;
  /** The document's reported result is the status (no update in this round, and the result covers this round). */
  fromDocument: boolean;
}

type Round = { from?: CivilDate; label: string; year: number };

/**
 * The round of a recurring task that `today` belongs to: a yearly event's round runs from the day after its last
 * occurrence to its next one; a monthly or periodic task's is the current month (or quarter). Undefined for a task
 * that does not recur.
 */
export function currentRound(schedule: Schedule | undefined, today: CivilDate): Round | undefined {
  if (!schedule) return undefined;
  const { year, month } = parts(today);
  switch (schedule.kind) {
    case 'yearly':
    case 'quarterly':
    case 'monthly': {
      if (schedule.kind === 'monthly' && schedule.day === undefined) return { from: `${today.slice(0, 7)}-01`, label: `tháng ${month}/${year}`, year };
      const next = nextOccurrence(schedule, today);
      if (!next) return undefined;
      const previous = lastOccurrence(schedule, next.date);
      return { from: previous ? addDays(previous.date, 1) : undefined, label: next.period ?? next.date, year: parts(next.date).year };
    }
    case 'periodic': {
      const every = schedule.every ?? [];
      if (every.includes('month') || every.length === 0) return { from: `${today.slice(0, 7)}-01`, label: `tháng ${month}/${year}`, year };
      if (every.includes('quarter')) {
        const q = quarterOf(month);
        return { from: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`, label: `quý ${q}/${year}`, year };
      }
      return { from: `${year}-01-01`, label: `năm ${year}`, year };
    }
    default:
      return undefined;
  }
}

/** The task's status for a unit from its updates (oldest first, undone ones already left out). */
export function liveStatus(task: TaskRecord, updates: readonly TaskUpdate[], today: CivilDate): LiveStatus {
  const round = currentRound(task.schedule, today);
  const counted = round?.from ? updates.filter((u) => civilDate(u.at) >= round.from!) : updates;
  const update = counted.filter((u) => u.status).at(-1);
  const note = counted.filter((u) => u.note).at(-1);
  if (update) return { status: update.status as TaskStatus, update, note, round: round?.label, fromDocument: false };
  const documentCounts = !round || task.result_year === undefined || task.result_year === round.year;
  return { status: documentCounts ? task.status : 'unknown', note, round: round?.label, fromDocument: documentCounts && task.status !== 'unknown' };
}
